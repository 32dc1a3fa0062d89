/**
 * The time a document covers, from what it states: the year it reports results for (review),
 * the year it sets targets for (plan), and a sub-year period the whole document covers
 * (a 前三季度 release: 2016M01-09). Each genre reads these from its own places — a report's
 * review heading and session line, a communiqué's title, a release's title and lead —
 * falling back to the years the text speaks of. Never the run date: null when nothing dates it.
 */
import type { Genre } from "@govstat/schema"
import { subYearPeriod } from "../facts/period.js"
import { GENRE_TIME } from "../genres/time-sources.js"
import { cnOrdinal, comparedBaseYear, fiveYearPlanFirst, YEAR_NUMERAL, yearMentions, yearValue } from "./dates.js"

export interface DocumentTime {
  readonly review: number | null
  readonly plan: number | null
  readonly period: string | null
  /** Whether the text states the review year (title, heading, session line) rather than it
   * being inferred from the publication date or the years the text mentions most. */
  readonly stated: boolean
  /** Whether its years were read as a delivered report's (a story on a session's work report):
   * then it speaks from the year the report plans for (今年 is that year). */
  readonly asReport?: boolean
  /** Whether it adjusts a budget in mid-year (预算调整方案): its figures are the year's budget but where it reports execution. */
  readonly adjusts?: boolean
}


/** Headings and lines under which a report reviews a year, or plans one. */
const REVIEW_LINE = /回顾|执行情况|首先报告|成就|决算|(?:主要)?工作(?:情况|总结)/
const PLAN_LINE = /建议|安排|任务|草案|目标|总体要求|部署|的工作$|工作$|计划(?!执行)/

const year = (s: string) => Number(s)
const monthOf = (iso: string | null) => (iso ? Number(iso.slice(5, 7)) : null)
const yearOf = (iso: string | null) => (iso ? Number(iso.slice(0, 4)) : null)

/** Short lines (headings) of the text with the first year each names near its start. */
function headingYears(text: string): Array<{ line: string; year: number }> {
  const out: Array<{ line: string; year: number }> = []
  for (const raw of text.slice(0, 20000).split("\n")) {
    const line = raw.trim()
    if (line.length < 4 || line.length > 40 || /[。，,；;]/.test(line)) continue
    const first = yearMentions(line)[0]
    if (!first || first.at > 10) continue
    // 一九七八——一九八五年…纲要: the end of a span in a quoted title, not the heading's year.
    if (/[—\-~至到]\s*$/.test(line.slice(0, first.at))) continue
    // 2024年3月5日: a date, not the year a heading is about.
    if (/^\s*\d{1,2}\s*月/.test(line.slice(first.end))) continue
    out.push({ line, year: first.year })
  }
  return out
}

/** The year a title is about: the first year it names that is not part of a date. */
export function titleYear(title: string | null): number | null {
  if (!title) return null
  for (const m of yearMentions(title)) {
    if (/^\s*\d{1,2}\s*月/.test(title.slice(m.end))) continue
    return m.year
  }
  return null
}

const COMPARED_BASE_BEFORE = /(?:比|较|較)[^，,。；;\d]{1,8}的$/

/**
 * The year the text speaks of most (the latest on a tie), skipping targets' years and the year-end
 * a stock is compared with (较2023年末净增: a release of 2024 compares with the year before).
 */
export function mostMentionedYear(text: string): number | null {
  const counts = new Map<number, number>()
  // 比1949年增长33%, 是1949年的2倍: the base of a change or a multiple, which a retrospective text
  // (a gazetteer's 1949—1985) names over and over, is counted only when no other year is named.
  const bases = new Map<number, number>()
  for (const m of yearMentions(text)) {
    const before = text.slice(Math.max(0, m.at - 1), m.at)
    if (/[到至]/.test(before)) continue
    // 新增规上企业(含2022年年度入库): what a count includes from another year, not the text's year.
    if (before === "含") continue
    // 2035年远景目标纲要: the year of a long-range goal named in a plan's title is no year a text reports on.
    if (text.startsWith("远景", m.end)) continue
    // 较2023年末: a stock compared with the end of an earlier year (a report's own 比一九六四年 may be its year).
    // 比2019年同期, 比2020年第4季: the same period of a base year (a 2021 release compares with 2019 to skip 2020).
    // 比2010年翻一番, 比1980年的水平: a base that a doubling or a level is measured from.
    if (comparedBaseYear(text, m)) continue
    // 比抗日战争前的1936年下降20%: a base named with words between it and 比 is not the text's year.
    if (COMPARED_BASE_BEFORE.test(text.slice(Math.max(0, m.at - 10), m.at))) continue
    const tally = isChangeBase(text, before, m.end) ? bases : counts
    tally.set(m.year, (tally.get(m.year) ?? 0) + 1)
  }
  let best: number | null = null
  for (const [y, n] of counts.size > 0 ? counts : bases) {
    if (best === null || n > counts.get(best)! || (n === counts.get(best)! && y > best)) best = y
  }
  return best
}

