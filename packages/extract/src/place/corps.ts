/**
 * The 新疆生产建设兵团 in the place hierarchy: a provincial unit of the statistics (gazetteer),
 * whose divisions' cities (石河子市 of 第八师) the standard lists as county-level cities of 新疆.
 * In a 兵团 text those cities are its units, as a county is a province's.
 */
import type { Place } from "@govstat/schema"
import { CITYLESS_DIVISIONS, CORPS_DIVISIONS } from "./conventional-names.js"
import { LEADING_TIME } from "./clause-place.js"
import { provinceOf } from "./gazetteer.js"

const CORPS = "新疆生产建设兵团"
const XINJIANG = "新疆维吾尔自治区"
const CORPS_CITIES = new Set(CORPS_DIVISIONS.map(([city]) => city))

/** True when `p` is the city of a 兵团 division and `context` lies in the 兵团. */
export function corpsUnitIn(p: Place, context: Place): boolean {
  if (!CORPS_CITIES.has(p.name)) return false
  return provinceOf(context)?.name === CORPS && provinceOf(p)?.name === XINJIANG
}

/** Length of the division without a city that opens `s` (第十二师生产总值), 0 when none does. */
export function citylessDivisionLength(s: string): number {
  for (const d of CITYLESS_DIVISIONS) if (s.startsWith(d) && s[d.length] !== "范") return d.length
  return 0
}

/**
 * True when a clause opens (after time words) with a division that has no city: its figures
 * are of no place the gazetteer holds, so they get no region rather than the 兵团's or a city's.
 */
export function opensCitylessDivision(clause: string): boolean {
  if (!clause.includes("师")) return false
  const i = LEADING_TIME.exec(clause)?.[0].length ?? 0
  return citylessDivisionLength(clause.slice(i)) > 0
}
