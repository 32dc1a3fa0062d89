import { col, freeText, table } from "../column.js"
import { PolicyKinds, RegionLevels } from "../enums.js"

export const PolicyTable = table("policies", "One row per named policy document.", ["id"], {
  id: freeText(col.nonEmpty("Stable id: a hash of doc_id, title and span.")),
  doc_id: col.nonEmpty("Document the policy was named in (documents.doc_id)."),
  region: col.stringOrNull("Administrative area of the document or issuer."),
  region_code: col.stringOrNull("GB/T 2260 code of region where one exists."),
  region_level: col.enumOrNull(RegionLevels, "Level of region: country, province, prefecture, county (county-level units) or zone (region_code is then its parent unit\'s)."),
  title: col.nonEmpty("Title without 《》 or quotes, simplified Chinese."),
  issuer: col.stringOrNull("Body that issued it where the text says, else null."),
  kind: col.enum(PolicyKinds, "From the title's head word: 意见 opinion, 办法/措施 measures, 方案/计划 plan, 细则 rules, 政策 policy, 条例 regulation, 通知 notice …"),
  article_count: col.intOrNull("Number of articles named in the title (25 for 二十五条)."),
  year: col.intOrNull("Year issued, stated or implied by the section."),
  quote: freeText(col.nonEmpty("Clause naming the policy, as in the source.")),
  char_start: col.int("Start of the title in the decoded source text."),
  char_end: col.int("End (exclusive) of the title."),
  extractor: col.nonEmpty("Parser name and extractor version that produced the row.")
})
export type PolicyRow = typeof PolicyTable.schema.Type