/**
 * 比1949年增长33%, 比一九八○年七亿斤增长, 比1957年的水平, 是1949年的2倍, 由1949年的7.2万吨: a year
 * named as what a change or a multiple is measured from (the words after it reach a verb of change or 的 before any stop).
 */
function isChangeBase(text: string, before: string, end: number): boolean {
  if (before === "比" || before === "较" || before === "較") return CHANGE_AFTER_BASE.test(text.slice(end, end + 16))
  // 由1949年的7.2万吨下降到…: where a change starts, not the year it reaches.
  if (before === "由" || before === "从") return text.startsWith("的", end)
  // 是1949年的2倍 (not 调整为2020年的32.4: where a change ends).
  return (before === "是" || before === "为") && MULTIPLE_AFTER_BASE.test(text.slice(end, end + 16))
}
const MULTIPLE_AFTER_BASE = /^的[^，,。；;]{0,12}?倍/
const CHANGE_AFTER_BASE = /^[^，,。；;]{0,12}?(?:增|减|下降|提高|降低|上升|翻|的)/

/** 宝安区2023年财政综合预算第一次调整方案, 关于…2023年财政预算调整方案(第一次)的报告: a budget adjusted in its own year. */
const ADJUSTMENT_TITLE = /预算[^。，,\n]{0,12}调整(?:方案|的报告|报告)/

/** A report's review and plan years: review heading, title, session line, plan heading. */
function reportYears(text: string, title: string | null, session: string | null, published: string | null): Omit<DocumentTime, "period"> {
  // A budget adjusted in mid-year: the year of its title is both the one whose execution it reports
  // and the one whose budget it plans (not a review of the year before).
  const adjusted = title !== null && ADJUSTMENT_TITLE.test(title) ? titleYear(title) : null
  if (adjusted !== null) return { review: adjusted, plan: adjusted, stated: true, adjusts: true }
  const headings = headingYears(text)
  const review = headings.find((h) => REVIEW_LINE.test(h.line))
  if (review) return { review: review.year, plan: review.year + 1, stated: true }
  // 2023年预算执行情况和2024年预算草案的报告: both years in the title.
  const inTitle = title ? yearMentions(title).filter((m) => !/^\s*\d{1,2}\s*月/.test(title.slice(m.end))) : []
  if (inTitle.length >= 2 && inTitle[1]!.year === inTitle[0]!.year + 1) return { review: inTitle[0]!.year, plan: inTitle[1]!.year, stated: true }
  // …向大会报告我省一九五四年财政预算执行情况及一九五五年财政预算草案: the same pair in the opening sentence.
  const pair = OPENING_PAIR.exec(text.slice(0, 400))
  if (pair && yearValue(pair[2]!) === yearValue(pair[1]!) + 1) return { review: yearValue(pair[1]!), plan: yearValue(pair[2]!), stated: true }
  // Delivered in the first months of Y: reviews Y−1; in the last months (a county's early session): reviews Y.
  const dated = session ?? published
  if (dated) {
    const y = yearOf(dated)!
    const review = monthOf(dated)! >= 10 ? y : y - 1
    return { review, plan: review + 1, stated: session !== null }
  }
  const justPast = justPastYear(text)
  if (justPast !== null) return { review: justPast, plan: justPast + 1, stated: true }
  const inPlan = yearInFiveYearPlan(text)
  if (inPlan !== null) return { review: inPlan - 1, plan: inPlan, stated: true }
  const named = namedPlanYear(text)
  if (named !== null) return { ...named, stated: true }
  const plan = headings.find((h) => PLAN_LINE.test(h.line) && !REVIEW_LINE.test(h.line))?.year ?? titleYear(title) ?? openingYear(text)
  if (plan !== null) return { review: plan - 1, plan, stated: true }
  const opened = reviewInOpening(text)
  if (opened !== null) return { review: opened, plan: opened + 1, stated: true }
  return { review: null, plan: null, stated: false }
}

