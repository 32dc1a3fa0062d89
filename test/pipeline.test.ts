import { execFileSync, spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { DuckDBInstance } from "@duckdb/node-api"
import { beforeAll, describe, expect, it } from "vitest"
import { parse } from "csv-parse/sync"
import { RejectTable, type Table, TableNames, Tables } from "@govstat/schema"
import { BIN, ROOT, SEEDS, seed } from "./helpers.js"

const out = fs.mkdtempSync(path.join(os.tmpdir(), "govstat-e2e-"))
const csv = (name: string) => parse(fs.readFileSync(path.join(out, name), "utf8"), { columns: true }) as Array<Record<string, string>>

beforeAll(() => {
  const r = spawnSync(process.execPath, [BIN, "run", "--input", SEEDS, "--out", out, "--log", "json"], { cwd: ROOT, encoding: "utf8" })
  expect(r.status, r.stderr).toBe(0)
})

describe("end-to-end run on the seeds", () => {
  it("writes every table as CSV and Parquet, with the descriptor and manifest", () => {
    for (const t of ["documents", "indicators", "projects", "policies"]) {
      expect(fs.existsSync(path.join(out, `${t}.csv`))).toBe(true)
      expect(fs.existsSync(path.join(out, `${t}.parquet`))).toBe(true)
    }
    for (const f of ["rejects.csv", "datapackage.json", "manifest.json", "codebooks/regions.csv"]) expect(fs.existsSync(path.join(out, f))).toBe(true)
    const manifest = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8"))
    expect(manifest.inputs).toHaveLength(5)
    expect(manifest.counts.indicators).toBe(csv("indicators.csv").length)
  })
  it("finds 983亿元 地区生产总值 2023 actual for 璧山区, with a span that slices back to it", () => {
    const s = seed("001")
    const gdp = csv("indicators.csv").find((r) => r.doc_id === s.docId && r.value === "983" && r.unit === "亿元")
    expect(gdp).toMatchObject({ indicator: "地区生产总值", indicator_code: "GDP", period: "2023", status: "actual", region: "璧山区", measure: "level", value_base: "98300000000" })
    expect(s.text.slice(Number(gdp!.char_start), Number(gdp!.char_end))).toContain("983")
    const growth = csv("indicators.csv").find((r) => r.doc_id === s.docId && r.value === "7.2")
    expect(growth).toMatchObject({ indicator: "地区生产总值", measure: "growth_rate", unit: "%" })
  })
  it("reads each seed's metadata into documents.csv", () => {
    const docs = csv("documents.csv")
    expect(docs.map((d) => d.genre)).toEqual(["press_conference", "work_report", "meeting_digest", "work_plan", "news"])
    expect(docs[4]).toMatchObject({ script: "traditional", region: "重庆沿江承接产业转移示范区", published_on: "2022-01-29" })
  })
  it("spans of the traditional seed slice back to the original characters", () => {
    const s = seed("004")
    const rows = csv("indicators.csv").filter((r) => r.doc_id === s.docId)
    expect(rows.length).toBeGreaterThan(10)
    for (const r of rows) expect(s.text.slice(Number(r.char_start), Number(r.char_end))).toMatch(/[0-9一二三四五六七八九十]/)
  })
  it("every Parquet file has the schema's types and the CSV's rows and cells, read by DuckDB", async () => {
    const con = await (await DuckDBInstance.create(":memory:")).connect()
    const DUCK = { string: "VARCHAR", enum: "VARCHAR", int64: "BIGINT", double: "DOUBLE", date: "DATE", timestamp: "TIMESTAMP WITH TIME ZONE" }
    for (const t of [...TableNames.map((n) => Tables[n] as Table), RejectTable as Table]) {
      const file = path.join(out, `${t.name}.parquet`)
      const described = (await con.runAndReadAll(`DESCRIBE SELECT * FROM '${file}'`)).getRows()
      expect(described.map((r) => [String(r[0]), String(r[1])]), t.name).toEqual(t.fields.map((f) => [f.name, DUCK[f.kind]]))
      const cols = t.fields.map((f) => `CAST("${f.name}" AS VARCHAR)`).join(", ")
      const rows = (await con.runAndReadAll(`SELECT ${cols} FROM '${file}'`)).getRows()
      const fromCsv = csv(`${t.name}.csv`)
      expect(rows.length, t.name).toBe(fromCsv.length)
      rows.forEach((r, k) => t.fields.forEach((f, j) => {
        const cell = fromCsv[k]![f.name]!
        const expected = f.kind === "string" && cell.startsWith("'") ? cell.slice(1) : cell
        // DuckDB prints doubles in its own shortest form; compare them as numbers.
        if (f.kind === "double" && r[j] !== null) expect(Number(r[j]), `${t.name}.${f.name}`).toBe(Number(expected))
        else expect(r[j] === null ? "" : String(r[j]), `${t.name}.${f.name} row ${k}`).toBe(expected)
      }))
    }
  })
  it("validate accepts the output", () => {
    const r = spawnSync(process.execPath, [BIN, "validate", out], { encoding: "utf8" })
    expect(r.stdout).toContain("every file matches")
    expect(r.status).toBe(0)
  })
  it("the scorer reads the output without a problem line", () => {
    const score = path.join(ROOT, "..", "shared", "tools", "score.mjs")
    if (!fs.existsSync(score)) return
    const text = execFileSync(process.execPath, [score, "--docs", SEEDS, "--out", out, "--gold", path.join(ROOT, "..", "shared", "gold")], { encoding: "utf8" })
    expect(text).not.toMatch(/^problem:/m)
  })
})
