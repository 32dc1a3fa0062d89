/**
 * The quantity scanner: finds every number with its unit and qualifiers in a stretch of
 * clean text, and leaves out numbers that are names, dates, ordinals or codes. It is one
 * linear pass; the only regular expressions are small and anchored at a position.
 */
import { findUnit, MagnitudePrefixes, type Qualifier, unitsLongestFirst } from "@govstat/schema"
import type { QuantityMention } from "./mention.js"
import { despace, type Despaced, originalAt } from "./despace.js"
import {
  AGE_BAND_BEFORE, AGE_VALUE_AFTER, ARTICLES_AFTER, RANKED_FIELD_AFTER, RANKED_FIELD_UNITS, ATTENDANCE_BEFORE, CHARACTER_COUNT_CONTEXT, EXCHANGE_BASE_AFTER, isExchangeBase, RANK_AFTER_COUNT, RANK_BEFORE, YEARS_MEASURED, CLASS_BOUND_BEFORE, DURATION_BEFORE, isCalendarYear, NAME_AFTER_UNIT,
  LEADING_SPAN_AFTER, NOT_A_QUANTITY_AFTER, ORDINAL_BEFORE, PANEL_AFTER_COUNT, AGGREGATE_AFTER_KINDS, SAMPLE_SURVEY_AFTER, PARTS_AFTER_COUNT, PROGRAMME_AFTER, SESSION_AFTER_TIMES, VAGUE_BEFORE
} from "./not-quantities.js"
import { isRatioColon, RATIO_COLONS } from "./ratio-parts.js"
import { isChineseNumeralChar, isChineseNumeralCode, isDecimalPoint, isFuzzChar, parseArabic, parseChineseNumeral, parseChineseQuantity, trailingMagnitude } from "./numerals.js"

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9"
const isAsciiLetter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c)
const isHan = (c: string | undefined) => c !== undefined && c >= "\u4e00" && c <= "\u9fff"

/** Units that are real measurements: a single Chinese digit before one of them is a quantity. */
const MEASUREMENT_UNITS = new Set([
  "元", "万元", "亿元", "万亿元", "美元", "万美元", "亿美元", "吨", "万吨", "亿吨", "公里", "米", "平方米", "万平方米",
  "平方公里", "亩", "万亩", "公顷", "千瓦", "万千瓦", "千瓦时", "万千瓦时", "亿千瓦时", "万人", "亿人", "万人次",
  "万户", "万家", "万个", "个百分点", "个千分点", "倍", "%", "小时", "分钟", "天", "个月", "成", "番", "亿斤", "万斤", "岁"
])
/** Words before a small Chinese numeral that make it a count (成立八个专班, 新增两家). */
const COUNT_VERBS = ["成立", "新增", "新建", "建成", "累计", "共有", "达到", "引进", "培育", "创建", "获批", "连续", "组建", "设立"]

/** Prefix qualifiers, longest first, with the bound they express. (约有 is left out: 其中约有三分之二 must keep 其中 as all its words.) */
const PREFIX_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ["不低于", "lower_bound"], ["不少于", "lower_bound"], ["不超过", "upper_bound"], ["不高于", "upper_bound"],
  ["大约为", "approx"], ["大约达", "approx"], ["大约", "approx"], ["接近", "approx"], ["约达", "approx"], ["约为", "approx"], ["超过", "lower_bound"], ["突破", "lower_bound"], ["低于", "upper_bound"],
  // 跨过万亿元大关, 迈上千亿台阶: a mark passed, as 突破 says.
  ["跨过", "lower_bound"], ["跨越", "lower_bound"], ["迈过", "lower_bound"], ["越过", "lower_bound"], ["迈上", "lower_bound"], ["跨上", "lower_bound"], ["跃上", "lower_bound"], ["站上", "lower_bound"],
  ["不到", "upper_bound"], ["不足", "upper_bound"], ["约", "approx"], ["近", "approx"], ["超", "lower_bound"],
  ["逾", "lower_bound"], ["上", "lower_bound"]
]
const SUFFIX_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ["及以上", "lower_bound"], ["及以下", "upper_bound"], ["以上", "lower_bound"], ["以内", "upper_bound"], ["以下", "upper_bound"], ["左右", "approx"], ["上下", "approx"],
  ["多", "lower_bound"], ["内", "upper_bound"]
]
/**
 * 十三斤半, 两倍半, 一倍半以上: a 半 right after the unit adds a half to a whole count. Not where
 * 半 opens a word of its own (两倍半导体) or a span of time (三个半月, 一年半年: the unit would be
 * another), nor after a percentage or a magnitude alone.
 */
const HALF_WORD_AFTER = /^半(?:导体|数|径|岛|成品|价|壁|山|封闭|自动|决赛|百|程|场|身|空|边|夜|截|途|路|年|月|天|日|小时|钟|个|分|周|旬|季|载|世纪)/
/**
 * 二成五, 三成五: tenths written after 成 (2.5 成 = 25%); 二亩五分 (2.5亩). Not when the digit opens a quantity of
 * its own (三成五万人 stays as written: which one is meant cannot be told).
 */
const TENTHS = "一二三四五六七八九"

/** The tenths a character right after the unit adds to a whole count (半: 5, 成五: 5), or 0. */
function tenthsAfter(t: string, at: number, raw: RawNumber, unit: string, inner: Qualifier | null): number {
  if (raw.magnitude !== "" || inner !== null || !Number.isInteger(raw.value)) return 0
  if (t.charCodeAt(at) === 0x534a /* 半 */) {
    return MAGNITUDES.has(unit) || /^(?:万|亿)|%|‰|百分点/.test(unit) || HALF_WORD_AFTER.test(t.slice(at, at + 4)) ? 0 : 5
  }
  // 二亩五分: older texts count land in 亩 and 分 (a tenth of a 亩); not 分之, 分别, 分钟.
  if (unit === "亩") {
    const digit = TENTHS.indexOf(t[at] ?? "")
    return digit >= 0 && t[at + 1] === "分" && !/[之别钟]/.test(t[at + 2] ?? "") ? digit + 1 : 0
  }
  if (unit !== "成" || raw.value > 9) return 0
  const digit = TENTHS.indexOf(t[at] ?? "")
  if (digit < 0) return 0
  const next = t[at + 1] ?? ""
  return isChineseNumeralChar(next) || isFuzzChar(next) || readUnit(t, at + 1) !== "" ? 0 : digit + 1
}

/** What stands before a 负 that is a minus sign: 增长/上涨/增速/为/是/降至/达到/率 负2.3%. */
const NEGATIVE_AFTER = "长涨速为是至到率"
/** The verbs of a result a loss's dash follows (完成- 295万元, 实现—248.2万元). */
const LOSS_VERB = /(?:完成|实现)$/

/** The bounds a fraction written in words can take after it (三分之二以上). */
const FRACTION_BOUNDS = SUFFIX_QUALIFIERS.filter(([w]) => w !== "多" && w !== "内" && w !== "上下")

/** Units of time and distance a 内 after bounds from above (12个月内, 3公里内). */
const WITHIN_UNITS = new Set(["个月", "天", "小时", "分钟", "秒", "年", "公里", "米", "日"])


/** The listed units by their first code unit, longest first within each: a scan tries only those that can match. */
const UNITS_BY_FIRST = new Map<number, Array<string>>()
for (const u of unitsLongestFirst) {
  const list = UNITS_BY_FIRST.get(u.charCodeAt(0))
  if (list) list.push(u)
  else UNITS_BY_FIRST.set(u.charCodeAt(0), [u])
}

