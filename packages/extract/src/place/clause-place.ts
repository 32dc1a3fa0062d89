/**
 * A fact's place: the document's, unless its clause opens with another. 全省/全市/全区/全县, 我市
 * and 本市 are the document's place at that level (a district report's 全市 is its city),
 * 全国 the nation, and a place in the document's province named at the clause's head (after
 * time words) takes over — unless it is used as a modifier (重庆市专精特新企业 … 的/级).
 */
import type { Place } from "@govstat/schema"
import { isWithin, lineage, NATION, provinceOf } from "./gazetteer.js"
import { mentionAt, placeMentions } from "./match.js"
import { resolveMention, unresolved } from "./resolve.js"
import { placesNamed } from "./gazetteer.js"
import { WHOLE_PROVINCE_WORDS } from "./whole-words.js"
import { corpsUnitIn } from "./corps.js"

export const LEADING_TIME = /^[\s,，、]*((?:19|20)\d{2}年|[一二三四]季度|上半年|前三季度|全年|同时|其中)*[,，]?/
// (郑州分局辖区生产原煤…, 成都分行发布…: an office named after the city it sits in covers no unit of the gazetteer.)
const MODIFIER_AFTER = /^(级|的|人|籍|市场|特色|分局|分行|支行)/

/** The document's place at the level a 全X word names. */
export function placeAtLevel(doc: Place, word: string): Place | null {
  const line = lineage(doc)
  const at = (pred: (p: Place) => boolean) => line.find(pred) ?? null
  switch (word) {
    case "省": return at((p) => p.level === "province")
    // A municipality (a province named …市) is province and city at once: its 全市 is itself.
    case "市": return at((p) => p.level === "prefecture" || (p.level !== "zone" && p.name.endsWith("市")))
    case "区": return at((p) => p.level === "zone" || (p.level !== "country" && p.name.endsWith("区")))
    case "县": return at((p) => p.level === "county" && /县$/.test(p.name))
    case "州": return at((p) => p.level === "prefecture" && p.name.endsWith("州"))
    case "盟": return at((p) => p.level === "prefecture" && p.name.endsWith("盟"))
    case "旗": return at((p) => p.level === "county" && p.name.endsWith("旗"))
    default: return null
  }
}

const TAIWAN_CODE = "710000"

const WHOLE_FIRST = new Set([..."全本我"].map((c) => c.charCodeAt(0)))

/**
 * The place a clause opens with, or null when it opens with none (the caller keeps its own).
 * `fullText` is the document: a two-character county stem (新兴, 平安, 解放 are words too) leads
 * only when the document shows it to be a place (names the unit in full, or lists it with another).
 */
export function clausePlace(clause: string, doc: Place | null, fullText?: string): Place | null {
  const i = LEADING_TIME.exec(clause)?.[0].length ?? 0
  if (WHOLE_FIRST.has(clause.charCodeAt(i))) {
    const s = clause.slice(i, i + 8)
    // 全市率先, 全国首个: a rank among peers, said of the document's own place.
    if (/^(?:全|本|我)[国省市区县州盟旗](?:率先|首|第|唯一|领先|排名|前列|同类|最)/.test(s)) return null
    // (全国共有770万6202户 in a text of Taiwan's is Taiwan's whole: its texts call it the country.)
    if (/^(全国|我国)/.test(s)) return doc !== null && doc.code === TAIWAN_CODE ? doc : NATION
    // 全疆全年居民消费价格: the province its word names, wherever the document is.
    const province = WHOLE_PROVINCE_WORDS.get(s.slice(0, 2))
    if (province !== undefined && !/^..(?:率先|首|第|唯一|领先|排名|前列|同类|最)/.test(s)) {
      return placesNamed(province).find((e) => e.place.level === "province")?.place ?? null
    }
    const whole = /^(?:全|本|我)([省市区县州盟旗])/.exec(s)
    if (whole) return doc ? placeAtLevel(doc, whole[1]!) : null
  }
  const m = mentionAt(clause, i, Math.min(clause.length, i + 24))
  if (!m || MODIFIER_AFTER.test(clause.slice(m.end, m.end + 2))) return null
  const p = resolveMention(m, doc)
  // 鼓楼区 in a text that names no city: the name, without a code.
  if (!p && !doc) return unresolved(m)
  if (!p || p.level === "country") return null
  const weak = m.entries.some((e) => e.weak)
  if (!doc || doc.level === "country") return weak ? null : p
  if (weak && m.zoneHead === null && m.form.length <= 2 && fullText !== undefined && !namedAsPlace(fullText, m.form, p)) return null
  // Inside the document's province, and not one of its own ancestors (在市委领导下 is context, not subject).
  const prov = provinceOf(doc)
  if (prov && !isWithin(p, prov) && p.code !== null && !corpsUnitIn(p, doc)) return null
  // …except a zone's text stating a figure of the city or province it lies in (成都市地区生产总值
  // 22074.7亿元 in 天府新区's release): the unit's own, not the zone's. Not where the name only
  // qualifies another place (成都天府新区, 重庆市璧山区) or an institution (重庆市第四人民医院…封顶).
  if (p !== doc && isWithin(doc, p)) return doc.level === "zone" && ownFigure(clause, m.end) ? p : null
  // 汕头、惠州、河源三市的合同外资额: a combined figure of listed places is the document's, which holds them.
  if (clause[m.end] === "、" && PLACES_COUNTED.test(clause.slice(m.end, m.end + 24)) && p !== doc && isWithin(p, doc)) return doc
  return p
}

