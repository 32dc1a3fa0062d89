/**
 * The dimension of a unit as written, in the catalogue's vocabulary: 亿元 → money,
 * 万元/亩 → money_per_area, 万人次 → person_time, 万 → magnitude (a bare 万 or 亿 counts
 * whatever the subject names). Read from the units codebook, so a new unit there is a new
 * dimension here; null for a unit the codebook does not know.
 *
 * One function so that it can give way to the codebook's own `unitDimension` once that is
 * exported from @govstat/schema.
 */
import { findUnit, type IndicatorDimension } from "@govstat/schema"

export type UnitDimension = IndicatorDimension | "percentage_point" | "multiple" | "magnitude" | "none"

const PER = /^(.+?)(?:\/|每)(.+)$/

/** What the denominator of a rate unit divides by: 元/人 per person, 万元/亩 per area. */
function perWhat(unit: string): "person" | "area" | "money" | null {
  if (/^(万)?(人|户|人口)$/.test(unit)) return "person"
  if (/^(亩|平方米|平方公里|公顷)$/.test(unit)) return "area"
  if (/^(万)?元$/.test(unit)) return "money"
  return null
}

export function unitDimension(unit: string): UnitDimension | null {
  if (unit === "") return "none"
  if (/^(微克|毫克)(\/|每)立方米$/.test(unit)) return "concentration"
  const per = PER.exec(unit)
  if (per) {
    const top = unitDimension(per[1]!)
    const below = perWhat(per[2]!)
    if (top === "money" && below === "person") return "money_per_person"
    if (top === "money" && below === "area") return "money_per_area"
    if (top === "mass" && below === "area") return "mass_per_area"
    if (top === "mass" && below === "money") return "mass_per_money"
    if (top === "area" && below === "person") return "area_per_person"
    return null
  }
  if (/^(岁|周岁)$/.test(unit)) return "time"
  if (/标准煤$/.test(unit)) return "energy"
  const u = findUnit(unit)
  if (!u) return null
  switch (u.dimension) {
    case "people": return u.base === "person_time" ? "person_time" : "person"
    case "count": return u.base === "count" ? "magnitude" : "count"
    case "percentage_point": return "percentage_point"
    case "multiple": return "multiple"
    default: return u.dimension
  }
}
