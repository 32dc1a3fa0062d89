import { execFileSync, spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { DuckDBInstance } from "@duckdb/node-api"
import { beforeAll, describe, expect, it } from "vitest"
import { parse } from "csv-parse/sync"
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
  it("Parquet types and cells agree with the CSV when read by DuckDB", async () => {
    const db = await DuckDBInstance.create(":memory:")
    const con = await db.connect()
    const describe = await con.runAndReadAll(`DESCRIBE SELECT * FROM '${path.join(out, "indicators.parquet")}'`)
    const types = Object.fromEntries(describe.getRows().map((r) => [String(r[0]), String(r[1])]))
    expect(types).toMatchObject({ value: "DOUBLE", char_start: "BIGINT", period_start: "DATE", indicator: "VARCHAR" })
    const rows = await con.runAndReadAll(`SELECT id, value, char_start, CAST(period_start AS VARCHAR) FROM '${path.join(out, "indicators.parquet")}'`)
    const fromCsv = csv("indicators.csv")
    expect(rows.getRows().length).toBe(fromCsv.length)
    rows.getRows().forEach((r, k) => {
      expect(String(r[0])).toBe(fromCsv[k]!.id)
      expect(Number(r[1])).toBe(Number(fromCsv[k]!.value))
      expect(String(r[2])).toBe(fromCsv[k]!.char_start)
      expect(r[3] === null ? "" : String(r[3])).toBe(fromCsv[k]!.period_start)
    })
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
