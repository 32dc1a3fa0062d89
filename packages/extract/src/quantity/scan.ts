/**
 * The quantity scanner: finds every number with its unit and qualifiers in a stretch of
 * clean text, and leaves out numbers that are names, dates, ordinals or codes. It is one
 * linear pass; the only regular expressions are small and anchored at a position.
 */
import { findUnit, MagnitudePrefixes, type Qualifier, unitsLongestFirst } from "@govstat/schema"
import type { QuantityMention } from "./mention.js"
import { isChineseNumeralChar, parseArabic, parseChineseNumeral } from "./numerals.js"

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9"
const isAsciiLetter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c)
const isHan = (c: string | undefined) => c !== undefined && c >= "\u4e00" && c <= "\u9fff"

/** Units that are real measurements: a single Chinese digit before one of them is a quantity. */
const MEASUREMENT_UNITS = new Set([
  "元", "万元", "亿元", "万亿元", "美元", "万美元", "亿美元", "吨", "万吨", "亿吨", "公里", "米", "平方米", "万平方米",
  "平方公里", "亩", "万亩", "公顷", "千瓦", "万千瓦", "千瓦时", "万千瓦时", "亿千瓦时", "万人", "亿人", "万人次",
  "万户", "万家", "万个", "个百分点", "倍", "%", "小时", "分钟", "天", "个月"
])
/** Words before a small Chinese numeral that make it a count (成立八个专班, 新增两家). */
const COUNT_VERBS = ["成立", "新增", "新建", "建成", "累计", "共有", "达到", "引进", "培育", "创建", "获批", "连续"]

/** Prefix qualifiers, longest first, with the bound they express. */
const PREFIX_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ["不低于", "lower_bound"], ["不少于", "lower_bound"], ["不超过", "upper_bound"], ["不高于", "upper_bound"],
  ["大约", "approx"], ["接近", "approx"], ["超过", "lower_bound"], ["突破", "lower_bound"], ["低于", "upper_bound"],
  ["不到", "upper_bound"], ["不足", "upper_bound"], ["约", "approx"], ["近", "approx"], ["超", "lower_bound"],
  ["逾", "lower_bound"], ["上", "lower_bound"]
]
const SUFFIX_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ["以上", "lower_bound"], ["以内", "upper_bound"], ["以下", "upper_bound"], ["左右", "approx"], ["上下", "approx"],
  ["多", "lower_bound"]
]

/** After the unit, these make the number part of a name or a rank, not a fact (50亿级项目, 500强). */
const NAME_AFTER_UNIT = ["级", "强", "号", "型", "代", "届", "期", "路", "线", "栋", "楼"]
/** 二十届三中全会, 十四届全国人大: a session's number, not a count of sessions. */
const SESSION_AFTER = /^[一二三四五六七八九十]|^(全国|中央|人大|会议|代表|委员|政协)/
/** After a numeral with no unit: a date, an ordinal, a code. */
const NOT_A_QUANTITY_AFTER = ["月", "日", "号", "时", "点", "届", "期", "大", "次全会", "次会议", "中全会", "项规定", "个一", "个方面", "个确立", "个维护"]

function listedUnit(text: string, at: number): string {
  for (const u of unitsLongestFirst) {
    if (text.startsWith(u, at)) return u
  }
  return ""
}

/** The unit at `at`: a listed one, or a magnitude before a listed one (万亿美元) when that reads further. */
function readUnit(text: string, at: number): string {
  const listed = listedUnit(text, at)
  for (const [prefix] of MagnitudePrefixes) {
    if (!text.startsWith(prefix, at)) continue
    const candidate = prefix + listedUnit(text, at + prefix.length)
    if (candidate.length > listed.length && findUnit(candidate)) return candidate
  }
  return listed
}

function prefixQualifier(text: string, numStart: number, floor: number): { q: Qualifier | null; start: number } {
  for (const [w, q] of PREFIX_QUALIFIERS) {
    const s = numStart - w.length
    if (s >= floor && text.startsWith(w, s)) {
      // 上 qualifies only 上百/上千/上万 (上百次 = 100 or more), not 比上年 or 线上.
      if (w === "上" && !/[百千万亿]/.test(text[numStart] ?? "")) continue
      // 近 in 近年来/近期 is time, 超 in 超市 is a word: require the numeral right after.
      return { q, start: s }
    }
  }
  return { q: null, start: numStart }
}

