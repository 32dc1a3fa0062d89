/**
 * Reads an output folder's tables back as rows shaped like the schemas: from Parquet when
 * it is there (types intact), else from CSV (cells converted back by column kind).
 */
import { RejectTable, type Table, type TableName, TableNames, Tables } from "@govstat/schema"
import { parse } from "csv-parse/sync"
import { asyncBufferFromFile, parquetReadObjects } from "hyparquet"
import * as fs from "node:fs"
import * as path from "node:path"
import * as zlib from "node:zlib"

export type Row = Record<string, unknown>
export type OutputTables = Record<TableName | "rejects", Array<Row>>

/** A Parquet value to the JSON value the schema describes (INT64 arrives as bigint, DATE as Date). */
const fromParquet = (v: unknown): unknown =>
  typeof v === "bigint" ? Number(v) : v instanceof Date ? v.toISOString().slice(0, 10) : v === undefined ? null : v

/** A CSV cell back to its value: empty is null, numbers by kind, one leading `'` undone. */
const fromCsv = (kind: Table["fields"][number]["kind"], nullable: boolean, s: string): unknown => {
  if (s === "") return nullable ? null : s
  if (kind === "int64" || kind === "double") return Number(s)
  return (kind === "string" || kind === "enum") && s.startsWith("'") ? s.slice(1) : s
}

type Inflate = (b: Uint8Array) => Buffer
const zstd = (zlib as unknown as { zstdDecompressSync?: Inflate }).zstdDecompressSync
/** The codecs `--compression` can write that hyparquet does not build in, from node:zlib. */
const compressors = {
  GZIP: (input: Uint8Array) => new Uint8Array(zlib.gunzipSync(input)),
  ...(zstd ? { ZSTD: (input: Uint8Array) => new Uint8Array(zstd(input)) } : {})
}

async function readTable(dir: string, t: Table): Promise<Array<Row>> {
  const pq = path.join(dir, `${t.name}.parquet`)
  if (fs.existsSync(pq)) {
    try {
      const rows = await parquetReadObjects({ file: await asyncBufferFromFile(pq), compressors })
      return rows.map((r) => Object.fromEntries(t.fields.map((f) => [f.name, fromParquet(r[f.name])])))
    } catch {
      // Unreadable here (zstd on Node < 22.15): the CSV has the same rows.
    }
  }
  const csv = path.join(dir, `${t.name}.csv`)
  if (!fs.existsSync(csv)) return []
  const records = parse(fs.readFileSync(csv), { columns: true, bom: true, skip_empty_lines: true, relax_column_count: false }) as Array<Record<string, string>>
  return records.map((r) => Object.fromEntries(t.fields.map((f) => [f.name, fromCsv(f.kind, f.nullable, r[f.name] ?? "")])))
}

/** Every table of an output folder (missing files read as empty tables). */
export async function readOutputTables(dir: string): Promise<OutputTables> {
  const out = {} as OutputTables
  for (const name of TableNames) out[name] = await readTable(dir, Tables[name] as Table)
  out.rejects = await readTable(dir, RejectTable as Table)
  return out
}