/** Units in Latin letters (GWh, MW), longest first: written in any case (0.7GWH, 5mw), read as listed. */
const LATIN_UNITS = unitsLongestFirst.filter((u) => isAsciiLetter(u[0])).map((u) => [u, u.toLowerCase()] as const)

function listedUnit(text: string, at: number): string {
  const c = text.charCodeAt(at) | 32
  if (c >= 97 && c <= 122) return latinUnit(text, at)
  const candidates = UNITS_BY_FIRST.get(text.charCodeAt(at))
  if (candidates === undefined) return ""
  for (const u of candidates) {
    if (text.startsWith(u, at)) return u
  }
  return ""
}

function latinUnit(text: string, at: number): string {
  for (let n = 0; n < LATIN_UNITS.length; n++) {
    const [u, lower] = LATIN_UNITS[n]!
    if (text.startsWith(u, at) || text.slice(at, at + u.length).toLowerCase() === lower) return u
  }
  return ""
}

/**
 * The unit at `at`, with a rate's denominator when one follows a slash: 350公里/小时, 10万立方米/日,
 * 0.6元/千瓦时 (kept as written: the codebook lists no such rate, so it gets no base unit rather
 * than the numerator's). Per year and per person are left to the listed units (万元/人) and to the
 * numerator (收入1.2万元/年 stays 万元).
 */
function readUnit(text: string, at: number): string {
  const unit = readPlainUnit(text, at)
  const slash = at + unit.length
  if (unit === "" || text.charCodeAt(slash) !== 0x2f) return unit
  const per = RATE_DENOMINATOR.exec(text.slice(slash + 1, slash + 4))
  return per ? `${unit}/${per[0]}` : unit
}
const RATE_DENOMINATOR = /^(?:千瓦时|小时|立方米|公斤|千克|日|天|吨)/

/** The unit at `at`: a listed one, or a magnitude before a listed one (万亿美元) when that reads further. */
function readPlainUnit(text: string, at: number): string {
  const listed = listedUnit(text, at)
  // (indexed, not destructured: a pattern [a, b] walks an iterator per pair in unoptimised code)
  for (let n = 0; n < MagnitudePrefixes.length; n++) {
    const prefix = MagnitudePrefixes[n]![0]
    if (!text.startsWith(prefix, at)) continue
    const candidate = prefix + listedUnit(text, at + prefix.length)
    if (candidate.length > listed.length && findUnit(candidate)) return candidate
  }
  return listed
}

function prefixQualifier(text: string, numStart: number, floor: number): { q: Qualifier | null; start: number } {
  for (let n = 0; n < PREFIX_QUALIFIERS.length; n++) {
    const w = PREFIX_QUALIFIERS[n]![0]
    const q = PREFIX_QUALIFIERS[n]![1]
    const s = numStart - w.length
    if (s >= floor && text.startsWith(w, s)) {
      // 上 qualifies only 上百/上千/上万 (上百次 = 100 or more), not 比上年 or 线上.
      if (w === "上" && !/[百千万亿]/.test(text[numStart] ?? "")) continue
      // 条约187个, 节约, 签约: 约 closing a word is not "about".
      if (w.charCodeAt(0) === 0x7ea6 /* 约 */ && s > floor && "条合节制签特公契预履违邀践".includes(text[s - 1]!)) continue
      // 近 in 近年来/近期 is time, 超 in 超市 is a word: require the numeral right after.
      return { q, start: s }
    }
  }
  return { q: null, start: numStart }
}

/**
 * What reading a numeral gives: a number, a numeral refused (a year written digit by digit), or
 * text that looks like a number but cannot be read (1.2.3) — all three of one shape (one hidden
 * class, told apart by `kind`), so the scanner's checks on them stay monomorphic.
 */
interface NumberRead<K extends "number" | "refused" | "malformed"> {
  readonly kind: K
  readonly start: number
  /** For a refused or malformed numeral: where the scan goes on. */
  readonly end: number
  readonly value: number
  readonly form: QuantityMention["form"]
  /** A Chinese numeral whose trailing 万/亿 was split off to become part of the unit. */
  readonly magnitude: string
  /** 多/余/几/来 written inside the numeral (四亿零七百多万). */
  readonly fuzzy: Qualifier | null
  /** Why a refused numeral is reported (null: refused silently). */
  readonly reason: string | null
}
type RawNumber = NumberRead<"number">
/** A numeral read but refused: a year written digit by digit, a vague 几十. */
type Refused = NumberRead<"refused">
type Unreadable = NumberRead<"malformed">

// Numbers and mentions are each built by one function, so that all have one shape (hidden
// class): literals with different keys or spreads gave them several, and every function that
// reads them was deoptimised and recompiled as each new shape turned up.
const numberRead = <K extends "number" | "refused" | "malformed">(
  kind: K, start: number, end: number, value: number, form: RawNumber["form"], magnitude: string, fuzzy: Qualifier | null, reason: string | null
): NumberRead<K> => ({ kind, start, end, value, form, magnitude, fuzzy, reason })
const rawNumber = (start: number, end: number, value: number, form: RawNumber["form"], magnitude: string, fuzzy: Qualifier | null | undefined): RawNumber =>
  numberRead("number", start, end, value, form, magnitude, fuzzy ?? null, null)
const refused = (start: number, end: number, reason: string | null): Refused => numberRead("refused", start, end, 0, "chinese", "", null, reason)
const unreadable = (start: number, end: number): Unreadable => numberRead("malformed", start, end, 0, "arabic", "", null, null)

const mention = (
  start: number, end: number, numStart: number, numEnd: number, value: number, unit: string,
  qualifier: Qualifier | null, form: QuantityMention["form"], range: QuantityMention["range"]
): QuantityMention => ({ start, end, numStart, numEnd, value, unit, qualifier, form, range })

/** Middle dots some sources put for the decimal point (U+00B7, U+30FB katakana, U+2027 hyphenation point). */
const MIDDLE_DOTS = "·・‧"
const MIDDLE_DOT_ANY = /[·・‧]/
/** Whether the digits from `k` end in a unit (19·5％, 1·8亿元), the sign of a decimal. */
function dotDecimal(text: string, k: number): boolean {
  while (isDigit(text[k])) k++
  return text[k] === "%" || text[k] === "％" || text[k] === "‰" || listedUnit(text, k) !== "" || readUnit(text, k) !== ""
}

/** Reads an Arabic number at `i` (already known to start with a digit). */
function readArabic(text: string, i: number): RawNumber | Unreadable | null {
  let j = i
  while (isDigit(text[j])) j++
  // Thousands separators: only "," (or "，" in texts typeset with full-width digits: 28，049，780) followed by
  // exactly three digits, after at most three.
  const sep = j - i <= 3 && (text[j] === "," || text[j] === "，") ? text[j] : ","
  while (text[j] === sep && isDigit(text[j + 1]) && isDigit(text[j + 2]) && isDigit(text[j + 3]) && !isDigit(text[j + 4])) j += 4
  // 增长19·5％: a middle dot typed (or converted from a PDF) for the decimal point, read as one only
  // when a unit follows the digits after it (not 7·20暴雨, 5·12地震: dates in names).
  const point = text[j] === "." || (MIDDLE_DOTS.includes(text[j] ?? "x") && j > i && isDigit(text[j + 1]) && dotDecimal(text, j + 1))
  if (point && isDigit(text[j + 1])) {
    j++
    while (isDigit(text[j])) j++
    // 1.2.3: a version or a malformed number, never a quantity.
    if (text[j] === "." && isDigit(text[j + 1])) {
      let k = j
      while (isDigit(text[k]) || text[k] === ".") k++
      return unreadable(i, k)
    }
  }
  const value = parseArabic(text.slice(i, j).replace(/，/g, ",").replace(MIDDLE_DOT_ANY, "."))
  if (value === null) return unreadable(i, j)
  return rawNumber(i, j, value, "arabic", "", null)
}

