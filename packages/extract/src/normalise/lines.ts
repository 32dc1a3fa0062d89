import { type MappedText, MappedTextBuilder } from "./mapped-text.js"

/** Characters that may end a paragraph or heading. */
const TERMINAL = new Set([..."。！？!?；;:：”’」』)）】》…"])
/** Headings start with an enumerator: 一、 (一) 1. 第一 …, or are short lines without punctuation. */
const HEADING_START = /^\s*([一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]|第[一二三四五六七八九十]+[章节部分条])/
/** A line this long that stops without terminal punctuation was broken by the page, not by the author. */
const BROKEN_LINE_MIN = 40
/**
 * A paragraph the page broke is never this long (the longest in the national reports, the
 * web texts and the seeds: 1,253 characters). Lines that would join past it are rows of a
 * table dumped as text (CSV lines with no full stop): joining them made one paragraph, and
 * one sentence, of the whole file, and every number read its sentence from the start.
 */
const JOINED_MAX = 2000

/**
 * Hard-wrapped text (plain-text mirrors, 1990s pages) breaks every line at one display width,
 * inside words and numbers (`增长⏎百分之七点八`, `69957万⏎人`). A line is wrapped when it is at
 * least this wide (columns: a hanzi is two), shares its width (within wrapTolerance) with at
 * least WRAP_PEERS of the WRAP_WINDOW lines either side that also stop mid-sentence, and none of
 * those lines is wider.
 */
const WRAP_MIN_WIDTH = 40
const WRAP_WINDOW = 4
const WRAP_PEERS = 2
const wrapTolerance = (w: number) => Math.max(2, Math.ceil(w * 0.1))
/** List items open with a bullet; like headings they are never the tail of a wrapped line. */
const LIST_START = /^\s*[-•·●◆◇■□★☆○△※▪▶>]/
/** Prose has clause punctuation; a list of names or a table row has none. */
const PROSE = /[，,、。；;：:！？!?]/
/** The last line of a wrapped paragraph has a clause in it; a heading has none. */
const CLAUSE = /[，,。；;！？!?]/
/** A wrap can fall before punctuation no paragraph opens with, or inside a number (3⏎.6%, 一九五⏎〇年). */
const WRAP_CONTINUATION = /^([〇，,。；;：:、%％)）》”]|\.\d|[(（](?![一二三四五六七八九十\d]+[)）]))/

/** Display columns: hanzi and CJK punctuation take two. */
function widthOf(t: string, s: number, e: number): number {
  let w = 0
  for (let i = s; i < e; i++) w += t.charCodeAt(i) >= 0x2e80 ? 2 : 1
  return w
}

/** A row of a table or CSV dump: pipes or tabs, or comma fields that are mostly numbers. */
function looksTabular(line: string): boolean {
  if (line.includes("|") || line.includes("\t")) return true
  const fields = line.split(/[,，]/)
  if (fields.length < 3) return false
  // Empty cells say nothing: a wrap before and after a comma leaves empty fields too.
  let numeric = 0
  let filled = 0
  for (const f of fields) {
    if (f.trim() === "") continue
    filled++
    if (/^\s*[-+−]?[\d.]+%?\s*$/.test(f)) numeric++
  }
  return numeric > 0 && numeric * 2 >= filled
}

/**
 * A scraped page breaks a sentence at an inline tag, often with a blank line: `全年地区生产总值⏎⏎增长6.5%`,
 * `广义货币M⏎2⏎增长11.3%` (a subscript). A line whatever its length runs on into the next when the
 * break falls between a subject and its predicate with a number: the next line opens with a
 * comparison (比上年, 同比) or a change verb and a number, which no paragraph or heading opens with;
 * or the line ends with such a verb and the next opens with the number and its unit; or the next
 * line is the subscript digit of a Latin symbol (M2, PM2.5, CO2).
 */
const PREDICATE_OPENS = /^(比上年|比去年|比上月|同比|环比|较上年|较去年|(增长|下降|增加|减少|提高|降低|达到|占比?)\s*\d)/
const PREDICATE_ENDS = /(增长|下降|增加|减少|提高|降低|达到|实现|完成|同比)$/
const NUMBER_OPENS = /^\d+(\.\d+)?\s*(%|％|个百分点|倍|亿|万)/
// (A predicate with no number, 比上年增长(%), is a table's heading cell under 绝对数: no split.)
const splitPredicate = (line: string, nextLine: string) =>
  (PREDICATE_OPENS.test(nextLine) && /\d/.test(nextLine)) || (NUMBER_OPENS.test(nextLine) && PREDICATE_ENDS.test(line)) ||
  (/^\d$/.test(nextLine) && /[A-Za-z]$/.test(line))

const isContinuation = (c: string | undefined) =>
  c !== undefined && /[\u4e00-\u9fff0-9%％a-zA-Z、,，。”“]/.test(c)

