/**
 * `govstat validate`: re-reads the CSV files of an output folder and checks every row
 * against its schema and the data-package descriptor (headers, types, enums, keys).
 */
import { makeValidator, type Table, Tables, type TableName } from "@govstat/schema"
import { parse } from "csv-parse/sync"
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

export function validateOutput(dir: string): Array<Violation> {
  const out: Array<Violation> = []
  const descriptorPath = path.join(dir, "datapackage.json")
  if (!fs.existsSync(descriptorPath)) out.push({ file: "datapackage.json", row: null, field: "", reason: "missing" })
  const descriptor = fs.existsSync(descriptorPath)
    ? (JSON.parse(fs.readFileSync(descriptorPath, "utf8")) as { resources: Array<{ name: string; path: string; schema: { fields: Array<{ name: string }> } }> })
    : { resources: [] }
  const docIds = new Set<string>()
  for (const name of Object.keys(Tables) as Array<TableName>) {
    const t = Tables[name] as Table
    const file = `${name}.csv`
    const full = path.join(dir, file)
    if (!fs.existsSync(full)) {
      out.push({ file, row: null, field: "", reason: "missing" })
      continue
    }
    const res = descriptor.resources.find((r) => r.name === name)
    const rows = parse(fs.readFileSync(full, "utf8"), { bom: true, relax_column_count: true }) as Array<Array<string>>
    const header = rows[0] ?? []
    const expected = t.fields.map((f) => f.name)
    if (header.join(",") !== expected.join(",")) out.push({ file, row: 1, field: "", reason: `header ${header.join(",")} differs from the schema's ${expected.join(",")}` })
    if (res && res.schema.fields.map((f) => f.name).join(",") !== expected.join(",")) {
      out.push({ file: "datapackage.json", row: null, field: name, reason: "descriptor fields differ from the schema" })
    }
    const validate = makeValidator(t)
    const ids = new Set<string>()
    rows.slice(1).forEach((cells, k) => {
      const candidate = Object.fromEntries(t.fields.map((f, j) => [f.name, fromCsv(f.kind, f.nullable, cells[j] ?? "")]))
      const r = validate(candidate)
      if (!r.ok) for (const i of r.issues) out.push({ file, row: k + 2, field: i.field, reason: i.reason })
      const key = t.primaryKey.map((p) => String(candidate[p])).join("|")
      if (t.primaryKey.length && ids.has(key)) out.push({ file, row: k + 2, field: t.primaryKey.join(","), reason: `duplicate primary key ${key}` })
      ids.add(key)
      if (name === "documents") docIds.add(String(candidate.doc_id))
      else if (!docIds.has(String(candidate.doc_id))) out.push({ file, row: k + 2, field: "doc_id", reason: `doc_id ${String(candidate.doc_id)} not in documents.csv` })
    })
  }
  return out
}