/** The end of a run of numeral characters at `i`, with 点 decimals and 多/余 before a later 万/亿. */
function chineseRunEnd(text: string, i: number): number {
  let j = i
  while (j < text.length && j - i < 24) {
    const c = text[j]!
    if (isChineseNumeralChar(c)) j++
    else if (isDecimalPoint(c) && j > i && /[〇零一二三四五六七八九两]/.test(text[j + 1] ?? "")) j++
    else if (isFuzzChar(c) && j > i && /[万亿萬億]/.test(text[j + 1] ?? "") && /[十百千万亿拾佰仟]/.test(text[j - 1]!)) j++
    else break
  }
  return j
}

/**
 * Reads a Chinese numeral at `i` as one quantity; a trailing 万/亿 is split off to head the
 * unit (四亿零七百多万吨 → 40700 万吨, 三万人 → 3 万人) so that the unit stays as written.
 */
function readChinese(text: string, i: number, form: RawNumber["form"] = "chinese"): RawNumber | Refused | null {
  const j = chineseRunEnd(text, i)
  // Try the longest well-formed numeral first.
  for (let e = j; e > i; e--) {
    const s = text.slice(i, e)
    const q = parseChineseQuantity(s)
    if (q === null) continue
    // 一九五〇, 二〇二三: a year or a code, whatever follows.
    if (q.digitwise) return refused(i, j, null)
    // A lone 万 or 亿 (万州, 亿万) is not a number.
    if (/^[万亿萬億]+$/.test(s)) {
      // 突破万亿元, 超亿元: a magnitude with no numeral counts one of it, after a threshold word.
      if ((s === "万亿" || s === "亿") && e === j && BARE_ROUND_BEFORE.test(text.slice(Math.max(0, i - 3), i)) && text[e] === "元" && !/[的企项级]/.test(text[e + 1] ?? "")) {
        return rawNumber(i, i, 1, form, s, null)
      }
      return null
    }
    const mag = trailingMagnitude(s)
    if (mag && s.length > mag.length) {
      const value = Number((q.value / mag.factor).toPrecision(15))
      return rawNumber(i, e - mag.length, value, form, mag.written, q.fuzzy)
    }
    return rawNumber(i, e, q.value, form, "", q.fuzzy)
  }
  return null
}

/**
 * 5千多户, 1万6千多户: single Arabic digits written as Chinese digits before 千/百/十. Read as
 * a Chinese numeral when a small unit follows a digit and no listed unit starts there (5千瓦).
 */
function readMixed(text: string, i: number): RawNumber | Refused | null {
  let j = i
  let small = false
  while (j < text.length && j - i < 16) {
    const c = text[j]!
    if (isDigit(c)) {
      if (isDigit(text[j + 1]) || text[j + 1] === "." || text[j + 1] === ",") return null
      if (/[十百千]/.test(text[j + 1] ?? "")) {
        if (readUnit(text, j + 1) !== "") return null
        small = true
      }
      j++
    } else if (isChineseNumeralChar(c) || (isFuzzChar(c) && /[万亿]/.test(text[j + 1] ?? ""))) j++
    else break
  }
  if (!small) return null
  const DIGITS = "〇一二三四五六七八九"
  const mapped = text.slice(0, i) + [...text.slice(i, j)].map((c) => (isDigit(c) ? DIGITS[Number(c)] : c)).join("") + text.slice(j)
  return readChinese(mapped, i, "arabic")
}

/** The magnitude characters a number written in parts joins (兆 is 10¹² as Taiwan and Hong Kong write it). */
const PART_MAGNITUDES: ReadonlyMap<string, number> = new Map([["兆", 1e12], ["亿", 1e8], ["億", 1e8], ["万", 1e4], ["萬", 1e4]])

/**
 * 770万6202户, 2306万3027人, 332亿60万元, 280亿6344万9000元, 3兆9,603亿元: a number written in
 * parts, each a magnitude (as Taiwan and Hong Kong write numbers) — one number, not 770万 and
 * 6202户. Read only where a magnitude is followed at once by digits, each part smaller than the
 * magnitude before it, and the last part by no date (3亿2023年 is two things).
 * Returns the number in the last part's magnitude, its end where that magnitude and unit begin.
 */
function readParts(t: string, raw: RawNumber): RawNumber | null {
  let step = PART_MAGNITUDES.get(t[raw.end] ?? "")
  if (step === undefined || !isDigit(t[raw.end + 1]) || !Number.isInteger(raw.value)) return null
  let total = raw.value * step
  let end = raw.end
  for (;;) {
    const part = readArabic(t, end + 1)
    if (part === null || part.kind !== "number" || !Number.isInteger(part.value)) return null
    const next = PART_MAGNITUDES.get(t[part.end] ?? "")
    if (next !== undefined && next >= step) return null
    const scale = next ?? 1
    if (part.value * scale >= step) return null
    total += part.value * scale
    end = part.end
    if (scale === 1 || !isDigit(t[part.end + 1])) {
      if (/^[年月日号]/.test(readUnit(t, part.end) || (t[part.end] ?? ""))) return null
      return rawNumber(raw.start, end, Number((total / scale).toPrecision(15)), "arabic", "", null)
    }
    step = scale
    end = part.end
  }
}

const NO_QUOTES = new Uint8Array(0)

/** True for stretches inside 《》 or short “…” quotes (names, slogans, codes such as “1+12”). */
function quotedMask(text: string): Uint8Array {
  // Most clauses quote nothing: an empty mask reads as 0 (undefined) everywhere, with nothing allocated.
  if (text.indexOf("《") === -1 && text.indexOf("“") === -1) return NO_QUOTES
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

/** A digit or a Chinese numeral character (百/千 of 百分之 among them): the only places a number starts. */
const isNumberStart = (code: number) => (code >= 0x30 && code <= 0x39) || isChineseNumeralCode(code)

function hasNumberStart(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isNumberStart(text.charCodeAt(k))) return true
  return false
}

/** Where position k of the despaced stretch from `from` starts, and where a span ending at k ends, in the text. */
const startAt = (d: Despaced, from: number, k: number) => from + originalAt(d, k)
const endAt = (d: Despaced, from: number, k: number) => (k <= 0 ? from : from + originalAt(d, k - 1) + 1)

/** A number that cannot be read, reported at its place in the text. */
function doubt(malformed: Array<{ start: number; end: number; reason: string }>, d: Despaced, from: number, s: number, e: number, reason: string): void {
  malformed.push({ start: startAt(d, from, s), end: endAt(d, from, e), reason })
}

