/**
 * Indicator catalogue: canonical codes for the indicators of the national statistical
 * system, with the names and abbreviations documents use for them, the unit dimension each
 * admits and the measures it is published as. The rows are data (indicator-catalog-data.ts);
 * this module parses them and looks names up.
 *
 * A subject phrase maps to an entry when it equals a name or alias once stripped of the
 * modifiers listed in `SubjectModifiers` (全区, 全年, 规模以上 → 规上, …). Whether the
 * number then gets the entry's code also depends on its unit and measure (the code gate in
 * @govstat/extract): 亩均税收 in 万元 is not tax revenue.
 */
import { IndicatorCatalogTable } from "./indicator-catalog-data.js"

/**
 * What an indicator's unit measures. Per-person and per-area dimensions are written in
 * yuan or tonnes with the 人均/亩均 in the name, so they admit their numerator's units too.
 */
export const IndicatorDimensions = [
  "money", "money_per_person", "money_per_area", "count", "count_per_person", "person", "person_time", "mass",
  "mass_per_area", "transport_work", "mass_per_money", "area", "area_per_person", "length", "volume",
  "volume_per_money", "energy", "energy_per_money", "power", "concentration", "percent", "index", "ratio",
  "ratio_per_100k", "time"
] as const
export type IndicatorDimension = (typeof IndicatorDimensions)[number]

/** The measures an indicator is published as: the Measure enum plus change (a difference in the indicator's unit). */
export const CatalogMeasures = ["level", "growth_rate", "share", "ratio", "change"] as const
export type CatalogMeasure = (typeof CatalogMeasures)[number]

export interface IndicatorEntry {
  readonly code: string
  readonly name: string
  readonly name_en: string
  readonly aliases: ReadonlyArray<string>
  readonly dimensions: ReadonlyArray<IndicatorDimension>
  readonly measures: ReadonlyArray<CatalogMeasure>
}

/** Measures by dimension: rates are levels in % (share) that move by points; quantities are levels that grow. */
const defaultMeasures = (d: IndicatorDimension): ReadonlyArray<CatalogMeasure> =>
  d === "percent" || d === "ratio_per_100k" ? ["share", "change"]
    : d === "ratio" ? ["ratio", "share", "change"]
      : d === "index" ? ["growth_rate", "level", "change"]
        : ["level", "growth_rate", "change"]

function parse(table: string): Array<IndicatorEntry> {
  const out: Array<IndicatorEntry> = []
  for (const line of table.split("\n")) {
    if (line.trim() === "" || line.startsWith("#")) continue
    const [code, name, name_en, aliases, dims, measures] = line.split("|")
    if (!code || !name || !name_en || aliases === undefined || !dims) throw new Error(`indicator catalogue: bad line ${line}`)
    const dimensions = dims.split(";") as Array<IndicatorDimension>
    for (const d of dimensions) if (!IndicatorDimensions.includes(d)) throw new Error(`indicator catalogue: ${code} has unknown dimension ${d}`)
    const ms = measures ? (measures.split(";") as Array<CatalogMeasure>) : defaultMeasures(dimensions[0]!)
    out.push({ code, name, name_en, aliases: aliases.split(";").filter((a) => a !== ""), dimensions, measures: ms })
  }
  return out
}

export const IndicatorCatalog: ReadonlyArray<IndicatorEntry> = parse(IndicatorCatalogTable)

/**
 * Names to entries. A name may name several entries of disjoint dimensions (棉花 in 万担 is the
 * cotton crop, in 万亩 its sown area): the unit then says which, and the code gate picks it.
 */
const byName = new Map<string, Array<IndicatorEntry>>()
const addName = (name: string, entry: IndicatorEntry) => {
  const owners = byName.get(name) ?? []
  if (!owners.includes(entry)) owners.push(entry)
  byName.set(name, owners)
}
for (const entry of IndicatorCatalog) addName(entry.name, entry)
for (const entry of IndicatorCatalog) for (const a of entry.aliases) addName(a, entry)