interface RawNumber {
  readonly start: number
  readonly end: number
  readonly value: number
  readonly form: QuantityMention["form"]
  /** A Chinese numeral whose trailing 万/亿 was split off to become part of the unit. */
  readonly magnitude: string
}

/** Reads an Arabic number at `i` (already known to start with a digit). */
function readArabic(text: string, i: number): RawNumber | { malformed: number } | null {
  let j = i
  while (isDigit(text[j])) j++
  // Thousands separators: only "," followed by exactly three digits.
  while (text[j] === "," && isDigit(text[j + 1]) && isDigit(text[j + 2]) && isDigit(text[j + 3]) && !isDigit(text[j + 4])) j += 4
  if (text[j] === "." && isDigit(text[j + 1])) {
    j++
    while (isDigit(text[j])) j++
    // 1.2.3: a version or a malformed number, never a quantity.
    if (text[j] === "." && isDigit(text[j + 1])) {
      let k = j
      while (isDigit(text[k]) || text[k] === ".") k++
      return { malformed: k }
    }
  }
  const value = parseArabic(text.slice(i, j))
  if (value === null) return { malformed: j }
  return { start: i, end: j, value, form: "arabic", magnitude: "" }
}

/** Reads a Chinese numeral run at `i`; splits a trailing 万/亿 off when a unit follows it. */
function readChinese(text: string, i: number): RawNumber | null {
  let j = i
  while (j < text.length && j - i < 20 && isChineseNumeralChar(text[j]!)) j++
  // Try the longest well-formed numeral first.
  for (let e = j; e > i; e--) {
    const s = text.slice(i, e)
    const v = parseChineseNumeral(s)
    if (v === null) continue
    // A lone 万 or 亿 (万州, 亿万) is not a number.
    if (/^[万亿]+$/.test(s)) return null
    // Leave 万/亿 to the unit when the unit reads on (三万人 → 3 万人), so the unit is as written.
    const last = s[s.length - 1]!
    if ((last === "万" || last === "亿") && s.length > 1) {
      const head = parseChineseNumeral(s.slice(0, -1))
      const headHasMagnitude = /[万亿]/.test(s.slice(0, -1))
      if (head !== null && head > 0 && !headHasMagnitude && readUnit(text, e - 1).length > 1) {
        return { start: i, end: e - 1, value: head, form: "chinese", magnitude: last }
      }
    }
    return { start: i, end: e, value: v, form: "chinese", magnitude: "" }
  }
  return null
}

/** True for stretches inside 《》 or short “…” quotes (names, slogans, codes such as “1+12”). */
function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length)
  const open = (o: string, c: string, max: number) => {
    for (let i = text.indexOf(o); i !== -1; i = text.indexOf(o, i + 1)) {
      // Look no further than `max` for the closer: an unclosed run of openers stays linear.
      let j = -1
      for (let k = i + 1; k < text.length && k - i <= max; k++) if (text[k] === c) { j = k; break }
      if (j === -1) continue
      mask.fill(1, i, j + 1)
      i = j
    }
  }
  open("《", "》", 80)
  open("“", "”", 16)
  return mask
}

/**
 * Finds the quantities in text[from, to). Returns them in order. `malformed` collects
 * numbers that look like quantities but cannot be read (1.2.3亿元, 400-digit numbers), so
 * that callers can report them instead of dropping them silently.
 */
