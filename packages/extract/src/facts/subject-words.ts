/**
 * Word lists for cutting subjects at word boundaries (data, read by subject.ts). Each list
 * holds whole words as the segmenter returns them, never character strings: 平均 is
 * dropped as a frame, the 均 of 人均 never is.
 */

/** Parts of speech that never start or end a subject: adverbs, prepositions, conjunctions,
 * particles, pronouns, numerals, times, classifiers, locatives, punctuation. */
export const EDGE_TAGS: ReadonlySet<string> = new Set([
  "d", "p", "c", "u", "uj", "ul", "uz", "ug", "ud", "uv", "y", "e", "o", "r", "m", "mq", "t", "tg", "q", "f", "x", "w", "zg"
])

/** Frames and reporting verbs around a subject: 实现, 完成, 力争, 比上年 … 增长, 达到, 为. */
export const FRAME_WORDS: ReadonlySet<string> = new Set([
  "实现", "完成", "约合", "折合", "力争", "争取", "确保", "计划", "拟", "安排", "拟安排", "预计", "预期", "达到", "达", "为", "是", "有", "要",
  "使", "将", "把", "让", "其中", "全年", "平均", "每年", "年均", "累计", "共计", "合计", "总计", "共", "同比", "实际", "经过",
  "增长", "增加", "下降", "提高", "提升", "降低", "减少", "上涨", "上升", "回落", "下跌", "递增", "递减", "扩大", "缩小",
  "突破", "跨过", "跨越", "迈过", "越过", "迈上", "跨上", "跃上", "站上", "超过", "超", "逾", "增至", "降至", "增长到", "提高到", "发展到", "发展至", "控制", "控制在", "保持", "保持在", "稳定在", "稳定",
  "达成", "分别", "总共", "一共", "净增", "增速", "增幅", "涨幅", "降幅", "减幅", "增长率", "比重为", "占到", "约", "近", "多",
  "左右", "以上", "以下", "以内", "上下", "不低于", "不少于", "不超过", "高于", "低于", "可以", "能够", "应该", "应",
  "已", "已经", "继续", "进一步", "再", "又", "还", "也", "都", "均", "各", "就", "仍", "仍然", "首次", "连续", "持续", "逐年",
  "按", "按照", "计算", "可比价格", "按可比价格计算", "较", "比", "由", "从", "到", "至", "在", "于", "了", "的",
  "支出为", "大关", "高达", "多达", "负增长", "达到了", "内", "翻", "比上年", "比去年", "较上年", "比上年同期", "比去年同期", "上年同期", "去年同期", "且", "收窄", "同期", "全区", "全市", "全县", "全省", "全州", "全镇", "全乡", "全旗", "全盟", "全疆", "全国", "规模为", "总额为", "我们", "我国", "今年", "去年", "上年", "明年", "当年", "年内", "年底", "年末",
  // 净产值录得1.0%的实质跌幅: Hong Kong's and Macao's 录得 (recorded) frames a figure, as 实现 does;
  // 本地生产总值可望有百分之四点五的升幅, 预测今年本港经济增长: their 可望 (is expected to), 预测 and 预料 (forecast) as 预计 does.
  "录得", "可望", "预测", "预料",
  // 其中,10月份增长9.8%: the month a figure is of, split from its digits by the segmenter, names nothing.
  "月份", "月底", "月末",
  // 夏粮产量31337.9吨，减产2.6%: a harvest's rise or fall (jieba tags 减产 a noun) names nothing.
  "增产", "减产",
  // 亏损额比上年同期增亏33.48%: a loss grown (增亏) or cut (减亏) names nothing either.
  "增亏", "减亏",
  // 规模工业增加值同比增加4.5%: jieba reads 同比增加 as one word (a name); it is the verb of change.
  "同比增加"
])

