/**
 * What counts as the name of a project, park, zone, platform or facility, and where it
 * begins. Names are found from their head noun (产业园, 隧道, 项目 …) leftwards; the left
 * edge is the nearest punctuation, 的, or a leading verb (加快建设, 签约落地 …), and a name
 * made only of generic descriptors (市级孵化器, 智能工厂, 重点项目) is a category, not a name.
 */
import type { ProjectKind } from "@govstat/schema"
import { byCodeUnit } from "../code-unit-index.js"
import { afterVerbOfProperName, afterClauseWord, cutAtWord, startsWord, type Words } from "./project-words.js"
import { segment } from "../words/segment.js"
import { leadingPlaceLength, placeMentions } from "../place/match.js"

/** Head nouns of names, with the kind they make. Longest first when matched. */
const HEAD_LIST: ReadonlyArray<readonly [string, ProjectKind]> = [
  ["产业园区", "industrial_park"], ["工业园区", "industrial_park"], ["产业园", "industrial_park"], ["工业园", "industrial_park"], ["园区", "industrial_park"], ["科创园", "industrial_park"],
  ["科技城", "zone"], ["示范区", "zone"], ["高新区", "zone"], ["经开区", "zone"], ["新区", "zone"],
  ["开发区", "zone"], ["片区", "zone"], ["产业带", "zone"], ["集聚区", "zone"], ["试验区", "zone"], ["先导区", "zone"],
  ["先行区", "zone"], ["创新区", "zone"], ["首开区", "zone"], ["起步区", "zone"], ["度假区", "zone"], ["综保区", "zone"],
  ["作业区", "zone"], ["集中区", "zone"], ["景区", "zone"], ["发展区", "zone"], ["小镇", "zone"], ["街区", "zone"], ["商圈", "zone"], ["智谷", "zone"], ["生态圈", "zone"],
  ["智造城", "zone"], ["健康城", "zone"], ["康养城", "zone"], ["欢乐城", "zone"], ["走廊", "zone"],
  ["创新中心", "platform"], ["研究院", "platform"], ["研究总院", "platform"], ["实验室", "platform"], ["平台", "platform"],
  ["孵化器", "platform"], ["众创空间", "platform"], ["基地", "platform"], ["书院", "platform"], ["总部", "platform"],
  ["中心", "facility"], ["医院", "facility"], ["院区", "facility"], ["卫生院", "facility"], ["学校", "facility"],
  ["学院", "facility"], ["中学", "facility"], ["小学", "facility"], ["幼儿园", "facility"], ["隧道", "facility"],
  ["大桥", "facility"], ["公园", "facility"], ["乐园", "facility"], ["电站", "facility"], ["水库", "facility"],
  ["水厂", "facility"], ["枢纽", "facility"], ["广场", "facility"], ["场馆", "facility"], ["主场馆", "facility"],
  ["体育馆", "facility"], ["图书馆", "facility"], ["博物馆", "facility"], ["陈列馆", "facility"], ["会堂", "facility"],
  ["机场", "facility"], ["口岸", "facility"], ["避难场所", "facility"], ["避难场", "facility"], ["高速", "facility"], ["高铁", "facility"],
  ["快速路", "facility"], ["铁路", "facility"], ["快线", "facility"], ["环道", "facility"], ["廊道", "facility"],
  ["酒店", "facility"], ["市集", "facility"], ["驿站", "facility"], ["田园", "facility"], ["农庄", "facility"],
  ["湿地", "facility"], ["公墓", "facility"], ["填埋场", "facility"], ["医技楼", "facility"], ["车管所", "facility"],
  ["片场", "facility"], ["装置", "facility"], ["综合体", "facility"], ["体验带", "facility"], ["会客厅", "facility"],
  ["通信网", "facility"], ["项目", "project"], ["工程", "project"], ["一期", "project"], ["二期", "project"],
  ["三期", "project"], ["号线", "facility"],
  // Works named by what they are (housing estates, plants, sluices, links, buildings). Not 大道 or a
  // bare 通道: most are streets where something happens (黛山大道交通综合整治) or strategies and
  // figures (西部陆海新通道, 便捷通道, 高铁双通道); a road built is named with its work (…大道工程).
  ["家园", "facility"], ["苑", "facility"], ["污水处理厂", "facility"], ["处理厂", "facility"], ["净化厂", "facility"],
  ["水闸", "facility"], ["连接线", "facility"], ["联络线", "facility"], ["快速通道", "facility"], ["综合楼", "facility"],
  ["科技园", "industrial_park"], ["停车场", "facility"], ["渡槽", "facility"], ["灌区", "facility"]
]
const HEADS: ReadonlyArray<readonly [string, ProjectKind]> = [...HEAD_LIST].sort((a, b) => b[0].length - a[0].length)
const KIND_OF = new Map(HEADS)
/** Heads by their last character, longest first: a clause is read once, character by character. */
const HEADS_BY_LAST = byCodeUnit(HEADS.map(([h]) => h), (h) => h.charCodeAt(h.length - 1))
const HEAD_LAST = new Uint8Array(65536)
for (const c of HEADS_BY_LAST.keys()) HEAD_LAST[c] = 1

/**
 * The head nouns in a clause, longest at each end position; a head inside a longer one
 * (产业园 in 产业园区) gives way to it.
 */
export interface Head {
  readonly head: string
  readonly kind: ProjectKind
  readonly end: number
}