/** A mention read in the despaced stretch, at its place in the text. */
function push(out: Array<QuantityMention>, d: Despaced, from: number, m: QuantityMention): void {
  out.push(mention(startAt(d, from, m.start), endAt(d, from, m.end), startAt(d, from, m.numStart), endAt(d, from, m.numEnd), m.value, m.unit, m.qualifier, m.form, m.range))
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
  // Every number starts at a digit or a Chinese numeral character: a stretch with neither has none.
  if (!hasNumberStart(text, from, to)) return out
  // Spaces a PDF or web page put inside a number or a unit (1 3 6 5 7亿斤, 2 .7倍, 8平方公 里)
  // are read through; startAt and endAt map a position of `t` back to the text.
  const d = despace(text.slice(from, to))
  const t = d.text
  const mask = quotedMask(t)
  let i = 0
  while (i < t.length) {
    const code = t.charCodeAt(i)
    // Most characters start no number: pass them without building a one-character string.
    if (!isNumberStart(code)) {
      i++
      continue
    }
    const c = t[i]!
    let raw: RawNumber | Refused | null = null
    if (isDigit(c)) {
      // 增长负2.3%, 增速为负0.5%: the minus written 负 after a verb of change or a copula; 税负5700亿元
      // is a burden and 正负0.5 a tolerance.
      // 工业利税完成- 295万元, 利税实现—248.2万元: a loss, its minus a dash (spaced off, or an em dash) right after the verb of a result.
      const dash = t[i - 1] === " " ? i - 2 : i - 1
      const loss = (t[dash] === "-" || t[dash] === "－" || t[dash] === "—") && t[dash - 1] !== t[dash] && LOSS_VERB.test(t.slice(Math.max(0, dash - 2), dash))
      const minus = ((t[i - 1] === "-" || t[i - 1] === "－") && (i < 2 || isHan(t[i - 2]) || /[:：(（、]/.test(t[i - 2]!))) ||
        (t[i - 1] === "负" && NEGATIVE_AFTER.includes(t[i - 2] ?? "x")) || loss
      // 10万千瓦/20万千瓦时: a slash after a unit starts a second quantity; 1/2 and km/h do not.
      const slash = t[i - 1] === "/" && !isHan(t[i - 2])
      if (!minus && (isDigit(t[i - 1]) || isAsciiLetter(t[i - 1]) || t[i - 1] === "." || t[i - 1] === "+" || t[i - 1] === "-" || slash)) {
        while (isDigit(t[i]) || t[i] === "." || t[i] === ",") i++
        continue
      }
      // 20 11年, 2020 2024: digit groups split by a space cannot be told apart from two numbers.
      if (t[i - 1] === " " && isDigit(t[i - 2])) {
        let e = i
        while (isDigit(t[e]) || t[e] === ".") e++
        doubt(malformed, d, from, i, e, `number split by a space "${t.slice(Math.max(0, i - 6), e + 2)}"`)
        i = e
        continue
      }
      raw = readMixed(t, i)
      if (raw === null) {
        const r = readArabic(t, i)
        if (r && r.kind === "malformed") {
          const end = r.end
          doubt(malformed, d, from, i, end, `malformed number "${t.slice(i, Math.min(end, i + 40))}"`)
          i = end
          continue
        }
        raw = r && minus ? rawNumber(loss ? dash : r.start - 1, r.end, -r.value, r.form, r.magnitude, r.fuzzy) : r
        if (raw && !minus) raw = readParts(t, raw) ?? raw
        if (raw && t[raw.end] === " " && isDigit(t[raw.end + 1])) {
          let e = raw.end + 1
          while (isDigit(t[e]) || t[e] === ".") e++
          doubt(malformed, d, from, i, e, `number split by a space "${t.slice(i, e + 2)}"`)
          i = e
          continue
        }
      }
    } else if ((c === "百" || c === "千" || c === "万") && t.startsWith("分之", i + 1)) {
      const found = readPercentWords(t, i, mask)
      for (const m of found) push(out, d, from, m)
      i = found.length ? found[found.length - 1]!.end : i + 3
      continue
    } else if (isChineseNumeralChar(c) && !isChineseNumeralChar(t[i - 1] ?? "") && !isDecimalPoint(t[i - 1])) {
      if (i > 0 && VAGUE_BEFORE.includes(t[i - 1]!)) {
        const e = chineseRunEnd(t, i)
        doubt(malformed, d, from, i - 1, e, `vague numeral "${t.slice(i - 1, e)}"`)
        i = e
        continue
      }
      raw = readChinese(t, i)
      // X分之Y: a fraction, denominator first.
      if (raw && raw.kind === "number" && t.startsWith("分之", raw.end) && !mask[i]) {
        const num = readChinese(t, raw.end + 2)
        // 四分之一世纪: a span of time (25 years), not a share of anything.
        if (num && num.kind === "number" && t.startsWith("世纪", num.end)) {
          i = num.end
          continue
        }
        if (num && num.kind === "number" && raw.value > 0 && raw.magnitude === "") {
          // 近三分之一, 三分之二以上: a bound before or after the fraction, as for any number.
          const pre = prefixQualifier(t, i, 0)
          const bound = FRACTION_BOUNDS.find(([w]) => t.startsWith(w, num.end))
          const end = num.end + (bound ? bound[0].length : 0)
          out.push(mention(startAt(d, from, pre.start), endAt(d, from, end), startAt(d, from, i), endAt(d, from, num.end), num.value / raw.value, "", pre.q ?? bound?.[1] ?? null, "fraction", null))
          i = end
          continue
        }
      }
    }
    if (!raw) {
      i++
      continue
    }
    if (raw.kind === "refused") {
      if (raw.reason) doubt(malformed, d, from, i, raw.end, raw.reason)
      i = Math.max(raw.end, i + 1)
      continue
    }
    const found = readMention(t, raw, mask)
    i = Math.max(raw.end, i + 1)
    for (const m of found) {
      push(out, d, from, m)
      i = Math.max(i, m.end)
    }
  }
  return out
}

/**
 * 百分之九四, 百分之九一点三: older texts spell a percentage digit by digit, as they spell years.
 * After 百分之 no year or code can stand, so the digits are the number (two or three of them).
 */
function digitwisePercent(t: string, at: number): RawNumber | null {
  const m = DIGITWISE_PERCENT.exec(t.slice(at, at + 12))
  if (!m) return null
  const digits = (s: string) => [...s].map((c) => parseChineseNumeral(c)).join("")
  const value = Number(digits(m[1]!) + (m[2] ? "." + digits(m[2]) : ""))
  return rawNumber(at, at + m[0].length, value, "chinese", "", null)
}
const DIGITWISE_PERCENT = /^([〇○零一二三四五六七八九]{2,3})(?:点([〇○零一二三四五六七八九]{1,3}))?(?![〇○零一二三四五六七八九十百千万亿点])/

/** 百分之三十六点九, 千分之五, 万分之五, 百分之八至九 (a range: two facts). */
function readPercentWords(t: string, i: number, mask: Uint8Array): Array<QuantityMention> {
  const unit = t[i] === "百" ? "%" : t[i] === "千" ? "‰" : "‱"
  const read = (at: number) => {
    const r = readChinese(t, at) ?? (isDigit(t[at]) ? readArabic(t, at) : null)
    if (r && r.kind === "refused") return digitwisePercent(t, at)
    return r && r.kind === "number" && r.magnitude === "" ? r : null
  }
  const r = read(i + 3)
  if (!r || mask[i]) return []
  const q = prefixQualifier(t, i, 0)
  const one = (start: number, n: RawNumber, qualifier: Qualifier | null, range: QuantityMention["range"]): QuantityMention =>
    mention(start, n.end, start, n.end, n.value, unit, qualifier, "percent_words", range)
  if (RANGE_SEPARATORS.includes(t[r.end] ?? "x")) {
    const highAt = r.end + 1 + (t.startsWith(t[i] + "分之", r.end + 1) ? 3 : 0)
    const h = read(highAt)
    // The high end's mention opens with its own 百分之 when it has one (百分之五到百分之六).
    if (h && h.value > r.value) return [one(q.start, r, "lower_bound", "low"), mention(r.end + 1, h.end, highAt, h.end, h.value, unit, "upper_bound", "percent_words", "high")]
  }
  let end = r.end
  let qualifier = q.q ?? r.fuzzy ?? null
  // 百分之二十几, 百分之十多: a bound right after the numeral.
  if (qualifier === null && isFuzzChar(t[end]) && (t[end] !== "多" || !isChineseNumeralChar(t[end + 1] ?? ""))) {
    qualifier = t[end] === "来" ? "approx" : "lower_bound"
    end++
  }
  for (let n = 0; n < SUFFIX_QUALIFIERS.length; n++) {
    const w = SUFFIX_QUALIFIERS[n]![0]
    const sq = SUFFIX_QUALIFIERS[n]![1]
    if (w !== "多" && t.startsWith(w, end)) {
      qualifier = sq
      end += w.length
      break
    }
  }
  return [mention(q.start, end, q.start, r.end, r.value, unit, qualifier, "percent_words", null)]
}

/** Decides whether a numeral is a quantity, and reads its unit, qualifiers and range partner. */
function readMention(t: string, raw: RawNumber, mask: Uint8Array): Array<QuantityMention> {
  if (mask[raw.start]) return []
  const before = raw.start > 0 ? t[raw.start - 1]! : ""
  if (before !== "" && ORDINAL_BEFORE.includes(before)) return []
  if (before === "头" && LEADING_SPAN_AFTER.test(t.slice(raw.end, raw.end + 3))) return []
  if (CLASS_BOUND_BEFORE.test(t.slice(Math.max(0, raw.start - 2), raw.start))) return []
  // 24兆9310億元: the rest of an amount after Taiwan's 兆 (a million million) is a part of it, not the
  // amount (null rather than 9310億元).
  if (before === "兆" && isDigit(t[raw.start - 2])) return []
  if (raw.form === "chinese" && t[raw.end] === "、") {
    const pair = adjacentDigits(t, raw, mask)
    if (pair) return pair
  }
  const u = unitAfter(t, raw)
  const unitEnd = u.end
  const unit = u.unit === "个" ? pointsListed(t, unitEnd) ?? u.unit : u.unit
  if (unit === "个" && PARTS_AFTER_COUNT.test(t.slice(unitEnd))) return []
  // Years and dates: 2023年, 1998、1999年, 2024-03-01; letters make a name: 5G, 4A级.
  if (raw.form === "arabic" && arabicIsName(t, raw, unit)) return []
  if (unit === "") return bareNumber(t, raw, unitEnd, u.inner)
  const after = t.slice(unitEnd, unitEnd + 4)
  if (unitNamesOrDates(t, raw, unit, unitEnd, after, before)) return []
  if (raw.form === "chinese" && !chineseIsQuantity(t, raw, unit, unitEnd)) return []
  // 突破千亿大关, 百亿规模: a round money magnitude stated of a money noun is in 元.
  const stated = MAGNITUDES.has(unit) && ROUND_MONEY_AFTER.test(after) && MONEY_NOUN.test(t.slice(Math.max(0, raw.start - 16), raw.start))
    ? unit + "元" : MAGNITUDES.has(unit) ? listedUnitAfter(t, unitEnd, unit) ?? unit : unit
  if (RANGE_SEPARATORS.includes(t[unitEnd] ?? "x") && startsNumber(t, unitEnd + 1)) {
    const range = readRange(t, raw, stated)
    if (range.length) return range
  }
  return compact([finish(t, raw, unitEnd, stated, u.inner)])
}

/**
 * 分别为78亿及156亿元, 3亿和5亿元, 2万、3万和4万吨: a magnitude alone before 和/及/与/、 and more
 * numbers of the same magnitude takes the unit the last of them writes out. Null when the list
 * ends in no such unit (3亿和5万元 names two magnitudes: which unit the first has is not guessed).
 */
function listedUnitAfter(t: string, at: number, magnitude: string): string | null {
  for (let n = 0; n < 4 && LIST_JOINERS.includes(t[at] ?? "x"); n++) {
    let q = at + 1
    if (!isDigit(t[q])) return null
    while (isDigit(t[q]) || t[q] === "." || t[q] === ",") q++
    if (!t.startsWith(magnitude, q)) return null
    const unit = readUnit(t, q)
    if (unit.length > magnitude.length && unit.startsWith(magnitude) && !MAGNITUDES.has(unit)) return unit
    if (unit !== magnitude) return null
    at = q + magnitude.length
  }
  return null
}
const LIST_JOINERS = "和及与、"

/** A number's unit as read after it, where the unit ends, and a bound written between them. */
interface UnitRead {
  readonly unit: string
  readonly end: number
  readonly inner: Qualifier | null
}

function unitAfter(t: string, raw: RawNumber): UnitRead {
  let k = raw.end
  // 40余个, 1000多家, 十几个: the bound sits between the number and its unit.
  let inner: Qualifier | null = raw.fuzzy ?? null
  if (raw.magnitude === "" && isFuzzChar(t[k]) && (raw.form === "arabic" || raw.value % 10 === 0)) {
    inner = t[k] === "来" ? "approx" : "lower_bound"
    k++
  }
  let unit = readUnit(t, k)
  let unitEnd = k + unit.length
  // 10亿余元, 5万多人: a bound between the magnitude and the counter; the unit is both.
  if (MAGNITUDES.has(unit) && isFuzzChar(t[unitEnd]) && t[unitEnd] !== "几") {
    const rest = readUnit(t, unitEnd + 1)
    if (rest && !MAGNITUDES.has(rest) && findUnit(unit + rest)) {
      inner = t[unitEnd] === "来" ? "approx" : "lower_bound"
      unitEnd += 1 + rest.length
      unit = unit + rest
    }
  }
  // 增长8个多百分点: the bound between 个 and 百分点; the unit is 个百分点.
  if (unit === "个" && inner === null && (t[unitEnd] === "多" || t[unitEnd] === "余") && (t.startsWith("百分点", unitEnd + 1) || t.startsWith("千分点", unitEnd + 1))) {
    unit = "个" + t.slice(unitEnd + 1, unitEnd + 4)
    unitEnd += 4
    inner = "lower_bound"
  }
  return { unit, end: unitEnd, inner }
}

/** An Arabic number that is a year, a date or part of a name (2023年, 1998、1999年, 2024-03-01, 5G, 4A级). */
function arabicIsName(t: string, raw: RawNumber, unit: string): boolean {
  if (isCalendarYear(raw.value, raw.end - raw.start) && (unit === "年" || (unit === "" && YEAR_LIST_AFTER.test(t.slice(raw.end, raw.end + 24))))) return true
  return isAsciiLetter(t[raw.end]) && !isAsciiLetter(unit[0])
}

const startsAny = (t: string, at: number, words: ReadonlyArray<string>) => {
  for (const w of words) if (t.startsWith(w, at)) return true
  return false
}

/** A number with a unit that names, ranks or dates rather than counts (5号楼, 二十届三中全会, 第12位, 过去五年). */
const LEVEL_CLASS_ENDS_CLAUSE = /^级(?:[,，。;；)）]|$)/