/**
 * A report run into one paragraph (a digitised 1980s report) still names its review year where
 * its review opens: the first part's heading run into the text (一、一九八六年的主要工作情况) or, in
 * the opening lines, a sentence that opens with the year (1955年,是…的一年).
 */
function reviewInOpening(text: string): number | null {
  const heading = INLINE_REVIEW_HEADING.exec(text.slice(0, 3000))
  if (heading) return yearValue(heading[1]!)
  const opening = OPENING_YEAR.exec(text.slice(0, 600))
  return opening ? yearValue(opening[1]!) : null
}
const OPENING_PAIR = new RegExp(
  `(${YEAR_NUMERAL})年(?:国家|财政|国民经济(?:和社会发展)?)?(?:预算|决算|计划)执行情况[^。]{0,4}?(?:和|及|与|暨)(${YEAR_NUMERAL})年(?:国家|财政|国民经济(?:和社会发展)?)?(?:预算|计划)(?:草案)?`
)
const INLINE_REVIEW_HEADING = new RegExp(`(?:^|[。:：！!\\s])一、\\s*(${YEAR_NUMERAL})年的?(?:主要)?(?:工作(?:情况|回顾)|回顾|计划执行情况)`, "m")
// …also as a story quotes the report (报告指出,2022年是…具有里程碑意义的一年).
const OPENING_YEAR = new RegExp(`(?:^|[。！!:：\\n]\\s*|(?:指出|显示|表示|提到|回顾)[,，:：]\\s*)(${YEAR_NUMERAL})年\\s*[,，]?\\s*是[^。]{2,60}(?:的一年|之年)`)

/** 刚刚过去的1984年, 在刚刚过去的一九八七年: the speaker names the year under review. */
function justPastYear(text: string): number | null {
  const m = JUST_PAST.exec(text)
  return m ? yearValue(m[1]!) : null
}
const JUST_PAST = new RegExp(`刚刚过去的\\s*(${YEAR_NUMERAL})\\s*年`)

/**
 * 刚刚过去的一年,…分别比1988年增长13.2%: a year just past that names only the year before it as a
 * base is the year after that base.
 */
function justPastByBase(text: string): number | null {
  if (!JUST_PAST_YEAR.test(text.slice(0, 600))) return null
  const m = FIRST_BASE.exec(text.slice(0, 1500))
  return m ? yearValue(m[1]!) + 1 : null
}
const JUST_PAST_YEAR = /刚刚过去的一年|刚刚过去的这一年/
const FIRST_BASE = new RegExp(`(?:比|较|與|与)\\s*(${YEAR_NUMERAL})\\s*年(?:同期)?(?:相比)?[^，,。；;]{0,4}(?:增长|增加|下降|减少|提高)`)

/**
 * 2010年，是实施“十一五”规划的最后一年 (a county's session digest that gives no date of its own):
 * the year a plan closes is the one under review, the year it opens the one planned for. Only
 * when the plan's numbering agrees with the year.
 */
function namedPlanYear(text: string): { review: number; plan: number } | null {
  const m = NAMED_PLAN_YEAR.exec(text)
  if (!m) return null
  const y = yearValue(m[1]!)
  const first = fiveYearPlanFirst(cnOrdinal(m[2] ?? m[3]!))
  if (first === null) return null
  if (/收官|最后/.test(m[4]!) && y === first + 4) return { review: y, plan: y + 1 }
  if (/头|第一|开局|起步|首/.test(m[4]!) && y === first) return { review: y - 1, plan: y }
  return null
}
const NAMED_PLAN_YEAR = new RegExp(`(${YEAR_NUMERAL})年[，,]?是[^。，,；;]{0,8}(?:[“"「]([一二三四五六七八九十]{1,3})五[”"」]|第([一二三四五六七八九十]{1,3})个五年)(?:计划|规划)(?:的|实施的)?(头|第一|开局|起步|首|收官|最后)(?:之)?一?年`)

