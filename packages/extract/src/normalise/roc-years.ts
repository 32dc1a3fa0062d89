/**
 * Years of the Republic of China (民国, year 1 = 1912) written with their era: 民国三十七年,
 * 民國102年, 民国元年. Written as calendar years (1948年, 2013年, 1912年) so that every later step
 * reads them as it reads any year; the map keeps the quote as written. The era names the count,
 * so this holds in any text (a mainland history's 民国二十五年 is 1936 too).
 *
 * A bare 114年 of a Taiwan text is left as written: read as 2025, it dates the whole text by
 * the year a budget plans for (114年度总预算, written in 2024) and puts 去年 a year early, where
 * the text's own date is missing — wrong years that look right; no year is better.
 */
import { type MappedText, MappedTextBuilder } from "./mapped-text.js"
import { parseChineseQuantity } from "../quantity/numerals.js"

const ROC_OFFSET = 1911

/** 民国N年 ending at `at` (the 年): where 民国 starts and the ROC year, or null. */
function namedYearBefore(t: string, at: number): { start: number; year: number } | null {
  const open = t.lastIndexOf("民国", at)
  if (open === -1 || at - open > 7) return null
  const numeral = t.slice(open + 2, at)
  if (/^\d{1,3}$/.test(numeral)) return { start: open, year: Number(numeral) }
  // (元年: the first year.)
  if (numeral === "元") return { start: open, year: 1 }
  const q = parseChineseQuantity(numeral)
  return q !== null && !q.digitwise && q.value >= 1 && q.value <= 150 && Number.isInteger(q.value) ? { start: open, year: q.value } : null
}

/**
 * 民国24年(1935),…。30年,临海…: a gazetteer's paragraph writes the era once; a bare year opening a
 * later sentence of it (up to 38, the era's last on the mainland) counts from the Republic too.
 * Where the number starts and its year, or null.
 */
function bareYearBefore(t: string, at: number, eraSeenAt: number): { start: number; year: number } | null {
  if (eraSeenAt === -1 || t.charCodeAt(at + 1) !== 0xff0c && t.charCodeAt(at + 1) !== 0x2c) return null
  const m = BARE_YEAR.exec(t.slice(Math.max(0, at - 4), at))
  if (m === null) return null
  const start = at - m[1]!.length
  const before = t.charCodeAt(start - 1)
  // (The sentence opens with it, in the paragraph where the era was written.)
  if (!(start === 0 || before === 0x3002 || before === 0xff1b || before === 0x3b || before === 0x0a) || t.lastIndexOf("\n", start - 1) > eraSeenAt) return null
  const q = /^\d+$/.test(m[1]!) ? Number(m[1]) : parseChineseQuantity(m[1]!)?.value ?? null
  return q !== null && Number.isInteger(q) && q >= 1 && q <= 38 ? { start, year: q } : null
}
const BARE_YEAR = /(\d{1,2}|[一二三四五六七八九十]{1,3})$/

export function rocYears(input: MappedText): MappedText {
  const t = input.text
  const first = t.indexOf("民国")
  if (first === -1) return input
  let b: MappedTextBuilder | null = null
  let from = 0
  // Where the last 民国N年 was read (-1: none yet).
  let eraSeenAt = -1
  for (let at = t.indexOf("年", first); at !== -1; at = t.indexOf("年", at + 1)) {
    const named = namedYearBefore(t, at)
    if (named !== null && named.start >= from) eraSeenAt = named.start
    const found = named ?? bareYearBefore(t, at, eraSeenAt)
    if (found === null || found.start < from) continue
    b ??= new MappedTextBuilder(input)
    b.keep(from, found.start)
    b.replace(found.start, at, String(found.year + ROC_OFFSET))
    from = at
  }
  if (b === null) return input
  b.keep(from, t.length)
  return b.build()
}