export function headsIn(clause: string): Array<Head> {
  const out: Array<Head> = []
  for (let i = 0; i < clause.length; i++) {
    const code = clause.charCodeAt(i)
    // A byte per code unit first: most characters end no head, and a map lookup costs more.
    if (HEAD_LAST[code] === 0) continue
    const heads = HEADS_BY_LAST.get(code)
    if (!heads) continue
    const end = i + 1
    const head = heads.find((h) => h.length <= end && clause.startsWith(h, end - h.length))
    if (!head) continue
    while (out.length && out[out.length - 1]!.end > end - head.length) out.pop()
    out.push({ head, kind: KIND_OF.get(head)!, end })
  }
  return out
}

/** The longest head noun a name ends with. */
export const headOf = (name: string) => HEADS.find(([h]) => name.endsWith(h))

/**
 * Verbs and adverbs that open a clause before a name (加快建设…, 积极创建…, 签约落地…).
 * Stripped repeatedly from the left of a candidate; never searched inside a name, where
 * the same characters can belong to it (文化景观打造项目, 城市更新).
 */
const LEADING_WORDS = [
  "集中力量", "严防", "改扩建", "高水平", "出台", "集中", "新建成", "高起点", "高标准", "高质量", "合作共建", "挂牌成立", "正式", "积极", "持续", "全力", "加快", "加速", "提速", "力争",
  "确保", "争取", "推动", "推进", "支持", "鼓励", "围绕", "依托", "聚焦", "发挥", "用好", "做好", "做优", "做强", "做大",
  "做实", "建好", "抓好", "管好", "扎实", "深入", "大力", "着力", "全面", "进一步", "新建", "续建", "在建", "建设", "建成",
  "完成", "完工", "投用", "投产", "开工", "启动", "实施", "签约", "签署", "落地", "落户", "引进", "引入", "入驻", "招引",
  "打造", "创建", "争创", "筹建", "谋划", "规划", "布局", "上线", "开通", "融入", "进入", "成为", "获评", "获批", "入选",
  "设立", "成立", "组建", "搭建", "储备", "拓展", "增强", "提升", "完善", "优化", "整合", "畅通", "形成", "包括", "通过", "探索",
  "介绍", "吸引", "拥有", "实现", "改造", "申报", "共建", "协同", "参与", "开展", "举办", "承办", "促进", "助推", "培育",
  "新增", "建立", "加强", "强化", "深化", "服务", "保障", "运营", "带动", "以及", "其中", "还有", "就是", "包含", "并",
  "及", "和", "与", "或", "把", "将", "在", "对", "向", "从", "为", "以", "由", "让", "使", "了", "是", "再", "又",
  "均", "都", "也", "已", "还", "即", "有", "好",
  // 拉动园区规上工业产值增长…, 占雄安新区全部投资比重: a verb of contribution or share before the place.
  "拉动", "占",
  // 上半年经开区工业经济…: a period opening the clause.
  "上半年", "下半年", "前三季度", "一季度", "二季度", "三季度", "四季度", "全年", "今年", "去年",
  // 努力打造…, 高效运营…, 保证风景区…, 接纳开发区…, 距离花湖机场…: verbs and adverbs before the name.
  "努力", "高效", "保证", "接纳", "距离", "剩余", "统筹", "扩建", "重建", "重返",
  // 复工建设A, 共有A、B, 先后启动A: a resumption, a total, an order in time before the first item.
  "复工建设", "复工", "共有", "先后", "改建", "迁建", "逐一", "继",
  // 率先开发运行云平台: verbs of putting a system to work.
  "开发运行", "开发", "运行",
  // 构筑中华民族共有精神家园, 守护美好家园: verbs of a figurative home.
  "构筑", "守护", "建设好"
].sort((a, b) => b.length - a.length)

