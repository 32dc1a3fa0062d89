/**
 * Word segmentation with part-of-speech tags: jieba (the Rust port, `@node-rs/jieba`, a
 * prebuilt native addon that loads in worker threads) with its standard dictionary plus the
 * names this project knows — every region name and alias and every catalogue indicator name
 * and alias — so that 城镇调查失业率 or 两江新区 are one word, never cut in the middle.
 *
 * The segmenter and its dictionary are built once, on first use (about 0.2 s), and never
 * change afterwards: the same text always gives the same words.
 */
import { createRequire } from "node:module"
import { readFileSync } from "node:fs"
import type { Jieba } from "@node-rs/jieba"
import { IndicatorCatalog, Regions } from "@govstat/schema"
import { StatisticalWords } from "./lexicon.js"
import { detached } from "../detached.js"

export interface Token {
  readonly word: string
  readonly tag: string
  readonly start: number
  readonly end: number
}

/**
 * Frequencies for the added words: high enough that jieba keeps a known name whole against
 * the split its own dictionary would prefer (人均+可支配收入), low enough not to swallow
 * ordinary words in running text.
 */
const NAME_FREQ = 200000
const PLACE_FREQ = 50000

/** The user dictionary (`word freq tag` lines) built from the codebooks. */
export function userDictionary(): string {
  const lines = new Map<string, string>()
  for (const r of Regions) {
    for (const name of [r.name, ...r.aliases]) {
      if (name.length >= 2 && !/[\s()（）]/.test(name)) lines.set(name, `${name} ${PLACE_FREQ} ns`)
    }
  }
  for (const [word, tag] of StatisticalWords) lines.set(word, `${word} ${NAME_FREQ} ${tag}`)
  for (const entry of IndicatorCatalog) {
    for (const name of [entry.name, ...entry.aliases]) {
      // Indicator names win over a place name spelled the same (城镇 stays ns only as a place).
      if (name.length >= 3 && !/[\s“”"]/.test(name) && !lines.has(name)) lines.set(name, `${name} ${NAME_FREQ} n`)
    }
  }
  return [...lines.values()].join("\n") + "\n"
}

let loaded: Jieba | undefined

function segmenter(): Jieba {
  if (loaded) return loaded
  const require = createRequire(import.meta.url)
  const { Jieba: JiebaClass } = require("@node-rs/jieba") as typeof import("@node-rs/jieba")
  const jieba = JiebaClass.withDict(readFileSync(require.resolve("@node-rs/jieba/dict.txt")))
  jieba.loadDict(Buffer.from(userDictionary(), "utf8"))
  loaded = jieba
  return jieba
}

/**
 * Words of text with jieba POS tags (n, v, ns, nz, m, q, …); start/end are JS string indices
 * into text. jieba's HMM guesses words its dictionary lacks (proper names of projects and firms).
 */
export function segment(text: string): ReadonlyArray<Token> {
  return text.length === 0 ? [] : cached(withHmm, text, true)
}

/**
 * The same with dictionary words only: where the HMM would glue unknown neighbours into false
 * words (比上年 → 比上/年, 年励), single characters are left that a subject can be cut between.
 * Runs of digits and Latin letters (5.1%, PM2.5) are still one word.
 */
export function segmentKnown(text: string): ReadonlyArray<Token> {
  return text.length === 0 ? [] : cached(knownOnly, text, false)
}

/**
 * Words already found, by text: the same short stretches (城镇新增就业, a clause's subject) are
 * segmented again and again, and each call into the addon costs microseconds. The answer for a
 * text never changes, so a cache cannot change a result; it is emptied when it grows large.
 */
const withHmm = new Map<string, ReadonlyArray<Token>>()
const knownOnly = new Map<string, ReadonlyArray<Token>>()
const CACHE_LIMIT = 20_000
/** Longer texts (whole clauses) rarely repeat. */
const CACHED_LENGTH = 32

function cached(cache: Map<string, ReadonlyArray<Token>>, text: string, hmm: boolean): ReadonlyArray<Token> {
  if (text.length > CACHED_LENGTH) return tokens(text, segmenter().tag(text, hmm))
  let words = cache.get(text)
  if (words === undefined) {
    words = tokens(text, segmenter().tag(text, hmm))
    if (cache.size >= CACHE_LIMIT) cache.clear()
    // A copy as the key: a slice of a document would keep the whole document alive.
    cache.set(detached(text), words)
  }
  return words
}

function tokens(text: string, tagged: ReadonlyArray<{ word: string; tag: string }>): Array<Token> {
  const out: Array<Token> = []
  let at = 0
  for (const { word, tag } of tagged) {
    // jieba returns every character of the input in order; find guards against any it drops.
    const start = text.startsWith(word, at) ? at : text.indexOf(word, at)
    if (start < 0) continue
    at = start + word.length
    const last = out[out.length - 1]
    const kind = LATIN_NUMBER.test(word) ? (DIGITS.test(word) ? "m" : "eng") : null
    if (kind && last && last.end === start && LATIN_NUMBER.test(last.word)) {
      out[out.length - 1] = { word: last.word + word, tag: last.tag === "m" && kind === "m" ? "m" : "eng", start: last.start, end: at }
    } else {
      out.push({ word, tag: kind ?? TAGS.get(word) ?? tag, start, end: at })
    }
  }
  return out
}

/** The lexicon's tags win over the dictionary's for words both have (高速 is a modifier, not an adverb). */
const TAGS: ReadonlyMap<string, string> = new Map(StatisticalWords)
const LATIN_NUMBER = /^[0-9A-Za-z.%]+$/
const DIGITS = /^[0-9.%]+$/