/** 2013年是…, 一九五九年是… opening a sentence. */
const OPENS_WITH_YEAR = new RegExp(`(?:^|[。！!\\n]\\s*)(${YEAR_NUMERAL})年是`, "g")

/**
 * 今年是实行“七五”计划的头一年, 今年是“十四五”规划的开局之年: the speaker's year, counted from
 * the first year of the numbered five-year plan (一五 1953, 二五 1958, 三五 1966, then every five years).
 */
function yearInFiveYearPlan(text: string): number | null {
  const m = FYP_YEAR.exec(text)
  if (!m) return null
  const first = fiveYearPlanFirst(cnOrdinal(m[1] ?? m[2]!))
  const k = /头|第一|开局|起步|首/.test(m[3]!) ? 0 : /收官|最后/.test(m[3]!) ? 4 : cnOrdinal(m[3]!.replace(/^第/, "")) - 1
  return first !== null && k >= 0 && k <= 4 ? first + k : null
}
const FYP_YEAR = /今年是[^。，,；;]{0,8}(?:[“"「]([一二三四五六七八九十]{1,3})五[”"」]|第([一二三四五六七八九十]{1,3})个五年)(?:计划|规划)(?:的|实施的)?(头|第[一二三四五]|开局|起步|首|收官|最后)(?:之)?一?年/

/**
 * 2013年是全面贯彻落实党的十八大精神的开局之年: a report with no dated heading names the year
 * it plans for where its plan part opens — the latest year a sentence opens with X年是 (past the opening lines),
 * provided the year before it is spoken of too (the year under review).
 */
function openingYear(text: string): number | null {
  let latest: number | null = null
  for (const m of text.matchAll(OPENS_WITH_YEAR)) {
    // The opening lines speak of the year under review (1986年是…, in a report on 1986).
    if (m.index < text.length * 0.05) continue
    const y = yearValue(m[1]!)
    if (latest === null || y > latest) latest = y
  }
  if (latest === null) return null
  return yearMentions(text).some((m) => m.year === latest! - 1) ? latest : null
}

/**
 * 2023年第二季度重大重点项目集中开工: the quarter names a batch of ground-breakings, not a
 * period the story's figures cover (its projects' sizes and investments are not quarterly).
 */
/** 今年一季度, 今年1月份, 今年春节: the first weeks of the year a text is written in (never the year just ended). */
const THIS_YEAR_OPENING = /今年\s*(?:第?一季度|首季|1月|一月|元月|开年|春节)/

const BATCH_PERIOD = /(?:第?[一二三四1-4]季度|[上下]半年|\d{1,2}月份?)(?=(?:重大|重点|产业|招商)*项目?(?:集中)?(?:开工|签约|竣工|投产|开业))/g

const QUARTER_AND_YEAR = /^\s*第?[一二三四1-4]季度?\s*(?:及|和|与|暨|以及)\s*全年/

/** A sub-year period stated with a year: 2016年前三季度, 2023年第二季度, 2023年1—8月. */
function statedPeriod(s: string, y: number | null): string | null {
  for (const m of yearMentions(s)) {
    if (y !== null && m.year !== y) continue
    // A covered period (第二季度, 前三季度, 1—8月), not a deadline (3月底前).
    const after = s.slice(m.end, m.end + 8)
    if (!/^\s*(?:第?[一二三四1-4]季度|[上下]半年|前三季度|\d{1,2}\s*[-—–~至]\s*\d{1,2}月)/.test(after)) continue
    // 2023年四季度及全年本地生产总值: the release covers the whole year too, which its year states.
    if (QUARTER_AND_YEAR.test(s.slice(m.end, m.end + 12))) continue
    const p = subYearPeriod(after, m.year)
    if (p) return p
  }
  return null
}

/**
 * The earlier year a dated story's lead paragraph is about (2021年拉萨全市经济运行…, 对1957年国民经济
 * 计划…作了检查), when the text never speaks of the year it was published in: no 今年/本年, and that
 * year named only in dates. Not a date (1958年5月29日), a comparison (比2023年, 与2010年相比), a change's
 * start (由2011年的), a span's end or start
 * (2023年及2024年, 2020年至2024年, 到2025年) or a year-end (2023年末). Else null.
 */