/**
 * 排名第一的唐山,在2017年前三季度中,以5108.2亿元成为榜首; 还有邯郸,…GDP为2707.9亿元: a short clause
 * without a figure that ends in a place (after 的, 有, 是) names the topic of the clauses after it.
 * Null when the clause is no such topic, or the place is outside the document's province.
 */
export function topicPlace(clause: string, doc: Place | null): Place | null {
  // (Cheap guard: a short clause, its last character not a digit or a mark.)
  if (clause.length < 4 || clause.length > 18) return null
  const t = clause.replace(CLAUSE_END, "")
  if (t.length < 3 || !/[\u4e00-\u9fff]$/.test(t)) return null
  const m = TOPIC_END.exec(t)
  if (!m || /[0-9０-９]/.test(t)) return null
  const at = t.length - m[1]!.length
  // (湖北省的孝感, 四川省的郫县等十一个县: a list of places by their provinces names no topic.)
  const mention = mentionAt(t, at)
  if (!mention || mention.end !== t.length || placeMentions(t, 0, at).length > 0 || (mention.entries.some((e) => e.weak) && mention.zoneHead === null)) return null
  const p = resolveMention(mention, doc)
  if (!p || p.level === "country" || (doc !== null && (p === doc || isWithin(doc, p)))) return null
  const prov = doc ? provinceOf(doc) : null
  return prov && !isWithin(p, prov) ? null : p
}
const TOPIC_END = /(?:的|还有|有|是)([\u4e00-\u9fff]{2,8})$/
const CLAUSE_END = /[\s,，、；;:：]+$/

/** The clause goes on from a place's name to a figure in digits of its own, through no other place or ordinal. */
const ownFigure = (clause: string, end: number): boolean =>
  !mentionAt(clause, end) && !/^第/.test(clause.slice(end, end + 1)) && /^[^，,；;。：:]*?[0-9０-９]/.test(clause.slice(end))

/** A list of places closed by their count or kind: 、惠州、河源三市, 、云浮等市. */
const PLACES_COUNTED = /^、[^，,。；;]{1,20}?(?:[两三四五六七八九十]|\d{1,2})?个?(?:市|县|区|州|地)(?:的|合计|共|均|[^\u4e00-\u9fff])/

/**
 * True when a document shows a stem to be a place: it names the unit in full, or lists the
 * stem with another place (璧山、荣昌高新区; 万州、涪陵).
 */
function namedAsPlace(text: string, stem: string, p: Place): boolean {
  // Clauses ask it of the same few stems again and again: each is searched for once per document.
  if (text !== namedText) {
    namedText = text
    named.clear()
  }
  const key = `${stem}\u0000${p.name}`
  let found = named.get(key)
  if (found === undefined) {
    found = searchNamedAsPlace(text, stem, p)
    named.set(key, found)
  }
  return found
}

/** The document the memo of namedAsPlace holds answers for (the last one asked about). */
let namedText: string | undefined
const named = new Map<string, boolean>()

function searchNamedAsPlace(text: string, stem: string, p: Place): boolean {
  if (text.includes(p.name)) return true
  for (let i = text.indexOf(stem); i !== -1; i = text.indexOf(stem, i + 1)) {
    const after = i + stem.length
    if (text[after] === "、" && mentionAt(text, after + 1)) return true
    if (text[i - 1] === "、") {
      for (let j = Math.max(0, i - 10); j < i - 1; j++) if (mentionAt(text, j)?.end === i - 1) return true
    }
  }
  return false
}

/**
 * The place a name itself carries (渝昆高铁璧山段 → 璧山区): the most specific place it
 * names inside the document's hierarchy, or null.
 */
export function ownPlace(name: string, doc: Place | null): Place | null {
  let best: Place | null = null
  for (const m of placeMentions(name)) {
    // Without a place around it, a county stem inside a name is a word (特殊教育资源中心, 三江生物,
    // 城西幼儿园), not 资源县, 三江侗族自治县 or 城西区: as in clausePlace, it names nothing.
    if ((!doc || doc.level === "country") && m.zoneHead === null && m.entries.every((e) => e.weak)) continue
    const p = resolveMention(m, doc)
    if (p && p.level !== "country" && (!best || lineage(p).length > lineage(best).length)) best = p
  }
  return best
}