/** Descriptors that on their own make a category (市级孵化器, 智能工厂, 重点项目), never a name. */
const GENERIC_WORDS = [
  "国家级", "省级", "自治区级", "市级以上", "市区级", "市级", "区级", "镇街", "国家", "全国", "全市", "全区", "首个", "首家", "首批", "一批",
  "多个", "各类", "各级", "相关", "更多", "一些", "部分", "所有", "全部", "以上", "重点", "重大", "骨干", "示范性", "示范",
  "产业", "工业", "招商", "民生", "基础设施", "城市", "口袋", "智能", "绿色", "近零碳", "低碳", "数字经济", "数字化", "数字",
  "智慧", "研发", "科研", "科创", "科技型", "科技", "创新", "技术", "融资", "投资", "电商", "专业", "核心", "人才", "服务",
  "公共", "公益性", "特色", "现代", "新型", "综合", "社区", "新", "大", "小", "技改", "智改数转", "外资", "政府", "采购",
  "改造", "开发", "子", "配套", "储备", "年度", "一般性", "改革", "合作", "新签", "新招引", "亿元级", "百亿级", "十亿级",
  "高能级", "两级", "三级", "孵化", "众创空间", "普惠性", "中小学", "设计", "企业", "双创", "中试",
  "制造业", "道路", "园区", "片区", "建设", "数据", "安全", "云", "互联网", "世界一流", "一流", "优秀", "大学生", "文明实践",
  "新时代", "先进", "孵化器", "综合性", "发展", "市民", "休闲", "各部门", "单位", "战略性", "新兴", "新签约", "签约", "集中", "有效", "经济", "星级", "商业", "快速", "保障", "服务业", "写字楼", "酒店", "综合体", "街区", "电气化", "计划", "更新", "旅游", "景区", "高级", "开放", "开发区", "中西部", "中央政府", "广播电视", "集成电路", "普通",
  "改扩建", "中小企业", "病险", "小型", "中型", "大型", "公立", "县级", "乡镇", "高等", "一些", "中小", "城市建成区", "建成区", "大小", "出口", "大学生创新创业", "延链补链强链", "承接产业转移", "高速", "高铁", "示范区", "多", "主城", "全球最大", "最大", "首套", "唯一", "农文旅", "融合", "惠民", "民营", "外贸", "商贸", "物流", "标准化", "规范化", "实体", "平台", "中心", "项目", "工程", "基地", "集聚区",
  // Mechanisms that are called platforms (政银企对接平台, 股权平台), and a class of projects (产业转移项目).
  "政银企", "对接", "股权", "产业转移", "试点", "公园", "海洋", "海洋渔业", "一般", "加工", "水利", "农田水利",
  // 全县重点民生项目, 绿电园区试点示范项目: a whole area's or a kind's projects, not one.
  "全县", "全省", "全州", "全镇", "全乡", "全旗", "绿电",
  // Kinds of housing (安置房项目, 公租房) and a national campaign (美丽乡村建设工程).
  "安置房", "保障房", "公租房", "廉租房", "美丽乡村",
  // Slogans of a home or a road (美丽家园, 精神家园, 康庄大道, 绿色通道, 快速通道): a kind or a figure of speech.
  "美丽", "美好", "精神", "清洁", "温馨", "共同", "和谐", "宜居", "康庄", "阳光", "幸福", "便捷", "便民",
  "中华民族", "共有", "小微",
  // Sectors and groups served (交通基础设施项目, 市政项目, 青年中心): a kind of work or venue.
  "交通", "市政", "青年", "农村",
  // A kind of park or work by its trade or role (化工园区, 基础配套项目).
  "化工", "基础", "设施", "单体", "现代化", "固定资产",
  // 城市副中心: a planning term for a part of a city, not a facility.
  "副"
].sort((a, b) => b.length - a.length)

/**
 * Words that cannot sit inside a name: the name starts after the last of them. (Not 都: it ends
 * place names, 成都, 新都桥, and as an adverb it is a word of its own, which afterClauseWord cuts at.)
 * (璧山城区拥有大小公园 → 大小公园; A和B中心 → B中心; …等重点项目 → 重点项目).
 */
const BREAK_INSIDE = new RegExp(
  [
    "了", "等", "和", "及", "与", "以及", "将", "把", "在", "从", "被", "于", "位于", "是", "也", "还", "已", "拥有",
    "介绍", "入选", "获批", "获评", "上升为", "成为", "加快", "推进", "推动", "实施", "开展", "落户", "入驻", "选择",
    "搭建", "建立", "引入", "引进", "实现", "持续", "积极", "大力", "用好", "做好", "做优", "做强", "打好", "核定",
    "编制", "增强", "严格", "严控", "避免", "释放", "新增", "拟", "擦亮", "丰富", "联通", "共建", "联动", "争当",
    "谋划", "构建", "确保", "力争", "争取", "支持", "引导", "招引", "包装", "策划", "滚动", "设置", "制定", "闭环",
    "落实", "成功", "申报", "提质", "抓", "抓好", "建好", "管好", "谈", "简称", "为", "升级为", "一下", "提速",
    "位居", "率先", "承接", "就能", "完工", "竣工", "建成", "投用", "投产", "开工", "动工", "签约", "开园", "通车", "我们", "应该", "应当", "必须", "要", "特别", "加强", "加大", "增加", "增设", "建议", "兴建",
    "如", "按照", "组织", "参加", "恢复", "加上", "使", "由", "化为", "逐步", "改善", "切实", "认真", "继续", "各地", "这些", "那些", "整个", "所属", "有一些", "下放", "办好", "推开", "学习", "运用", "改进", "不断", "一是", "二是", "三是", "四是", "五是", "选址", "建强", "培育", "精准", "这个", "每个", "标志着", "晋升", "打开", "包括", "负责", "符合", "涉及", "涵盖", "决定", "放宽",
    "迁驻", "迁入", "进驻", "提高", "扩大", "盲目", "许多", "不少", "各种", "召开", "广大", "纳入", "坚持", "设立", "复制", "推广", "赋予", "杜绝", "这种", "加紧", "能够", "根据", "出现", "追求", "启动招商", "控制", "完成", "可达", "降低", "可以", "则", "像", "部分", "紧盯", "搞好", "统筹安排", "力推",
    // A list introduced (项目有A、B, 分别是A), and verbs that take a place as object (保证风景区污水…).
    "项目有", "工程有", "主要有", "分别是", "分别为", "依次是", "剩余", "保证", "接纳", "距离", "努力", "重建", "重返",
    // Verbs whose object is projects in general (宣布项目开工, 牢牢扭住项目建设, 按下项目建设“快进键”, 投身项目攻坚),
    // an order in time (先后启动A), a resumption (复工建设A), funds received (争取到位园区…资金).
    "宣布", "扭住", "按下", "投身", "深化", "先后", "复工", "到位",
    // A firm's park settling in another (闻泰光电智能制造产业园落地富山工业园), and verbs whose object is
    // projects or parks in general (全区围绕项目投资, 实地察看项目建设, 同步拉动园区内下游企业).
    "落地", "围绕", "察看", "拉动",
    // A time adverb opening the clause (目前春天国际学校项目等8个项目已开工建设).
    "目前",
    // A rank conferred (5个园区成功认定自治区级化工园区), an event joined to another (开工动员会暨X项目开工仪式; not
    // two works of one project, 县精神康复中心暨深甽中心卫生院迁建工程), a pick among many (最为抢眼的当属单体项目).
    "认定", "会暨", "仪式暨", "活动暨", "当属"
  ].sort((a, b) => b.length - a.length).join("|"),
  "g"
)
/**
 * A quantity inside a run ends what comes before it: 33家企业…, 51个片区, 2万亩…, 年产1100万片…, a voltage
 * (110伏福禄…). (Not a 天 after a year: 2023年天祝县….)
 */
