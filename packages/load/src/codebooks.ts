/** The codebooks as CSV files beside the data, so that users can join on region, unit and indicator codes. */
import { shortFormsOf } from "@govstat/extract/gazetteer"
import { GAZETTEER_SOURCE, IndicatorCatalog, Regions, Units, zoneDisplayName, ZoneRows } from "@govstat/schema"
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

const curatedZones = new Set(ZoneRows.map((z) => zoneDisplayName(z.name)))

export const codebookFiles = (): Array<CodebookFile> => [
  codebook(
    "regions",
    `Regions: every province, prefecture-level and county-level unit with its GB/T 2260 code, level and parent (${GAZETTEER_SOURCE}), the development zones with their parent unit, and the nation.`,
    [
      { name: "name", type: "string", description: "Canonical name, as in the region columns." },
      { name: "code", type: "string", description: "GB/T 2260 six-digit code; a zone carries its parent unit's; empty for the nation." },
      { name: "level", type: "string", description: "country, province, prefecture, county or zone." },
      { name: "parent", type: "string", description: "Enclosing region." },
      { name: "aliases", type: "string", description: "Other names documents use, separated by |." },
      { name: "parent_code", type: "string", description: "GB/T 2260 code of the enclosing unit; empty for a province and the nation." },
      { name: "short_forms", type: "string", description: "Short forms derived by rule (龙岗区 → 龙岗), separated by |." },
      { name: "zone_kind", type: "string", description: "For a zone: national_new_area, high_tech_zone, economic_development_zone, bonded_zone or other." },
      { name: "source", type: "string", description: "Where the row comes from: the division data's vintage, or zones.csv." }
    ],
    Regions.map((r) => [
      r.name, r.code, r.level, r.parent, r.aliases.join("|"), r.parentCode, shortFormsOf(r).join("|"), r.zoneKind,
      r.level === "country" ? null : r.level === "zone" && curatedZones.has(r.name) ? "zones.csv" : GAZETTEER_SOURCE
    ])
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
    "Canonical indicator codes with Chinese and English names, aliases, and the unit dimensions and measures a coded value has (lists separated by |).",
    [
      { name: "code", type: "string", description: "indicators.indicator_code." },
      { name: "name", type: "string", description: "Canonical Chinese name (indicators.indicator_name)." },
      { name: "name_en", type: "string", description: "English name." },
      { name: "aliases", type: "string", description: "Other names documents use, separated by |." },
      { name: "dimensions", type: "string", description: "What the unit of a value measures (money, money_per_person, count, person, mass, area, energy, percent, index, …), separated by |." },
      { name: "measures", type: "string", description: "Measures a value can have (level, growth_rate, share, ratio, change), separated by |." }
    ],
    IndicatorCatalog.map((e) => [e.code, e.name, e.name_en, e.aliases.join("|"), e.dimensions.join("|"), e.measures.join("|")])
  )
]
