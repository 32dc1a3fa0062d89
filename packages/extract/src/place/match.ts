/**
 * Place mentions in a stretch of text: the longest known form at each position (one trie
 * walk per position, so linear in the text), a place followed by a zone head
 * (明水经开区, 渭南高新区), and a bare zone head (高新区) left for the document's place.
 */
import { type Entry, longestFormAt } from "./gazetteer.js"
import { CONJUNCTIONS, OTHER_NAMES, WORDS_AFTER_CONJUNCTION, WORDS_HOLDING_NAMES } from "./other-names.js"
import { ZONE_HEADS } from "./zone-heads.js"

export interface Mention {
  readonly at: number
  readonly end: number
  /** The place form as written (明水 in 明水经开区). */
  readonly form: string
  /** Places written under the form; empty for a bare zone head. */
  readonly entries: ReadonlyArray<Entry>
  /** The zone head that follows, in its written form (经济技术开发区 for 经开区), if any. */
  readonly zoneHead: string | null
}

/** Heads that stand alone for the document's own zone (its 高新区, its 经开区). */
const BARE_HEADS = new Set(["高新区", "经开区", "高新技术产业开发区", "经济技术开发区"])

/** The zone head starting at `at`, longest first. */
const HEAD_FIRST = new Set(ZONE_HEADS.map((h) => h[0].charCodeAt(0)))
export function zoneHeadAt(text: string, at: number): readonly [head: string, written: string] | null {
  if (!HEAD_FIRST.has(text.charCodeAt(at))) return null
  for (const h of ZONE_HEADS) if (text.startsWith(h[0], at)) return h
  return null
}

/** The mention starting exactly at `i`, or null. */
export function mentionAt(text: string, i: number, end = text.length): Mention | null {
  const found = longestFormAt(text, i, end)
  if (found) {
    const formEnd = i + found.length
    // A zone head after a unit's name (not after a zone's, nor after 全国/中国: 全国经开区 is no zone).
    const unit = found.entries.some((e) => e.place.level !== "zone" && e.place.level !== "country")
    const head = unit ? zoneHeadAt(text, formEnd) : null
    const stop = head ? formEnd + head[0].length : formEnd
    return { at: i, end: stop, form: text.slice(i, formEnd), entries: found.entries, zoneHead: head ? head[1] : null }
  }
  const head = zoneHeadAt(text, i)
  if (head && BARE_HEADS.has(head[0])) return { at: i, end: i + head[0].length, form: "", entries: [], zoneHead: head[1] }
  return null
}

export function placeMentions(text: string, start = 0, end = text.length): Array<Mention> {
  const out: Array<Mention> = []
  for (let i = start; i < end; i++) {
    const m = mentionAt(text, i, end)
    if (!m || insideOtherName(text, m) || namesRoad(text, m) || namesOrigin(text, m)) continue
    out.push(m)
    i = m.end - 1
  }
  return out
}

/** Length of the place form (with its zone head) that opens `s`, 0 when none does. */
export function leadingPlaceLength(s: string): number {
  const found = longestFormAt(s, 0, Math.min(s.length, 24))
  if (!found) return 0
  const head = zoneHeadAt(s, found.length)
  return found.length + (head ? head[0].length : 0)
}

/**
 * 南通路, 北京路, 人民大道: a road named after a place (most cities have their 南京路) is no
 * mention of the place; not 路网, 路线, 路径 (全市路网), nor a district named 路… after its city.
 */
function namesRoad(text: string, m: Mention): boolean {
  const c = text.charCodeAt(m.end)
  // (唐山路南区, 台州路桥区: a district whose name opens with 路 follows its city.)
  if (c === 0x8def /* 路 */) return !"网线径况演段口".includes(text[m.end + 1] ?? "") && mentionAt(text, m.end) === null
  return c === 0x5927 /* 大 */ && (text[m.end + 1] === "道" || text[m.end + 1] === "街")
}

/**
 * 香港旅客上升15.4%, 中国大陆旅客, 台湾地区旅客, 香港及中国台湾旅客, 广东省(625,475人次): where visitors come from, in
 * a release counting arrivals elsewhere (Macao's, a city's tourism), is not the place of the figure.
 */
const ORIGIN_AFTER = /^(?:大陆|内地|地区)?(?:旅客|游客|访客)|^[、及和与][^，。；,;:：]{0,14}?(?:旅客|游客|访客)|^[(（][\d,.]+万?人次[)）]/
function namesOrigin(text: string, m: Mention): boolean {
  return ORIGIN_FIRST.includes(text[m.end] ?? "x") && ORIGIN_AFTER.test(text.slice(m.end, m.end + 20))
}
/** (What can follow an origin: checked before the expression, which most mentions never need.) */
const ORIGIN_FIRST = "旅游访大内地(（、及和与"

/** 义县 in 嘉义县, 新北 in 新北市: a known form that is the tail or the head of a longer name of a place outside the gazetteer. */
function insideOtherName(text: string, m: Mention): boolean {
  return coveredBy(text, m, OTHER_NAMES) || coveredBy(text, m, WORDS_HOLDING_NAMES) || conjoinedWord(text, m)
}

/** 市政府和县委: a conjunction after a word, then a word that takes the rest of the name (WORDS_AFTER_CONJUNCTION). */
function conjoinedWord(text: string, m: Mention): boolean {
  if (m.at === 0 || !CONJUNCTIONS.includes(text[m.at]!) || !/[\u4e00-\u9fff]/.test(text[m.at - 1]!)) return false
  for (const w of WORDS_AFTER_CONJUNCTION) if (text.startsWith(w, m.at + 1)) return true
  return false
}

function coveredBy(text: string, m: Mention, names: ReadonlyArray<string>): boolean {
  for (const name of names) {
    if (name.length <= m.end - m.at) continue
    // Only the few starts from which the name would cover the mention are tried.
    for (let at = Math.max(0, m.end - name.length); at <= m.at; at++) if (text.startsWith(name, at)) return true
  }
  return false
}