const QUANTITY_INSIDE = /[0-9.]+(?:(?:平方公里|平方米|公里|千瓦时|千瓦|分钟|小时|[年月日周个家亿万千百余多条所项亩元级吨%座处批片套台辆]|(?<![年月])天|GWh|MW)+(?:以上)?|千?伏|kV)|[一二两三四五六七八九十百千]+(?:年(?!制)|个|家|所|条|项|座|批)/g

/** A run that ends with a voltage (110伏): a cut after it is not inside a word. */
const QUANTITY_BEFORE = /[0-9.]+(?:千?伏|kV)$/
/** The length of the voltage that ends a text (35伏), or 0. */
export const quantityBefore = (text: string) => QUANTITY_BEFORE.exec(text)?.[0].length ?? 0

/** Conjunctions among the break words: they join two names, or two words within one name. */
const CONJUNCTION = /^(?:和|及|与)$/

/**
 * The start of the name within a run: after the last break word or quantity in it. Words
 * inside quotes belong to the quoted name (“高新区新能源渣土车推广”项目), and a conjunction
 * between two actions joins them within one name (猕猴桃种质资源保护与利用).
 */
function cutInside(run: string): number {
  const quoted = run.includes("“") ? quotedParts(run) : NO_PARTS
  const cut = cutAfter(run, BREAK_INSIDE, quoted, 0)
  return cutAfter(run, QUANTITY_INSIDE, quoted, cut)
}

const NO_PARTS: ReadonlyArray<readonly [number, number]> = []
const quotedParts = (run: string) => [...run.matchAll(/“[^”]*”/g)].map((q) => [q.index, q.index + q[0].length] as const)

/**
 * The cut after the last match of `re` (global) in `run` outside quoted parts, from `cut` on.
 * exec from 0, not matchAll, which clones the pattern at every call.
 */
function cutAfter(run: string, re: RegExp, quoted: ReadonlyArray<readonly [number, number]>, cut: number): number {
  re.lastIndex = 0
  for (let m = re.exec(run); m !== null; m = re.exec(run)) {
    const at = m.index
    if (quoted.length > 0 && quoted.some(([s, e]) => at > s && at < e)) continue
    // (Not one right before the head or a single character: 工业投资与项目, 创新和中项目.)
    if (CONJUNCTION.test(m[0]) && at + m[0].length + 2 <= run.length && !endsName(run.slice(cut, at))) continue
    // One character before 和 is no name it could join: 和 is inside a place's name (三和智慧农业产业园, 呼和浩特
    // 盛乐国际机场). (Not 及: 普及, 涉及, 惠及 are verbs that end what comes before the name.)
    if (m[0] === "和" && at - cut === 1) continue
    // A capacity after 年产 is part of the name it opens (…科技有限公司年产10万吨氯化聚乙烯树脂项目).
    if (re === QUANTITY_INSIDE && at >= 2 && (run.startsWith("年产", at - 2) || (run[at - 1] === "及" && run.lastIndexOf("年产", at) >= cut))) continue
    // 及 before a common noun adds a part to one name (奇瑞未来一工厂及发动机项目, 考古标本库房及考古展示中心,
    // 放大器及其核心激光器…基地); before a proper one it starts another (…及上海浦东新区).
    if (m[0] === "及" && at > cut && joinsParts(run.slice(at + 1))) continue
    // …年产7万吨草酸及1万吨乙二醇项目: a second product of the plant whose capacity the name opens with.
    if (m[0] === "及" && run.lastIndexOf("年产", at) >= cut && /^[0-9.]+[万千]?吨/.test(run.slice(at + 1, at + 9))) continue
    cut = Math.max(cut, at + m[0].length)
    // Matches may overlap by a character: 力推 in 全力推进 must not hide 推进 (全力推进渝昆高铁 → 渝昆高铁).
    if (m[0].length > 1) re.lastIndex = at + m[0].length - 1
  }
  return cut
}

/** What follows 及 is more of the same name: 其 (its), or a common noun first. */
function joinsParts(rest: string): boolean {
  if (rest.startsWith("其")) return true
  // (Only the first word is wanted: a few characters are segmented, not the rest of the run.)
  const first = segment(rest.slice(0, 6))[0]
  return first !== undefined && first.word.length >= 2 && /^[\u4e00-\u9fff]+$/.test(first.word) && /^(?:n|vn)$/.test(first.tag)
}

/**
 * True unless a part of a run ends with a verb: a conjunction after a verb joins two actions
 * of one name (种质资源保护与利用, 城市运行和治理中心); after a noun it joins two names
 * (经济特区和上海浦东新区, 兰新复线和宝中铁路).
 */
function endsName(part: string): boolean {
  const bare = part.replace(/\([^()]*\)$/, "")
  if (bare.length < 2 || /[“”]/.test(bare)) return true
  return segment(bare).at(-1)?.tag !== "v"
}

