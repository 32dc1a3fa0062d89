/**
 * Numerals: Arabic (1,234.5), Chinese (二十五, 一千二百, 两, 〇, 三万, 四亿零七百万) and mixed
 * (1.2万, 3千) spellings to numbers, and integers back to Chinese numerals (for tests and
 * for anyone who needs the inverse).
 */
import { detached } from "../detached.js"

const DIGIT: Record<string, number> = {
  // ○ (a white circle) stands for 〇 in older typeset and scanned texts: 百分之一○八点二, 一九八○年.
  "〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
  "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9
}
const SMALL_UNIT: Record<string, number> = { "十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000 }
const BIG_UNIT: Record<string, number> = { "万": 1e4, "亿": 1e8, "萬": 1e4, "億": 1e8 }

const BIG_UNIT_CODES = new Set(Object.keys(BIG_UNIT).map((k) => k.charCodeAt(0)))
const NUMERAL_CODES = new Uint8Array(65536)
/** 廿 (twenty), 卅 (thirty), 卌 (forty): older texts' single characters for 二十, 三十, 四十 (廿五万斤). */
const TENS: Record<string, string> = { "廿": "二十", "卅": "三十", "卌": "四十" }
const TENS_CHARS = /[廿卅卌]/g
for (const c of [...Object.keys(DIGIT), ...Object.keys(SMALL_UNIT), ...Object.keys(BIG_UNIT), ...Object.keys(TENS)]) NUMERAL_CODES[c.charCodeAt(0)] = 1
export const isChineseDigit = (c: string) => c in DIGIT
/** Called on every character of a text by the scanner: a table lookup by code unit. */
export const isChineseNumeralChar = (c: string) => c.length === 1 && NUMERAL_CODES[c.charCodeAt(0)] === 1
/** The same by code unit, for loops that read char codes (no one-character string per CJK character). */
export const isChineseNumeralCode = (code: number) => NUMERAL_CODES[code] === 1

/**
 * Parses a Chinese numeral. Returns null for strings that are not a well-formed numeral
 * (十四五 is a plan's name, not a number; 二二 is not a number either, but 二〇二三 is
 * read digit by digit as 2023). Colloquial abbreviations read as speakers mean them:
 * 一千二 = 1200, 三万五 = 35000.
 */
export function parseChineseNumeral(s: string): number | null {
  if (s.length === 0) return null
  // (A test of three code units before the replacement: almost no numeral holds them.)
  if (s.includes("廿") || s.includes("卅") || s.includes("卌")) s = s.replace(TENS_CHARS, (c) => TENS[c]!)
  if (s === "零" || s === "〇") return 0
  const chars = [...s]
  // Digit-by-digit spelling: 二〇二三, 一九五四.
  if (chars.length >= 2 && chars.every((c) => c in DIGIT) && chars.some((c) => DIGIT[c] === 0)) {
    return Number(chars.map((c) => DIGIT[c]).join(""))
  }
  let total = 0 // everything already multiplied by 万 or 亿
  let section = 0 // the part below the current big unit
  let digit = -1 // a digit waiting for its unit, -1 when none
  let lastSmall = Infinity // small units must fall within a section: 千 > 百 > 十
  let lastBig = Infinity
  let zero = false // a 零 was written since the last unit
  let prev: "digit" | "small" | "big" | "zero" | "start" = "start"
  for (const c of chars) {
    if (c in DIGIT) {
      const d = DIGIT[c]!
      if (d === 0) {
        if (prev === "zero" || prev === "start") return null
        zero = true
        prev = "zero"
        continue
      }
      if (prev === "digit") return null
      digit = d
      prev = "digit"
      continue
    }
    if (c in SMALL_UNIT) {
      const u = SMALL_UNIT[c]!
      if (u >= lastSmall || prev === "small") return null
      if (digit === -1) {
        // A bare unit counts one: 十五, 一百一十, 千亿 (a leading 百/千 as in 千亿大关).
        if (!(u === 10 || prev === "start")) return null
        digit = 1
      }
      section += digit * u
      digit = -1
      lastSmall = u
      zero = false
      prev = "small"
      continue
    }
    if (c in BIG_UNIT) {
      const u = BIG_UNIT[c]!
      if (digit !== -1) section += digit
      digit = -1
      if (u < lastBig) {
        if (section === 0 && prev !== "start") return null
        total += (section === 0 ? 1 : section) * u
      } else if (u > lastBig) {
        // 万亿, 一万五千亿: the larger unit multiplies everything before it.
        total = (total + section) * u
      } else {
        return null // 亿亿, 万万
      }
      section = 0
      lastBig = u
      lastSmall = Infinity
      zero = false
      prev = "big"
      continue
    }
    return null
  }
  if (digit !== -1) {
    if (!zero && prev === "digit" && chars.length >= 2) {
      const before = chars[chars.length - 2]!
      if (before in SMALL_UNIT && SMALL_UNIT[before]! >= 100) return total + section + digit * (SMALL_UNIT[before]! / 10)
      if (before in BIG_UNIT) return total + section + digit * (BIG_UNIT[before]! / 10)
    }
    section += digit
  }
  return total + section
}

const CN_DIGITS = "零一二三四五六七八九"

function formatBelowTenThousand(n: number, leadingTen: boolean): string {
  const units = ["千", "百", "十", ""]
  const places = [Math.floor(n / 1000) % 10, Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10]
  let out = ""
  let zero = false
  for (let k = 0; k < 4; k++) {
    const d = places[k]!
    if (d === 0) {
      if (out !== "") zero = true
      continue
    }
    if (zero) out += "零"
    zero = false
    if (!(leadingTen && out === "" && k === 2 && d === 1)) out += CN_DIGITS[d]
    out += units[k]
  }
  return out
}

/** Writes a non-negative safe integer in Chinese numerals (12 → 十二, 10500 → 一万零五百). */
export function formatChineseNumeral(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`cannot write ${n} in Chinese numerals`)
  if (n === 0) return "零"
  const groups: Array<number> = []
  for (let x = n; x > 0; x = Math.floor(x / 1e4)) groups.push(x % 1e4)
  const bigUnits = ["", "万", "亿", "万亿"]
  let out = ""
  let zero = false
  for (let g = groups.length - 1; g >= 0; g--) {
    const v = groups[g]!
    if (v === 0) {
      if (out !== "") zero = true
      continue
    }
    if (out !== "" && (zero || v < 1000)) out += "零"
    zero = false
    out += formatBelowTenThousand(v, out === "" && v < 20) + bigUnits[g]
  }
  return out
}

