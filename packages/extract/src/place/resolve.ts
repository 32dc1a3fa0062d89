/**
 * Resolving mentions to places inside a hierarchy: a name several units share (鼓楼区) or a
 * county stem (龙岗) resolves only through the place around it; an unresolved name keeps its
 * name with a null code. A code is never guessed.
 */
import { NATION, type Place, placesNamedAsZone } from "./zone-lookup.js"
import { isWithin, lineage, parentOf, provinceOf, sameLine, shortFormsOf } from "./gazetteer.js"
import type { Mention } from "./match.js"
import { corpsUnitIn } from "./corps.js"

/** True when a candidate fits the context: on its line, or in the same province. */
function fits(p: Place, context: Place): boolean {
  if (sameLine(p, context)) return true
  const prov = provinceOf(context)
  return (prov !== null && isWithin(p, prov)) || corpsUnitIn(p, context)
}

/** The one place a mention's form stands for in a context, null when none or several fit. */
export function resolveForm(m: Mention, context: Place | null): Place | null {
  const entries = m.entries
  // A weak stem (工农, 和平, 光明) only inside the context (a county's or zone's: inside its parent,
  // where its siblings are); a full name anywhere in the context's province.
  const container = context && (context.level === "county" || context.level === "zone") ? parentOf(context) ?? context : context
  let cands = context && container
    ? entries.filter((e) => (e.weak ? isWithin(e.place, container) : fits(e.place, context)))
    : entries.filter((e) => !e.weak)
  // Without a context a weak stem stands only when nothing else is written that way.
  if (!context && !cands.length && entries.length === 1) cands = [...entries]
  // A name inside the context's own line beats one elsewhere in the province (江北区 in 重庆).
  if (context && cands.length > 1) {
    const onLine = cands.filter((e) => sameLine(e.place, context))
    if (onLine.length) cands = onLine
  }
  // 海南, 吉林 with nothing around them: the province before the prefecture of that name.
  if (!context && cands.length > 1) {
    const provinces = cands.filter((e) => e.place.level === "province")
    if (provinces.length === 1) cands = provinces
  }
  const places = [...new Set(cands.map((e) => e.place))]
  return places.length === 1 ? places[0]! : null
}

/** A zone named by rule: its written name, its parent's code, or the curated zone of that name. */
function zoneOf(name: string, parent: Place | null): Place {
  const curated = placesNamedAsZone(name)
  if (curated) return curated
  return { name, code: parent?.code ?? null, level: "zone", parentCode: parent?.code ?? null, parent: parent?.name ?? null, aliases: [], zoneKind: null }
}

/** The name a place goes by in front of a zone head: 渭南市 → 渭南. */
const stemName = (p: Place): string => shortFormsOf(p).find((s) => s.length >= 2) ?? p.name

/** The place of a mention in a context (the document's place, or null), null when it cannot be told. */
export function resolveMention(m: Mention, context: Place | null): Place | null {
  if (m.zoneHead !== null && m.form === "") {
    // A bare 高新区 is the zone of the document's own city or county.
    if (!context) return null
    if (context.level === "zone") return context
    if (context.level === "country" || context.level === "province") return null
    return zoneOf(`${stemName(context)}${m.zoneHead}`, context)
  }
  const place = resolveForm(m, context)
  if (m.zoneHead === null) return place
  return zoneOf(`${m.form}${m.zoneHead}`, place)
}

/** An unresolved mention as a place with its name and no code (鼓楼区 in a text that names no city). */
export function unresolved(m: Mention): Place | null {
  if (m.zoneHead !== null || !m.entries.length || m.entries.some((e) => e.weak)) return null
  const first = m.entries[0]!.place
  if (m.form !== first.name) return null
  return { ...first, code: null, parentCode: null, parent: null }
}

export { isWithin, lineage, NATION, parentOf }
