import { col, freeText, table } from "../column.js"
import { Encodings, Genres, RegionLevels, Scripts } from "../enums.js"

export const DocumentTable = table("documents", "One row per source document that was read.", ["doc_id"], {
  doc_id: col.nonEmpty("File name without its extension; the key every other table refers to."),
  source_path: col.string("Path of the source file, relative to the input folder given to the run."),
  sha256: freeText(col.nonEmpty("SHA-256 of the source bytes, hex.")),
  bytes: col.int("Size of the source file in bytes."),
  encoding: col.enum(Encodings, "Character encoding detected from the bytes."),
  script: col.enum(Scripts, "Script the source was written in; all extracted text is simplified."),
  genre: col.enum(Genres, "Kind of document, detected from its structure and cues."),
  title: col.stringOrNull("Title of the document, simplified Chinese."),
  issuer: col.stringOrNull("Body that issued or delivered the document."),
  region: col.stringOrNull("Main administrative area the document is about (codebook name)."),
  region_code: col.stringOrNull("GB/T 2260 six-digit code of region (a zone's parent unit's); null for the nation and for names that could not be placed."),
  region_level: col.enumOrNull(RegionLevels, "Level of region: country, province, prefecture, county (county-level units) or zone."),
  province: col.stringOrNull("Province-level unit region lies in (itself for a province), null for the nation or an unplaced region."),
  published_on: col.dateOrNull("Publication date read from the document, null when it gives none."),
  report_year: col.intOrNull("Year the document reports on (a 2024 work report reviews 2023)."),
  report_period: col.stringOrNull(
    "Period the document reports on, as read from its text: a sub-year label for a release (2016M01-09, 2023Q2, 2023H1), else report_year; null when nothing dates it."
  ),
  char_count: col.int("Length of the decoded source text in JavaScript string units."),
  parser: col.nonEmpty("Genre parser and extractor version that read the document.")
})
export type DocumentRow = typeof DocumentTable.schema.Type