/** Leading modifiers that do not change what is measured (the area and year are columns of their own). */
export const SubjectModifiers: ReadonlyArray<string> = [
  "全区", "全市", "全县", "全省", "全国", "全州", "全盟", "全旗", "全镇", "全乡", "全地区", "全年", "全域", "全社会", "本市", "本区", "本县", "我市",
  "我区", "我县", "我省", "我州", "本省", "该市", "该区", "该县", "该省", "实现", "完成", "其中", "累计", "年度", "当年", "年末", "年底",
  // 年内计划完成投资; 区级一般公共预算收入 (the reporting government's own level); 地级及以上城市细颗粒物平均浓度 (the national panel of cities).
  "年内", "今年", "区级", "县级", "地级及以上城市"
]

/** The first entry whose name or alias is exactly `name`, or undefined. */
export const indicatorByName = (name: string): IndicatorEntry | undefined => byName.get(name)?.[0]

/** Trailing words that name the same quantity (固定资产投资额, 一般公共预算支出规模, 招生人数, 学生数, 高企总量). */
const SAME_QUANTITY = /(额|总额|规模|同口径|水平|标准|的人数|人数|数量|总数|总量|数)$/

/**
 * 中央财政拟安排“三农”投入, 中央财政全年用于社会保障的资金: verbs of allotting between 财政 and
 * what the money is for do not change the item (中央财政“三农”投入, 中央财政社会保障资金).
 */
const ALLOTTED = /(财政)(全年)?(还将|拟|将|预算)?(安排|投入)?(用于)?(?=.)/

/**
 * A share written any of the usual ways, as the catalogue lists it: 服务业增加值在国内生产总值中的比重,
 * 财政赤字占国内生产总值的比重, 占GDP比重 → …占地区生产总值比重 (a national report's 国内生产总值 is
 * the nation's 地区生产总值).
 */
function shareForm(s: string): string {
  return s.replace(/在(.+?)中(所占)?的?比重$/, "占$1比重").replace(/占(.+?)的比重$/, "占$1比重")
    .replace(/占(国内生产总值|GDP)比重$/, "占地区生产总值比重")
}

/** A name as written, without 的 (钢的产量), without a verb of allotting, as a share, or without a trailing word naming the same quantity. */
function byAnyName(s: string): ReadonlyArray<IndicatorEntry> | undefined {
  const allotted = shareForm(s.replace(ALLOTTED, "$1"))
  for (const v of new Set([s, s.replace(/的/g, ""), allotted, allotted.replace(/的/g, "")])) {
    const hit = byName.get(v) ?? byName.get(v.replace(/规上/g, "规模以上"))
    if (hit) return hit
    const bare = v.replace(SAME_QUANTITY, "")
    if (bare !== v && bare.length >= 2) {
      const hit = byName.get(bare) ?? byName.get(bare.replace(/规上/g, "规模以上"))
      if (hit) return hit
    }
  }
  return undefined
}

/** Subjects already looked up, with their entries (the lookup is pure, and costs a dozen replaces). */
const found = new Map<string, ReadonlyArray<IndicatorEntry>>()
const NONE: ReadonlyArray<IndicatorEntry> = Object.freeze([])

/**
 * Every catalogue entry a subject phrase names (several only when they differ in dimension),
 * trying it as written and without leading modifiers; empty when none.
 */
export function findIndicators(subject: string): ReadonlyArray<IndicatorEntry> {
  const known = found.get(subject)
  if (known) return known
  const entries = lookUp(subject)
  // The same few hundred subjects recur in every document; a full table is dropped, not grown.
  if (found.size >= 20_000) found.clear()
  found.set(subject, entries)
  return entries
}

function lookUp(subject: string): ReadonlyArray<IndicatorEntry> {
  let s = subject.replace(/规模以上/g, "规上").replace(/\s+/g, "")
  for (let again = true; again;) {
    const hit = byAnyName(s)
    if (hit) return hit
    again = false
    for (const m of SubjectModifiers) {
      if (s.startsWith(m) && s.length > m.length) {
        s = s.slice(m.length)
        again = true
        break
      }
    }
  }
  return NONE
}

/** The (first) catalogue entry for a subject phrase, or undefined. */
export const findIndicator = (subject: string): IndicatorEntry | undefined => findIndicators(subject)[0]
