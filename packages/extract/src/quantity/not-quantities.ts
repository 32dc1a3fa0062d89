/**
 * What a number next to a unit can be besides a quantity: a year or a date, an ordinal, an
 * anniversary or a span that only places other numbers in time, a name (十四五, 二十届三中全会,
 * 5G, 三大攻坚战), a class boundary (5亿元以上(含5亿元)) or a count of characters in a form.
 * Data only; the scanner applies them at the number's position.
 */

/** A character right before the number that makes it an ordinal or a place in a sequence. */
export const ORDINAL_BEFORE = "第前后每这那首届"
/** 头三个月 (Hong Kong's and Macao's 前三个月): after 头, a span of time places other numbers in it. */
export const LEADING_SPAN_AFTER = /^(?:个月|个季度|年|天|周)/

/** A vague numeral before it (几十, 数百): the magnitude is known, the number is not. */
export const VAGUE_BEFORE = "几数幾數"

/** After the unit, these make the number part of a name or a rank, not a fact (50亿级项目, 500强). */
// 二十二万伏的高压变压器: a voltage rates a class of equipment; it counts nothing.
export const NAME_AFTER_UNIT = ["级", "强", "号", "型", "代", "期", "路", "线", "栋", "楼", "周年", "伏"]

/**
 * 年末1美元兑8.2789元人民币: one (or a hundred) of a currency before 兑 is the base of an exchange
 * rate, not an amount (兑付 and 兑现 pay an amount out and keep it one).
 */
export const EXCHANGE_BASE_AFTER = /^兑(?!付|现)/
export const isExchangeBase = (value: number, unit: string) => (value === 1 || value === 100) && /^[^万亿千百]*元$/.test(unit)

/** After a numeral with no unit: a date, an ordinal, a code, a named programme. */
export const NOT_A_QUANTITY_AFTER = [
  "月", "日", "号", "时", "点", "届", "期", "大", "次全会", "次会议", "中全会", "项规定", "个一", "个方面", "个确立",
  "个维护", "周年", "个百年"
]

/** 十项行动, 三大工程, 八项规定: after the unit, a numbered programme is a name. */
/** 联合经营等十个方面, 包括以下十个方面: after a count, the parts of a text or a policy, not things counted. */
export const PARTS_AFTER_COUNT = /^方面/

export const PROGRAMME_AFTER = /^(行动|工程|任务|举措|规定|机制|体系|攻坚|战略|目标|奋斗目标)/

/** 条 before these is an article count of a policy's title (二十五条政策), which the policy record holds. */
export const ARTICLES_AFTER = /^(政策|措施|举措|意见|规定|”|》)/

/** 70个大中城市商品住宅销售价格: the count in the name of a statistical panel, not things counted in the text. */
export const PANEL_AFTER_COUNT = /^大中城市/
/** 十种有色金属669万吨: the count in the name of a product aggregate (its output is the fact). */
export const AGGREGATE_AFTER_KINDS = /^有色金属/

/** 5‰人口变动抽样调查, 1%人口抽样调查: the sampling rate in a survey's name, not a rate of the text's (the four characters after the unit). */
export const SAMPLE_SURVEY_AFTER = /^(?:人口变动|人口抽样|抽样)/

/** 十一次全会, 三次党代会: a session's number. */
export const SESSION_AFTER_TIMES = /^(全会|全体会议|会议|党代会|代表大会|常委会)/

/**
 * 年 measures a duration only after these words (连续4年, 提前两年, 用三年时间); elsewhere a number
 * of years places other numbers in time (过去五年, 建军一百年, 十年禁渔, 两千多年来).
 */
export const DURATION_BEFORE = /(连续|持续|用了|用|历时|提前|缩短|延长|长达|为期|期限为?|年限为?|工期)$/

/** 平均受教育年限从13.5年提高到14年: a quantity measured in years is named before the number. */
export const YEARS_MEASURED = /(年限|寿命|期限|工期|周期|年龄|工龄|教龄|年数)/

/** 排名提升6个位次, 前移2个位次: a move in a ranking, which is no fact as the ranking is none. */
export const RANK_AFTER_COUNT = /^位次/

/**
 * 在全国217家国家级开发区综合考评中位列第13位, 增速在全省27个…基地中居第7位: a count whose words run
 * on to 中 and a place in a ranking counts the field ranked, not things of the text's place.
 */
export const RANKED_FIELD_AFTER = /^[^,，。;；:：\d]{2,24}中(?:位列|位居|居|排名|排|名列|列)第/
export const RANKED_FIELD_UNITS: ReadonlySet<string> = new Set(["个", "家", "所", "座", "项", "县", "市", "区", "省", "城市"])

/** 居全国百强县25位, 排名12位, 位次前移3位: a place in a ranking, not a count of persons. */
export const RANK_BEFORE = /(居|排|排名|名列|位列|位次|位居|跃居|升至|提升|前移|上升)[^,，。;；]{0,6}$/

/**
 * 应到代表180名，实到175名; 出席会议的委员32人; 出席2855人，缺席128人: who attends a meeting, not a
 * statistic of the region. Read in the clause before a count of persons (人, 名, 位).
 */
export const ATTENDANCE_BEFORE = /(应到|实到|应出席|实际出席|出席|缺席|列席|到会|请假|实有(?:代表|委员))[^,，。;；]{0,10}$/

/** (含5亿元): the inclusive end of a class in a table heading, not an amount. */
export const CLASS_BOUND_BEFORE = /[(（]含$/

/** 代码12位, 18位数字: a count of characters in a form. */
export const CHARACTER_COUNT_CONTEXT = /(字符|代码|编码|号码|密码|数字|位数|字母)/

/** A four-digit number in this range before 年 (or alone) is a calendar year. */
export const isCalendarYear = (value: number, digits: number) => digits === 4 && Number.isInteger(value) && value >= 1000 && value <= 2200

/**
 * What may follow an age in 岁 when it is a value (人均预期寿命达到78.5岁，…提高了0.4岁; 由76.7岁提高到
 * 77.0岁; 其中男性75.26岁、女性80.99岁): a clause end, a bound ending the clause, a comparison or a
 * verb of change. Anything else makes it an age class (3岁以下婴幼儿, 60岁及以上人口, 0-14岁、15-59岁).
 */
export const AGE_VALUE_AFTER = /^(?:左右|多|以上|以下)?(?:[，,。；;：:)）」”(（\s]|、(?![0-9０-９])|$|[比较較]|提高|增加|增长|上升|延长|提升|下降|减少|缩短|降低|达到|和(?![0-9０-９]))/
/** 15-59岁, 15至59岁: the high end of an age band (its low end is read with it as a range). */
export const AGE_BAND_BEFORE = /[0-9０-９]\s*[-—–~至到]\s*$/
