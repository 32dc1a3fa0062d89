/**
 * Words of government statistics that jieba's general dictionary splits or lacks, with the
 * tag they should carry: the modifiers that change what a number measures (亩均, 规上) must
 * stay whole so that a subject keeps them. Data, not rules: one line per word.
 */
export const StatisticalWords: ReadonlyArray<readonly [word: string, tag: string]> = [
  ["亩均", "b"], ["人均", "b"], ["户均", "b"], ["地均", "b"], ["规上", "b"], ["规下", "b"], ["限上", "b"],
  ["规模以上", "b"], ["限额以上", "b"], ["全体居民", "n"],
  ["化学需氧量", "n"], ["氨氮", "n"], ["二氧化硫", "n"], ["氮氧化物", "n"], ["细颗粒物", "n"], ["可吸入颗粒物", "n"],
  ["专精特新", "nz"], ["小巨人", "nz"], ["高新技术企业", "n"], ["科技型企业", "n"], ["市场主体", "n"], ["经营主体", "n"],
  ["高速", "b"], ["首期", "b"], ["一期", "b"], ["二期", "b"], ["城镇", "n"], ["城市", "n"], ["乡村", "n"], ["城乡", "n"], ["新建", "v"], ["新增", "v"], ["力争", "v"],
  ["惠及", "v"], ["本年收入", "n"], ["本年支出", "n"], ["进出口额", "n"], ["进出口", "n"], ["批零住餐", "n"], ["批零", "n"], ["高企", "n"], ["科企", "n"], ["营收", "n"], ["收窄", "v"], ["国企", "n"], ["民企", "n"], ["外企", "n"], ["规上企业", "n"],
  ["增加值", "n"], ["总产值", "n"], ["可支配收入", "n"], ["纯收入", "n"], ["消费支出", "n"], ["零售总额", "n"],
  ["城镇化率", "n"], ["失业率", "n"], ["覆盖率", "n"], ["优良天数", "n"], ["研发投入", "n"], ["研发经费", "n"],
  // 60个项目投用: 投用 (put into use) is one verb, or the 用 falls off as a preposition.
  ["投用", "v"], ["建成投用", "v"],
  // 实际到账外资, 到位资金: funds that arrived (到+账 split, 到 falls off as a verb and 账外资 is left).
  ["到账", "v"], ["到位", "v"],
  // jieba's dictionary tags 通道 (防火通道, 物流通道) as a verb.
  ["通道", "n"],
  // Comparison frames kept whole, so that 比上年产值 is 比上年+产值, not 比+上+年产值; 新建成 is one verb.
  ["比上年", "d"], ["比去年", "d"], ["较上年", "d"], ["比上年同期", "d"], ["比去年同期", "d"], ["上年同期", "t"], ["去年同期", "t"],
  // jieba tags 落实 (carry out) an adjective, so it would open a subject.
  ["落实", "v"], ["新建成", "v"], ["自贸试验区", "n"], ["自贸区", "n"], ["自贸港", "n"],
  // Nouns jieba splits at a preposition or a verb, which a subject would then drop: 在岗职工 (在+岗),
  // 居住价格 (the CPI's housing class; 居住 a verb), 健身站点 and 全民健身 (健身 a verb).
  // 由2.04亿元发展到1024.33亿元: a verb of a change's end, like 增长到, not the noun 发展.
  ["发展到", "v"], ["发展至", "v"],
  // 第二产业占比提高2个百分点: 占比 (share) is a noun; split, its 比 falls off as a preposition.
  ["占比", "n"],
  // 一般预算收入完成7309万元，累计支出64338万元: jieba tags 支出 (expenditure) a verb, so it names nothing.
  ["支出", "n"],
  // …and 收入 (revenue, income) a verb after a pronoun (（四）其他收入收到903,065,000元), the same way.
  ["收入", "n"],
  // 一二三产比重从2012年的23.5:42:34.5调整为…: the three sectors by their numbers, one noun (not numerals).
  ["一二三产", "n"], ["一二三产业", "n"],
  // 一产, 二产, 三产: each sector by its number (jieba knows 一产 and 三产, not 二产).
  ["一产", "n"], ["二产", "n"], ["三产", "n"],
  // Industries of the national classification whose first word jieba reads as a verb (批发, 租赁, 科学研究):
  // split, the verb falls off and 零售业 is left.
  ["批发和零售业", "n"], ["租赁和商务服务业", "n"], ["科学研究和技术服务业", "n"], ["住宿和餐饮业", "n"],
  ["信息传输软件和信息技术服务业", "n"], ["软件和信息技术服务业", "n"],
  ["在岗", "b"], ["在岗职工", "n"],
  // 在库固定资产投资项目141个: projects in the statistical register (在 is no preposition there).
  ["在库", "b"], ["居住价格", "n"], ["居住类", "n"], ["健身站点", "n"], ["健身路径", "n"],
  // 当季全省社会消费品零售总额: a time word, or its 季 sticks to the subject.
  ["当季", "t"],
  // 增长面为63.4%, 41个行业大类中: a release's terms, or 增长 is dropped as a frame and 类 as a counter.
  ["增长面", "n"], ["行业大类", "n"],
  // A budget's accounts and totals (加上级补助收入…、调入资金…，收入合计…): jieba reads 加上 + 级补助收入,
  // tags 调入/结转 verbs and 合计 a frame, so the account would lose its first word or its head.
  ["上级补助收入", "n"], ["上级补助", "n"], ["下级上解收入", "n"], ["补助下级支出", "n"], ["上解上级支出", "n"], ["上解支出", "n"],
  ["调入资金", "n"], ["调出资金", "n"], ["上年结转收入", "n"], ["上年结转", "n"], ["上年结余", "n"], ["上年结转结余收入", "n"],
  ["结转下年支出", "n"], ["结转下年", "n"], ["转移支付收入", "n"], ["税收返还收入", "n"], ["转移性收入", "n"], ["转移性支出", "n"],
  ["预算稳定调节基金", "n"], ["调入预算稳定调节基金", "n"], ["动用预算稳定调节基金", "n"], ["补充预算稳定调节基金", "n"],
  ["安排预算稳定调节基金", "n"], ["设置预算稳定调节基金", "n"], ["债务还本支出", "n"], ["债务转贷收入", "n"],
  ["上缴上级支出", "n"], ["其他收入", "n"], ["其他支出", "n"],
  ["收入合计", "n"], ["支出合计", "n"], ["收入总计", "n"], ["支出总计", "n"], ["收入总量", "n"], ["支出总量", "n"], ["收入总数", "n"], ["支出总数", "n"],
  // 罚没收入5216万元: jieba tags 罚没 a verb, so the non-tax item lost it and borrowed the item before.
  ["罚没收入", "n"],
  // 一般债务502.45亿元、专项债务1336.65亿元: a debt (not 专项债, the bonds issued) — jieba cuts 专项债+务.
  ["一般债务", "n"], ["专项债务", "n"],
  // 小学101036人、初中48058人: jieba tags 初中 (junior secondary school) a locative, and a locative is dropped.
  ["初中", "n"], ["高中", "n"],
  // 加上级转移支付等收入116.3亿元: a transfer payment is one noun (cut, 转移 read as a verb kept before 等).
  ["转移支付", "n"], ["上级转移支付", "n"],
  // 17家基层医疗机构全部纳入医共体: 全部 (all of them) says how many, like 均; jieba tags it a noun.
  ["全部", "d"],
  // 大春粮食产量, 小春粮食产量: the summer- and autumn-harvested crops (jieba reads 大春 a place, 小春 a name).
  ["大春", "b"], ["小春", "b"],
  // 20万千瓦时独立储能电站: storage run on its own (not at a plant or a customer's), a modifier; jieba tags 独立 a verb.
  ["独立储能", "n"],
  // 农副食品加工业: an industry of the national classification jieba cuts 农+副食品+加+工业.
  ["农副食品加工业", "n"],
  // 21个国控监测点位: a monitoring site, one noun (jieba cuts 监测点+位, a counting word), and who
  // controls it a modifier (jieba cuts 国+控, a verb, as in 国控断面 and 省控断面).
  ["监测点位", "n"], ["点位", "n"], ["国控", "b"], ["省控", "b"], ["市控", "b"]
]