function unitNamesOrDates(t: string, raw: RawNumber, unit: string, unitEnd: number, after: string, before: string): boolean {
  // 50亿级项目 names a class; 提升至7万亿级。 states a level (级 ends the clause, no noun follows).
  if (startsAny(after, 0, NAME_AFTER_UNIT) && !LEVEL_CLASS_ENDS_CLAUSE.test(after)) return true
  if (EXCHANGE_BASE_AFTER.test(after) && isExchangeBase(raw.value, unit)) return true
  // 二十届三中全会, 十届十一次全会: an edition or a session is named, not counted.
  if (unit === "届" && !/^([,，。;；、)）]|$)/.test(after)) return true
  if (before === "届" || (unit.endsWith("次") && SESSION_AFTER_TIMES.test(after))) return true
  if (unit === "条" && ARTICLES_AFTER.test(after)) return true
  if (unit === "个" && (PANEL_AFTER_COUNT.test(after) || RANK_AFTER_COUNT.test(after))) return true
  if (unit === "种" && AGGREGATE_AFTER_KINDS.test(after)) return true
  if ((unit === "‰" || unit === "%") && SAMPLE_SURVEY_AFTER.test(after)) return true
  // 在全国217家国家级开发区综合考评中位列第13位: the size of the field a place is ranked in, no fact of it.
  if (RANKED_FIELD_UNITS.has(unit) && RANKED_FIELD_AFTER.test(t.slice(unitEnd, unitEnd + 30))) return true
  // 居全国百强县25位, 排名12位: a rank.
  if ((unit === "位" || unit === "名") && RANK_BEFORE.test(t.slice(Math.max(0, raw.start - 8), raw.start))) return true
  if (unit.endsWith("位") && CHARACTER_COUNT_CONTEXT.test(t.slice(Math.max(0, raw.start - 4), unitEnd + 4))) return true
  if ((unit === "人" || unit === "名" || unit === "位") && ATTENDANCE_BEFORE.test(t.slice(Math.max(0, raw.start - 16), raw.start))) return true
  return yearsPlaceInTime(t, raw, unit)
}