function pastLeadYear(text: string, lead: string, published: number): number | null {
  if (/今年|本年|当年/.test(text)) return null
  for (const m of yearMentions(text)) {
    if (m.year === published && !DATE_AFTER.test(text.slice(m.end, m.end + 8))) return null
  }
  for (const m of yearMentions(lead)) {
    if (DATE_AFTER.test(lead.slice(m.end, m.end + 8))) continue
    // …nor a change's start or a comparison's base (由2011年的…提高到2016年的, 即与2010年相比).
    if (/[比较較到至从從自由与與同]/.test(lead.slice(Math.max(0, m.at - 1), m.at))) return null
    if (/^\s*(?:[及和与與至到—\-~]|以来|末|底|同期|相比)/.test(lead.slice(m.end, m.end + 3))) return null
    return m.year < published ? m.year : null
  }
  return null
}
const DATE_AFTER = /^\s*\d{1,2}\s*月\s*\d{1,2}\s*日/

/** A sub-year period standing alone at the head of a clause: ,上半年, / 。前三季度, (not 上半年召开…, 第二季度集中开工). */
const LEAD_CLAUSE_PERIOD = /(?:^|[，,。：:；;\n])\s*((?:第?[一二三四1-4]季度|[上下]半年|前三季度|(?<![0-9])(?:\d{1,2}|元)\s*[-—–~至]\s*\d{1,2}月份?))\s*[,，]/
/**
 * The months from January a line of the lead opens with (1-4月, / 截至4月底,), when the title names the
 * year with that last month alone (2022年4月…): null otherwise (a title of the year alone, or of another month).
 */
function cumulatedToTitleMonth(heading: string, lead: string, year: number): string | null {
  const month = TITLE_MONTH.exec(heading)
  if (!month || Number(month[1]) !== year) return null
  // (2022年4月15日 is a date; 2022年4-6月 a span of months.)
  if (/^\s*(?:\d{1,2}\s*日|[-—–~至到])/.test(heading.slice(month.index + month[0].length))) return null
  const bare = LEAD_LINE_CUMULATED.exec(lead)
  const p = bare ? subYearPeriod(bare[1]!, year) : null
  return p !== null && p.includes("M01-") && periodEndMonth(p) === Number(month[2]) ? p : null
}
const TITLE_MONTH = /((?:19|20)\d{2})年(1[0-2]|[1-9])月/
/** 1-4月, 元至4月, 截至4月底 opening a line of the lead (not 10月份,…。1至10月份,…: the month's figures come first). */
const LEAD_LINE_CUMULATED = /(?:^|\n)[ \t\u3000]*((?:1|元|一)[-—–~至](?:1[0-2]|[2-9]|[二三四五六七八九十]|十[一二])月份?|截至(?:1[0-2]|[1-9])月(?:底|末))[,，]/

/** The last month a period label covers (2018H1 → 6, 2018M01-09 → 9, 2018Q2 → 6). */
function periodEndMonth(p: string): number {
  const h = /H([12])$/.exec(p)
  if (h) return h[1] === "1" ? 6 : 12
  const q = /Q([1-4])$/.exec(p)
  if (q) return Number(q[1]) * 3
  const m = /M(?:\d{2}-)?(\d{2})$/.exec(p)
  return m ? Number(m[1]) : 13
}

/**
 * The period a release's body states first with its year, in the stretch after the lead — unless
 * the release speaks of the whole year (全年) before it, or its lead or title names another part
 * of the year (then the body's period is one figure's, not the release's). Null when none.
 */