export function scanQuantities(
  text: string,
  from = 0,
  to = text.length,
  malformed: Array<{ start: number; end: number; reason: string }> = []
): Array<QuantityMention> {
  const out: Array<QuantityMention> = []
  const slice = text.slice(from, to)
  const mask = quotedMask(slice)
  let i = 0
  const t = slice
  while (i < t.length) {
    const c = t[i]!
    let raw: RawNumber | null = null
    if (isDigit(c)) {
      if (isDigit(t[i - 1]) || isAsciiLetter(t[i - 1]) || t[i - 1] === "." || t[i - 1] === "+" || t[i - 1] === "-" || t[i - 1] === "/") {
        while (isDigit(t[i]) || t[i] === "." || t[i] === ",") i++
        continue
      }
      const r = readArabic(t, i)
      if (r && "malformed" in r) {
        const end = r.malformed
        malformed.push({ start: from + i, end: from + end, reason: `malformed number "${t.slice(i, Math.min(end, i + 40))}"` })
        i = end
        continue
      }
      raw = r
    } else if (c === "百" && t.startsWith("百分之", i)) {
      const r = readChinese(t, i + 3) ?? (isDigit(t[i + 3]) ? (readArabic(t, i + 3) as RawNumber | null) : null)
      if (r && !("malformed" in r) && !mask[i]) {
        const q = prefixQualifier(t, i, 0)
        out.push({
          start: from + q.start, end: from + r.end, numStart: from + i, numEnd: from + r.end, value: r.value,
          unit: "%", qualifier: q.q, form: "percent_words", range: null
        })
        i = r.end
        continue
      }
      i++
      continue
    } else if (isChineseNumeralChar(c) && !isChineseNumeralChar(t[i - 1] ?? "")) {
      raw = readChinese(t, i)
      // X分之Y: a fraction, denominator first.
      if (raw && t.startsWith("分之", raw.end) && !mask[i]) {
        const num = readChinese(t, raw.end + 2)
        if (num && raw.value > 0 && raw.magnitude === "") {
          out.push({
            start: from + i, end: from + num.end, numStart: from + i, numEnd: from + num.end, value: num.value / raw.value,
            unit: "", qualifier: null, form: "fraction", range: null
          })
          i = num.end
          continue
        }
      }
    }
    if (!raw) {
      i++
      continue
    }
    const found = readMention(t, raw, mask)
    i = raw.end
    for (const m of found) {
      out.push({ ...m, start: from + m.start, end: from + m.end, numStart: from + m.numStart, numEnd: from + m.numEnd })
      i = Math.max(i, m.end)
    }
  }
  return out
}

/** Decides whether a numeral is a quantity, and reads its unit, qualifiers and range partner. */
function readMention(t: string, raw: RawNumber, mask: Uint8Array): Array<QuantityMention> {
  if (mask[raw.start]) return []
  const before = t[raw.start - 1]
  if (before !== undefined && "第前后每这那".includes(before)) return []
  let k = raw.end
  // 40余个, 1000多家: the bound sits between the number and its unit.
  let inner: Qualifier | null = null
  if (raw.magnitude === "" && (t[k] === "余" || t[k] === "多")) {
    inner = "lower_bound"
    k++
  }
  const unit = readUnit(t, k)
  const after = t.slice(k + unit.length, k + unit.length + 3)
  if (raw.form === "arabic") {
    // Dates and years: 2023年, 2024-03-01; letters make a name: 5G, 4A级.
    if (unit === "年" && raw.end - raw.start === 4 && raw.value >= 1900 && raw.value <= 2100) return []
    if (isAsciiLetter(t[raw.end]) && !isAsciiLetter(unit[0])) return []
  }
  if (unit === "") {
    if (NOT_A_QUANTITY_AFTER.some((w) => t.startsWith(w, k))) return []
    if (raw.form !== "arabic") return []
    // A bare ratio: 城乡居民人均可支配收入比1.91, 比值为1.5.
    if (/比(值|例)?(为|是|达)?$/.test(t.slice(Math.max(0, raw.start - 4), raw.start))) {
      return compact([finish(t, raw, raw.end, "", inner)])
    }
    const sep = t[raw.end]
    // Range with the unit only at the end: 3至5个, 6-6.5%.
    if (sep !== undefined && RANGE_SEPARATORS.includes(sep)) return readRange(t, raw, "")
    // Enumerations with the unit at the end: 550和3000家, 490、2250家.
    if ((sep === "和" || sep === "、") && isDigit(t[raw.end + 1])) {
      const next = readArabic(t, raw.end + 1)
      if (next && !("malformed" in next)) {
        const u2 = readUnit(t, next.end)
        const m = finish(t, raw, raw.end, "", inner)
        if (u2 && m) return [{ ...m, unit: u2 }]
      }
    }
    return []
  }
  if (NAME_AFTER_UNIT.some((w) => after.startsWith(w))) return []
  if (unit === "届" && SESSION_AFTER.test(after)) return []
  if (unit === "条" && /^(政策|措施|举措|意见|规定|”|》)/.test(after)) return []
  if (raw.form === "chinese" && !chineseIsQuantity(t, raw, unit)) return []
  if (raw.form === "arabic" && RANGE_SEPARATORS.includes(t[k + unit.length] ?? "x") && isDigit(t[k + unit.length + 1])) {
    const range = readRange(t, raw, unit)
    if (range.length) return range
  }
  return compact([finish(t, raw, k, unit, inner)])
}