/** 万 after a slash's denominator (/10万, /1000): the number is a rate per that many people or births. */
const PER_MAGNITUDE = /^[万千百亿]/

/** Inches after a slashed pair: wafer or screen sizes (4/6吋, 8/12英寸). */
const SIZE_AFTER = /^(吋|寸|英寸|英吋)/

/** A number with no unit after it: a range or list whose unit comes later, a fraction, a ratio, a rate that lost its %. */
function bareNumber(t: string, raw: RawNumber, k: number, inner: Qualifier | null): Array<QuantityMention> {
  // (k: past a bound written after the number, 40余.)
  if (startsAny(t, k, NOT_A_QUANTITY_AFTER)) return []
  const sep = t[raw.end]
  // Range with the unit only at the end: 3至5个, 6-6.5%, 三到五个.
  if (sep !== undefined && RANGE_SEPARATORS.includes(sep)) return readRange(t, raw, "")
  if (raw.form !== "arabic") return []
  // 1/2, 3/4: a fraction written with a slash.
  if (sep === "/" && isDigit(t[raw.end + 1])) {
    const den = readArabic(t, raw.end + 1)
    if (!den || den.kind === "malformed" || den.value === 0 || isDigit(t[den.end]) || t[den.end] === "/") return []
    // 索引号: 003129766/201901-00336: a code (a leading zero, a part after a hyphen), not a fraction.
    if ((t[raw.start] === "0" && isDigit(t[raw.start + 1])) || (t[den.end] === "-" && isDigit(t[den.end + 1]))) return []
    // 1994/1995年, 2024/25财政年度: two years (a season, a fiscal or school year), not a fraction.
    if (isCalendarYear(raw.value, raw.end - raw.start) && (isCalendarYear(den.value, den.end - den.start) || (den.end - den.start === 2 && /^(?:年|财|学)/.test(t.slice(den.end, den.end + 1))))) return []
    // 25/26年度, 24/25财政年度: a fiscal year in two-digit years, one after the other, as Hong Kong writes it.
    if (raw.end - raw.start === 2 && den.end - den.start === 2 && den.value === (raw.value + 1) % 100 && /^(?:年|财|學|学)/.test(t[den.end] ?? "")) return []
    // 4/6吋碳化硅晶圆: sizes of a product (4- and 6-inch wafers), not a fraction.
    if (SIZE_AFTER.test(t.slice(den.end, den.end + 2))) return []
    // 孕产妇死亡率20.1/10万: a rate per 100,000, not 20.1 divided by 10; its unit is no codebook unit.
    if (PER_MAGNITUDE.test(t.slice(den.end, den.end + 1))) return []
    const m = finish(t, rawNumber(raw.start, den.end, raw.value, raw.form, raw.magnitude, raw.fuzzy), den.end, "", inner)
    return m ? [mention(m.start, m.end, m.numStart, m.numEnd, raw.value / den.value, m.unit, m.qualifier, "fraction", m.range)] : []
  }
  // 出生人口性别比为110.77:100, 城乡收入比2.02:1: a ratio to a base of 100 or 1 is one value (110.77), the base none.
  const base = isRatioColon(t[raw.end]) || isRatioColon(t[raw.start - 1]) ? ratioBaseEnd(t, raw) : -1
  if (base === 0) return []
  if (base > 0) return compact([finish(t, raw, raw.end, "", inner)]).map((m) => mention(m.start, base, m.numStart, m.numEnd, m.value, m.unit, m.qualifier, m.form, m.range))
  // A bare ratio: 城乡居民人均可支配收入比1.91, 比值为1.5; a structure 9.5∶41.3∶49.1.
  if (/比(值|例)?(为|是|达|缩减至|降至|缩小到|缩小至)?$/.test(t.slice(Math.max(0, raw.start - 6), raw.start))) {
    return compact([finish(t, raw, raw.end, "", inner)])
  }
  const part = ratioPart(t, raw)
  if (part !== null) return part ? compact([finish(t, raw, raw.end, "", inner)]) : []
  // 城镇化率提高到73.5 (the source lost its %): a rate raised to a number up to 100 is a percentage.
  if (raw.value <= 100 && RATE_RAISED_TO.test(t.slice(Math.max(0, raw.start - 6), raw.start)) && !isDigit(t[raw.end + 1])) {
    return compact([finish(t, raw, raw.end, "%", inner)]).map((m) => mention(m.start, raw.end, m.numStart, m.numEnd, m.value, m.unit, m.qualifier, m.form, m.range))
  }
  // Enumerations with the unit at the end: 550和3000家, 490、2250家, 2.3、11.1和4.6个百分点,
  // 0.15、-5.64、1.34个百分点 (a later item may carry a minus sign).
  if ((sep === "和" || sep === "、") && listedNumberAt(t, raw.end + 1)) {
    let next = readArabic(t, signSkipped(t, raw.end + 1))
    for (let n = 0; n < 8 && next && next.kind === "number" && (t[next.end] === "、" || t[next.end] === "和") && listedNumberAt(t, next.end + 1); n++) {
      next = readArabic(t, signSkipped(t, next.end + 1))
    }
    if (next && next.kind === "number") {
      const u2 = readUnit(t, next.end)
      if (u2 === "年" || u2 === "月" || u2 === "日") return []
      const m = finish(t, raw, raw.end, "", inner)
      if (u2 && m) return [mention(m.start, m.end, m.numStart, m.numEnd, m.value, u2, m.qualifier, m.form, m.range)]
    }
  }
  return []
}

/**
 * 高于全省和全国0.8个、1.3个百分点: a 个 followed by a listed number in 个百分点 is that unit cut short
 * (the unit of the last item, as 2.3、11.1和4.6个百分点 shares it). Null when no such item follows.
 */
function pointsListed(t: string, unitEnd: number): string | null {
  const sep = t[unitEnd]
  if ((sep !== "、" && sep !== "和") || !listedNumberAt(t, unitEnd + 1)) return null
  const next = readArabic(t, signSkipped(t, unitEnd + 1))
  if (!next || next.kind !== "number") return null
  const u2 = readUnit(t, next.end)
  return u2 === "个百分点" || u2 === "个千分点" ? u2 : null
}

/** Whether a listed number starts at i: a digit, or a minus sign before one. */
const listedNumberAt = (t: string, i: number) => isDigit(t[i]) || (MINUS.includes(t[i] ?? "x") && isDigit(t[i + 1]))
const signSkipped = (t: string, i: number) => (MINUS.includes(t[i] ?? "x") ? i + 1 : i)
const MINUS = "-－−"