/**
 * True when the name goes on past `end` to a later head in the same run of name
 * characters: 福禄镇卫生院迁建项目 is one name, not 福禄镇卫生院 and a project.
 */
export function nameContinues(clause: string, end: number): boolean {
  let stop = end
  while (stop < clause.length && isNameCode(clause.charCodeAt(stop))) stop++
  let run = clause.slice(end, stop)
  // search(), not exec(): a global pattern's lastIndex would leak into the next matchAll.
  let brk = run.search(BREAK_INSIDE)
  // 福泰大桥及接线道路工程: 及 right after the head adds a part to one name, as it does inside a name.
  if (brk === 0 && run.startsWith("及") && joinsParts(run.slice(1))) {
    const next = run.slice(1).search(BREAK_INSIDE)
    brk = next === -1 ? -1 : next + 1
  }
  if (brk !== -1) run = run.slice(0, brk)
  return HEADS.some(([h]) => run.includes(h))
}

/** A bare place name: 天祝县, 璧山区, 河南省. */
const PLACE_ONLY = /^[\u4e00-\u9fff]{1,6}(?:省|市|县|区|镇|乡|村|自治州|自治县)$/
const LIST_MARKER = /^\((?:[一二三四五六七八九十]+|[0-9]+)\)$/

/**
 * Marks of a category rather than a name: a count or a tier (两地经开区, 三大片区, 三级治理平台), a size or time class (亿元以上项目, 年均…,
 * 第二季度重大重点项目, 该市今年项目, 我市上半年项目), a type or field (科研类项目, 综合交通运输领域项目), a batch (首批), the generic
 * 重点/重大 project, a coverage slogan (县县通高速), and the year's list of works done for the
 * people (民生实事项目, 十件实事): a category the items of the list fall under.
 */
export const CATEGORY = /实事|首个|首家|[两三四五六七八九十]地|[两三四五六七八九十][大级]|以上|以下|年均|今年|明年|去年|本年|当年|季度|[上下]半年|[该本我][市县区省镇]|类(?:投资)?项目$|领域(?:重大|重点)?项目$|首批|批次|第[一二三四五六七八九十0-9]+批|“十[一二三四五六七八九]五”|重[点大](?:建设|工程)?项目$|重[点大]工程$|(?:许可|审批|收费|备案|考核|评审|评估)项目$|^(?:[千百万]亿|百|千)级|^重[点大]|规划重大工程$|([\u4e00-\u9fff])\1通/

/**
 * A superlative (全国唯一, 全球最大, 单体最大, 全球首套) describes the one facility it qualifies;
 * it is no part of the facility's name. (A first, 首个/首家, is mostly a title: 获批首家重庆实验室.)
 */
const SUPERLATIVE = /(?:全国|全球|全市|全省|全区|西部|西南|世界|国内|亚洲|单体)?(?:唯一|最大|首套)/g

/** Levels with many units: a facility of each is a kind. */
const MANY_UNITS = /^(?:社区|村级|镇街|乡镇|街道|农村)/

/** A count or quantifier right before a head makes a category: 51个片区, 一批项目, 三大工程. */
const COUNTED = /(?:[0-9]+|[一二两三四五六七八九十百千]+)(?:个|家|所|座|条|项|批|大|类|项重点)$|(?:一批|多个|各类|首批|更多|一些|部分|其中|等)$/

/**
 * Characters that bind to the word before them (服务业, 保障性, 现代化, 有限, 启动区): a leading word
 * followed by one of them is the start of a longer word, not a verb.
 */
const BOUND_AFTER: Record<string, RegExp> = { 有: /^[限色机线效关]/, 好: /^[莱]/, 启动: /^区/, 建成: /^区/, 规划: /^区/, 储备: /^[林粮库]/, 开发: /^[区商]/, 运行: /^[和与及]/ }
const BOUND = /^[业性化型式率者]/

/**
 * The name without the verbs and adverbs that open it. `startsWord` says whether a word
 * begins at an offset of the name: a leading word is stripped only where it is a word of
 * its own (保障 is not one in 保障性安居工程).
 */
function stripLeading(name: string, startsWord: (offset: number) => boolean = anyOffset, shortest = 1): string {
  let offset = 0
  for (let again = true; again;) {
    again = false
    for (const w of LEADING_BY_FIRST.get(name.charCodeAt(0)) ?? NO_WORDS) {
      if (w.length >= shortest && name.startsWith(w) && name.length - w.length >= 2) {
        const rest = name.slice(w.length)
        if (BOUND.test(rest) || BOUND_AFTER[w]?.test(rest) || !startsWord(offset + w.length)) continue
        offset += w.length
        name = name.slice(w.length)
        again = true
        break
      }
    }
  }
  return name
}

const anyOffset = () => true
const NO_WORDS: ReadonlyArray<string> = []
/** The leading and generic words by their first code unit, order kept: only those a name can start with are tried. */
const LEADING_BY_FIRST = byCodeUnit(LEADING_WORDS, (w) => w.charCodeAt(0))
const GENERIC_BY_FIRST = byCodeUnit(GENERIC_WORDS, (w) => w.charCodeAt(0))

/** True when `s` splits entirely into generic descriptors. */
function isGenericOnly(s: string): boolean {
  if (s === "") return true
  // Dynamic programming over prefixes: can s[0..i) be cut into generic words?
  const ok = new Uint8Array(s.length + 1)
  ok[0] = 1
  for (let i = 0; i < s.length; i++) {
    if (ok[i] === 0) continue
    const words = GENERIC_BY_FIRST.get(s.charCodeAt(i))
    if (words !== undefined) for (const w of words) if (s.startsWith(w, i)) ok[i + w.length] = 1
  }
  return ok[s.length] === 1
}

