/**
 * Dates and years a document states about itself: labelled publication dates, datelines,
 * the date of the session a report was delivered at, and the years its text speaks of.
 * Nothing here looks at the clock: a document that states no date has none.
 */

import { npcSessionOpened } from "./npc-sessions.js"

const pad = (n: number) => String(n).padStart(2, "0")

export const isoDate = (y: number, m: number, d: number): string | null => {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null
  const dt = new Date(Date.UTC(y, m - 1, d))
  return dt.getUTCMonth() === m - 1 ? `${y}-${pad(m)}-${pad(d)}` : null
}

/** The three layouts of a labelled field, compiled once per label (a call used to build them afresh: 4% of extraction). */
const fieldPatterns = new Map<string, readonly [RegExp, RegExp, RegExp]>()
function patternsOf(label: string): readonly [RegExp, RegExp, RegExp] {
  let p = fieldPatterns.get(label)
  if (p === undefined) {
    p = [
      new RegExp(`\\[\\s*${label}\\s*\\]\\s*\\|\\s*([^|\\n]+?)\\s*\\|`),
      new RegExp(`(?:^|[\\s\\n])${label}\\s*[:：]\\s*([^\\s\\n]+)`),
      // A metadata table laid out as lines: the label alone on its line, its value on the next.
      new RegExp(`(?:^|\\n)[ \\t•·]{0,8}${label}[ \\t]{0,8}[:：]?[ \\t]{0,8}\\n(?:[ \\t]{0,40}\\n)?[ \\t]{0,40}([^\\n]{1,60})`)
    ]
    fieldPatterns.set(label, p)
  }
  return p
}

/** Labelled fields of a metadata table or dateline: 发布机构, 成文日期, 日期, 来源 … */
export function labelledField(text: string, labels: ReadonlyArray<string>): string | null {
  for (const label of labels) {
    // Every layout spells the label out: a text without it has none of them.
    if (!text.includes(label)) continue
    const [tablePattern, linePattern, belowPattern] = patternsOf(label)
    const table = tablePattern.exec(text)
    if (table) return table[1]!.trim()
    const line = linePattern.exec(text)
    if (line) return line[1]!.trim()
    const below = belowPattern.exec(text)
    if (below && !/^[•·]|[:：]\s*$/.test(below[1]!)) return below[1]!.trim()
  }
  return null
}

export function parseDate(s: string | null): string | null {
  if (!s) return null
  const m = /(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})/.exec(s)
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null
}