/** 过去五年, 建军一百年, 十年禁渔, 两千多年来: a number of years that only places other numbers in time. */
function yearsPlaceInTime(t: string, raw: RawNumber, unit: string): boolean {
  // (An age in 岁 is told from an age class by what follows it: see finish.)
  if (unit === "岁" || findUnit(unit)?.base !== "year" || !Number.isInteger(raw.value)) return false
  if (YEARS_MEASURED.test(t.slice(Math.max(0, raw.start - 16), raw.start))) return false
  return !DURATION_BEFORE.test(t.slice(Math.max(0, raw.start - 4), raw.start).replace(/(约|近|超过|长达)$/, ""))
}

/**
 * 四、五十亿元, 二、三百亿度, 两、三倍: two neighbouring digits before one unit are an approximate
 * range (40 to 50 亿元); the first digit takes the place of the second.
 */
function adjacentDigits(t: string, raw: RawNumber, mask: Uint8Array): Array<QuantityMention> | null {
  if (raw.magnitude !== "" || raw.value < 1 || raw.value > 9 || raw.end - raw.start !== 1) return null
  const high = readChinese(t, raw.end + 1)
  if (!high || high.kind === "refused") return null
  const lead = parseChineseQuantity(t[raw.end + 1]!)
  if (!lead || lead.value !== raw.value + 1) return null
  const [hi] = readMention(t, high, mask)
  if (!hi || hi.unit === "") return null
  const low = Number((hi.value / lead.value * raw.value).toPrecision(15))
  return [
    mention(raw.start, raw.end, raw.start, raw.end, low, hi.unit, "lower_bound", hi.form, "low"),
    mention(hi.start, hi.end, hi.numStart, hi.numEnd, hi.value, hi.unit, "upper_bound", hi.form, "high")
  ]
}

const compact = <A>(xs: Array<A | null>): Array<A> => xs.filter((x): x is A => x !== null)

const RANGE_SEPARATORS = "-~至—到～－"

/** 2019-2023年, 1998、1999年, 2024-03-01, 2023/05: a year in a list, a span or a date. */
const YEAR_LIST_AFTER = /^(\s*[-—~～至到、和及与]\s*\d{4})*\s*年|^[-/.]\d{1,2}([-/.]\d{1,2})?(?!\d)/
const RATE_RAISED_TO = /率(提高到|提升到|提高至|提升至|上升到|上升至|达到)$/
/** Magnitudes that can stand as a unit alone and head a counter after a bound (亿余元). */
const MAGNITUDES = new Set(["万", "亿", "万亿", "千万", "百万"])

const startsNumber = (t: string, at: number) => isDigit(t[at]) || (isChineseNumeralChar(t[at] ?? "") && !/[万亿]/.test(t[at] ?? ""))

/**
 * 10:38:42 is a time of day: hours to 23, minutes and seconds to 59 — unless its three parts add
 * up to 100 like a structure's (28:21:51, 24:26:50).
 */
