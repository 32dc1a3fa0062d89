#!/usr/bin/env node
/**
 * How the Parquet writer was chosen: the CPU time of writing the same indicator rows (from a
 * generated corpus of `MB`, default 20 as the bench's stage corpus) with our writer
 * (column-chunk.ts: our own encoder for our column kinds, hyparquet-writer's footer, snappy
 * in wasm), with DuckDB's Node API (rows appended in data chunks, then COPY … TO), and
 * DuckDB's COPY alone from its in-memory table, DuckDB on one thread, snappy everywhere.
 * Medians of 5 after a warm-up, in CPU seconds (process.cpuUsage: DuckDB's threads and V8's
 * compiler and GC threads count alike): `node bench/writer-choice.mjs [MB]`.
 *
 * 30 November 2026, 20 MB (36,851 rows), a loaded 2-core machine: ours 0.07–0.08 s (first
 * write 0.3–0.5 s, with V8 compiling it), DuckDB's appender + COPY 0.25 s, COPY alone
 * 0.037–0.045 s. parquet-wasm 0.8.0 (measured once, not a dependency): 0.075 s for its
 * write alone from an Arrow IPC stream, 0.8 s with the Arrow table built by apache-arrow
 * from the rows. hyparquet-writer's own column encoder, before ours: 0.21 s.
 */
import { DuckDBDataChunk, DuckDBDateValue, DuckDBInstance, BIGINT, DATE, DOUBLE, VARCHAR } from "@duckdb/node-api"
import { extractDocument } from "@govstat/extract"
import { openParquet, settle } from "@govstat/load"
import { Tables } from "@govstat/schema"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { generateCorpus } from "./corpus.mjs"

const work = fs.mkdtempSync(path.join(os.tmpdir(), "govstat-writer-"))
const { dir } = generateCorpus(path.join(work, "gen"), Number(process.argv[2] ?? 20))
const rows = fs.readdirSync(dir).sort().flatMap((f) => {
  const out = extractDocument(fs.readFileSync(path.join(dir, f)), { docId: f.replace(/\.txt$/, ""), path: f })
  return out.ok ? settle({ docId: out.result.document.doc_id, sourcePath: f }, out.result).rows.indicators : []
})
const t = Tables.indicators
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6 }
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1]
async function measure(f) {
  await f()
  const xs = []
  for (let k = 0; k < 5; k++) { const c = cpu(); await f(); xs.push(cpu() - c) }
  return +median(xs).toFixed(4)
}

const writeOurs = () => { const w = openParquet(path.join(work, "ours.parquet"), t); w.write(rows); w.close() }
const c0 = cpu()
writeOurs()
const oursFirst = +(cpu() - c0).toFixed(4)
const ours = await measure(writeOurs)

const db = await DuckDBInstance.create(":memory:", { threads: "1" })
const c = await db.connect()
const TYPE = { string: VARCHAR, enum: VARCHAR, double: DOUBLE, int64: BIGINT, date: DATE }
const SQL = { string: "VARCHAR", enum: "VARCHAR", double: "DOUBLE", int64: "BIGINT", date: "DATE" }
const cell = (f, v) => v === null || v === undefined ? null
  : f.kind === "int64" ? BigInt(v) : f.kind === "date" ? new DuckDBDateValue(Math.round(Date.parse(`${v}T00:00:00Z`) / 86_400_000)) : v
const copy = () => c.run(`COPY t TO '${path.join(work, "duck.parquet")}' (FORMAT parquet, COMPRESSION snappy)`)
const duckdb = await measure(async () => {
  await c.run(`CREATE OR REPLACE TABLE t (${t.fields.map((f) => `"${f.name}" ${SQL[f.kind]}`).join(", ")})`)
  const app = await c.createAppender("t")
  for (let s = 0; s < rows.length; s += 2048) {
    const part = rows.slice(s, s + 2048)
    const chunk = DuckDBDataChunk.create(t.fields.map((f) => TYPE[f.kind]), part.length)
    chunk.setColumns(t.fields.map((f) => part.map((r) => cell(f, r[f.name]))))
    app.appendDataChunk(chunk)
  }
  app.flushSync()
  app.closeSync()
  await copy()
})
const copyOnly = await measure(copy)
console.log(JSON.stringify({
  rows: rows.length, cpu_s: { govstat: ours, govstat_first_write: oursFirst, duckdb_append_and_copy: duckdb, duckdb_copy_only: copyOnly },
  ratio_to_copy: { govstat: +(ours / copyOnly).toFixed(2), duckdb_node_api: +(duckdb / copyOnly).toFixed(2) },
  bytes: { govstat: fs.statSync(path.join(work, "ours.parquet")).size, duckdb: fs.statSync(path.join(work, "duck.parquet")).size }
}))
fs.rmSync(work, { recursive: true, force: true })