const CN_DIGIT: Record<string, string> = { 〇: "0", 零: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9", "○": "0" }

/** A year spelled digit by digit (一九九八, 二〇二三), as older reports write them. */
const cnYear = (s: string): number => Number([...s].map((c) => CN_DIGIT[c] ?? c).join(""))

/** A month or day in Chinese numerals (四, 十, 十二, 二十五, 三十一) → its number, or NaN. */
const cnSmall = (s: string): number => {
  const d = (c: string | undefined) => (c === undefined ? NaN : Number(CN_DIGIT[c] ?? NaN))
  if (s.length === 1) return s === "十" ? 10 : d(s)
  if (s[0] === "十") return s.length === 2 ? 10 + d(s[1]) : NaN
  if (s[1] === "十") return s.length === 2 ? d(s[0]) * 10 : s.length === 3 ? d(s[0]) * 10 + d(s[2]) : NaN
  return NaN
}

/** A whole date in Chinese numerals: 一九八五年四月十日, 二〇二三年十二月三十一日. */
const CN_DATE = /([一二][〇○零一二三四五六七八九]{3})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/
const cnDate = (m: RegExpExecArray): string | null => isoDate(cnYear(m[1]!), cnSmall(m[2]!), cnSmall(m[3]!))

/** A year's numeral as a regex source: 2023 or 一九八三 (older reports spell years digit by digit, and compare with 一八五四). */
// (二0一0年, 二00八年, 一九九0年: a zero typed as a digit among the numerals, as many pages write it.)
export const YEAR_NUMERAL = "(?:(?:19|20)\\d{2}|一[八九][〇○零0一二三四五六七八九]{2}|二[〇○零0][〇○零0一二三四五六七八九]{2})"

/** The value of a numeral YEAR_NUMERAL matched. */
export const yearValue = (s: string): number => (/^\d/.test(s) ? Number(s) : cnYear(s))

/**
 * Years written as 2023年 (also 1 9 9 3 年 with spaces and 一九九八年) in the text, with
 * their positions; digits inside longer runs are not years.
 */
export function yearMentions(text: string): Array<{ year: number; at: number; end: number }> {
  const out: Array<{ year: number; at: number; end: number }> = []
  for (const m of text.matchAll(/(?<![0-9])((?:1\s?9|2\s?0)\s?\d\s?\d)\s?年|([一二]\s?[〇○零0一二三四五六七八九]{3})年/g)) {
    const year = m[1] ? Number(m[1].replace(/\s/g, "")) : cnYear(m[2]!.replace(/\s/g, ""))
    if (year >= 1900 && year <= 2100) out.push({ year, at: m.index, end: m.index + m[0].length })
  }
  return out
}

/**
 * 比2019年同期, 較2020年第4季, 较2023年末, 比2010年翻一番: a year named as the base a figure is
 * compared with (a 2021 release compares with 2019 to skip 2020), not a year the text is about.
 */
export const comparedBaseYear = (text: string, m: { at: number; end: number }): boolean =>
  m.at > 0 && COMPARING_BEFORE.test(text[m.at - 1]!) && COMPARED_PERIOD_AFTER.test(text.slice(m.end, m.end + 3))
const COMPARING_BEFORE = /[比较較]/
const COMPARED_PERIOD_AFTER = /^(?:[末底]|同期|翻|的?水平|第?[一二三四1-4]季)/

/** Years written in the text, in order. */
export const yearsMentioned = (text: string): Array<number> => yearMentions(text).map((m) => m.year)

/**
 * The publication date: a metadata table's 发布日期/成文日期, a dateline's 日期, a date line
 * in the header; failing those, a month and day (1月10日) placed in the latest year the
 * text speaks of.
 */
export function publicationDate(text: string): string | null {
  const head = text.slice(0, 3000)
  const labelled = parseDate(labelledField(head, ["发布日期", "成文日期", "发文日期", "日期", "发布时间", "时间"]))
  if (labelled) return ownDateline(head, labelled) ?? labelled
  const written = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(head.slice(0, 600))
  if (written) return isoDate(Number(written[1]), Number(written[2]), Number(written[3]))
  // 一九八五年四月十日: a date spelled in Chinese numerals, as older documents write it.
  const spelled = CN_DATE.exec(head.slice(0, 600))
  if (spelled) return cnDate(spelled)
  // A byline's date: 齐鲁晚报网·2025-07-29 13:39, 2024/1/23 16:38 (one separator throughout).
  const iso = /(?<![0-9/.])((?:19|20)\d{2})([-/])(\d{1,2})\2(\d{1,2})(?![0-9/])/.exec(head.slice(0, 400))
  if (iso) return isoDate(Number(iso[1]), Number(iso[3]), Number(iso[4]))
  // …also after an outlet's tag (【香港商报网讯】2月19日,…).
  const monthDay = /^(?:【[^】\n]{1,20}】\s*)?(\d{1,2})月(\d{1,2})日/m.exec(head.slice(0, 300))
  if (monthDay) {
    // 11月18日,…发表澳门特区政府2026年财政年度施政报告: the fiscal year an address or budget plans
    // for is not the year it is written in.
    // (比2019年同期增长13.5%: nor is a base compared with; a text naming no other year gets no date.)
    const years = yearMentions(text).filter((m) => !text.startsWith("财政年度", m.end) && !comparedBaseYear(text, m)).map((m) => m.year)
    const latest = Math.max(...years)
    // 2月20日,…2023年经济运行情况数据出炉: early in a year, a text naming one year alone may report on
    // it (written the year after) or on its first month (written in it). Only a mention of the
    // year before (2022年…, 2023年目标) shows the latest year is the one it is written in.
    if (Number(monthDay[1]) <= 2 && !years.includes(latest - 1)) return null
    if (years.length) return isoDate(latest, Number(monthDay[1]), Number(monthDay[2]))
  }
  return null
}

/**
 * A reprint's page date (发布时间:2024-11-21) over the story's own wire dateline (中新网 重庆10月22日电):
 * the story is dated by its dateline, in the latest year not after the page's date. Null when the
 * head has no dateline or it gives the page's own day.
 */
function ownDateline(head: string, page: string): string | null {
  if (!head.includes("日电") && !head.includes("日讯")) return null
  const m = WIRE_DATELINE.exec(head.slice(0, 800))
  if (!m) return null
  const month = Number(m[1])
  const day = Number(m[2])
  const y = Number(page.slice(0, 4))
  const pageMonth = Number(page.slice(5, 7))
  const pageDay = Number(page.slice(8, 10))
  if (month === pageMonth && day === pageDay) return null
  const before = month < pageMonth || (month === pageMonth && day < pageDay)
  return isoDate(before ? y : y - 1, month, day)
}
/** 中新网 重庆10月22日电, 新华社北京3月4日电, 人民网北京2月29日电, 福州新闻网4月19日讯: the agency, a place, the day. */
const WIRE_DATELINE = /(?:社|网|報|报|台)\s*[^\s，。,()（）\d]{0,8}?(\d{1,2})月(\d{1,2})日[电電讯訊]/

/**
 * The date of the session a report was delivered at or a resolution adopted by: the
 * session line under a report's title (——2024年3月5日在第十四届全国人民代表大会第二次
 * 会议上) or a resolution's (2023年3月13日第十四届全国人民代表大会第一次会议通过).
 */
export function sessionDate(text: string): string | null {
  const head = text.slice(0, 1500)
  // The year may be spelled digit by digit with spaces (——1 9 9 8 年3 月5 日, a mirror of a PDF), the session in traditional script.
  const m = /((?:1\s?9|2\s?0)\s?\d\s?\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:在[^。，,]{0,40}?(?:代表大[会會]|[会會][议議])|[^。，,]{0,40}?[会會][议議]通[过過])/.exec(head)
  if (m) return isoDate(Number(m[1]!.replace(/\s/g, "")), Number(m[2]), Number(m[3]))
  // ——一九八五年四月十日在河北省第六届人民代表大会第三次会议上
  const spelled = new RegExp(`${CN_DATE.source}\\s*(?:在[^。，,]{0,40}?(?:代表大[会會]|[会會][议議])|[^。，,]{0,40}?[会會][议議]通[过過])`).exec(head)
  if (spelled) return cnDate(spelled)
  // 向第六届全国人民代表大会第一次会议作政府工作报告 with no date: the national session's own date.
  const own = OWN_NPC_SESSION.exec(head)
  return own ? npcSessionOpened(own[1] ?? own[3] ?? own[5]!, own[2] ?? own[4] ?? own[6]!) : null
}

/**
 * The national session a report is delivered to (向第N届…第M次会议作/提出, 我们第N届…第M次会议,
 * in the opening lines) or a resolution is adopted by (第N届…第M次会议听取和审议了) — not one it
 * refers back to (根据一九八三年六月第六届…第一次会议的决议).
 */
const NPC = "第([一二三四五六七八九十]{1,3})[届屆]全[国國]人民代表大[会會]第([一二三四五六七八九十]{1,2})次[会會][议議]"
const OWN_NPC_SESSION = new RegExp(
  `向(?:本次)?${NPC}(?:作|提出|报告|報告)|(?:我们|我們|这次|這次)${NPC}|^\\s*${NPC}(?:听取|聽取|审议|審議)`,
  "m"
)

const CN_ORDINAL: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 }
/** 一 … 十九 as written in plan names (十四 of “十四五”, 六 of 第六个五年计划). */
export const cnOrdinal = (s: string): number =>
  s.startsWith("十") ? 10 + (CN_ORDINAL[s.slice(1)] ?? (s.length > 1 ? NaN : 0)) : s.length === 1 ? CN_ORDINAL[s] ?? NaN : NaN

/**
 * The first year of the Nth five-year plan: 一五 1953–57, 二五 1958–62, then (after the three
 * years of readjustment) 三五 from 1966 and every five years on (十四五 2021–25).
 */
export const fiveYearPlanFirst = (n: number): number | null =>
  n === 1 ? 1953 : n === 2 ? 1958 : Number.isInteger(n) && n >= 3 && n <= 19 ? 1966 + (n - 3) * 5 : null