function isTimeOfDay(s: string): boolean {
  const m = /^(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?$/.exec(s)
  if (!m) return false
  const [h, min, sec] = [Number(m[1]), Number(m[2]), m[3] === undefined ? null : Number(m[3])]
  if (h > 23 || min > 59 || (sec !== null && sec > 59)) return false
  return sec === null || h + min + sec !== 100
}

/**
 * A two-part colon ratio whose second part is the base 100 or 1 (110.77:100, 1.18:1): for its first
 * part, the end of the base (the evidence runs through it); 0 for the base itself; -1 for any other
 * ratio part (9.5∶41.3∶49.1, 1:2).
 */
function ratioBaseEnd(t: string, raw: RawNumber): number {
  const colon = isRatioColon
  if (colon(t[raw.end]) && isDigit(t[raw.end + 1])) {
    if (colon(t[raw.start - 1]) || raw.value <= 1) return -1
    let b = raw.end + 1
    while (isDigit(t[b])) b++
    const base = t.slice(raw.end + 1, b)
    return (base === "100" || base === "1") && !colon(t[b]) && t[b] !== "." && !isDigit(t[b]) && !(t[b] === "%") ? b : -1
  }
  if (!colon(t[raw.start - 1]) || !isDigit(t[raw.start - 2])) return -1
  const text = t.slice(raw.start, raw.end)
  if ((text !== "100" && text !== "1") || colon(t[raw.end])) return -1
  let a = raw.start - 1
  while (a > 0 && (isDigit(t[a - 1]) || t[a - 1] === ".")) a--
  return colon(t[a - 1]) || Number(t.slice(a, raw.start - 1)) <= 1 ? -1 : 0
}

const RATIO_COLON_SPLIT = new RegExp(`[${RATIO_COLONS}]`)
/** 图1, 表2, 附表3: the label of a figure or table (its number is no part of a ratio). */
const CAPTION_LABEL = /[图表]$/
/**
 * 三次产业结构为9.5∶41.3∶49.1: the parts of a ratio written with colons. True for a part of a
 * structure (its parts add up to 100, each a share in per cent); false for a part of any other
 * ratio (按照4:3:3的比例分担, 按1:1配套: a rule of splitting, whose parts are no shares of anything
 * stated); null when the number is no ratio's part.
 */
function ratioPart(t: string, raw: RawNumber): boolean | null {
  const colon = isRatioColon
  // 10:38:42 is a time of day.
  let a = raw.start
  while (a > 0 && (isDigit(t[a - 1]) || colon(t[a - 1]) || t[a - 1] === ".")) a--
  let b = raw.end
  while (b < t.length && (isDigit(t[b]) || colon(t[b]) || t[b] === ".")) b++
  if (isTimeOfDay(t.slice(a, b))) return null
  // 图1:2011-2015年…: a figure's or table's number before its caption.
  if (CAPTION_LABEL.test(t.slice(Math.max(0, raw.start - 2), raw.start))) return null
  if (!((colon(t[raw.end]) && isDigit(t[raw.end + 1])) || (colon(t[raw.start - 1]) && isDigit(t[raw.start - 2])))) return null
  let sum = 0
  for (const p of t.slice(a, b).split(RATIO_COLON_SPLIT)) sum += Number(p)
  return Math.abs(sum - 100) <= 1.5
}

/** 突破千亿大关, 保持在百亿规模: a round magnitude named as a threshold. */
const ROUND_MONEY_AFTER = /^(大关|规模|量级)/
/** Nouns of money amounts, for a bare magnitude stated of them (地区生产总值稳定保持在百亿规模). */
const MONEY_NOUN = /(生产总值|产值|收入|投资|营收|总额|销售额|GDP|税收|资金|财政|增加值)/
/**
 * 突破千亿, 上百家: a numeral opened by a bare 百/千 (no digit) is a quantity only after a
 * threshold word or before 大关/规模; elsewhere it is rhetoric or a slogan (千亿集群, 百家企业).
 */
const BARE_ROUND_BEFORE = /(突破|超过|超|上|近|逾|达到|达|迈上|跨上|跃上|跨过|保持在|稳定在|接近|约)$/

/** Chinese numerals are idioms far more often than counts: 一批, 两个方面, 四大产业, 十项行动. */
function chineseIsQuantity(t: string, raw: RawNumber, unit: string, unitEnd: number): boolean {
  const pre = t.slice(Math.max(0, raw.start - 2), raw.start)
  if (/[百千]/.test(t[raw.start]!) && !isFuzzChar(t[raw.end]) && !BARE_ROUND_BEFORE.test(t.slice(Math.max(0, raw.start - 3), raw.start)) &&
    !ROUND_MONEY_AFTER.test(t.slice(unitEnd, unitEnd + 2))) return false
  // 翻一番, 翻两番: doublings.
  if (unit === "番") return /翻了?$/.test(pre)
  // 一倍 is a multiple (增加近一倍); any other 一 before a counter is an idiom (一批, 一个).
  if (raw.value === 1 && raw.magnitude === "") return unit === "倍"
  if (PROGRAMME_AFTER.test(t.slice(unitEnd, unitEnd + 4))) return false
  if (raw.value < 10 && raw.magnitude === "") {
    if (unit === "年") return pre.endsWith("连续") || pre.endsWith("持续")
    return MEASUREMENT_UNITS.has(unit) || COUNT_VERBS.some((v) => pre.endsWith(v))
  }
  return true
}

/** 最高, optionally with the granting verb after it, right before an amount: a cap (the last character is checked first). */
const GRANT_CAP = /最高(?:可)?(?:给予|奖励|补助|补贴|资助|支持|奖补|扶持)?$/
const GRANT_CAP_LAST = "高予励助贴持补"

/** Nouns after 以上/以下 that turn the quantity into a class descriptor (50亿元以上项目). */
// …also a count of them right after (其中5千万以上的67个), and investment of a size band (5千万以下固定资产投资增速).
const DESCRIBED_NOUN = /^的[0-9]|^(的)?((?:在建|新建|新开工|续建)?项目|固定资产|投资|企业|工业企业|产业|规模|城市|人口|景区|平台|住宅|住房|商品住宅|新建商品住宅|二手住宅)/

function finish(t: string, raw: RawNumber, unitEnd: number, unit: string, inner: Qualifier | null): QuantityMention | null {
  // 3岁以下婴幼儿, 60岁及以上人口, 15-59岁: an age that bounds a class of people is no value.
  if (unit === "岁" && (!AGE_VALUE_AFTER.test(t.slice(unitEnd, unitEnd + 4)) || AGE_BAND_BEFORE.test(t.slice(Math.max(0, raw.start - 3), raw.start)))) return null
  const pre = prefixQualifier(t, raw.start, 0)
  let end = unitEnd
  // 11246.7亿元人民币: the currency named after a yuan unit belongs to the amount (the noun after it is not its subject).
  if (unit.endsWith("元") && t.startsWith("人民币", end)) end += 3
  const tenths = tenthsAfter(t, end, raw, unit, inner)
  if (tenths) end += unit === "亩" ? 2 : 1
  // 约达10亿余元: "about" before and "and more" inside; the bound says more than the approximation.
  let qualifier = pre.q === "approx" && inner !== null ? inner : pre.q ?? inner
  // 每家给予最高20万元奖励, 最高奖励1000万元, 最高可给予100万元: a grant's cap bounds the amount from above.
  if (qualifier === null && unit.endsWith("元") && GRANT_CAP_LAST.includes(t[raw.start - 1] ?? "") && GRANT_CAP.test(t.slice(Math.max(0, raw.start - 8), raw.start))) qualifier = "upper_bound"
  for (let n = 0; n < SUFFIX_QUALIFIERS.length; n++) {
    const w = SUFFIX_QUALIFIERS[n]![0]
    const q = SUFFIX_QUALIFIERS[n]![1]
    // 多 after the unit only for 5万多 (a magnitude) and 一倍多; 个多月 and the like are rare.
    if (w === "多" && unit !== "万" && unit !== "亿" && unit !== "倍") continue
    if (t.startsWith(w, end)) {
      // 12个月内 is within; 区内, 省内容 are not bounds.
      if (w === "内" && (!WITHIN_UNITS.has(unit) || /^[容部外涵]/.test(t[end + 1] ?? ""))) continue
      // 50亿元以上项目: a class of projects, not an amount.
      // 90平方米及以下住宅价格: a class of dwellings.
      if ((w.endsWith("以上") || w.endsWith("以下")) && DESCRIBED_NOUN.test(t.slice(end + w.length, end + w.length + 4))) return null
      qualifier = q
      end += w.length
      break
    }
  }
  return mention(pre.start, end, raw.start, raw.end, tenths ? (raw.value * 10 + tenths) / 10 : raw.value, unit, qualifier, raw.form, null)
}

/** Reads the number at `at` in the spelling of `like` (Arabic or Chinese). */
function readNumberAt(t: string, at: number): RawNumber | null {
  if (isDigit(t[at])) {
    const r = readArabic(t, at)
    return r && r.kind === "number" ? r : null
  }
  const r = readChinese(t, at)
  return r && r.kind === "number" ? r : null
}

/** 6%-6.5%, 3至5个, 三到五个, 七十亿到一百亿元: two facts, the low end a lower bound taking the high end's unit. */
/** A unit's leading magnitude (万元 → 1e4, 亿元 → 1e8) and what it counts. */
const MAGNITUDE_HEAD = /^(万亿|千万|百万|万|亿)(.+)$/
const MAGNITUDE_VALUE: Record<string, number> = { 万亿: 1e12, 千万: 1e7, 百万: 1e6, 万: 1e4, 亿: 1e8 }
const magnitudeOf = (u: string) => MAGNITUDE_VALUE[MAGNITUDE_HEAD.exec(u)?.[1] ?? ""] ?? 1
const baseOf = (u: string) => MAGNITUDE_HEAD.exec(u)?.[2] ?? u
const sameBase = (a: string, b: string) => baseOf(a) === baseOf(b) && magnitudeOf(a) !== magnitudeOf(b)

function readRange(t: string, low: RawNumber, lowUnit: string): Array<QuantityMention> {
  // Years (2019-2023) and dates are not ranges of quantities; 1000万元~2000万元 is.
  if (low.form === "arabic" && lowUnit === "" && isCalendarYear(low.value, low.end - low.start) && YEAR_LIST_AFTER.test(t.slice(low.end, low.end + 24))) return []
  const sepAt = low.end + lowUnit.length
  const highAt = sepAt + 1
  if (!RANGE_SEPARATORS.includes(t[sepAt] ?? "x") || !startsNumber(t, highAt)) return []
  const high = readNumberAt(t, highAt)
  if (!high) return []
  let unitEnd = high.end
  if (isFuzzChar(t[unitEnd]) && high.magnitude === "") unitEnd++
  const unit = readUnit(t, unitEnd)
  // The low end's bare magnitude heads the high end's unit: 七十亿到一百亿元.
  const headed = MAGNITUDES.has(lowUnit) && unit !== null && unit.startsWith(lowUnit)
  // 5000万元~1亿元: the same unit at two magnitudes; each end keeps its own.
  const mixed = !!unit && !!lowUnit && lowUnit !== unit && !headed && sameBase(lowUnit, unit)
  if (!unit || (lowUnit && lowUnit !== unit && !headed && !mixed)) return []
  if (unit.endsWith("位") && CHARACTER_COUNT_CONTEXT.test(t.slice(Math.max(0, low.start - 4), unitEnd + unit.length + 4))) return []
  // 2024-03-01, 1-9月, 五到十年: dates and spans of time, not ranges of quantities.
  if (t[high.end] === "-" || unit === "月" || unit === "年" || unit === "日") return []
  if (mixed ? high.value * magnitudeOf(unit) < low.value * magnitudeOf(lowUnit) : high.value < low.value) return []
  if (PROGRAMME_AFTER.test(t.slice(unitEnd + unit.length, unitEnd + unit.length + 4))) return []
  const lo = finish(t, low, low.end + lowUnit.length, lowUnit, null)
  const hi = finish(t, high, unitEnd + unit.length, unit, null)
  if (!lo || !hi) return []
  return [
    mention(lo.start, lo.end, lo.numStart, lo.numEnd, lo.value, mixed ? lowUnit : unit, "lower_bound", lo.form, "low"),
    mention(hi.start, hi.end, hi.numStart, hi.numEnd, hi.value, hi.unit, "upper_bound", hi.form, "high")
  ]
}