/**
 * Characters a name may hold: Han (\u4e00-\u9fff), A-Za-z0-9, ·, - and —; anything else ends it
 * on the left. Read by code unit: no one-character string per character read.
 */
const isNameCode = (c: number) =>
  // (丨 separates a headline's slogan from its story: 稳经济·促增长丨经开区以项目建设….)
  (c >= 0x4e00 && c <= 0x9fff && c !== 0x4e28) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ||
  c === 0xb7 /* · */ || c === 0x2d /* - */ || c === 0x2014 /* — */
const DE = 0x7684 /* 的 */

/**
 * The name that ends at `end` in `clause`, or null when what precedes the head is not a
 * proper name. Parenthesised parts and quoted parts inside the name are kept
 * (西部(重庆)科学城, “梦界空间”数字经济产业园).
 */
export function nameEndingAt(
  clause: string, end: number, head: string, words?: Words
): { name: string; start: number; category: boolean } | null {
  const i = runStart(clause, end)
  if (i === -1) return null
  const from = nameStart(clause, i, end, head, words)
  // A name does not open with a closing mark or a dash left over from the walk.
  const name = clause.slice(from, end).replace(/^[—\-·]+/, "")
  let stripped = stripLeading(name, words ? (k) => startsWord(words, end - name.length + k) : undefined)
  // 以花湖机场为核心: 以 opens the frame 以…为, even where the segmenter fuses it with the name (以花湖/x).
  if (stripped.startsWith("以") && clause.charCodeAt(end) === WEI) stripped = stripped.slice(1)
  // 湖南省重大水利工程金塘冲水库, 河南省重点项目郑州航空港…项目: the class the work is filed under is no part of its name.
  // (安置房项目宏图家园: a generic class filed under works the same way.)
  const filed = FILED_UNDER.exec(stripped.slice(0, -head.length)) ?? classFiledUnder(stripped.slice(0, -head.length))
  if (filed && stripped.length - filed[0].length >= head.length + 2 && !isGenericOnly(stripped.slice(filed[0].length, -head.length))) stripped = stripped.slice(filed[0].length)
  // 湖北漳河灌区重要控制性工程响水洞渡槽: a class word left at the start is no part of the name.
  if ((stripped.startsWith("工程") || stripped.startsWith("项目")) && stripped.length >= head.length + 4) stripped = stripped.slice(2)
  if (stripped.length < head.length + 2 || stripped.length > 32) return null
  return judgedName(clause, end, head, stripped)
}

