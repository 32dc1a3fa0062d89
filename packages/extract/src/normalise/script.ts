import * as OpenCC from "opencc-js/t2cn"
import type { Script } from "@govstat/schema"
import { COMMON_HANZI } from "../common-hanzi.js"
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
  return HINTS !== null && surelySimplified(sample, HINTS) ? "simplified" : convertedShare(sample)
}

function convertedShare(sample: string): Script {
  const converted = toSimplified(sample)
  let han = 0
  let changed = 0
  // Compared by code point: a character simplified to one outside the BMP (晛 → 𬀪) lengthens
  // the text by a code unit, and compared by code unit every character after it would differ.
  const a = converted.length === sample.length ? null : [...sample]
  const b = a === null ? null : [...converted]
  const n = a === null ? sample.length : Math.min(a.length, b!.length)
  for (let i = 0; i < n; i++) {
    const c = a === null ? sample.charCodeAt(i) : a[i]!.codePointAt(0)!
    if (!isHan(c)) continue
    han++
    if (c !== (b === null ? converted.charCodeAt(i) : b[i]!.codePointAt(0))) changed++
  }
  return traditional(han, changed) ? "traditional" : "simplified"
}

const traditional = (han: number, changed: number) => han > 0 && changed >= 3 && changed / han > 0.02

/**
 * What the conversion can do to a character, from its dictionaries: `changes`, a code unit
 * some entry replaces; `shifts`, a code unit without which no entry of the first (variant)
 * pass changes anything and no entry changes the text's length.
 */
interface Hints {
  readonly changes: Uint8Array
  readonly shifts: Uint8Array
}

/**
 * True when the conversion cannot reach the share that makes a text traditional. Without a
 * `shifts` unit it changes the text in place, only where a `changes` unit stands: their
 * count bounds the count convertedShare would find, so below its thresholds the sample is
 * simplified without converting it (nearly every simplified document; OpenCC was about a
 * third of decode+normalise).
 */
function surelySimplified(sample: string, hints: Hints): boolean {
  let han = 0
  let bound = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (hints.shifts[c] === 1) return false
    if (!isHan(c)) continue
    han++
    bound += hints.changes[c]!
  }
  return !traditional(han, bound)
}

type Entries = ReadonlyArray<readonly [string, string]>
const entriesOf = (dict: unknown): Entries =>
  typeof dict === "string" ? dict.split("|").map((e) => e.split(" ") as unknown as readonly [string, string]) : (dict as Entries)

/** The hints from the t→cn dictionaries, or null (always convert) when they are not where this expects them. */
function readHints(): Hints | null {
  const config = (OpenCC.Locale?.configs as Record<string, { normalizationChain?: unknown; conversionChain?: unknown }> | undefined)?.t2s
  const variants = config?.normalizationChain
  const conversion = config?.conversionChain
  if (!Array.isArray(variants) || !Array.isArray(conversion)) return null
  const changes = new Uint8Array(65536)
  const shifts = new Uint8Array(65536)
  for (const [pass, groups] of [[1, variants], [2, conversion]] as const) {
    for (const group of groups as ReadonlyArray<ReadonlyArray<unknown>>) {
      for (const dict of group) {
        for (const [key, value] of entriesOf(dict)) {
          if (typeof key !== "string" || typeof value !== "string") return null
          if (key === value) continue
          if (pass === 1 || key.length !== value.length) {
            // One unit of the key is enough (without it the entry cannot match): the rarest, so that
            // 二噁英 → 二𫫇英 flags 噁, not 二.
            shifts[rarestUnit(key)] = 1
            continue
          }
          for (let j = 0; j < key.length; j++) if (key[j] !== value[j]) changes[key.charCodeAt(j)] = 1
        }
      }
    }
  }
  return { changes, shifts }
}

/** The first code unit of a key that is not a common character (a surrogate, a rare character), else its first. */
function rarestUnit(key: string): number {
  for (let j = 0; j < key.length; j++) if (!COMMON_HANZI.has(key[j]!)) return key.charCodeAt(j)
  return key.charCodeAt(0)
}

const HINTS = readHints()

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
    // A line the hints show OpenCC cannot change is kept without converting it: the simplified
    // lines of a mixed document, and the blank and Latin lines of a traditional one.
    const out = HINTS !== null && unchangeable(t, from, to, HINTS) ? line : toSimplified(line)
    if (out === line) b.keep(from, to)
    else if (out.length === line.length || !byCodePoint(b, from, line, out)) b.replace(from, to, out)
    if (to < t.length) b.keep(to, to + 1)
    from = to + 1
  }
  return b.build()
}

/** True when no code unit of text[from, to) is one the conversion changes or needs (see `Hints`). */
function unchangeable(text: string, from: number, to: number, hints: Hints): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (hints.changes[c] === 1 || hints.shifts[c] === 1) return false
  }
  return true
}

/**
 * A line whose conversion changed its length only through characters outside the BMP (晛 → 𬀪)
 * still maps character by character; false (nothing emitted) when the code points do not pair
 * up (a phrase rule changed their number), and the line maps as a whole.
 */
function byCodePoint(b: MappedTextBuilder, from: number, line: string, out: string): boolean {
  const src = [...line]
  const dst = [...out]
  if (src.length !== dst.length) return false
  let at = from
  for (let k = 0; k < src.length; k++) {
    const next = at + src[k]!.length
    if (src[k] === dst[k]) b.keep(at, next)
    else b.replace(at, next, dst[k]!)
    at = next
  }
  return true
}

const TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
/** A character followed by one or more parenthesised syllables: 區(qū), 江(jiang)(jiang). */
const PINYIN = /[\u4e00-\u9fff](?:\((?:[a-zü]|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]){1,6}\))+/g
/** A syllable of Mandarin without its tone: an optional initial, vowels, an optional n/ng/r. Not km, GPU, cm. */
const SYLLABLE = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüv]{1,3}(?:ng|n|r)?$/
/** Untoned syllables are taken only from a text that carries this many (a mirror's annotation runs through it). */
const UNTONED_RUN = 3

/**
 * Removes the pinyin that some converters and mirror sites leave after characters: 區(qū) → 区,
 * 產(chǎn) → 产, and without tone marks 大(da)興(xing)安(an)嶺(ling) → 大兴安岭 when the text carries
 * several such (one 项目(a) is a list label, not an annotation). Only a parenthesised Mandarin
 * syllable qualifies, so (GPU), (km) or (璧山片区) stay.
 */
export function removePinyinArtefacts(input: MappedText): MappedText {
  const t = input.text
  if (t.indexOf("(") === -1) return input
  const cuts: Array<readonly [at: number, end: number, toned: number]> = []
  let untoned = 0
  for (const m of t.matchAll(PINYIN)) {
    const groups = m[0].slice(2, -1).split(")(")
    const toned = groups.some((g) => [...g].some((ch) => TONED.includes(ch)))
    if (!toned) {
      if (!groups.every((g) => SYLLABLE.test(g))) continue
      untoned++
    }
    cuts.push([m.index + 1, m.index + m[0].length, toned ? 1 : 0])
  }
  const kept = untoned >= UNTONED_RUN ? cuts : cuts.filter((c) => c[2] === 1)
  if (!kept.length) return input
  const b = new MappedTextBuilder(input)
  let run = 0
  for (const [at, end] of kept) {
    b.keep(run, at)
    run = end
  }
  b.keep(run, t.length)
  return b.build()
}
