/** The codebooks as CSV files beside the data, so that users can join on region, unit and indicator codes. */
import { IndicatorCatalog, Regions, Units } from "@govstat/schema"
import { stringify } from "csv-stringify/sync"
import type { CodebookResource } from "./datapackage.js"

export interface CodebookFile extends CodebookResource {
  readonly csv: string
}

type Cell = string | number | null

/** A codebook resource whose CSV header is its field list, so the two cannot drift apart. */
const codebook = (
  name: string, description: string, fields: CodebookResource["fields"], rows: ReadonlyArray<ReadonlyArray<Cell>>
): CodebookFile => ({
  name,
  description,
  fields,
  csv: stringify([fields.map((f) => f.name), ...rows.map((r) => r.map((v) => (v === null ? "" : String(v))))], { record_delimiter: "\n" })
})

export const codebookFiles = (): Array<CodebookFile> => [
  codebook(
    "regions",
    "Regions: name, GB/T 2260 code (empty for zones), level, parent and aliases (separated by |).",
    [
      { name: "name", type: "string", description: "Canonical name, as in the region columns." },
      { name: "code", type: "string", description: "GB/T 2260 six-digit code; empty for development zones." },
      { name: "level", type: "string", description: "country, province, prefecture, district, county or zone." },
      { name: "parent", type: "string", description: "Enclosing region." },
      { name: "aliases", type: "string", description: "Other names documents use, separated by |." }
    ],
    Regions.map((r) => [r.name, r.code, r.level, r.parent, r.aliases.join("|")])
  ),
  codebook(
    "units",
    "Units as written, with their base unit and the factor to it (value_base = value × factor).",
    [
      { name: "unit", type: "string", description: "Unit as written (indicators.unit)." },
      { name: "base_unit", type: "string", description: "Base unit (indicators.base_unit)." },
      { name: "factor", type: "number", description: "Multiplier from unit to base_unit." },
      { name: "dimension", type: "string", description: "What the unit measures." },
      { name: "description", type: "string", description: "Meaning in English." },
      { name: "plausible_max", type: "number", description: "Largest value plausibly stated in this unit as written; above it a number was misread." }
    ],
    Units.map((u) => [u.unit, u.base, u.factor, u.dimension, u.description, u.plausibleMax])
  ),
  codebook(
    "indicator_catalog",
    "Canonical indicator codes with Chinese and English names and aliases (separated by |).",
    [
      { name: "code", type: "string", description: "indicators.indicator_code." },
      { name: "name", type: "string", description: "Canonical Chinese name." },
      { name: "name_en", type: "string", description: "English name." },
      { name: "aliases", type: "string", description: "Other names, separated by |." }
    ],
    IndicatorCatalog.map((e) => [e.code, e.name, e.name_en, e.aliases.join("|")])
  )
]
