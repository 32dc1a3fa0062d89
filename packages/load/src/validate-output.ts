/**
 * `govstat validate`: re-reads the CSV and Parquet files of an output folder and checks
 * every row against its schema and the data-package descriptor (headers, types, enums,
 * keys); when both formats are there, the Parquet file must hold the CSV's rows, cell for
 * cell. An output written with `--format parquet` is validated from its Parquet files.
 */
import { makeValidator, type Table, Tables, type TableName } from "@govstat/schema"
import { parse } from "csv-parse/sync"
import { parquetMetadata, parquetReadObjects } from "hyparquet"
import * as fs from "node:fs"
import * as path from "node:path"

export interface Violation {
  readonly file: string
  readonly row: number | null
  readonly field: string
  readonly reason: string
}

/** A CSV cell back to the value its column's schema expects. */
function fromCsv(kind: Table["fields"][number]["kind"], nullable: boolean, s: string): unknown {
  if (s === "" && nullable) return null
  if (kind === "int64" || kind === "double") return s === "" ? null : Number(s)
  // The writer puts one apostrophe before formula starts and before a leading apostrophe.
  if (kind === "string" && s.startsWith("'")) return s.slice(1)
  return s
}

type Kind = Table["fields"][number]["kind"]

/** A Parquet value back to the value its column's schema expects (what the CSV cell reads as). */
export function fromParquet(kind: Kind, v: unknown): unknown {
  if (v === null || v === undefined) return null
  if (typeof v === "bigint") return Number(v)
  if (v instanceof Date) return kind === "date" ? v.toISOString().slice(0, 10) : v.toISOString()
  return v
}

/** Compares cells as values: timestamps by instant, the rest exactly. */
const same = (kind: Kind, a: unknown, b: unknown) =>
  kind === "timestamp" && typeof a === "string" && typeof b === "string" ? Date.parse(a) === Date.parse(b) : a === b

async function readParquet(full: string): Promise<{ rows: Array<Record<string, unknown>>; columns: Array<string> } | string> {
  try {
    const b = fs.readFileSync(full)
    const file = b.buffer.slice(b.byteOffset, b.byteOffset + b.length) as ArrayBuffer
    const columns = parquetMetadata(file).schema.slice(1).map((e) => e.name)
    return { rows: (await parquetReadObjects({ file })) as Array<Record<string, unknown>>, columns }
  } catch (e) {
    return `not a readable Parquet file: ${(e as Error).message}`
  }
}

export async function validateOutput(dir: string): Promise<Array<Violation>> {
  const out: Array<Violation> = []
  const descriptorPath = path.join(dir, "datapackage.json")
  if (!fs.existsSync(descriptorPath)) out.push({ file: "datapackage.json", row: null, field: "", reason: "missing" })
  const descriptor = fs.existsSync(descriptorPath)
    ? (JSON.parse(fs.readFileSync(descriptorPath, "utf8")) as { resources: Array<{ name: string; path: string; schema: { fields: Array<{ name: string }> } }> })
    : { resources: [] }
  const docIds = new Set<string>()
  for (const name of Object.keys(Tables) as Array<TableName>) {
    const t = Tables[name] as Table
    const csvFile = `${name}.csv`
    const pqFile = `${name}.parquet`
    const hasCsv = fs.existsSync(path.join(dir, csvFile))
    const hasPq = fs.existsSync(path.join(dir, pqFile))
    if (!hasCsv && !hasPq) {
      out.push({ file: csvFile, row: null, field: "", reason: `missing (and no ${pqFile})` })
      continue
    }
    const res = descriptor.resources.find((r) => r.name === name)
    const expected = t.fields.map((f) => f.name)
    if (res && res.schema.fields.map((f) => f.name).join(",") !== expected.join(",")) {
      out.push({ file: "datapackage.json", row: null, field: name, reason: "descriptor fields differ from the schema" })
    }
    let csvRows: Array<Record<string, unknown>> | null = null
    if (hasCsv) {
      const rows = parse(fs.readFileSync(path.join(dir, csvFile), "utf8"), { bom: true, relax_column_count: true }) as Array<Array<string>>
      const header = rows[0] ?? []
      if (header.join(",") !== expected.join(",")) out.push({ file: csvFile, row: 1, field: "", reason: `header ${header.join(",")} differs from the schema's ${expected.join(",")}` })
      csvRows = rows.slice(1).map((cells) => Object.fromEntries(t.fields.map((f, j) => [f.name, fromCsv(f.kind, f.nullable, cells[j] ?? "")])))
      checkRows(t, csvFile, csvRows, docIds, out)
    }
    if (hasPq) {
      const pq = await readParquet(path.join(dir, pqFile))
      if (typeof pq === "string") {
        out.push({ file: pqFile, row: null, field: "", reason: pq })
        continue
      }
      if (pq.columns.join(",") !== expected.join(",")) out.push({ file: pqFile, row: null, field: "", reason: `columns ${pq.columns.join(",")} differ from the schema's ${expected.join(",")}` })
      const pqRows = pq.rows.map((r) => Object.fromEntries(t.fields.map((f) => [f.name, fromParquet(f.kind, r[f.name])])))
      if (csvRows === null) checkRows(t, pqFile, pqRows, docIds, out)
      else if (pqRows.length !== csvRows.length) out.push({ file: pqFile, row: null, field: "", reason: `${pqRows.length} rows, ${csvFile} has ${csvRows.length}` })
      else {
        let reported = 0
        pqRows.forEach((r, k) => {
          for (const f of t.fields) {
            if (reported < 20 && !same(f.kind, r[f.name], csvRows![k]![f.name])) {
              reported++
              out.push({ file: pqFile, row: k + 1, field: f.name, reason: `${JSON.stringify(r[f.name])} differs from ${csvFile}'s ${JSON.stringify(csvRows![k]![f.name])}` })
            }
          }
        })
      }
    }
  }
  return out
}

/** Schema, primary key and doc_id reference checks of one table's rows. */
function checkRows(t: Table, file: string, rows: ReadonlyArray<Record<string, unknown>>, docIds: Set<string>, out: Array<Violation>) {
  const validate = makeValidator(t)
  const ids = new Set<string>()
  const first = file.endsWith(".csv") ? 2 : 1
  rows.forEach((candidate, k) => {
    const r = validate(candidate)
    if (!r.ok) for (const i of r.issues) out.push({ file, row: k + first, field: i.field, reason: i.reason })
    const key = t.primaryKey.map((p) => String(candidate[p])).join("|")
    if (t.primaryKey.length && ids.has(key)) out.push({ file, row: k + first, field: t.primaryKey.join(","), reason: `duplicate primary key ${key}` })
    ids.add(key)
    if (t.name === "documents") docIds.add(String(candidate.doc_id))
    else if (!docIds.has(String(candidate.doc_id))) out.push({ file, row: k + first, field: "doc_id", reason: `doc_id ${String(candidate.doc_id)} not in the documents table` })
  })
}