/** Verbs that change what a number counts, so a subject keeps them: 新增市场主体, 建成5G基站. */
export const KEEP_VERBS: ReadonlySet<string> = new Set([
  "到账", "到位", "新增", "新建", "新开工", "开工", "竣工", "建成", "新建成", "投用", "建成投用", "改造", "改建", "新改建", "新建改建", "改扩建", "培育",
  "新培育", "引进", "新引进", "认定", "新认定", "签约", "新签约", "新签", "新设", "新设立", "新登记", "登记", "出口",
  "进口", "接待", "脱贫", "转移", "救助", "资助", "培训", "治理", "造林", "铺设", "新铺设", "筹集", "开通", "新开通",
  "建设", "销售", "招生", "招收", "招聘", "毕业", "收购", "节约", "新发展", "发电", "投产", "上市", "减税", "发行", "就业", "创建", "入库",
  "开行", "参保", "占", "完成率", "搬迁", "安置", "减贫", "吸纳", "带动", "消费", "储蓄", "利用", "使用", "发放", "生产", "压减", "化解", "淘汰", "退出", "取消", "下放", "清理", "提请", "制定", "修订",
  // 全年支出预计681436万元, 支出共计: the segmenter tags 支出 a verb; alone it is the subject.
  "支出",
  // 年末生猪存栏12807头，出栏16398头; 育苗500公顷: livestock sold off or held, seedlings raised — each its own figure.
  "出栏", "存栏", "育苗",
  // 衣着上涨0.8%，居住上涨0.3%: the CPI's housing class (jieba tags 居住 a verb).
  "居住",
  // 捕捞产量1288万吨: fish caught (beside 养殖产量, fish farmed) — the verb names which output.
  "捕捞",
  // 外出务工人数8.6万人, 组织外出务工3.5万人次, 返乡创业人员, 进城务工人员: who left to work (or came back) is who is counted.
  "外出", "务工", "返乡", "进城",
  // 组织输出劳务85000人次: labour sent out to work elsewhere.
  "输出",
  // 节能环保支出增长29.3%: the budget's energy-saving and environment class (jieba tags 节能 a verb).
  "节能"
])

/** Nouns that are units or counting words, never a subject on their own. */
export const NOT_SUBJECTS: ReadonlySet<string> = new Set([
  "公里", "平方米", "平方公里", "亩", "万亩", "吨", "元", "人", "人次", "户", "个", "家", "项", "件", "年", "月", "天",
  "倍", "次", "批", "部", "类", "种", "所", "座", "张", "辆", "台", "套", "条", "处", "名", "万", "亿", "数", "水平", "比例", "比重", "占", "目标", "新增", "新建", "建成", "开工", "竣工", "改造", "大关", "任务", "指标", "实际", "同期", "全年", "其中",
  // 稳定在6.7%-6.9%的区间: a range is no thing measured.
  "区间", "合理区间"
])

/** Verbs inside a noun phrase that add nothing: 规模以上工业实现增加值 is 规模以上工业增加值. */
export const INNER_FRAMES: ReadonlySet<string> = new Set(["实现", "完成", "达到", "分别", "均", "各"])

/** Times of the year inside a phrase (全省高新区上半年实现营业收入): when the figure is, never what it measures. */
export const INNER_TIMES: ReadonlySet<string> = new Set([
  // (Not 全年: a communiqué's run-in topic ends at it, 国民经济全年实现地区生产总值, and is cut there.)
  "上半年", "下半年", "一季度", "二季度", "三季度", "四季度", "前三季度", "第一季度", "第二季度", "第三季度", "第四季度", "今年", "去年", "当年", "年内",
  // 民间消费第一季成长4.14%: Taiwan's quarters.
  "第一季", "第二季", "第三季", "第四季", "首季"
])

/** Words jieba tags as place names (ns) that are not places but modifiers of what is counted. */
export const NOT_PLACES: ReadonlySet<string> = new Set(["城镇", "城市", "农村", "乡村", "城乡", "新建", "新区", "园区", "开发区", "山区", "库区", "边疆"])

