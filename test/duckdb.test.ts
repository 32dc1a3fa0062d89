import { spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api"
import { RejectTable, type Table, TableNames, Tables } from "@govstat/schema"
import { parse } from "csv-parse/sync"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { BIN, ROOT, SEEDS } from "./helpers.js"

const out = fs.mkdtempSync(path.join(os.tmpdir(), "govstat-duckdb-"))
const tables = [...TableNames.map((n) => Tables[n] as Table), RejectTable as Table]
let db: DuckDBInstance
let con: DuckDBConnection
const rows = async (sql: string) => (await con.runAndReadAll(sql)).getRowObjectsJson() as Array<Record<string, unknown>>

beforeAll(async () => {
  // The default run writes govstat.duckdb beside the CSV and Parquet files.
  const r = spawnSync(process.execPath, [BIN, "run", "--input", SEEDS, "--out", out, "--quiet"], { cwd: ROOT, encoding: "utf8" })
  expect(r.status, r.stderr).toBe(0)
  db = await DuckDBInstance.create(path.join(out, "govstat.duckdb"), { access_mode: "READ_ONLY" })
  con = await db.connect()
})
afterAll(() => {
  con?.closeSync()
  db?.closeSync()
})

describe("govstat.duckdb", () => {
  it("holds every table with the manifest's row counts, and no write-ahead log is left beside it", async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8"))
    for (const t of tables) {
      const [r] = await rows(`SELECT count(*) AS n FROM "${t.name}"`)
      expect(Number(r!.n), t.name).toBe(manifest.counts[t.name])
    }
    expect(fs.readdirSync(out).filter((f) => f.startsWith("govstat.duckdb"))).toEqual(["govstat.duckdb"])
  })

  it("types every column as its schema says, enums as ENUMs of the schema's values, NOT NULL where required", async () => {
    const want = { string: "VARCHAR", int64: "BIGINT", double: "DOUBLE", date: "DATE", timestamp: "TIMESTAMP WITH TIME ZONE" } as const
    for (const t of tables) {
      const cols = await rows(`SELECT column_name, data_type, is_nullable, comment FROM duckdb_columns() WHERE table_name = '${t.name}' ORDER BY column_index`)
      expect(cols.map((c) => c.column_name), t.name).toEqual(t.fields.map((f) => f.name))
      t.fields.forEach((f, k) => {
        const c = cols[k]!
        if (f.kind === "enum") expect(c.data_type).toBe(`ENUM(${f.values!.map((v) => `'${v}'`).join(", ")})`)
        else expect(c.data_type, `${t.name}.${f.name}`).toBe(want[f.kind])
        expect(c.is_nullable, `${t.name}.${f.name}`).toBe(f.nullable)
        // The column dictionary travels with the database.
        expect(c.comment, `${t.name}.${f.name}`).toBe(f.description)
      })
    }
  })

  it("carries the codebooks as tables with the CSV codebooks' rows", async () => {
    for (const name of ["regions", "units", "indicator_catalog"]) {
      const csv = parse(fs.readFileSync(path.join(out, "codebooks", `${name}.csv`), "utf8"), { columns: true }) as Array<unknown>
      const [r] = await rows(`SELECT count(*) AS n FROM codebook_${name}`)
      expect(Number(r!.n), name).toBe(csv.length)
    }
    const [bn] = await rows(`SELECT factor FROM codebook_units WHERE unit = '亿元'`)
    expect(bn!.factor).toBe(1e8)
  })

  it("has commented views: indicators with their documents, and one row per region × code × measure × period × status", async () => {
    const views = await rows(`SELECT view_name, comment FROM duckdb_views() WHERE NOT internal ORDER BY view_name`)
    expect(views.map((v) => v.view_name)).toEqual(["document_counts", "indicator_series", "indicators_with_documents"])
    for (const v of views) expect(String(v.comment).length).toBeGreaterThan(40)
    const [joined] = await rows(`SELECT count(*) AS n, count(doc_title) AS titled FROM indicators_with_documents`)
    const [all] = await rows(`SELECT count(*) AS n FROM indicators`)
    expect(joined!.n).toBe(all!.n)
    const [dup] = await rows(`SELECT count(*) - count(DISTINCT (region, indicator_code, measure, period, status)) AS d FROM indicator_series`)
    expect(Number(dup!.d)).toBe(0)
    // Each series row names its source row, whose value and span it repeats.
    const [bad] = await rows(`SELECT count(*) AS n FROM indicator_series s JOIN indicators i ON i.id = s.source_id
      WHERE i.value <> s.value OR i.char_start <> s.source_char_start OR i.doc_id <> s.source_doc_id`)
    expect(Number(bad!.n)).toBe(0)
    const gdp = await rows(`SELECT value, unit FROM indicator_series WHERE region = '璧山区' AND indicator_code = 'GDP' AND measure = 'level' AND period = '2023' AND status = 'actual'`)
    expect(gdp).toEqual([{ value: 983, unit: "亿元" }])
  })
})

describe("--format duckdb", () => {
  it("writes the database alone: the Parquet files it is loaded from are not published", () => {
    const only = fs.mkdtempSync(path.join(os.tmpdir(), "govstat-duckdb-only-"))
    const r = spawnSync(process.execPath, [BIN, "run", "--input", SEEDS, "--out", only, "--format", "duckdb", "--quiet"], { cwd: ROOT, encoding: "utf8" })
    expect(r.status, r.stderr).toBe(0)
    const files = fs.readdirSync(only)
    expect(files).toContain("govstat.duckdb")
    expect(files.filter((f) => f.endsWith(".parquet"))).toEqual([])
    expect(files.filter((f) => f.startsWith(".staging"))).toEqual([])
  })
})