/**
 * Rejoins lines broken in the middle of a sentence or word (`推\n\n动我市`): a long line
 * with no terminal punctuation followed by a line that is not a heading is one paragraph.
 * So is a line of a hard-wrapped block (WRAP_MIN_WIDTH) and the line it runs on into.
 * Real paragraph breaks (after 。) and headings (short or enumerated lines) stay. Blank
 * lines are dropped and trailing spaces trimmed, so paragraphs are separated by one `\n`.
 * `source`: the plain text `input` maps into, whose line widths show a wrap (none for HTML).
 */
export function rejoinLines(input: MappedText, source?: string): MappedText {
  const t = input.text
  const lines: Array<readonly [number, number]> = []
  // Where each line's indentation starts: the page wrapped the indented line at the same width.
  const starts: Array<number> = []
  for (let from = 0; from < t.length;) {
    let to = t.indexOf("\n", from)
    if (to === -1) to = t.length
    let s = from
    let e = to
    while (s < e && (t[s] === " " || t[s] === "\t" || t[s] === "\u00a0")) s++
    while (e > s && (t[e - 1] === " " || t[e - 1] === "\t" || t[e - 1] === "\u00a0")) e--
    if (e > s) {
      lines.push([s, e])
      starts.push(from)
    }
    from = to + 1
  }
  // Display widths, measured only around the lines the wrap rule is asked about (-1: not yet).
  const widths = new Int32Array(lines.length).fill(-1)
  const widthAt = (j: number) => {
    // The width the page wrapped at is the source's: ７．８％ took six columns before it was folded.
    if (widths[j]! < 0) {
      // …and counts the indentation a paragraph's first line opens with (  1958年5月29日,…作了《山).
      const [, e] = lines[j]!
      const s = starts[j]!
      widths[j] = source === undefined ? widthOf(t, s, e) : widthOf(source, input.start[s]!, input.end[e - 1]!)
    }
    return widths[j]!
  }
  const b = new MappedTextBuilder(input)
  let joined = 0
  for (let k = 0; k < lines.length; k++) {
    const [s, e] = lines[k]!
    b.keep(s, e)
    const next = lines[k + 1]
    if (!next) break
    const nextLine = t.slice(next[0], next[1])
    const fits = joined + (e - s) + nextLine.length <= JOINED_MAX
    // (A split predicate opens with no enumerator: 6.5% after 增长 is no heading 6.)
    const broken = fits && !TERMINAL.has(t[e - 1]!) &&
      ((!HEADING_START.test(nextLine) &&
        ((isContinuation(nextLine[0]) && e - s >= BROKEN_LINE_MIN && !(nextLine.length < BROKEN_LINE_MIN && !/[。；;]/.test(nextLine))) ||
          wrapped(k, t.slice(s, e), nextLine))) || splitAt(k, e, nextLine))
    if (broken) joined += e - s
    else {
      b.replace(e, next[0], "\n")
      joined = 0
    }
  }
  return b.build()

  /** Line k stops between a subject and its predicate (splitPredicate), in prose, not a table. */
  function splitAt(k: number, e: number, nextLine: string): boolean {
    const c = nextLine.charCodeAt(0)
    // Cheap guard: every cue opens with a hanzi (比 同 环 较 增 下 减 提 降 达 占) or a digit.
    if (!(c >= 0x4e00 || (c >= 0x30 && c <= 0x39))) return false
    const line = t.slice(lines[k]![0], e)
    // A heading ((一)农业) or list item is followed by a paragraph of its own, whatever it opens with.
    if (LIST_START.test(nextLine) || (HEADING_START.test(line) && !CLAUSE.test(line)) || !splitPredicate(line, nextLine)) return false
    return !looksTabular(line) && !looksTabular(nextLine)
  }

  /** Line k is one of a block wrapped at one width, and its next line carries on its sentence. */
  function wrapped(k: number, line: string, nextLine: string): boolean {
    const w = widthAt(k)
    if (w < WRAP_MIN_WIDTH || LIST_START.test(nextLine)) return false
    if (!isContinuation(nextLine[0]) && !WRAP_CONTINUATION.test(nextLine)) return false
    const tol = wrapTolerance(w)
    const wn = widthAt(k + 1)
    // The next line is full too, or ends the paragraph in prose; else it is a heading.
    if (!(wn >= w - tol || CLAUSE.test(nextLine))) return false
    if (!PROSE.test(line) && !PROSE.test(nextLine)) return false
    if (looksTabular(line) || looksTabular(nextLine)) return false
    let peers = 0
    const from = Math.max(0, k - WRAP_WINDOW)
    const to = Math.min(lines.length - 1, k + WRAP_WINDOW)
    for (let j = from; j <= to; j++) {
      // No line of a wrapped block runs past its width: a long paragraph near means the
      // similar lines are headings of one pattern, not a wrap.
      const wj = widthAt(j)
      if (wj > w + tol) return false
      // Only lines that stop mid-sentence show that a block is wrapped.
      if (j !== k && Math.abs(wj - w) <= tol && !TERMINAL.has(t[lines[j]![1] - 1]!)) peers++
    }
    return peers >= WRAP_PEERS
  }
}
