/**
 * The code gate: a subject gets a catalogue code only when its name matches an entry AND the
 * number's unit has a dimension the entry admits for the number's measure. 亩均税收 in 万元
 * does not name 税收收入; 税收 in 万元/亩 is a different indicator; 城镇化率 in 万人 is not
 * a rate. A wrong code is worse than none, so anything unsure stays null.
 */
import { findIndicator, indicatorByName, type CatalogMeasure, type IndicatorDimension, type IndicatorEntry } from "@govstat/schema"
import { unitDimension, type UnitDimension } from "./unit-dimension.js"

/** The unit dimensions that can express a level of an indicator of each dimension. */
const LEVEL_UNITS: Partial<Record<IndicatorDimension, ReadonlyArray<UnitDimension>>> = {
  // 人均可支配收入 4.5万元: the 人均 is in the name, the unit is money.
  money_per_person: ["money", "money_per_person"],
  money_per_area: ["money", "money_per_area"],
  mass_per_area: ["mass", "mass_per_area"],
  area_per_person: ["area", "area_per_person"],
  count_per_person: ["count", "person"],
  person: ["person", "magnitude"],
  // 农村危房改造366万户: households are counted as a count of things.
  person_time: ["person_time", "person", "magnitude"],
  count: ["count", "magnitude", "household"],
  percent: ["percent"],
  ratio: ["none", "multiple"],
  index: ["none"]
}

const levelUnits = (d: IndicatorDimension): ReadonlyArray<UnitDimension> => LEVEL_UNITS[d] ?? [d]
const isRate = (d: IndicatorDimension) => d === "percent" || d === "ratio" || d === "index" || d === "ratio_per_100k"

/** True when a number in `unit` read as `measure` can be a value of the entry. */
export function admits(entry: IndicatorEntry, unit: string, measure: CatalogMeasure): boolean {
  const u = unitDimension(unit)
  if (u === null) return false
  // Until the Measure enum has `change`, a move of a rate in points is read as growth_rate.
  const m: CatalogMeasure = measure === "growth_rate" && u === "percentage_point" ? "change" : measure
  if (!entry.measures.includes(m)) return false
  return entry.dimensions.some((d) => {
    switch (m) {
      case "level": return levelUnits(d).includes(u)
      case "growth_rate": return !isRate(d) || d === "index" ? u === "percent" || u === "multiple" : false
      case "share": return (d === "percent" || d === "ratio") && u === "percent"
      case "ratio": return d === "ratio" && (u === "none" || u === "multiple")
      case "change": return isRate(d) ? u === "percentage_point" || (d === "index" && u === "none") : levelUnits(d).includes(u)
    }
  })
}

/** The catalogue entry a subject, unit and measure name together, or null. */
export function indicatorEntry(subject: string, unit: string, measure: CatalogMeasure): IndicatorEntry | null {
  const entry = findIndicator(subject)
  return entry && admits(entry, unit, measure) ? entry : null
}

/**
 * 全区经济增长7%, 经济增长预期目标6.5%: "the economy grew" is the standard way to state GDP
 * growth, so the frame codes GDP — only as written: 经济 (with at most a scope word before it)
 * opening the clause, 增长/增速 right after it, and a growth rate in %.
 */
const GDP_GROWTH_FRAME = /^(全[区市县省国州盟旗]|[我本该][区市县省州]|国民|今年|全年|去年)?经济(增长|增速)(速度)?(的)?(预期目标|预期|调控目标|目标)?(定为|为|是|达到|达)?$/

/** The GDP entry when `clauseLeft` (the clause up to the number) states GDP growth in that frame, else null. */
export function growthFrameEntry(clauseLeft: string, unit: string, measure: CatalogMeasure): IndicatorEntry | null {
  if (measure !== "growth_rate" || unitDimension(unit) !== "percent") return null
  const left = clauseLeft.replace(/\s+/g, "").replace(/(约|左右|超过|达到|保持|实现|分别|同比|比上年)+$/, "")
  return GDP_GROWTH_FRAME.test(left) ? indicatorByName("地区生产总值") ?? null : null
}
