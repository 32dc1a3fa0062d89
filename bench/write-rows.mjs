#!/usr/bin/env node
/**
 * Streams N generated indicator rows (default 1,000,000) through the validated CSV and
 * Parquet writers in chunks, as the pipeline does, and prints time and peak RSS as JSON.
 * Run in its own process so its memory is its own: `node bench/write-rows.mjs [N]`.
 */
import { openCsv, openParquet } from "@govstat/load"
import { makeValidator, Tables } from "@govstat/schema"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"

const n = Number(process.argv[2] ?? 1_000_000)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "govstat-write-"))
const t = Tables.indicators
const validate = makeValidator(t)
const MEASURES = ["level", "growth_rate", "share", "ratio"]

function* rows() {
  for (let i = 0; i < n; i++) {
    const year = 2000 + (i % 25)
    yield {
      id: `i${i.toString(16).padStart(12, "0")}`, doc_id: `doc_${Math.floor(i / 200)}`, region: i % 3 ? "璧山区" : null,
      region_code: i % 3 ? "500120" : null, region_level: i % 3 ? "county" : null, indicator: "地区生产总值", indicator_code: "GDP", indicator_name: "地区生产总值", measure: MEASURES[i % 4],
      value: (i % 1000) / 10 + 0.1, unit: "亿元", value_base: ((i % 1000) / 10 + 0.1) * 1e8, base_unit: "CNY",
      period: String(year), period_start: `${year}-01-01`, period_end: `${year}-12-31`, status: i % 5 ? "actual" : "target",
      qualifier: i % 7 ? null : "approx", quote: "全区实现地区生产总值983亿元、增长7.2%", char_start: i % 50_000,
      char_end: (i % 50_000) + 6, extractor: "bench@0"
    }
  }
}

const csv = openCsv(path.join(dir, "indicators.csv"), t)
const pq = openParquet(path.join(dir, "indicators.parquet"), t)
const t0 = performance.now()
let chunk = []
let peak = 0
for (const r of rows()) {
  const v = validate(r)
  if (!v.ok) throw new Error(JSON.stringify(v.issues))
  chunk.push(v.row)
  if (chunk.length === 5_000) {
    csv.write(chunk)
    pq.write(chunk)
    chunk = []
    peak = Math.max(peak, process.memoryUsage().rss)
  }
}
csv.write(chunk)
pq.write(chunk)
csv.close()
pq.close()
const seconds = (performance.now() - t0) / 1000
console.log(JSON.stringify({
  rows: n, seconds: +seconds.toFixed(2), rows_per_s: Math.round(n / seconds),
  peak_rss_mb: Math.round(Math.max(peak, process.resourceUsage().maxRSS * 1024) / 2 ** 20),
  csv_mb: +(fs.statSync(path.join(dir, "indicators.csv")).size / 2 ** 20).toFixed(1),
  parquet_mb: +(fs.statSync(path.join(dir, "indicators.parquet")).size / 2 ** 20).toFixed(1)
}))
fs.rmSync(dir, { recursive: true, force: true })
