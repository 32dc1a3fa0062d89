/**
 * Period labels (2023, 2023Q1, 2023H1, 2023M06, 2023M01-09) and their first and last
 * days, computed with date-fns; and the period words a clause may carry.
 */
// Per-function entry points: the date-fns barrel costs a third of a second to load in every worker.
import { cnOrdinal, fiveYearPlanFirst, YEAR_NUMERAL, yearMentions, yearValue } from "../document/dates.js"
import { endOfMonth } from "date-fns/endOfMonth"
import { endOfQuarter } from "date-fns/endOfQuarter"
import { endOfYear } from "date-fns/endOfYear"
import { format } from "date-fns/format"
import { startOfMonth } from "date-fns/startOfMonth"
import { startOfQuarter } from "date-fns/startOfQuarter"
import { startOfYear } from "date-fns/startOfYear"

const day = (d: Date) => format(d, "yyyy-MM-dd")

type Bounds = { readonly start: string | null; readonly end: string | null }

/** Labels repeat on every row of a document (2023, 2023Q1 …): each is computed once. */
const boundsCache = new Map<string, Bounds>()

/** First and last day of a period label, or nulls for a label it does not know. */
export function periodBounds(label: string | null): Bounds {
  if (!label) return { start: null, end: null }
  let b = boundsCache.get(label)
  if (!b) {
    b = computeBounds(label)
    if (boundsCache.size < 10_000) boundsCache.set(label, b)
  }
  return b
}

function computeBounds(label: string): Bounds {
  let m = /^(\d{4})$/.exec(label)
  if (m) {
    const d = new Date(Number(m[1]), 0, 1)
    return { start: day(startOfYear(d)), end: day(endOfYear(d)) }
  }
  m = /^(\d{4})Q([1-4])$/.exec(label)
  if (m) {
    const d = new Date(Number(m[1]), (Number(m[2]) - 1) * 3, 1)
    return { start: day(startOfQuarter(d)), end: day(endOfQuarter(d)) }
  }
  m = /^(\d{4})H([12])$/.exec(label)
  if (m) {
    const first = m[2] === "1" ? 0 : 6
    return { start: day(startOfMonth(new Date(Number(m[1]), first, 1))), end: day(endOfMonth(new Date(Number(m[1]), first + 5, 1))) }
  }
  m = /^(\d{4})M(\d{2})(?:-(\d{2}))?$/.exec(label)
  if (m) {
    const y = Number(m[1])
    const a = Number(m[2])
    const b = m[3] ? Number(m[3]) : a
    if (a < 1 || b > 12 || b < a) return { start: null, end: null }
    return { start: day(startOfMonth(new Date(y, a - 1, 1))), end: day(endOfMonth(new Date(y, b - 1, 1))) }
  }
  return { start: null, end: null }
}

// (元 as in 元至5月: 元月, the first month.)
const CN_MONTH: Record<string, number> = { 元: 1, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 }
const month = (s: string) => (/^\d+$/.test(s) ? Number(s) : CN_MONTH[s] ?? NaN)
const mm = (n: number) => String(n).padStart(2, "0")

/**
 * Sub-year periods named only as a comparison base (增幅比一季度和上半年分别提高…, 较一季度):
 * they date the figure compared with, not the figure.
 */
// …or a month or months (较1-7月份, 比上年12月份加快0.2个百分点: the base of a 1—2月 figure, not its period).
// (和/跟 only with 去年/上年: 这个增速和去年四季度持平; 一季度和二季度 is a list.)
// …also with its year (比2020年四季度环比增长0.6%, 比2019年一季度增长10.3%), and a list of them
// (分别比前三季度、1~8月和1~7月加快1.6、2.6、2.7个百分点).
const COMPARED = /(?:比|较|与|同|高于|低于|快于|慢于|(?:和|跟)(?=去年|上年))(?:去年|上年|(?:19|20)\d{2}\s?年)?(?:同期)?(?:前三季度|第?[一二三四1-4]季度|[上下]半年|(?:1[0-2]|[1-9])\s*(?:[-—–~至到]\s*(?:1[0-2]|[1-9])\s*)?月份?)(?:(?:和|及|、)(?:前三季度|第?[一二三四1-4]季度|[上下]半年|(?:1[0-2]|[1-9])\s*[-—–~至到]\s*(?:1[0-2]|[1-9])\s*月份?))*/g

/** 自2013年第三季度以来: the start of a stretch of another year, not the period of the figure. */
const SINCE_PERIOD = /(?:19|20)\d{2}年(?:第?[一二三四1-4]季度|[上下]半年|前三季度)以来/g

/**
 * The sub-year period a clause names, relative to a year: 一季度 → Q1, 上半年 → H1,
 * 前三季度 / 1—9月 → M01-09, 1—2月 → M01-02, 截至9月底 / 9月底前 → M01-09. Null when the
 * clause names none.
 */