function bodyStatedPeriod(text: string, lead: string, heading: string, review: number): string | null {
  const body = text.slice(lead.length, lead.length + BODY_PERIOD_REACH)
  // Every stated period names 季度, 半年 or 月 after the year: a body with none needs no scan.
  if (!body.includes("季度") && !body.includes("半年") && !body.includes("月")) return null
  const p = statedPeriod(body, review)
  if (p === null) return null
  const at = body.indexOf(String(review) + "年")
  if (/全年|年度/.test(heading) || /全年/.test(lead) || (at >= 0 && body.slice(0, at).includes("全年"))) return null
  // 2023年全市经济运行情况, a lead on 2023年…: a title or lead that names the year alone is about the whole year.
  if (yearAlone(heading, review) || yearAlone(lead, review)) return null
  const named = subYearPeriod(heading, review) ?? subYearPeriod(lead.replace(BATCH_PERIOD, ""), review)
  return named === null || named === p ? p : null
}
/** Whether `s` names the year `y` with no part of it after (2023年全市…, not 2023年上半年 or 2023年1—8月). */
function yearAlone(s: string, y: number): boolean {
  for (const m of yearMentions(s)) {
    if (m.year !== y) continue
    if (!/^\s*(?:第?[一二三四1-4]季度|[上下]半年|前三季度|\d{1,2}\s*(?:[-—–~至]\s*\d{1,2}\s*)?月)/.test(s.slice(m.end, m.end + 8))) return true
  }
  return false
}
/** How far past the lead a release's first stated period is looked for (its opening statements). */
const BODY_PERIOD_REACH = 600

const DELIVERS_REPORT = /向(?:大会|[^。，,]{0,30}(?:人民代表大[会會]|人大)[^。，,]{0,12})作[^。，,]{0,6}政府工作[报報]告/

/**
 * The lead: the opening up to the end of the first paragraph of the body (its first long line),
 * at most 400 characters — a period the second paragraph names (这一年…2023年1-11月) covers its
 * own figures, not the story's.
 */
function leadOf(text: string): string {
  const head = text.slice(0, 400)
  let at = 0
  for (const line of head.split("\n")) {
    at += line.length + 1
    if (line.trim().length > 60) return head.slice(0, at)
  }
  return head
}

/**
 * A fiscal year that straddles two calendar years (2026至27财政年度, 2025/26年度, 二零一四/一五年度,
 * 二○二四/二五至二○三三/三四年度 with a white circle for the zero:
 * Hong Kong's runs April to March). No period of the schema is one, so a text that counts in
 * them is dated by no year it does not state: its publication date says nothing of which.
 */
export const SPLIT_FISCAL_YEAR = /(?:19|20)\d{2}\s*[/／至\-–—]\s*\d{2}(?!\d)\s*(?:财政)?年度|(?:19|20)\d{2}\s*[/／\-–—]\s*\d{2}(?!\d)\s*至|[零〇○一二三四五六七八九]{4}\s*[/／至]\s*[零〇○一二三四五六七八九]{2}\s*(?:财政)?年度|[零〇○一二三四五六七八九]{4}\s*[/／]\s*[零〇○一二三四五六七八九]{2}\s*至/

/** Whether a stretch names a split fiscal year (cheap checks first: most name none). */
export const namesSplitFiscalYear = (s: string): boolean =>
  (s.includes("年度") || (s.includes("至") && (s.includes("-") || s.includes("/") || s.includes("–") || s.includes("—")))) && SPLIT_FISCAL_YEAR.test(s)

export function documentTime(
  text: string,
  genre: Genre,
  title: string | null,
  session: string | null,
  published: string | null
): DocumentTime {
  const time = calendarTime(text, genre, title, session, published)
  if (time.stated || (time.review === null && time.plan === null)) return time
  // (Most texts name no 年度 at all: the pattern is tried only where one is written.)
  const opening = text.slice(0, 3000)
  return namesSplitFiscalYear(opening) ? { ...time, review: null, plan: null, period: null } : time
}

