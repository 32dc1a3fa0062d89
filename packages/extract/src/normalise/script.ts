import * as OpenCC from "opencc-js/t2cn"
import type { Script } from "@govstat/schema"
import { type MappedText, MappedTextBuilder } from "./mapped-text.js"

const toSimplified = OpenCC.Converter({ from: "t", to: "cn" })

const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)

/**
 * Traditional or simplified: the share of Han characters that OpenCC would change, on a
 * sample. Simplified text changes almost nowhere (<1%); traditional text changes on every
 * few characters.
 */
export function detectScript(text: string): Script {
  // A few thousand characters decide it; converting more only costs time.
  const sample = text.length > 5000 ? text.slice(0, 5000) : text
  const converted = toSimplified(sample)
  let han = 0
  let changed = 0
  const n = Math.min(sample.length, converted.length)
  for (let i = 0; i < n; i++) {
    if (!isHan(sample.charCodeAt(i))) continue
    han++
    if (sample[i] !== converted[i]) changed++
  }
  return han > 0 && changed >= 3 && changed / han > 0.02 ? "traditional" : "simplified"
}

/**
 * Traditional → simplified with OpenCC, line by line. Where a line keeps its length (the
 * usual case) each character maps to its own source character; where a phrase rule changed
 * the length, the line maps as a whole.
 */
export function toSimplifiedScript(input: MappedText): MappedText {
  const t = input.text
  const b = new MappedTextBuilder(input)
  let from = 0
  while (from < t.length) {
    let to = t.indexOf("\n", from)
    if (to === -1) to = t.length
    const line = t.slice(from, to)
    const out = toSimplified(line)
    if (out === line) b.keep(from, to)
    else b.replace(from, to, out)
    if (to < t.length) b.keep(to, to + 1)
    from = to + 1
  }
  return b.build()
}

const TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
const PINYIN = /[\u4e00-\u9fff]\(([a-zü]|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]){1,6}\)/g

/**
 * Removes the pinyin that some converters leave after characters: 區(qū) → 区, 產(chǎn) → 产.
 * Only a parenthesised syllable with a tone mark qualifies, so (GPU) or (璧山片区) stay.
 */
export function removePinyinArtefacts(input: MappedText): MappedText {
  const t = input.text
  if (t.indexOf("(") === -1) return input
  const b = new MappedTextBuilder(input)
  let run = 0
  let found = false
  for (const m of t.matchAll(PINYIN)) {
    const syllable = m[0].slice(2, -1)
    if (![...syllable].some((ch) => TONED.includes(ch))) continue
    const at = m.index + 1
    b.keep(run, at)
    run = at + m[0].length - 1
    found = true
  }
  if (!found) return input
  b.keep(run, t.length)
  return b.build()
}