/** Parses an Arabic number with optional thousands separators; null when malformed. */
export function parseArabic(s: string): number | null {
  if (!/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(s)) return null
  const digits = s.replace(/,/g, "")
  // More than 15 significant digits cannot be represented exactly: refuse rather than round.
  if (digits.replace(".", "").replace(/^0+/, "").length > 15) return null
  const v = Number(digits)
  return Number.isFinite(v) ? v : null
}

/** 多/余/几 (a little more) and 来 (about) written inside a numeral: 四亿零七百多万, 十几万, 三千来万. */
const FUZZ: Record<string, "lower_bound" | "approx"> = { "多": "lower_bound", "余": "lower_bound", "餘": "lower_bound", "几": "lower_bound", "幾": "lower_bound", "来": "approx", "來": "approx" }
const FUZZ_CODES = new Set(Object.keys(FUZZ).map((k) => k.charCodeAt(0)))
/** Asked of most characters the scanner passes: a code lookup, not a property lookup by a fresh string. */
export const isFuzzChar = (c: string | undefined) => c !== undefined && c.length === 1 && FUZZ_CODES.has(c.charCodeAt(0))
// 四百七十六‧六億元, 一‧二倍: Hong Kong and Macao write the point of a Chinese numeral as ‧ (U+2027);
// the scanner takes any of these as a point only between numerals.
export const isDecimalPoint = (c: string | undefined) => c === "点" || c === "點" || c === "\u2027"
const isUnitChar = (c: string | undefined) => c !== undefined && (c in SMALL_UNIT || c in BIG_UNIT)

export interface ChineseQuantity {
  readonly value: number
  /** Set when 多/余/几/来 was written inside the numeral. */
  readonly fuzzy: "lower_bound" | "approx" | null
  /** Written digit by digit (一九五〇, 二〇二三): a year or a code, never a quantity. */
  readonly digitwise: boolean
}

