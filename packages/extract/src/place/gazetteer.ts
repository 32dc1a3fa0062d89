/**
 * The extractor's view of the gazetteer: every form a place is written under (full name,
 * given aliases, rule-derived short forms) in one character trie, and the hierarchy
 * (ancestors, the ancestor at a level). Built once from the schema's data; read-only after.
 */
import { NATION, type Place, type PlaceLevel, Places, unitByCode } from "@govstat/schema"
import { COMMON_WORD_NAMES } from "./common-word-names.js"
import { CONVENTIONAL_NAMES } from "./conventional-names.js"
import { shortForms } from "./short-forms.js"

export interface Entry {
  readonly place: Place
  /** A county-level stem, trusted only inside the document's hierarchy. */
  readonly weak: boolean
}

interface Node {
  next: Map<number, Node> | null
  entries: Array<Entry> | null
}

const newNode = (): Node => ({ next: null, entries: null })
const root: Node = newNode()
const forms = new Map<string, Array<Entry>>()

function add(form: string, entry: Entry): void {
  let node = root
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i)
    node.next ??= new Map()
    let child = node.next.get(c)
    if (!child) { child = newNode(); node.next.set(c, child) }
    node = child
  }
  node.entries ??= []
  if (node.entries.some((e) => e.place === entry.place)) return
  node.entries.push(entry)
  forms.set(form, node.entries)
}

/** Short forms of provinces and prefectures, which no county takes (长沙县 is not 长沙). */
const higher = new Set<string>()
for (const p of Places) {
  if (p.level === "province" || p.level === "prefecture") for (const s of shortForms(p, higher)) higher.add(s.form)
}
const shortOf = new Map<Place, Array<string>>()
for (const p of Places) {
  add(p.name, { place: p, weak: COMMON_WORD_NAMES.has(p.name) })
  for (const a of p.aliases) add(a, { place: p, weak: false })
  // 明水经济技术开发区 is also written 明水经开区.
  if (p.level === "zone") for (const n of [p.name, ...p.aliases]) if (n.endsWith("经济技术开发区")) add(n.replace(/经济技术开发区$/, "经开区"), { place: p, weak: false })
  const sf = shortForms(p, higher)
  for (const s of sf) add(s.form, { place: p, weak: s.weak })
  shortOf.set(p, sf.map((s) => s.form))
}

const conventional = new Map(CONVENTIONAL_NAMES.map(([name, ...rest]) => [name, rest]))
for (const p of Places) for (const f of conventional.get(p.name) ?? []) add(f, { place: p, weak: false })

/** The root's children by code unit. */
const FIRST_STEP: Array<Node | undefined> = new Array(65536).fill(undefined)
for (const [c, node] of root.next ?? []) FIRST_STEP[c] = node

/** The places written under a form (several for 鼓楼区, 朝阳区, 吉林). */
export const placesNamed = (form: string): ReadonlyArray<Entry> => forms.get(form) ?? []

/** Every form the trie knows (names, aliases, short forms). */
export const allForms = (): IterableIterator<string> => forms.keys()

/** Short forms of a place by rule (empty for the nation and zones). */
export const shortFormsOf = (p: Place): ReadonlyArray<string> => shortOf.get(p) ?? []

/**
 * The longest form starting at `at` whose entries exist, or null. One walk down the trie:
 * the cost is bounded by the longest name, so a scan over a text stays linear in its length.
 */
export function longestFormAt(text: string, at: number, end = text.length): { length: number; entries: ReadonlyArray<Entry> } | null {
  // The first step is asked at every position of a scanned text: an array by code unit, not a map.
  if (at >= end) return null
  let node: Node | undefined = FIRST_STEP[text.charCodeAt(at)]
  if (!node) return null
  let best: { length: number; entries: ReadonlyArray<Entry> } | null = node.entries ? { length: 1, entries: node.entries } : null
  for (let i = at + 1; i < end && node?.next; i++) {
    node = node.next.get(text.charCodeAt(i))
    if (!node) break
    if (node.entries) best = { length: i - at + 1, entries: node.entries }
  }
  return best
}

/** The enclosing place, up to the nation. */
export function parentOf(p: Place): Place | null {
  if (p.level === "country") return null
  if (p.level === "province" || !p.parentCode) return NATION
  return unitByCode(p.parentCode) ?? NATION
}

/** The place and its ancestors, nearest first. */
export function lineage(p: Place): Array<Place> {
  return [...lineageOf(p)]
}

/** Lineages are asked for on every clause with a place: each is built once (places never change). */
const lineages = new Map<Place, ReadonlyArray<Place>>()
function lineageOf(p: Place): ReadonlyArray<Place> {
  let line = lineages.get(p)
  if (!line) {
    const out: Array<Place> = []
    for (let q: Place | null = p; q; q = parentOf(q)) out.push(q)
    line = out
    // Bounded: a name without a code (鼓楼区 in a text naming no city) is a new place each time.
    if (lineages.size >= 50_000) lineages.clear()
    lineages.set(p, line)
  }
  return line
}

/** True when `inner` is `outer` or lies inside it. */
export const isWithin = (inner: Place, outer: Place): boolean => lineageOf(inner).includes(outer)

/** True when one of the two lies inside the other. */
export const sameLine = (a: Place, b: Place): boolean => isWithin(a, b) || isWithin(b, a)

const RANK: Record<PlaceLevel, number> = { country: 0, province: 1, prefecture: 2, county: 3, zone: 4 }
/** Depth in the hierarchy: the nation 0 … a zone 4. */
export const depth = (p: Place): number => RANK[p.level]

/** The province a place lies in. */
export { NATION }

export const provinceOf = (p: Place): Place | null => lineageOf(p).find((q) => q.level === "province") ?? null
