/**
 * Part files: what queue workers write. Each flush of a worker writes one Parquet file per
 * table, `OUT/parts/<table>/<worker>-<seq>.parquet`, holding the rows of the jobs it
 * gathered, in job order. Every file is written to a temporary name, fsynced, then renamed
 * into place; the documents part is renamed last and lists the flush's jobs (and how many
 * rows of each table each one has) in its footer: once it is visible, the whole flush is
 * durable. The files of one table have the table's columns, so DuckDB, pandas, polars and
 * Spark read `parts/<table>/*.parquet` as one table (a document may appear in several
 * flushes: a job redone after its worker died, or an older content).
 */
import { RejectTable, type Table, TableNames, Tables } from "@govstat/schema"
import { EXTRACTOR_VERSION } from "@govstat/extract/version"
import { parquetMetadata, parquetReadObjects } from "hyparquet"
import * as fs from "node:fs"
import * as path from "node:path"
import type { DocumentResult } from "../pipeline.js"
import { fromParquet } from "../validate-output.js"
import { GOVSTAT_VERSION } from "../version.js"
import { type Compression, openParquet } from "../writers/parquet.js"

export const PARTS_DIR = "parts"
/** The footer entry of a documents part that lists its jobs. */
export const PART_KEY = "govstat.part"
export const PART_TABLES = [...TableNames, "rejects"] as const
export type PartTable = (typeof PART_TABLES)[number]
const tableOf = (t: PartTable): Table => (t === "rejects" ? (RejectTable as Table) : (Tables[t] as Table))

/** A job's document, settled, as a worker hands it to its part. */
export interface PartJob {
  readonly id: string
  readonly docId: string
  readonly sourcePath: string
  readonly sha256: string
  readonly bytes: number
  readonly result: DocumentResult
}

/** What the documents part's footer says about one job. */
export interface PartJobMeta {
  readonly id: string
  readonly doc_id: string
  readonly source_path: string
  readonly sha256: string
  readonly bytes: number
  readonly rows: Record<PartTable, number>
  readonly warnings: DocumentResult["warnings"]
}

export interface PartMeta {
  readonly worker: string
  readonly seq: number
  readonly extractor: string
  readonly govstat: string
  readonly jobs: ReadonlyArray<PartJobMeta>
}

const rowsOf = (r: DocumentResult, t: PartTable): ReadonlyArray<Record<string, unknown>> =>
  (t === "rejects" ? r.rejects : r.rows[t]) as ReadonlyArray<Record<string, unknown>>

const fsyncFile = (file: string) => {
  const fd = fs.openSync(file, "r")
  try {
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
}

/** A rename is durable once its folder is synced. */
const fsyncDir = (dir: string) => fsyncFile(dir)

/** A temporary name that no `*.parquet` glob matches. */
const tempName = (final: string) => `${final}.tmp-${process.pid}`

export const partName = (worker: string, seq: number) => `${worker}-${String(seq).padStart(6, "0")}`

/**
 * Writes one flush of a worker: the tables that have rows, then the documents part that
 * commits it. Returns the part's name. Synchronous: a worker's jobs complete after it.
 */
export function writePart(out: string, worker: string, seq: number, jobs: ReadonlyArray<PartJob>, compression: Compression): string {
  const name = partName(worker, seq)
  const meta: PartMeta = {
    worker, seq, extractor: EXTRACTOR_VERSION, govstat: GOVSTAT_VERSION,
    jobs: jobs.map((j) => ({
      id: j.id, doc_id: j.docId, source_path: j.sourcePath, sha256: j.sha256, bytes: j.bytes,
      rows: Object.fromEntries(PART_TABLES.map((t) => [t, rowsOf(j.result, t).length])) as Record<PartTable, number>,
      warnings: j.result.warnings
    }))
  }
  // The documents part goes last: it is the commit of the whole flush.
  const tables = [...PART_TABLES.filter((t) => t !== "documents" && jobs.some((j) => rowsOf(j.result, t).length > 0)), "documents" as const]
  const written: Array<{ tmp: string; final: string; dir: string }> = []
  try {
    for (const t of tables) {
      const dir = path.join(out, PARTS_DIR, t)
      fs.mkdirSync(dir, { recursive: true })
      const final = path.join(dir, `${name}.parquet`)
      const tmp = tempName(final)
      written.push({ tmp, final, dir })
      const w = openParquet(tmp, tableOf(t), {
        compression, createdBy: `govstat ${GOVSTAT_VERSION}`,
        metadata: t === "documents" ? [{ key: PART_KEY, value: JSON.stringify(meta) }] : [{ key: "govstat.part.name", value: name }]
      })
      for (const j of jobs) w.write(rowsOf(j.result, t))
      w.close()
      fsyncFile(tmp)
    }
    for (const f of written.slice(0, -1)) fs.renameSync(f.tmp, f.final)
    for (const dir of new Set(written.slice(0, -1).map((f) => f.dir))) fsyncDir(dir)
    const commit = written[written.length - 1]!
    fs.renameSync(commit.tmp, commit.final)
    fsyncDir(commit.dir)
    return name
  } catch (e) {
    for (const f of written) fs.rmSync(f.tmp, { force: true })
    throw e
  }
}

/** The footer of a Parquet file (its tail only: parts may be large). */
function footerOf(file: string): ReturnType<typeof parquetMetadata> {
  const fd = fs.openSync(file, "r")
  try {
    const size = fs.fstatSync(fd).size
    const tail = Buffer.alloc(8)
    fs.readSync(fd, tail, 0, 8, size - 8)
    const len = tail.readUInt32LE(0)
    const buf = Buffer.alloc(len + 8)
    fs.readSync(fd, buf, 0, len + 8, size - len - 8)
    return parquetMetadata(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length) as ArrayBuffer)
  } finally {
    fs.closeSync(fd)
  }
}

