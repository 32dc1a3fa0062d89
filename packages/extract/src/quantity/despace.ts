/**
 * Spaces that a PDF or a web page put inside a number or a unit: 1 3 6 5 7亿斤, 2 .7倍,
 * 44.38 亿元, 8平方公 里, 累计实施重点项目 578 个. They are removed before numbers are read,
 * with a map back to the text; spaces between two multi-digit numbers (2020 2024) and around
 * Latin words stay, because there they separate.
 */
const isSpace = (c: string | undefined) => c === " " || c === "\u00a0" || c === "\u3000" || c === "\t"
const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9"
const isHan = (c: string | undefined) => c !== undefined && c >= "\u4e00" && c <= "\u9fff"
const isLatin = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c)

/** Length of the run of digits ending at `e` (exclusive) going left, or starting at `s` going right. */
function digitsLeft(s: string, e: number): number {
  let k = e
  while (k > 0 && isDigit(s[k - 1])) k--
  return e - k
}
function digitsRight(s: string, b: number): number {
  let k = b
  while (isDigit(s[k])) k++
  return k - b
}

/**
 * 77 100個, 330 000个, 1 234 567元: thousands set apart by single spaces, as Hong Kong and Macao
 * texts write them. The space at `sp` is one when the digits on each side form groups of three
 * after a first group of one to three, and the run ends in a unit or a word (not in a space or
 * another number: 2020 2024, or the columns of a table, stay apart).
 */
function thousandsSpace(s: string, sp: number): boolean {
  if (digitsRight(s, sp + 1) !== 3) return false
  let e = sp + 4
  while (isSpace(s[e]) && !isSpace(s[e + 1]) && digitsRight(s, e + 1) === 3 && !isDigit(s[e + 4])) e += 4
  const end = s[e]
  // (有 5 500 人: a digest spaced throughout ends the number in a space before its unit.)
  if (end === undefined || isDigit(end) || (isSpace(end) && !isHan(s[e + 1])) || isLatin(end) || end === ".") return false
  let k = sp
  for (;;) {
    const n = digitsLeft(s, k)
    if (n < 1 || n > 3) return false
    const before = k - n
    if (isSpace(s[before - 1]) && digitsLeft(s, before - 1) > 0) {
      if (n !== 3) return false
      k = before - 1
      continue
    }
    const c = s[before - 1]
    return !(isDigit(c) || isLatin(c) || c === "." || c === "," || c === "-")
  }
}

/** True when the spaces between a and b sit inside one number or one word. */
function inside(s: string, a: number, b: number): boolean {
  const l = s[a]
  const r = s[b]
  if (isLatin(l) || isLatin(r)) return false
  if (isDigit(l) && isDigit(r) && b - a === 2 && thousandsSpace(s, a + 1)) return true
  // 1 3 6 5 7: single digits spaced one by one; 20 11 stays split (and is doubted by the scanner).
  if (isDigit(l) && isDigit(r)) return digitsLeft(s, a + 1) === 1 && digitsRight(s, b) === 1 && b - a === 2
  if (isDigit(l) && r === "." && isDigit(s[b + 1])) return true
  if (l === "." && isDigit(s[a - 1]) && isDigit(r)) return true
  if ((isDigit(l) || l === "%") && (isHan(r) || r === "%" || r === "‰")) return true
  if (isHan(l) && isDigit(r)) return true
  return isHan(l) && isHan(r)
}

export interface Despaced {
  readonly text: string
  /** Position in the original string of each character of `text`; null when nothing was removed (the same positions). */
  readonly pos: ReadonlyArray<number> | null
  /** The original string's length. */
  readonly length: number
}

/** Position in the original string of the character at position k of the despaced text. */
export const originalAt = (d: Despaced, k: number): number =>
  d.pos === null ? k : k < d.pos.length ? d.pos[k]! : d.length + k - d.pos.length

export function despace(s: string): Despaced {
  let hasSpace = false
  // By char code: s[k] would build a one-character string for every CJK character.
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k)
    if (c === 0x20 || c === 0xa0 || c === 0x3000 || c === 0x09) { hasSpace = true; break }
  }
  if (!hasSpace) return { text: s, pos: null, length: s.length }
  const chars: Array<string> = []
  const pos: Array<number> = []
  for (let k = 0; k < s.length; k++) {
    if (isSpace(s[k])) {
      let e = k
      while (isSpace(s[e])) e++
      if (k > 0 && e < s.length && e - k <= 2 && inside(s, k - 1, e)) {
        k = e - 1
        continue
      }
      for (let x = k; x < e; x++) { chars.push(s[x]!); pos.push(x) }
      k = e - 1
      continue
    }
    chars.push(s[k]!)
    pos.push(k)
  }
  return { text: chars.join(""), pos, length: s.length }
}
