/** Paragraphs, sentences and clauses of a clean text, as [start, end) spans. */
export interface Span {
  readonly start: number
  readonly end: number
}

/** Flags by UTF-16 code unit: the split loops read a byte per character, no strings. */
const NEWLINE = 1
const SENTENCE = 2
const CLAUSE = 4
/** A hyphen: a list item's mark when spaced off both sides (… [1] - 每年新开工…), checked where met. */
const BULLET = 8
const FLAGS = new Uint8Array(65536)
FLAGS[10] = NEWLINE
FLAGS[45] = BULLET
for (const c of "。！？!?；;") FLAGS[c.charCodeAt(0)] = SENTENCE | CLAUSE
for (const c of ",，:：") FLAGS[c.charCodeAt(0)] = CLAUSE

const digitAt = (text: string, i: number) => {
  const c = text.charCodeAt(i)
  return c >= 48 && c <= 57
}
/** 1,021.3 and 9.5:41.3: a comma before exactly three digits, or a colon, between digits joins one number or ratio. */
function insideNumber(text: string, i: number): boolean {
  if (!digitAt(text, i - 1) || !digitAt(text, i + 1)) return false
  const c = text.charCodeAt(i)
  if (c === 58 /* : */ || c === 0xff1a /* ： */) return true
  return digitAt(text, i + 2) && digitAt(text, i + 3) && !digitAt(text, i + 4)
}

/**
 * Spans ending at each character flagged `flag` (NEWLINE or SENTENCE). Clauses have their own
 * loop (splitClauses): one loop that sometimes checked for numbers was compiled for one flag,
 * met the other and was deoptimised and recompiled (7 compiles in a 20 MB run). The bounds come
 * as numbers: spans of several shapes (sections, paragraphs) made its property reads polymorphic.
 */
function split(text: string, start: number, end: number, flag: number): Array<Span> {
  const out: Array<Span> = []
  let s = start
  for (let i = s; i < end; i++) {
    const f = FLAGS[text.charCodeAt(i)]! & flag
    if (f === 0 || (f === BULLET && !bulletAt(text, i))) continue
    if (i + 1 > s) out.push({ start: s, end: i + 1 })
    s = i + 1
  }
  if (end > s) out.push({ start: s, end })
  return out
}

/**
 * 工业投资与项目建设 - 2023年及2024年共计…超10% [1] - 每年新开工…: a hyphen with a space on each side
 * after words (not a range: 2023 - 2025年, 5% - 6%) marks the next item of a list run into one
 * line, as a summary page writes its points; each item is a statement of its own.
 */
function bulletAt(text: string, i: number): boolean {
  if (text.charCodeAt(i - 1) !== 32 || text.charCodeAt(i + 1) !== 32) return false
  const before = text.charCodeAt(i - 2)
  return before === 0x5d /* ] */ || before === 0x3011 /* 】 */ || before >= 0x4e00 && before <= 0x9fff
}

/** Spans ending at each clause mark, except a comma or colon inside a number. */
function splitClauses(text: string, start: number, end: number): Array<Span> {
  const out: Array<Span> = []
  let s = start
  for (let i = s; i < end; i++) {
    if ((FLAGS[text.charCodeAt(i)]! & CLAUSE) === 0 || insideNumber(text, i)) continue
    if (i + 1 > s) out.push({ start: s, end: i + 1 })
    s = i + 1
  }
  if (end > s) out.push({ start: s, end })
  return out
}

/** Paragraphs: the lines of the clean text (normalisation leaves one paragraph per line). */
export const paragraphs = (text: string, span: Span = { start: 0, end: text.length }) =>
  split(text, span.start, span.end, NEWLINE).map((p) => (text[p.end - 1] === "\n" ? { start: p.start, end: p.end - 1 } : p))
    .filter((p) => p.end > p.start)

/** Sentences end at 。！？； (a semicolon closes a statement in these documents), and before a spaced list mark (bulletAt). */
export const sentences = (text: string, span: Span) => split(text, span.start, span.end, SENTENCE | BULLET)

/** Clauses end at commas and colons as well. The 、 of an enumeration stays inside its clause. */
export const clauses = (text: string, span: Span) => splitClauses(text, span.start, span.end)
