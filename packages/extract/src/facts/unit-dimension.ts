/**
 * The dimension of a unit as written, in the catalogue's vocabulary: 亿元 → money,
 * 万元/亩 → money_per_area, 万人次 → person_time, 万 → magnitude (a bare 万 or 亿 counts
 * whatever the subject names). Read from the units codebook, so a new unit there is a new
 * dimension here; null for a unit the codebook does not know.
 *
 * The units codebook's `unitDimension` says it for the units it lists; rates written with a
 * slash (万元/亩) and a few units it does not list are read here.
 */
import { type IndicatorDimension, unitDimension as codebookDimension } from "@govstat/schema"

export type UnitDimension = IndicatorDimension | "household" | "percentage_point" | "multiple" | "magnitude" | "temperature" | "none"

const PER = /^(.+?)(?:\/|每)(.+)$/

/** What the denominator of a rate unit divides by: 元/人 per person, 万元/亩 per area. */
function perWhat(unit: string): "person" | "area" | "money" | null {
  if (/^(万)?(人|户|人口)$/.test(unit)) return "person"
  if (/^(亩|平方米|平方公里|公顷)$/.test(unit)) return "area"
  if (/^(万)?元$/.test(unit)) return "money"
  return null
}

/** Units are few and every coded number asks for its unit's dimension: each is read once. */
const dimensions = new Map<string, UnitDimension | null>()

export function unitDimension(unit: string): UnitDimension | null {
  let d = dimensions.get(unit)
  if (d === undefined) {
    d = readDimension(unit)
    // Units come from a closed list plus rates of them; the bound only guards against the unforeseen.
    if (dimensions.size < 1000) dimensions.set(unit, d)
  }
  return d
}

function readDimension(unit: string): UnitDimension | null {
  if (unit === "") return "none"
  if (/^(微克|毫克)(\/|每)立方米$/.test(unit)) return "concentration"
  const known = codebookDimension(unit)
  if (known === "ratio") return "none"
  if (known !== null) return known
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
  return null
}