/** Where a job's rows are: its part, and the first row of each table's part. */
export interface PartLocation {
  readonly part: string
  readonly meta: PartJobMeta
  readonly extractor: string
  readonly offsets: Record<PartTable, number>
}

/**
 * The committed parts of an output folder that hold the wanted jobs: for each job, one part
 * holding it (the first by name when a redone job is in several; their rows are the same).
 */
export function locateJobs(out: string, wanted: ReadonlySet<string>): Map<string, PartLocation> {
  const found = new Map<string, PartLocation>()
  const dir = path.join(out, PARTS_DIR, "documents")
  if (!fs.existsSync(dir)) return found
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith(".parquet")).sort()) {
    const kv = footerOf(path.join(dir, f)).key_value_metadata ?? []
    const value = kv.find((e) => e.key === PART_KEY)?.value
    if (!value) continue
    const meta = JSON.parse(value) as PartMeta
    const offsets = Object.fromEntries(PART_TABLES.map((t) => [t, 0])) as Record<PartTable, number>
    for (const j of meta.jobs) {
      if (wanted.has(j.id) && !found.has(j.id)) found.set(j.id, { part: f.replace(/\.parquet$/, ""), meta: j, extractor: meta.extractor, offsets: { ...offsets } })
      for (const t of PART_TABLES) offsets[t] += j.rows[t]
    }
  }
  return found
}

/** One table's rows of a part, as the schema's values (dates as YYYY-MM-DD, counts as numbers). */
export async function readPartRows(out: string, table: PartTable, part: string): Promise<Array<Record<string, unknown>>> {
  const b = fs.readFileSync(path.join(out, PARTS_DIR, table, `${part}.parquet`))
  const file = b.buffer.slice(b.byteOffset, b.byteOffset + b.length) as ArrayBuffer
  const t = tableOf(table)
  const raw = (await parquetReadObjects({ file })) as Array<Record<string, unknown>>
  return raw.map((r) => Object.fromEntries(t.fields.map((f) => [f.name, fromParquet(f.kind, r[f.name])])))
}

/** Temporary files of flushes that were killed before their rename; never visible to readers. */
export function sweepPartTemps(out: string, olderThanMs: number): number {
  let n = 0
  for (const t of PART_TABLES) {
    const dir = path.join(out, PARTS_DIR, t)
    if (!fs.existsSync(dir)) continue
    for (const f of fs.readdirSync(dir)) {
      if (!/\.parquet\.tmp-\d+$/.test(f)) continue
      const st = fs.statSync(path.join(dir, f), { throwIfNoEntry: false })
      if (st && Date.now() - st.mtimeMs > olderThanMs) {
        fs.rmSync(path.join(dir, f), { force: true })
        n++
      }
    }
  }
  return n
}