const MONTH_RANGE = /(?<![0-9])(1[0-2]|[1-9]|[一二三四五六七八九十]{1,2})\s*[-—–~至到]\s*(1[0-2]|[1-9]|[一二三四五六七八九十]{1,2})月(?!\d|份?\d|[0-9]*日)/g
const FIRST_MONTH_RANGE = /(?<![0-9])(1[0-2]|[1-9]|[一二三四五六七八九十]{1,2}|(?<![0-9０-９万亿千百十一二三四五六七八九零〇.]\s?)元)\s*[-—–~至到]\s*(1[0-2]|[1-9]|[一二三四五六七八九十]{1,2})月(?!\d|份?\d|[0-9]*日)/g

export function subYearPeriod(clause: string, year: number): string | null {
  // Every period form below names 季(度), 半年 or 月: a clause with none of them needs no matching.
  if (!clause.includes("季") && !clause.includes("半年") && !clause.includes("月")) return null
  const own = clause.replace(COMPARED, "").replace(SINCE_PERIOD, "")
  // The period named nearest before the number wins (6月底前下达60%、9月底前下达80%).
  let best: { at: number; label: string } | null = null
  const consider = (at: number, label: string | null) => {
    if (label && (!best || at >= best.at)) best = { at, label }
  }
  // 首三季度, 首三季: how Hong Kong and Macao texts write 前三季度.
  for (const m of own.matchAll(/前三季度|首三季度?/g)) consider(m.index, `${year}M01-09`)
  for (const m of own.matchAll(/(?<![前首]|[-—–~至到]\s*)(?:第)?([一二三四1-4])季度/g)) consider(m.index, `${year}Q${month(m[1]!)}`)
  // 第三季, 第3季: Hong Kong and Macao leave off 度 (only after 第: 一季稻 is a crop).
  for (const m of own.matchAll(/第([一二三四1-4])季(?!度)/g)) consider(m.index, `${year}Q${month(m[1]!)}`)
  // 1—3季度, 一至二季度: the quarters cumulated from the first, as months.
  if (own.includes("季")) for (const m of own.matchAll(/(?<![0-9])[1一]\s*[-—–~至到]\s*([2-4二三四])季度/g)) consider(m.index, `${year}M01-${mm(3 * month(m[1]!))}`)
  for (const m of own.matchAll(/([上下])半年/g)) consider(m.index, `${year}H${m[1] === "上" ? 1 : 2}`)
  // 元至5月: from 元月 (January), not an amount in 元 (500万元至5月底前). (Guarded: few clauses write 元 so.)
  const fromFirst = own.includes("元") && (own.includes("元至") || own.includes("元到") || own.includes("元-") || own.includes("元—"))
  for (const m of own.matchAll(fromFirst ? FIRST_MONTH_RANGE : MONTH_RANGE)) {
    const a = month(m[1]!)
    const b = month(m[2]!)
    consider(m.index, a >= 1 && b <= 12 && a < b ? `${year}M${mm(a)}-${mm(b)}` : null)
  }
  // 7月至9月总体失业率 (Hong Kong and Macao write both months): the months from one to the other.
  if (own.includes("月至") || own.includes("月到")) for (const m of own.matchAll(/(?<![0-9])(1[0-2]|[1-9])月份?\s*[至到]\s*(1[0-2]|[1-9])月份?(?![0-9]|[0-9]*日)/g)) {
    const a = month(m[1]!)
    const b = month(m[2]!)
    consider(m.index, a < b ? `${year}M${mm(a)}-${mm(b)}` : null)
  }
  // 其中,10月份增长9.8%: one month's figure (not 比9月份, 到5月份为止, 10月份以来).
  for (const m of own.matchAll(/(?<![0-9０-９比较较与同于到至止\-—–~])(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份(?!\d|为?止|以来|起|开始)/g)) {
    const b = month(m[1]!)
    consider(m.index, b >= 1 && b <= 12 ? `${year}M${mm(b)}` : null)
  }
  // 今年9月，全市…增长5.1%; 其中8月当月增长4.0%: a month alone heading its clause (not a date: 9月1日, 9月起).
  // (Guarded: most clauses name no month alone before a comma.)
  if (own.includes("月，") || own.includes("月,") || own.includes("当月") || own.includes("单月")) for (const m of own.matchAll(/(?<![0-9０-９比较較与同于到至止\-—–~])(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?=\s*[,，]|当月|单月)/g)) {
    const b = month(m[1]!)
    consider(m.index, b >= 1 && b <= 12 ? `${year}M${mm(b)}` : null)
  }
  // 截至9月底, 6月底前下达60%, 8月5日前建成: the months up to that month.
  for (const m of own.matchAll(/(?:截至|截止到?|到)\s*(?:今年|本年)?\s*(1[0-2]|[1-9]|[一二三四五六七八九十]{1,2})月(?:底|末)|(?<![0-9])(1[0-2]|[1-9]|[一二三四五六七八九十]{1,2})月(?:底|末|\d{1,2}日)(?:前|以前)/g)) {
    const b = month((m[1] ?? m[2])!)
    consider(m.index, b >= 2 && b <= 11 ? `${year}M01-${mm(b)}` : b === 12 ? String(year) : null)
  }
  return best === null ? null : (best as { label: string }).label
}

/**
 * 1至9月,全区实现…;限额以上批发业完成…: a sentence that opens with a sub-year period alone
 * (its first clause is nothing but the period) heads a run of statements joined by ；, and the
 * period dates the statements after the semicolon too. Returns that opening clause, or null.
 */
/**
 * 增速与上半年的7.3%持平, 比一季度的6.2%加快1.9个百分点: a figure compared with, named after the
 * part of the year it is of. Returns that part's period (null when it cannot be dated), or
 * undefined when the number is not such a figure.
 */
export function comparedSubYear(sentenceBefore: string, year: number | null): string | null | undefined {
  if (!sentenceBefore.endsWith("的")) return undefined
  const m = COMPARED_SUB_YEAR.exec(sentenceBefore)
  if (!m) return undefined
  return year === null ? null : subYearPeriod(m[1]!, year)
}
const COMPARED_SUB_YEAR = /(?:与|比|较|同|和|跟|于)\s*((?:今年)?(?:前三季度|第?[一二三四1-4]季度|[上下]半年|(?:1[0-2]|[1-9])\s*[-—–~至到]\s*(?:1[0-2]|[1-9])月份?|(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份))的$/

export function leadingSubYear(sentence: string): string | null {
  const m = LEADING_SUB_YEAR.exec(sentence)
  return m ? m[1]! : null
}
// (10月份,全省…；工业机器人…产量…: a month alone heads its statements as months do.)
const LEADING_SUB_YEAR = /^\s*(?:今年)?((?:前三季度|第?[一二三四1-4]季度|[上下]半年|(?:1[0-2]|[1-9]|元)\s*[-—–~至到]\s*(?:1[0-2]|[1-9])月份?|截至\s*(?:1[0-2]|[1-9])月(?:底|末)?)(?:以来)?|(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?)\s*[,，]/
/**
 * 到2027年,全省…2个；培育一批…30个；储备…50个。: a sentence that opens with a target year alone
 * (after at most a short lead-in such as 其中提出) heads a run of ；-joined statements, which are
 * that year's targets too. Returns the opening target year's words (到2027年), or null.
 */
export function leadingTargetYear(sentence: string): string | null {
  if (!sentence.includes("到")) return null
  const m = LEADING_TARGET_YEAR.exec(sentence)
  return m ? m[1]! : null
}
const LEADING_TARGET_YEAR = /^\s*(?:[^，,；;。:：]{0,8}[,，:：]\s*)?(到(?:19|20)\d{2}年(?:底|末)?)\s*[,，]/
/**
 * 主要目标是:到“十三五”末,地区生产总值达到214.9亿元;财政总收入达到15.14亿元…, or …平均水平,到2020年,
 * 全县…178亿元;社会消费品零售总额达到60亿元: a deadline (or a plan's span) heading a clause inside a statement that ends in ；
 * dates the ；-joined statements after it as well (a plan's list of targets). Returns the last such
 * deadline's words (到2020年, 到“十三五”末), or null.
 */
export function innerTargetYear(sentence: string): string | null {
  if (!sentence.includes("到") && !sentence.includes("五")) return null
  let found: string | null = null
  for (const m of sentence.matchAll(INNER_TARGET_YEAR)) found = m[1]!
  return found
}
// …or a plan's span heading the targets (“十二五”时期,经济社会发展的主要预期目标是:…;全社会研发投入…达到2.5%;…):
// only a plan still ahead of the text heads a run (readSentence checks), so a review's “十三五”时期 heads none.
const INNER_TARGET_YEAR = /(?:^|[，,：:])\s*(到(?:(?:19|20)\d{2}年(?:底|末)?|[“"]?十[一二三四五六七八九]?五[”"]?(?:时期|期)?末)|[“"]?十[一二三四五六七八九]?五[”"]?(?:时期|期间))\s*[,，]/g
/** The year a run's deadline names: 到2020年, or the last year of the plan 到“十三五”末 names. */
export function deadlineYear(words: string): number | null {
  const own = clauseYear(words)
  if (own) return own.year
  const n = namedPlan(words)
  return n === null ? null : fiveYearPlanFirst(n)! + 4
}
/** A statement that names a time of its own keeps it (全年…, 12月, 2023年): the run's period does not date it. */
export const NAMES_OWN_TIME = /年|月|季度/
/**
 * Whether a statement names a time of its own — not only the base it is compared with (增速比1—9月份
 * 加快0.8个百分点, 较1—9月份和上年同期提高, 比上年增长): a base dates the figure compared with, not this one.
 */
export function namesOwnTime(s: string): boolean {
  if (!NAMES_OWN_TIME.test(s)) return false
  return NAMES_OWN_TIME.test(s.replace(COMPARED, "").replace(COMPARED_YEAR, "").replace(YEAR_AMOUNT, ""))
}
/** 年度投资20.4亿元, 年计划投资…: a year's amount named in an earlier clause dates that amount, not the statement. */
const YEAR_AMOUNT = /(?<![\u4e00-\u9fff\d])年度?(?:计划|预计)?(?:完成)?投资[^，,；;。]*?[\d.]+\s*[万亿]*元[，,、]/g
// (比年初增加…: the start of the year is the base of a change, not the statement's time.)
const COMPARED_YEAR = /(?:比|较|与|同|和|及)(?:上年|去年|年初)(?:同期)?/g

/**
 * An explicit year in a clause (2022年), unless it is a comparison base (比2019年, 2012年以来).
 * `span` marks the end year of a span (2023年及2024年共计): it dates its own sentence only.
 */
export function clauseYear(clause: string): { year: number; at: number; span: boolean } | null {
  // Most clauses name no year: skip the regular expression, which tries every position.
  if (!clause.includes("年")) return null
  let found: { year: number; at: number; span: boolean } | null = null
  for (const m of clause.matchAll(CLAUSE_YEAR)) {
    // 从 2015 年的…: a PDF's text spaces a year off its words; the base word is read past the space.
    const before = clause.slice(Math.max(0, m.index - 3), m.index).trimEnd()
    const after = clause.slice(m.index + m[0].length, m.index + m[0].length + 3)
    // (2035年远景目标纲要: a long-range goal's year in a plan's title dates no figure.)
    if (/[比较较于从自与同由]$/.test(before) || /^(以来|同期|相比|水平|基础|远景)/.test(after)) continue
    // 比大跃进的1958年还增产20%, 超过丰收的1953年的粮食总产量: a base named with words between it and 比.
    if (m.index > 2 && clause.charCodeAt(m.index - 1) === 0x7684 /* 的 */ && NAMED_BASE_BEFORE.test(clause.slice(Math.max(0, m.index - 12), m.index))) continue
    // 按一九五二年不变价格计算: a price base, not the figure's year.
    if (/^\s*(?:不变|可比)?价/.test(clause.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue
    // 比五年计划原定1957年3856亿斤的水平超过133亿斤: a clause that opens with 比 names its base, as 比2019年 does.
    if (COMPARISON_OPENS.test(clause.slice(0, m.index))) continue
    if (COMPARED_CLAUSE.test(clause) && !/相比|比较/.test(clause.slice(0, m.index))) continue
    // 是2011年的1.74倍: the base of a multiple.
    if (/[是为]$/.test(before) && /^的/.test(after)) continue
    // 2020年至2024年, 2023年及2024年共计: the span's end year.
    // …but 2005年与2000年相比: the first year is the clause's, the second its base.
    const rest = clause.slice(m.index + m[0].length - 1)
    const pair = COMPARED_PAIR.exec(rest)
    if (SPAN_NEXT.test(rest) && !pair) continue
    // …and 1958年与2018年相比 (the earlier first): the later is the figures' year, the earlier the base.
    const first = yearValue(m[1]!.replace(/ /g, ""))
    const second = pair ? yearValue(pair[1]!) : null
    if (second !== null && second > first) {
      found = { year: second, at: m.index + m[0].length - 1 + pair!.index + pair![0].indexOf(pair![1]!), span: false }
      break
    }
    const span = SPAN_BEFORE.test(clause.slice(0, m.index))
    found = { year: first, at: m.index, span }
    break
  }
  return found
}

const NAMED_BASE_BEFORE = /(?:比|较|較|超过|相等于|相当于|等于|高于|低于)[^，,；;。\d]{1,8}的$/
const COMPARISON_OPENS = /^\s*(?:分别|均|都|也)?(?:比|较)[^，,；;。]{0,10}$/
/** 同第一个五年计划的第一年——一九五三年的三百四十八亿元作比较: a clause that opens with 同/与 and compares names a base. */
const COMPARED_CLAUSE = /^\s*(?:如果|若|如)?(?:同|与|和|跟)[^，,；;。]*(?:作比较|相比|比较)/
/** 1 9 9 7 年: a year a PDF or a mirror spelled digit by digit with spaces (as yearMentions reads it). */
const SPACED_YEAR = "(?<![0-9])(?:1 9|2 0) \\d \\d"
/** Years as 2022年 or, in older reports, 一九八三年 (and 1 9 9 7 年). */
const CLAUSE_YEAR = new RegExp(`(${YEAR_NUMERAL}|${SPACED_YEAR})\\s?年`, "g")
const COMPARED_PAIR = new RegExp(`^年?\\s*(?:与|和|同|跟)\\s*(${YEAR_NUMERAL})年?\\s*(?:相比|比较)`)
const SPAN_NEXT = new RegExp(`^(?:[-—~至到及和与]|年?[-—~至到及和与])\\s*${YEAR_NUMERAL}`)
const SPAN_BEFORE = new RegExp(`${YEAR_NUMERAL}年?\\s*[-—~至到及和]\\s*$`)
/** 由1997年的5160元增加到2002年的7703元: a year written right before the number (not a base: 等于1953年的两倍). */
// (1 982年的6.3万吨: a scanned gazetteer sets a thousands space inside the year as inside its figures.)
const ATTACHED_YEAR = new RegExp(`(?<![是为比较于]\\s?)(${YEAR_NUMERAL}|(?<![0-9] ?)(?:1 9|2 0)\\d{2})\\s?年\\s?(?:末的?|底的?|的)\\s*$`)

/** The year written right before a number (由一九七八年的三百五十五亿元), which dates it. */
export function attachedYear(sentenceBefore: string): number | null {
  // The pattern ends in 年末/年底/年的 and spaces: test the last other character before running it.
  const last = sentenceBefore.trimEnd().slice(-1)
  if (last !== "的" && last !== "末" && last !== "底") return null
  // (Only the tail can match: a year, 年末的 and spaces; the scan need not cross a long sentence.)
  const m = ATTACHED_YEAR.exec(sentenceBefore.slice(-24))
  return m ? yearValue(m[1]!.replace(" ", "")) : null
}

/**
 * 比一九八○年七亿五千五百七十万斤增长百分之四十八点二, 比1949年的5127万元增长4倍多: the amount
 * written right after a base year and before the verb of change is that year's figure.
 */
export function baseValueYear(sentenceBefore: string, text: string, end: number): number | null {
  // The pattern ends in 年, 年的 or a span (期间平均): test the last character before running it.
  const last = sentenceBefore.charCodeAt(sentenceBefore.length - 1)
  if (last !== 0x5e74 && last !== 0x7684 && last !== 0x5747 && last !== 0x95f4 && last !== 0x671f) return null
  const after = text.slice(end, end + 8)
  // 比“六五”计划期间平均362.9万吨增长24%: a plan's span, dated by its end year as spans are.
  if (last === 0x5747 /* 均 */ || last === 0x95f4 /* 间 */ || last === 0x671f /* 期 */) {
    const plan = BASE_PLAN_SPAN.exec(sentenceBefore.slice(-24))
    const first = plan && BASE_VALUE_AFTER.test(after) ? fiveYearPlanFirst(cnOrdinal(plan[1] ?? plan[2]!)) : null
    return first === null ? null : first + 4
  }
  if (last !== 0x5e74 && last !== 0x7684) return null
  // (Only the tail can match: 比 + a year + 年的 is at most a dozen characters.)
  const m = BASE_VALUE_YEAR.exec(sentenceBefore.slice(-14))
  return m && BASE_VALUE_AFTER.test(after) ? yearValue(m[1]!) : null
}
const BASE_PLAN_SPAN = /(?:比|较|較)\s?(?:[“"「]([一二三四五六七八九十]{1,3})五[”"」]|第([一二三四五六七八九十]{1,3})个五年)(?:计划|规划)?(?:时期|期间)(?:年)?平均$/
const BASE_VALUE_YEAR = new RegExp(`(?:比|较|較)\\s?(${YEAR_NUMERAL})\\s?年的?$`)
const BASE_VALUE_AFTER = /^[^，,；;。\d%]{0,3}?(?:增长|下降|增加|减少|提高|降低|增产|减产|增收|减收|翻)/

/**
 * 去年 as a time adverb (去年全国财政…超收), not a comparison's base (比去年, 去年同期, 与去年
 * 相比, 超过去年): the year before `now`, the year the text is written in. (今年 stays with the
 * section: in a briefing of early January, 今年…已经达到 still speaks of the year just ended.)
 */
export function relativeYear(clause: string, now: number | null): number | null {
  if (now === null) return null
  return RELATIVE_YEAR.test(clause) ? now - 1 : null
}
const RELATIVE_YEAR = /(?<![比较與与同于和跟及上过超由从])去年(?!同期|以来|底以来|相比|比较|水平|的水平|同比)/

/**
 * 过去一年, heading a clause of its own (刘结一说,过去一年,外部环境…。经济总量迈上140万亿元; 报告指出,过去的一年
 * 实现…): the year before `now`, the year of writing, for the paragraph it opens (not 过去一年多, 比过去一年).
 * So too 过去五年 and 五年来 (…时指出,五年来,全省GDP…年均增长5.5%): a span ends the year before the
 * one it is written in, and a span is dated by its end year. Not a year past the part's own (a page's
 * date long after the report).
 */
export function pastYearHeading(clause: string, now: number | null, partYear: number | null): number | null {
  if (now === null || (!clause.includes("过去") && !clause.includes("年来"))) return null
  if (!PAST_YEAR_HEADING.test(clause)) return null
  return partYear === null || now - 1 <= partYear ? now - 1 : null
}
const PAST_YEAR_HEADING =
  /(?:^|[,，:：;；]|说|表示|指出)\s*(?:在)?(?:过去(?:的)?(?:这)?[一二两三四五六七八九十]年(?:来|里|中|间)?\s*(?:[,，]|$|(?![多以半的]))|(?:这|近)?[二两三四五六七八九十]年来\s*(?:[,，]|$))/

/** 由去年的1076亿元增加到…: 去年 written right before the number dates that number alone. */
export const attachedLastYear = (sentenceBefore: string): boolean => /去年(?:末|底)?的\s*$/.test(sentenceBefore.slice(-8))
/**
 * 由上年的14.1:44.7:41.2调整为…: a change starting from the year before the statement's own (上年
 * counts from the figure's year, as in 比上年增长; 去年 from the year of writing). Only after 由/从:
 * 是上年的1.5倍 and 相当于上年的95% name a base, not the number's year.
 */
export const fromPriorYear = (sentenceBefore: string): boolean => /[由从從]上年(?:末|底)?的\s*$/.test(sentenceBefore.slice(-8))

/**
 * 较上年28899万元增长9.9%: last year's amount written as the base of a change (an amount between
 * 较/比上年 and the verb of change) is last year's figure. Not 比上年增加1800亿元 (the verb comes
 * first: the change itself), nor 同期 (a part of last year).
 */
export const priorYearBase = (sentenceBefore: string, after: string): boolean =>
  sentenceBefore.endsWith("上年") && /[较比較]上年$/.test(sentenceBefore.slice(-3)) && PRIOR_BASE_AFTER.test(after)
const PRIOR_BASE_AFTER = /^[^，,；;。\d%]{0,3}?(?:增长|下降|增加|减少|提高|降低|增收|减收|增支|减支)/

/**
 * 同比(154.6亿元)增长31.8%: the amount in brackets after 同比 is the same period's of the year
 * before, the base the change is taken of.
 */
export const sameTimeBase = (sentenceBefore: string, after: string): boolean =>
  (sentenceBefore.endsWith("(") || sentenceBefore.endsWith("（")) && /同比\s*[(（]$/.test(sentenceBefore.slice(-4)) && SAME_TIME_BASE_AFTER.test(after)
const SAME_TIME_BASE_AFTER = /^[^，,；;。\d%()（）]{0,3}[)）]\s*(?:增长|下降|增加|减少|提高|降低|增收|减收)/

/**
 * 增速比2017年(10.7%)提高1.9个百分点, 增速比上年(6.5%)回落0.4个百分点: the bracketed figure after a base
 * year is that year's (a result), not the statement's. Null unless a change follows the bracket; not
 * 同期 (the same part of the base year, dated by its part).
 */
export function bracketBaseYear(sentenceBefore: string, after: string, year: number | null): number | null {
  const m = BRACKET_BASE.exec(sentenceBefore.slice(-12))
  if (m === null || !BRACKET_BASE_AFTER.test(after)) return null
  return m[1] !== undefined ? Number(m[1]) : year === null ? null : year - 1
}
const BRACKET_BASE = /(?:比|较|與|与|同)(?:((?:19|20)\d{2})\s?年|上年|去年)\s*[(（]$/
const BRACKET_BASE_AFTER = /^[^，,；;。\d%()（）]{0,3}[)）]\s*(?:增长|下降|增加|减少|提高|降低|加快|回落|放缓|减缓|上升|下滑|增收|减收|扩大|收窄)/

/** 由115家增加到173家, 从1.01次压缩至0.28次: the number a change starts from. */
const FROM_BEFORE = /[由从從](?:原来的?|原)?$/
const TO_AFTER = /^[^，,。；;:：\d]{0,4}?(?:到|至)/
/** 比2011年, 同1978年相比, 是2011年的1.74倍: a year stated as the base of a comparison. */
const BASE_BEFORE = /(?:[比较較同与與跟]|相当于|等于)\s*$/

/** Whether a number is a change's start (由115家增加到…); only the text's tail is read, so a long paragraph is not rescanned for every number. */
export const isFromValue = (before: string, after: string): boolean => FROM_BEFORE.test(before.slice(-6)) && TO_AFTER.test(after)

/**
 * The year of a change's start value that states none of its own (由115家增加到173家): the
 * base year its paragraph compares with up to it (是2011年的1.74倍 … 由115家, 1986年同1978年
 * 相比…由3480亿元) — null when the paragraph compares with more than one base (钢产量由…, after
 * 一九七七年比一九七六年… 一九七八年又比一九七七年…: which is the start is not stated);
 * undefined when the number is no start value or no base is stated (then the context dates it,
 * as the gold format says).
 */
export function fromValueYear(paragraphBefore: string, after: string): number | null | undefined {
  if (!isFromValue(paragraphBefore, after)) return undefined
  const bases = new Set<number>()
  for (const y of yearMentions(paragraphBefore)) {
    const before = paragraphBefore.slice(Math.max(0, y.at - 4), y.at)
    const next = paragraphBefore.slice(y.end, y.end + 2)
    // 相当于1950年到1997年…的总和: a span, not a base year.
    if (/^\s*[到至—\-~]/.test(next)) continue
    // 由1997年的123万公里增加到…: an earlier change's stated start.
    const start = /[由从從]\s*$/.test(before) && next.startsWith("的")
    // 1958年与2018年相比: the later year of a pair named earlier first is the figures', not a base.
    const pairedAfter = new RegExp(`${YEAR_NUMERAL}年?\\s*(?:与|和|同|跟)\\s*$`).exec(paragraphBefore.slice(Math.max(0, y.at - 12), y.at))
    if (pairedAfter && yearValue(/^\S+?(?=年|\s|与|和|同|跟)/.exec(pairedAfter[0])![0]) < y.year) continue
    // …and its earlier year is the base.
    const pairedBefore = COMPARED_PAIR.exec(paragraphBefore.slice(y.end, y.end + 16))
    if (pairedBefore && yearValue(pairedBefore[1]!) > y.year) {
      bases.add(y.year)
      continue
    }
    if (start || BASE_BEFORE.test(before) || (/[是为為]\s*$/.test(before) && next.startsWith("的"))) bases.add(y.year)
  }
  if (bases.size === 0) return undefined
  return bases.size === 1 ? [...bases][0]! : null
}

/**
 * A numbered five-year plan named as the time of what follows (“十四五”时期, 六五计划, 第一个五年计划):
 * not a comparison base (比“十三五”末), nor a start (从第三个五年计划开始, by the word before it) or what is carried into it
 * (结转到第七个五年计划期间), not the plan's first years or its course so far (“十四五”
 * 规划实施以来, 开局之年, 前两年), not its drafting.
 */
const NAMED_PLAN = /(?<![比较与同跟和是为于从自由第一二三四五六七八九十]|转到|转入)(?:[“"「]([一二三四五六七八九十]{1,3})五[”"」]|([一二三四五六七八九十]{1,3})五(?=计划|规划|时期|期间)|第([一二三四五六七八九十]{1,3})个五年(?:计划|规划))/g
const PLAN_NOT_SPAN = /^(?:计划|规划|纲要)*(?:时期|期间)?(?:实施)?(?:以来|开局|的?头|的?第[一二三四五]年|的?前[两二三四]年|中期|初期|起步|的?编制|的?执行)/
/** 今后五年, 未来三年, 在今后五年内: a span counted from the year of writing. */
const COMING_YEARS = /(?:今后|未来)([二两三四五六七八九十])年/
/** 五年内 with no start of its own. */
const WITHIN_YEARS = /(?<![今后来过去这近前])([二两三四五六七八九十])年(?:之)?内/

/** 按调整后的“八五”计划, “十四五”规划确定的: the figures that follow are the plan's own. */
const PLAN_GOVERNS_BEFORE = /(?:按照?|根据|依照|依据)[^，,。；;]{0,6}$/
const PLAN_GOVERNS_AFTER = /^(?:计划|规划|纲要)(?:的|中)?(?:规定|要求|提出|确定|安排|指标|目标)/

/** The numbered five-year plan a text names (its ordinal), where it names one as a time; `governs` when the text reads what follows as the plan's. */
export function namedPlanAt(text: string): { n: number; governs: boolean } | null {
  // Every plan name has a 五 (“十四五”, 第六个五年计划): most clauses need no regex scan.
  if (!text.includes("五")) return null
  for (const m of text.matchAll(NAMED_PLAN)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 10)
    if (PLAN_NOT_SPAN.test(after)) continue
    const n = cnOrdinal(m[1] ?? m[2] ?? m[3]!)
    if (fiveYearPlanFirst(n) !== null) return { n, governs: PLAN_GOVERNS_BEFORE.test(text.slice(0, m.index)) || PLAN_GOVERNS_AFTER.test(after) }
  }
  return null
}
export const namedPlan = (text: string): number | null => namedPlanAt(text)?.n ?? null

const yearsOf = (w: string) => (w === "两" ? 2 : cnOrdinal(w))

/**
 * The last year of the span a clause names as its time — the gold dates a multi-year span by
 * its end year: a numbered plan (“十四五”时期 → 2025, 六五计划 → 1985); 今后/未来 N年 counted from
 * `now`, the year of writing (今后五年 in a 2006 report → 2010); and, in a plan part, N年内
 * (三年内 counted from `now`; 五年内 may be a plan already running — 1955's 五年内 is 1953–57 —
 * so it takes the end `fiveYears` reads from its paragraph or heading, null when they say nothing).
 * Null when the clause names no span, or when the year of writing is needed but unknown.
 */
export function spanEndYear(
  clause: string, now: number | null, planPart: boolean, fiveYears: () => number | null
): { year: number | null; plan: boolean; governs?: boolean } | null {
  const named = namedPlanAt(clause)
  if (named !== null) return { year: fiveYearPlanFirst(named.n)! + 4, plan: true, governs: named.governs }
  const coming = clause.includes("今后") || clause.includes("未来") ? COMING_YEARS.exec(clause) : null
  if (coming) return now === null ? null : { year: now + yearsOf(coming[1]!) - 1, plan: false }
  if (!planPart || !clause.includes("内")) return null
  const within = WITHIN_YEARS.exec(clause)
  if (!within) return null
  const years = yearsOf(within[1]!)
  if (years === 5) return { year: fiveYears(), plan: true }
  return now === null ? null : { year: now + years - 1, plan: false }
}

/** 作关于…第六个五年计划的报告, 提出关于…第一个五年计划的议案: the plan a report is about. */
const REPORT_ON_PLAN = /关于[^。]{0,30}?第([一二三四五六七八九十]{1,3})个五年(?:计划|规划)[^。]{0,12}?的(?:报告|议案)/

/** The numbered plan a document's opening says it reports on, or null. */
export function documentPlan(text: string): number | null {
  const m = REPORT_ON_PLAN.exec(text.slice(0, 600))
  const n = m ? cnOrdinal(m[1]!) : NaN
  return fiveYearPlanFirst(n) !== null ? n : null
}

/**
 * The end of the five years a plan part's bare 五年内 means: the plan the report is about
 * (`reportPlan`: 1955's report on the first plan, 1953–57), else the plan its paragraph names as
 * 五年计划 (numbered there, or the last numbered before it in the text), else the plan or the 今后
 * 五年 its section heading names (今后五年的主要任务), else the five years from `now`.
 */
export function fiveYearsEnd(
  text: string, paraStart: number, at: number, heading: string | null, now: number | null, reportPlan: number | null
): number | null {
  const end = (n: number) => fiveYearPlanFirst(n)! + 4
  if (reportPlan !== null) return end(reportPlan)
  const before = text.slice(paraStart, at)
  if (/五年(?:计划|规划)/.test(before)) {
    const own = namedPlans(before)
    if (own.length) return end(own[own.length - 1]!)
    const earlier = namedPlans(text.slice(0, paraStart))
    return earlier.length ? end(earlier[earlier.length - 1]!) : null
  }
  const plan = heading ? namedPlan(heading) : null
  if (plan !== null) return end(plan)
  const coming = heading ? COMING_YEARS.exec(heading) : null
  if (coming) return now !== null ? now + yearsOf(coming[1]!) - 1 : null
  return now !== null ? now + 4 : null
}

/** The numbered plans a text names, in order (for an unnumbered 五年计划: the last one named before it). */
export function namedPlans(text: string): Array<number> {
  const out: Array<number> = []
  for (const m of text.matchAll(NAMED_PLAN)) {
    const n = cnOrdinal(m[1] ?? m[2] ?? m[3]!)
    if (fiveYearPlanFirst(n) !== null) out.push(n)
  }
  return out
}

/** Brackets by code unit: （ ( and ） ). */
const isOpen = (code: number) => code === 0xff08 || code === 0x28
const isClose = (code: number) => code === 0xff09 || code === 0x29
/** A bracket that only glosses a year or a span of years: （2021—2025年）. */
const YEAR_GLOSS = /^[\s\d〇○零一二三四五六七八九十—\-–~至到年、，,]*$/

/**
 * A sentence with its bracketed asides (（2019年为5.8%）, （每人八十元）) blanked out, same length:
 * a year named inside a bracket dates the bracket's figures only. A bracket left open runs to the
 * end; a bracket that only glosses years (（2021—2025年）) stays.
 */
export function maskBrackets(s: string): string {
  if (!/[（(]/.test(s)) return s
  // The text is copied in stretches between the blanked asides (by char code, no string per character).
  let out = ""
  let kept = 0
  let open = -1
  let depth = 0
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i)
    if (isOpen(code)) {
      if (depth++ === 0) open = i
    } else if (isClose(code) && depth > 0 && --depth === 0 && !YEAR_GLOSS.test(s.slice(open + 1, i))) {
      out += s.slice(kept, open + 1) + " ".repeat(i - open - 1)
      kept = i
    }
  }
  if (depth > 0 && !YEAR_GLOSS.test(s.slice(open + 1))) {
    out += s.slice(kept, open + 1) + " ".repeat(s.length - open - 1)
    kept = s.length
  }
  return out + s.slice(kept)
}

/** Where the bracket still open at the end of `before` opens, or null (the number is not in a bracket). */
export function openBracketAt(before: string): number | null {
  let depth = 0
  for (let i = before.length - 1; i >= 0; i--) {
    const code = before.charCodeAt(i)
    if (isClose(code)) depth++
    else if (isOpen(code)) {
      if (depth === 0) return i
      depth--
    }
  }
  return null
}

/**
 * The year a bracket names of its own (（2019年为5.8%） → 2019, （上年为…） → the year before the
 * sentence's), or null: then its figure keeps the sentence's year.
 */
export function bracketYear(inside: string, year: number | null): number | null {
  const own = clauseYear(inside)
  if (own) return own.year
  if (year !== null && /^(?:其中)?(?:上年|去年)(?:同期)?(?:为|是|达|的)/.test(inside)) return year - 1
  return null
}
