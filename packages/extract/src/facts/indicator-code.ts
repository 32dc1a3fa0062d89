/**
 * The code gate: a subject gets a catalogue code only when its name matches an entry AND the
 * number's unit has a dimension the entry admits for the number's measure. 亩均税收 in 万元
 * does not name 税收收入; 税收 in 万元/亩 is a different indicator; 城镇化率 in 万人 is not
 * a rate. A wrong code is worse than none, so anything unsure stays null.
 */
import { findIndicators, indicatorByName, type CatalogMeasure, type IndicatorDimension, type IndicatorEntry } from "@govstat/schema"
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
export function admits(entry: IndicatorEntry, unit: string, measure: CatalogMeasure, textLeft = ""): boolean {
  const u = unitDimension(unit)
  if (u === null) return false
  // Until the Measure enum has `change`, a move of a rate in points is read as growth_rate.
  const m: CatalogMeasure = measure === "growth_rate" && u === "percentage_point" ? "change" : measure
  // 地区生产总值189亿元,是2011年的1.74倍: a quantity stated as a multiple of its own earlier level.
  if (m === "ratio" && u === "multiple" && MULTIPLE_OF_ITSELF.test(textLeft.replace(/\s+/g, ""))) return entry.dimensions.some((d) => !isRate(d))
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

/**
 * 是2011年的, 等于一九四九年的, 相当于1978年的: the multiple compares the subject with its own
 * level in a year (a bare 高出四倍 or 是…的 of another noun is not this frame).
 */
const MULTIPLE_OF_ITSELF = /(是|为|等于|相当于|达到)(上年|去年|[0-9０-９一二三四五六七八九〇零○]{2,4}年(末|底)?)的$/

/** Qualifiers and frame verbs between a name and its number (年内计划完成投资73亿元, 总投资达52.25亿元). */
const TAIL_FRAMES = /(达到|达|为|是|共计|共|合计|约|近|超过|超|突破|逾|分别|同比|比上年|增长|提高|预计)+$/

/**
 * The words right before the number in its clause when they extend the subject to the left
 * (年内计划完成投资 for the subject 投资): the name as written, which the cut subject lost.
 */
function writtenName(subject: string, sentenceLeft: string): string | null {
  let cut = sentenceLeft.length
  while (cut > 0 && !CLAUSE_MARKS.includes(sentenceLeft[cut - 1]!)) cut--
  const last = sentenceLeft.slice(cut)
  const tail = (/\s/.test(last) ? last.replace(/\s+/g, "") : last).replace(TAIL_FRAMES, "")
  return tail !== subject && tail.length <= 16 && tail.endsWith(subject) ? tail : null
}
const CLAUSE_MARKS = ",，;；:：。、"

/**
 * Entries whose names mean them only in a frame: 总投资 is the total investment of the projects
 * the sentence counts (36个工程…总投资52.25亿元), not a plan's 总的投资额 of all construction.
 */
const NEEDS_FRAME: Readonly<Record<string, RegExp>> = {
  TOTAL_INVESTMENT_PLANNED: /项目|工程|[0-9０-９一二三四五六七八九十百千]+[个项]/
}

/**
 * Entries of whatever set of projects their sentence counts (36个工程…总投资, 27个政府投资项目，总投资):
 * a subset's figure (其中…) is the same entry of its own set, not a part of the whole's.
 */
export const PER_SET_ENTRIES: ReadonlySet<string> = new Set(["TOTAL_INVESTMENT_PLANNED", "PROJECT_INVESTMENT_PLAN_YEAR"])

/**
 * The catalogue entry a subject, unit and measure name together, or null. `sentenceLeft` (the
 * sentence up to the number; its last 120 characters are enough) may give the name in full when
 * the subject is its cut head, and frames some entries need.
 */
export function indicatorEntry(subject: string, unit: string, measure: CatalogMeasure, sentenceLeft = ""): IndicatorEntry | null {
  const named = findIndicators(subject)
  if (named.length > 0) return firstAdmitted(named, unit, measure, sentenceLeft)
  const written = writtenName(subject, sentenceLeft)
  return written ? firstAdmitted(findIndicators(written), unit, measure, sentenceLeft) : null
}

/** The first of a name's entries that admits the number, in the frame its sentence gives. */
function firstAdmitted(entries: ReadonlyArray<IndicatorEntry>, unit: string, measure: CatalogMeasure, sentenceLeft: string): IndicatorEntry | null {
  for (const e of entries) {
    if (admits(e, unit, measure, sentenceLeft) && (NEEDS_FRAME[e.code]?.test(sentenceLeft) ?? true)) return e
  }
  return null
}

/**
 * 全区经济增长7%, 经济增长预期目标6.5%: "the economy grew" is the standard way to state GDP
 * growth, so the frame codes GDP — only as written: 经济 (with at most a scope word before it)
 * opening the clause, 增长/增速 right after it, and a growth rate in %.
 */
// (今年我市经济预期增长目标为14%以上: 预期 may stand before the growth word.)
// (今年一季度我国经济增长6.8%: a time of the year may open it, and 我国 is the nation's scope word; 本港经济增长,
// 本澳: Hong Kong's and Macao's; 又预料今年本港经济增长: a forecast of it.)
const GDP_GROWTH_FRAME = /^(?:[又并还也]?(?:预计|预测|预料))?(?:今年|全年|去年)?(?:[一二三四1-4]季度|第[一二三四]季度|前三季度|上半年|下半年)?(全[区市县省国州盟旗]|[我本该][区市县省州国港澳]|国民|今年|全年|去年)?经济(预期)?(增长|增速)(速度)?(的)?(预期目标|预期|调控目标|目标)?(定为|为|是|达到|达|力争|确保|争取)?$/

/** The GDP entry when `clauseLeft` (the clause up to the number) states GDP growth in that frame, else null. */
export function growthFrameEntry(clauseLeft: string, unit: string, measure: CatalogMeasure): IndicatorEntry | null {
  if (measure !== "growth_rate" || unitDimension(unit) !== "percent") return null
  const left = clauseLeft.replace(/\s+/g, "").replace(/(约|左右|超过|达到|保持|实现|分别|同比|比上年)+$/, "")
  return GDP_GROWTH_FRAME.test(left) ? indicatorByName("地区生产总值") ?? null : null
}