/** Frames that make up whole number lefts (，比上年增长、同比下降), longest first: such text has no subject. */
export const FAST_FRAMES: ReadonlyArray<string> = [
  "比上年同期", "比上年", "比去年", "较上年", "同比", "分别", "年均", "平均", "增长", "下降", "提高", "降低", "增加", "减少",
  "上涨", "达到", "实现", "完成", "提高到", "增至", "降至", "突破", "超过", "实际", "其中", "和", "及", "与", "为", "达", "均",
  "各", "约", "近", "超"
]

/** Bare heads a listed subject borrows the first subject's modifier for: 旅游人次和收入 → 旅游收入. */
export const SHARED_HEADS: ReadonlySet<string> = new Set([
  "收入", "产值", "增加值", "投资", "营收", "利润", "税收", "人次", "人数", "总额", "规模"
])

/**
 * 农林牧渔业总产值69.93亿元…，增加值37.90亿元; 蔬菜播种面积3938公顷…，产量106551吨: a bare head
 * (BARE_HEADS) names a measure of the thing the sentence's previous figure is of; that figure's
 * subject less its own head (STEM_HEADS, longest first) is the thing.
 */
// (生猪存栏6.69万头，出栏7.62万头; 牛存栏0.25万头，出栏797头: the herd sold off is the same animal's.)
export const BARE_HEADS: ReadonlySet<string> = new Set(["产量", "总产量", "单产", "增加值", "产值", "总产值", "播种面积", "种植面积", "出栏", "存栏"])
export const STEM_HEADS: ReadonlyArray<string> = [
  "播种面积", "种植面积", "收获面积", "面积", "总产量", "产量", "单产", "总产值", "产值", "增加值", "年末存栏", "存栏", "出栏"
]

/** Verbs listed before one shared noun: 新开工、续建、储备道路 → 新开工道路, 续建道路. */
export const LISTED_VERBS: ReadonlySet<string> = new Set([
  "新开工", "开工", "续建", "储备", "在建", "建成", "竣工", "完工", "新建", "改建", "扩建", "投用", "投产", "签约", "开通"
])

/** One-character results after a verb (落实好, 抓好, 用完): dropped with the verb they complete. */
export const VERB_COMPLEMENTS: ReadonlySet<string> = new Set(["好", "完", "住", "牢", "实"])

/** Topic words a statistical communiqué runs into a paragraph's first sentence (人口年末常住人口…, 粮食全年农作物播种面积…). */
export const RUN_IN_TOPICS: ReadonlyArray<string> = [
  "人口", "国民经济", "综合", "粮食", "畜牧", "畜牧业", "农业", "林业", "渔业", "工业", "建筑业", "投资", "消费", "市场",
  "财政", "金融", "价格", "物价", "就业", "交通", "邮电", "旅游", "教育", "科技", "文化", "卫生", "体育", "能源",
  "环境", "外贸", "对外贸易", "外资", "收入", "社会保障"
]

/** Words that rate what follows them (全国领先的企业, 国内一流的平台): jieba tags some nouns, but before 的 they modify. */
export const EVALUATIVE: ReadonlySet<string> = new Set([
  "领先", "一流", "优质", "知名", "重点", "高端", "优秀", "先进", "典型", "龙头", "骨干", "标杆", "示范", "特色", "品牌"
])

/** Zones a place names (川南经济区, 川西北生态示范区): with the place before them they are one name. */
export const ZONE_HEADS: ReadonlySet<string> = new Set([
  "经济区", "示范区", "生态示范区", "经济带", "城市群", "都市圈", "经济圈"
])

/** Words jieba tags nouns that say how a thing is done (镇街协同推进, 干部点对点绑定, 全天候服务): before a verb they are adverbs. */
export const ADVERBIAL_NOUNS: ReadonlySet<string> = new Set([
  // (Not 集中: 36个项目集中开工 counts projects started, as 项目开工建设 does.)
  "协同", "点对点", "一对一", "全天候", "全方位", "全过程", "全链条", "常态化"
])