const compact = <A>(xs: Array<A | null>): Array<A> => xs.filter((x): x is A => x !== null)

const RANGE_SEPARATORS = "-~至—"

/** Chinese numerals are idioms far more often than counts: 一批, 两个方面, 四大产业, 十项行动. */
function chineseIsQuantity(t: string, raw: RawNumber, unit: string): boolean {
  if (raw.value === 1 && raw.magnitude === "") return false
  // 十项行动, 三大工程, 八项规定: a numbered programme is a name.
  if (/^(行动|工程|任务|举措|规定|机制|体系|攻坚|战略|目标)/.test(t.slice(raw.end + unit.length, raw.end + unit.length + 2))) return false
  if (raw.value < 10 && raw.magnitude === "") {
    const pre = t.slice(Math.max(0, raw.start - 2), raw.start)
    if (unit === "年") return pre.endsWith("连续")
    return MEASUREMENT_UNITS.has(unit) || COUNT_VERBS.some((v) => pre.endsWith(v))
  }
  return true
}

/** Nouns after 以上/以下 that turn the quantity into a class descriptor (50亿元以上项目). */
const DESCRIBED_NOUN = /^(的)?(项目|企业|工业企业|产业|规模|城市|人口|景区|平台)/

function finish(t: string, raw: RawNumber, unitAt: number, unit: string, inner: Qualifier | null): QuantityMention | null {
  const pre = prefixQualifier(t, raw.start, 0)
  let end = unitAt + unit.length
  let qualifier = pre.q ?? inner
  for (const [w, q] of SUFFIX_QUALIFIERS) {
    // 多 after the unit only for 5万多 (a magnitude); 个多月 and the like are rare.
    if (w === "多" && unit !== "万" && unit !== "亿") continue
    if (t.startsWith(w, end)) {
      // 50亿元以上项目: a class of projects, not an amount.
      if ((w === "以上" || w === "以下") && DESCRIBED_NOUN.test(t.slice(end + 2, end + 6))) return null
      qualifier = q
      end += w.length
      break
    }
  }
  return {
    start: pre.start, end, numStart: raw.start, numEnd: raw.end, value: raw.value,
    unit, qualifier, form: raw.form, range: null
  }
}

/** 6%-6.5%, 3至5个: two facts, the low end a lower bound taking the high end's unit when it has none. */
function readRange(t: string, low: RawNumber, lowUnit: string): Array<QuantityMention> {
  // Years (2019-2023) and dates are not ranges of quantities.
  if (low.end - low.start === 4 && low.value >= 1900 && low.value <= 2100) return []
  const sepAt = low.end + lowUnit.length
  const highAt = sepAt + 1
  if (!RANGE_SEPARATORS.includes(t[sepAt] ?? "x") || !isDigit(t[highAt])) return []
  const high = readArabic(t, highAt)
  if (!high || "malformed" in high) return []
  const unit = readUnit(t, high.end)
  if (!unit || (lowUnit && lowUnit !== unit)) return []
  // 2024-03-01, 1-9月: dates, not ranges.
  if (t[high.end] === "-" || unit === "月") return []
  const lo = finish(t, low, low.end, lowUnit, null)
  const hi = finish(t, high, high.end, unit, null)
  if (!lo || !hi) return []
  return [
    { ...lo, unit, qualifier: "lower_bound", range: "low" },
    { ...hi, qualifier: "upper_bound", range: "high" }
  ]
}
