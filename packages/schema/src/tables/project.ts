import { col, freeText, table } from "../column.js"
import { ProjectKinds, ProjectStatuses, RegionLevels } from "../enums.js"

export const ProjectTable = table("projects", "One row per named project, park, zone or platform, document and year.", ["id"], {
  id: freeText(col.nonEmpty("Stable id: a hash of doc_id, name and year.")),
  doc_id: col.nonEmpty("Document the project was read from (documents.doc_id)."),
  region: col.stringOrNull("Administrative area the project is in."),
  region_code: col.stringOrNull("GB/T 2260 code of region where one exists."),
  region_level: col.enumOrNull(RegionLevels, "Level of region: country, province, prefecture, county (county-level units) or zone (region_code is then its parent unit\'s)."),
  name: col.nonEmpty("Name of the project as written, simplified Chinese."),
  kind: col.enum(ProjectKinds, "project, industrial_park, zone, platform or facility."),
  status: col.enumOrNull(ProjectStatuses, "Most advanced stage the text reports for that year."),
  area_km2: col.doubleOrNull("Area in square kilometres where the text gives one."),
  investment_yuan: col.doubleOrNull("Total investment in yuan where the text gives one for this project alone."),
  year: col.intOrNull("Year the mention refers to (review year or plan year)."),
  quote: freeText(col.nonEmpty("Clause of the first mention in that part of the document.")),
  char_start: col.int("Start of the first mention in the decoded source text."),
  char_end: col.int("End (exclusive) of the first mention."),
  extractor: col.nonEmpty("Parser name and extractor version that produced the row.")
})
export type ProjectRow = typeof ProjectTable.schema.Type