/** The exact decimal int.frac × magnitude, without binary noise (36.9, 3.6亿). */
function decimal(int: number, frac: string, magnitude: number): number {
  return Number((Number(`${int}.${frac}`) * magnitude).toPrecision(15))
}

/**
 * Parses a Chinese quantity as written in running text: a numeral with 多/余/几/来 inside
 * before a later unit (四亿零七百多万 = 407000000+, 十几万), 点/點 decimals (三十六点九,
 * 二十三点零四, 三点六亿). Null when the string is not one well-formed quantity; a 几 before a
 * unit (几十万) is vague and gives null.
 */
export function parseChineseQuantity(s: string): ChineseQuantity | null {
  // The scanner reads the same few numerals (一, 两, 十, 三) again and again: each is parsed once.
  const known = parsedQuantities.get(s)
  if (known !== undefined) return known
  const parsed = parseChineseQuantityOnce(s)
  if (parsedQuantities.size >= 10_000) parsedQuantities.clear()
  // A copy as the key: a long slice would keep its whole document alive.
  parsedQuantities.set(s.length > 12 ? detached(s) : s, parsed)
  return parsed
}

const parsedQuantities = new Map<string, ChineseQuantity | null>()

function parseChineseQuantityOnce(s: string): ChineseQuantity | null {
  let fuzzy: ChineseQuantity["fuzzy"] = null
  let plain = ""
  const chars = [...s]
  for (let k = 0; k < chars.length; k++) {
    const c = chars[k]!
    if (isFuzzChar(c)) {
      // Only after a unit (七百多万, 十几) and before a unit or at the end: 多 elsewhere is a word.
      if (!isUnitChar(chars[k - 1]) || (k + 1 < chars.length && !(chars[k + 1]! in BIG_UNIT))) return null
      fuzzy = fuzzy ?? FUZZ[c]!
      continue
    }
    plain += c
  }
  // 一九九八, 二〇二三: digits one by one, never a count.
  const cs0 = [...plain]
  if (cs0.length >= 2 && cs0.every((c) => c in DIGIT)) return { value: Number(cs0.map((c) => DIGIT[c]).join("")), fuzzy, digitwise: true }
  // 六万万 (older texts) is 六亿.
  plain = plain.replace(/万万|萬萬/g, "亿")
  const point = [...plain].findIndex(isDecimalPoint)
  if (point !== -1) {
    const p = [...plain]
    const head = p.slice(0, point).join("")
    let tail = p.slice(point + 1)
    let magnitude = 1
    while (tail.length && tail[tail.length - 1]! in BIG_UNIT) magnitude *= BIG_UNIT[tail.pop()!]!
    if (head === "" || tail.length === 0 || !tail.every((c) => c in DIGIT)) return null
    if ([...head].some((c) => c in BIG_UNIT)) return null
    const int = parseChineseNumeral(head)
    if (int === null) return null
    return { value: decimal(int, tail.map((c) => DIGIT[c]).join(""), magnitude), fuzzy, digitwise: false }
  }
  const value = parseChineseNumeral(plain)
  if (value === null) return null
  const cs = [...plain]
  const digitwise = cs.length >= 2 && cs.every((c) => c in DIGIT)
  return { value, fuzzy, digitwise }
}

/** True for characters a Chinese quantity may contain besides numeral characters. */
export const isQuantityInnerChar = (c: string | undefined) => isFuzzChar(c) || isDecimalPoint(c)
/** The factor of a trailing 万/亿 (or 万亿) of a numeral, and its length; null when none. */
export function trailingMagnitude(s: string): { factor: number; length: number; written: string } | null {
  // Most numerals end in no magnitude: a code test before any lookup by a one-character string.
  if (!BIG_UNIT_CODES.has(s.charCodeAt(s.length - 1))) return null
  const last = s[s.length - 1]
  if (last === undefined || !(last in BIG_UNIT)) return null
  const prev = s[s.length - 2]
  if (prev !== undefined && prev in BIG_UNIT && BIG_UNIT[prev]! < BIG_UNIT[last]!) {
    return { factor: BIG_UNIT[prev]! * BIG_UNIT[last]!, length: 2, written: "万亿" }
  }
  return { factor: BIG_UNIT[last]!, length: 1, written: BIG_UNIT[last] === 1e4 ? "万" : "亿" }
}