const WEI = 0x4e3a /* 为 */
/** A generic class and 项目/工程 opening a name (安置房项目宏图家园 → 宏图家园), as a match of its length. */
function classFiledUnder(bare: string): [string] | null {
  for (const word of ["项目", "工程"]) {
    const at = bare.indexOf(word)
    if (at >= 2 && isGenericOnly(bare.slice(0, at))) return [bare.slice(0, at + word.length)]
  }
  return null
}
/** A class a work is filed under, opening its name: (a place,) 重点/重大 …项目/工程, a dash. */
const FILED_UNDER = /^[\u4e00-\u9fff]{0,4}?(?:省|市|县|区|国家)?(?:[“"][^”"]{1,8}[”"])?重[点大][\u4e00-\u9fff]{0,6}?(?:项目|工程)(?:——|—)?(?=[\u4e00-\u9fff])/

/**
 * False when no name can end at `end` whatever the words: the run of name characters before
 * the head is shorter than a name (a head after 的 or punctuation). The caller skips the
 * segmenter for such a head.
 */
export function roomForName(clause: string, end: number, head: string): boolean {
  const i = runStart(clause, end)
  return i !== -1 && end - i >= head.length + 2
}

/**
 * Where the run of name characters ending at `end` starts: parenthesised and quoted parts are
 * kept (西部(重庆)科学城, “梦界空间”数字经济产业园). -1 when a line wrapped inside a word
 * there (全国纺 织产业…): the name would start mid-word.
 */
function runStart(clause: string, end: number): number {
  let i = end
  while (i > 0) {
    const c = clause.charCodeAt(i - 1)
    if (c === CLOSE_PAREN || c === CLOSE_QUOTE) {
      const open = clause.lastIndexOf(c === CLOSE_PAREN ? "(" : "“", i - 1)
      if (open === -1 || i - 1 - open > (c === CLOSE_PAREN ? 10 : 16)) break
      // (一), (2): a list marker ends the name, it is not a part of it.
      if (LIST_MARKER.test(clause.slice(open, i))) break
      i = open
      continue
    }
    if (c === DE || !isNameCode(c)) break
    i--
  }
  if (i >= 2 && /[ \t\u3000]/.test(clause[i - 1]!) && /[\u4e00-\u9fff]/.test(clause[i - 2]!) && !/\s/.test(clause[i - 3] ?? "\n")) return -1
  return i
}
const CLOSE_PAREN = 0x29
const CLOSE_QUOTE = 0x201d

/** Where the name starts within the run [i, end): after the words and verbs that cannot be part of it. */
function nameStart(clause: string, i: number, end: number, head: string, words: Words | undefined): number {
  const headStart = end - head.length
  let from = i + cutInside(clause.slice(i, headStart))
  // A cut inside a word moves to a word boundary (抓|紧黄河… → 黄河…).
  // A cut after a quantity stays: the segmenter may fuse its unit with the name (110伏|福禄).
  if (words && from < headStart && !QUANTITY_BEFORE.test(clause.slice(i, from))) from = Math.max(i, cutAtWord(words, from, headStart))
  // A verb whose object is a proper name (决定成立国家行政学院) ends what precedes the name.
  if (words) from = afterClauseWord(words, afterVerbOfProperName(words, from, headStart), headStart)
  // A quoted part is kept whole: no cut falls inside it.
  const run = clause.slice(i, end)
  if (run.includes("“")) for (const q of run.matchAll(/“[^”]*”/g)) if (from > i + q.index && from < i + q.index + q[0].length) from = i + q.index
  return from
}

/** The name as found, as a category (a kind, a slogan, a chain of kinds), or null when it is none. */
function judgedName(clause: string, end: number, head: string, stripped: string): { name: string; start: number; category: boolean } | null {
  const start = end - stripped.length
  const before = clause.slice(0, start)
  const bare = stripped.slice(0, -head.length).replace(/[“”()]/g, "")
  // A quoted slogan with a count or a sum in it before a generic head: “两高一低”项目, “一站式”…平台, “8+X”项目.
  // (A place may open it: 开封市“三个50”项目.)
  const lead = stripped.includes("“") ? leadingPlaceLength(stripped) : 0
  const slogan = /^“([^”]*[一二两三四五六七八九十千万+][^”]*)”(.*)$/.exec(stripped.slice(lead, -head.length))
  if (slogan && isGenericOnly(slogan[2]!)) return null
  if (/^[0-9]/.test(stripped) && !/^[0-9]+号线/.test(stripped)) return null
  // Two characters before 工程/项目 name a discipline or an account (生物工程, 资本项目), not a project.
  if ((head === "工程" || head === "项目") && bare.length < 3) return null
  if (/^[0-9一二两三四五六七八九十头]+(?:大|个|家|所|条|项|号$)/.test(bare)) return null
  if (COUNTED.test(before) || /^第/.test(bare)) return null
  // A slogan or a chain of kinds in quotes is not a project: a head inside a quote that goes on
  // (“园区事园区办”), a quoted chain of heads (“产业研究院产业基金产业园区”, 产业研究院—孵化器).
  const inQuote = (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0)
  if (inQuote && /^[^“”，,。；;]+”/.test(clause.slice(end))) return { name: stripped, start, category: true }
  // A numbered layout in quotes (“两区一枢纽”, “一城两翼”): a strategy, not a work.
  if (inQuote && clause[end] === "”" && NUMBERED_SLOGAN.test(bare)) return { name: stripped, start, category: true }
  if ((inQuote && clause[end] === "”" && headsIn(stripped).length > 1) ||
    stripped.split(/—/).slice(0, -1).some((part) => headOf(part.replace(/\([^()]*\)$/, "")) !== undefined)) {
    return { name: stripped, start, category: true }
  }
  // A superlative singles one facility out (全球最大食品级PET基地, 单体最大氨纶基地): the name is
  // what it describes, or the whole when that is only a kind (西部最大科技片场).
  const plain = stripped.replace(SUPERLATIVE, "")
  if (plain !== stripped) {
    const core = plain.slice(0, -head.length).replace(/[“”()]/g, "")
    const name = core.length >= 2 && !isGenericOnly(core) ? plain : stripped
    return { name, start, category: core.length < 2 || CATEGORY.test(plain) }
  }
  // An upgrade programme of a kind of thing (老旧小区改造工程, 公共卫生能力提升工程, 文化惠民工程)
  // runs wherever there is one: a project only where its name holds a place (璧南河…改造工程).
  if (head === "工程" && PROGRAMME_END.test(bare) && !namesLocus(stripped.slice(0, -head.length))) return { name: stripped, start, category: true }
  // A kind (国家级高新区, 智能工厂) is kept as a category, so that it is masked like a name; so is
  // one of the many a level has (社区运动健康中心, 镇街基层治理中心).
  if (isGenericOnly(bare) || (MANY_UNITS.test(bare) && !hasProperElement(stripped))) return { name: stripped, start, category: true }
  // A category is returned as such: it is not a project, but the words in it are not cues either.
  // A place's projects (天祝县项目) are all of them, not one.
  const placeOnly = (head === "项目" || head === "工程") && PLACE_ONLY.test(bare)
  return { name: stripped, start, category: CATEGORY.test(stripped) || placeOnly }
}

/** Counted areas, belts, poles and wings of a layout (两区, 一城两翼); not counted buildings (“两馆两中心”, a work). */
const NUMBERED_SLOGAN = /[一二两三四五六七八九十](?:区|带|圈|核|极|翼|轴|廊|城|群)/

/** The ends of an upgrade programme's name: what is done to every thing of a kind. */
const PROGRAMME_END = /(?:提升|改造|惠民|增效|提标|创建|亮化|美化)$/
/**
 * A river, lake, channel, bridge or named street in a name (璧南河, 解放路): the work's own site.
 * Not the roads of a kind (公路, 道路, 马路).
 */
const NAMED_SITE = /[\u4e00-\u9fff](?:[河江湖溪渠桥]|(?<![公道马铁])路)/

/** True when a name's description holds its own site: a place, a named river or street, a number, a quoted or bracketed part. */
function namesLocus(bare: string): boolean {
  if (/[0-9A-Za-z“”()]/.test(bare) || NAMED_SITE.test(bare)) return true
  return placeMentions(bare).some((m) => m.zoneHead !== null || m.entries.some((e) => !e.weak))
}

/** Fields of work listed like projects (水利、交通、能源等重大项目): sectors, not names. */
const SECTORS = new Set([
  "水利", "交通", "能源", "通信", "电力", "铁路", "公路", "民航", "水运", "航运", "港口", "机场", "农业", "林业", "水土保持",
  "退耕还林", "生态", "环保", "教育", "卫生", "医疗", "文化", "体育", "旅游", "科技", "信息", "信息网络", "城建", "市政",
  "住房", "水电", "核电", "煤炭", "石油", "天然气", "冶金", "化工", "建材", "纺织", "轻工", "电子", "机械", "汽车", "物流",
  "粮食", "棉花", "糖料", "油料", "资源综合利用", "循环经济", "节能", "减排", "污染治理", "城市", "农村", "基础设施"
])

const GEOGRAPHIC = /(?:地区|平原|流域|盆地|三角洲|沿海|沿边|山区|库区|牧区|林区|[两三四五]省)$|^(?:东北|西北|华北|华东|华南|华中|西南|东南|中西部|东中西部)$/
/** A place is not a project: 上海、天津等老工业基地, 东北地区等…, 黑龙江三江平原…等商品粮基地. */
export const isPlace = (name: string) => GEOGRAPHIC.test(name) || leadingPlaceLength(name) === name.length
const ACTIVITY = /(?:改造|发电|建设|治理|整治|提升|利用|开发|加工|种养|养殖|种植|升级|保护|应用|计算|亮化|绿化|美化|黑化|硬化|净化)$/

const BATCH = /第[一二三四五六七八九十0-9]+批/

/** An item of an enumeration (A、B等项目) as a name, with verbs stripped from its left. */
export function enumerationItem(item: string, afterSeparator = false): string | null {
  // 市区第三批人行天桥: a batch of works of a kind, whatever the cut leaves of it.
  if (BATCH.test(item)) return null
  // A description before 的 qualifies the item (规模巨大的包头钢铁公司): the name follows it.
  // An item after 、 opens no clause: a one-character word there is the name's own (吕梁杭氧、并盛熔盐技改).
  const name = stripLeading(item.slice(cutInside(item)).replace(/^.*的/, ""), anyOffset, afterSeparator ? 2 : 1)
  // (支教、支农、支医和扶贫): a part of a bracket is no item of the list.
  if ((name.match(/\(/g)?.length ?? 0) !== (name.match(/\)/g)?.length ?? 0)) return null
  // (全市上下以“等不起”的紧迫感…投身项目攻坚: 等 inside a quote is a verb; the item left is half a quote.)
  if ((name.includes("“") || name.includes("”")) && (name.match(/“/g)?.length ?? 0) !== (name.match(/”/g)?.length ?? 0)) return null
  if (name.length < 2 || name.length > 24 || SECTORS.has(name)) return null
  if (!/^[\u4e00-\u9fffA-Za-z“]|^[0-9]+[\u4e00-\u9fff]/.test(name) || isGenericOnly(name.replace(/[“”]/g, ""))) return null
  // (A capacity after 年产 is the name's own: 年产1100万片…模组, 年产160万吨大机焦.)
  if ((!name.includes("年产") && /[0-9]+(?:个|家|亿|万|%)/.test(name)) || CATEGORY.test(name) || name.replace(SUPERLATIVE, "") !== name) return null
  // A technology (三维指静脉识别技术) is what a project applies, not a project.
  if (/技术$/.test(name)) return null
  // A short activity (节能改造, 光伏发电, 卫星应用) is a name only with a place or a number in it (344国道改造).
  if (ACTIVITY.test(name) && name.length <= 4 && !headOf(name) && !/[0-9A-Za-z]|[\u4e00-\u9fff][省市县区镇乡村]/.test(name)) return null
  return name
}

/** Tags of a proper element in a name: a place, a person's name, a foreign word. */
const PROPER_ELEMENT = /^(?:ns|nr|nrt|nrfg|eng)$/
/** Organisation and other proper-noun tags, which jieba also gives to common nouns (卫生院/nt, 开放平台/nz). */
const LOOSE_PROPER = /^(?:nt|nz)$/
/** Words jieba tags as places that name no place. */
const NOT_A_PLACE = new Set(["城市", "城镇", "城乡", "乡村", "农村", "地方", "全国", "国家", "江河",
  // Common words jieba tags as places or persons (养老/nr, 惠民/nr, 美丽/ns, 宜居/ns, 河湖/ns).
  "养老", "惠民", "美丽", "宜居", "河湖"])

/**
 * True when a name holds something proper: a place, a person's or company's name, a brand,
 * a number or a phase (二期, 3号线), a quoted or bracketed part. 现代农业产业园 holds none:
 * it names a kind of park. An organisation-tagged word counts only when it is more than
 * descriptors and a head (官厅水库 yes, 高级中学 no).
 */
export function hasProperElement(name: string): boolean {
  if (/[0-9A-Za-z“”()]|[一二三四五六七八九十]期/.test(name)) return true
  return segment(name).some((t) => {
    if (t.word.length < 2 || NOT_A_PLACE.has(t.word)) return false
    if (PROPER_ELEMENT.test(t.tag)) return true
    if (!LOOSE_PROPER.test(t.tag)) return false
    const head = headOf(t.word)?.[0] ?? ""
    return !isGenericOnly(t.word.slice(0, t.word.length - head.length))
  })
}