function calendarTime(
  text: string,
  genre: Genre,
  title: string | null,
  session: string | null,
  published: string | null
): DocumentTime {
  const { source, planNext } = GENRE_TIME[genre]
  // A story (or an untyped text) on a session where the report is delivered (县长…代表县人民政府向大会作政府工作报告)
  // is dated as the report is: its figures are the report's.
  if (source === "report" || ((genre === "news" || genre === "unknown") && DELIVERS_REPORT.test(text.slice(0, 1500)))) {
    return { ...reportYears(text, title, session, published), period: null, asReport: source !== "report" }
  }
  const tYear = titleYear(title)
  const lead = leadOf(text)
  if (source === "communique") {
    // 2021年河南省国民经济和社会发展统计公报, published in 2022: about 2021.
    const y = tYear ?? (published ? yearOf(published)! - (monthOf(published)! <= 9 ? 1 : 0) : mostMentionedYear(text))
    return { review: y, plan: y, period: null, stated: tYear !== null }
  }
  if (source === "review_then_plan") {
    const review = published ? yearOf(published)! - 1 : tYear ?? mostMentionedYear(text)
    return { review, plan: review === null ? null : review + 1, period: null, stated: !published && tYear !== null }
  }
  let review: number | null
  let plan: number | null
  // 广州…规划纲要 2025年地区生产总值将达到…, published in 2021: a title year after the publication
  // year is a target's, not the year the story covers.
  if (tYear !== null && !(published && tYear > yearOf(published)!)) {
    review = tYear
    plan = planNext ? tYear + 1 : tYear
  } else if (published) {
    // Published in the first two months: most figures are last year's, plans this year's —
    // unless the lead speaks of this year's opening weeks (举行今年一季度重点项目集中开工活动).
    const y = yearOf(published)!
    review = monthOf(published)! <= 2 && !THIS_YEAR_OPENING.test(lead) ? y - 1 : y
    plan = y
    // 2月28日,记者…获悉,2021年拉萨全市经济运行… (published 2022-03-01): a story on the year its lead names.
    const named = GENRE_TIME[genre].leadPeriod ? pastLeadYear(text, lead, y) : null
    if (named !== null) review = named
  } else {
    // 刚刚过去的1996年 names the year a speech reviews; the year it mentions most need not be.
    review = justPastByBase(text) ?? (GENRE_TIME[genre].undatedYearless ? justPastYear(text) : mostMentionedYear(text))
    plan = review
  }
  // The period a release, a briefing or a story covers, stated in its title or lead.
  const heading = title ? title.replace(BATCH_PERIOD, "") : ""
  let period = statedPeriod(heading, review) ?? (GENRE_TIME[genre].leadPeriod ? statedPeriod(lead.replace(BATCH_PERIOD, ""), review) : null)
  if (!period && heading && review !== null) period = subYearPeriod(heading, review)
  // 今年1—8月, 今年上半年 in a dated release's lead: the period of the year it came out in.
  if (!period && GENRE_TIME[genre].leadPeriod && published && review !== null && review === yearOf(published)) {
    const unbatched = lead.replace(BATCH_PERIOD, "")
    const m = /今年\s*((?:第?[一二三四1-4]季度|[上下]半年|前三季度|\d{1,2}\s*[-—–~至]\s*\d{1,2}月))/.exec(unbatched)
    if (m) period = subYearPeriod(m[1]!, review)
    // 记者从会上获悉,上半年,高新区主要经济指标…: a period heading a clause of the lead with no year
    // is the publication year's, once it has run its course (a January 上半年, is a plan's).
    else if (unbatched.includes("季度") || unbatched.includes("半年") || unbatched.includes("月")) {
      const bare = LEAD_CLAUSE_PERIOD.exec(unbatched)
      const p = bare ? subYearPeriod(bare[1]!, review) : null
      if (p && periodEndMonth(p) <= monthOf(published)!) period = p
    }
  }
  // 2022年4月财政收支情况 ⏎ 截至4月底,全市财政总收入…: a monthly release's title names the month it
  // reaches and its lead the months summed up to it, which date its later paragraphs too.
  // (…also where the title's month alone was taken for the period: 2023年10月份…, 元至10月,….)
  if ((!period || /M\d{2}$/.test(period)) && GENRE_TIME[genre].leadPeriod && review !== null) period = cumulatedToTitleMonth(heading, lead, review) ?? period
  // 今年以来,…经济运行总体平稳。⏎根据…核算结果,2023年上半年全市生产总值…: a release whose title and lead
  // state no period with the year states it with its first figures.
  if (!period && GENRE_TIME[genre].bodyPeriod && review !== null) period = bodyStatedPeriod(text, lead, heading, review)
  if (period && review === null) period = null
  // A lead that writes the year with a period (举行2023年第二季度…集中开工) states the year, even where the period names a batch.
  return { review, plan, period, stated: tYear !== null || statedPeriod(lead, review) !== null || leadWritesYear(lead, review) }
}

/** The lead writes the year it is about, not as a date (2024年安排市重点项目476个; not 2024年3月1日). */
function leadWritesYear(lead: string, review: number | null): boolean {
  if (review === null) return false
  for (const m of yearMentions(lead)) if (m.year === review && !DATE_AFTER.test(lead.slice(m.end, m.end + 8))) return true
  return false
}
