import { col, freeText, table } from "../column.js"
import { Measures, Qualifiers, RegionLevels, Statuses } from "../enums.js"

export const IndicatorTable = table("indicators", "One row per numeric fact read from a document.", ["id"], {
  id: freeText(col.nonEmpty("Stable id: a hash of doc_id, span and value, equal across runs.")),
  doc_id: col.nonEmpty("Document the fact was read from (documents.doc_id)."),
  region: col.stringOrNull("Administrative area the number is about."),
  region_code: col.stringOrNull("GB/T 2260 code of region where one exists."),
  region_level: col.enumOrNull(RegionLevels, "Level of region: country, province, prefecture, county (county-level units) or zone (region_code is then its parent unit\'s)."),
  indicator: col.nonEmpty("Subject of the number: the noun phrase it measures, simplified Chinese."),
  indicator_code: col.stringOrNull("Canonical code from the indicator catalogue, null when none matches."),
  indicator_name: col.stringOrNull("Canonical Chinese name of indicator_code in the indicator catalogue; null when indicator_code is."),
  measure: col.enum(Measures, "level (stock, count, amount), growth_rate (relative change, % or 个百分点), share (percentage level), ratio, change (absolute change of a level: 比上年增加1.1万亿元)."),
  value: col.double("The number in the unit as written (983 for 983亿元, -29.4 for 下降29.4%)."),
  unit: col.string("Unit as written after the number, simplified; empty string for a bare ratio."),
  value_base: col.doubleOrNull("value converted to base_unit (9.83e10 for 983亿元); null when no base unit applies."),
  base_unit: col.stringOrNull("Base unit of value_base (CNY, USD, person, m2, km2, mu, t, kWh, …)."),
  period: col.stringOrNull("Period label: 2023, 2023Q1, 2023H1, 2023M06, 2023M01-09; null when undatable."),
  period_start: col.dateOrNull("First day of period."),
  period_end: col.dateOrNull("Last day of period."),
  status: col.enum(Statuses, "actual (achieved), target (planned), estimate (预计)."),
  qualifier: col.enumOrNull(Qualifiers, "approx (约, 左右), lower_bound (超, 以上, 余), upper_bound (以内, 以下); null when exact."),
  quote: freeText(col.nonEmpty("The clause the fact was read from, as it stands in the source.")),
  char_start: col.int("Start of the number's evidence in the decoded source text (JavaScript string index)."),
  char_end: col.int("End (exclusive) of the evidence: text.slice(char_start, char_end)."),
  extractor: col.nonEmpty("Parser name and extractor version that produced the row.")
})
export type IndicatorRow = typeof IndicatorTable.schema.Type
