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

const isContinuation = (c: string | undefined) =>
  c !== undefined && /[\u4e00-\u9fff0-9%％a-zA-Z、,，。”“]/.test(c)

/**
 * Rejoins lines broken in the middle of a sentence or word (`推\n\n动我市`): a long line
 * with no terminal punctuation followed by a line that is not a heading is one paragraph.
 * Real paragraph breaks (after 。) and headings (short or enumerated lines) stay. Blank
 * lines are dropped and trailing spaces trimmed, so paragraphs are separated by one `\n`.
 */
export function rejoinLines(input: MappedText): MappedText {
  const t = input.text
  const lines: Array<readonly [number, number]> = []
  for (let from = 0; from < t.length;) {
    let to = t.indexOf("\n", from)
    if (to === -1) to = t.length
    let s = from
    let e = to
    while (s < e && (t[s] === " " || t[s] === "\t" || t[s] === "\u00a0")) s++
    while (e > s && (t[e - 1] === " " || t[e - 1] === "\t" || t[e - 1] === "\u00a0")) e--
    if (e > s) lines.push([s, e])
    from = to + 1
  }
  const b = new MappedTextBuilder(input)
  let joined = 0
  for (let k = 0; k < lines.length; k++) {
    const [s, e] = lines[k]!
    b.keep(s, e)
    const next = lines[k + 1]
    if (!next) break
    const nextLine = t.slice(next[0], next[1])
    const broken = e - s >= BROKEN_LINE_MIN &&
      !TERMINAL.has(t[e - 1]!) &&
      isContinuation(nextLine[0]) &&
      !HEADING_START.test(nextLine) &&
      !(nextLine.length < BROKEN_LINE_MIN && !/[。；;]/.test(nextLine)) &&
      joined + (e - s) + nextLine.length <= JOINED_MAX
    if (broken) joined += e - s
    else {
      b.replace(e, next[0], "\n")
      joined = 0
    }
  }
  return b.build()
}
