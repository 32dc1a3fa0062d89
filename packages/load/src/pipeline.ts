/**
 * runPipeline: read every input document; on worker threads, extract it, validate each row
 * against its table's schema and encode the rows (CSV lines, Parquet row groups); append
 * them, in input order, to files in a staging folder that is moved into place at the end.
 * This thread only reads, orders and appends; nothing holds the whole corpus, nor all the
 * rows of a document read in chunks (they wait for their turn in a spill file).
 */
import type { DocumentRow, IndicatorRow, PolicyRow, ProjectRow, RejectRow, Table, TableName } from "@govstat/schema"
import { RejectTable, TableNames, Tables } from "@govstat/schema"
import { CHUNK_CHARS, EXTRACTOR_VERSION, sha256Hex } from "@govstat/extract"
import { randomUUID } from "node:crypto"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { codebookFiles } from "./codebooks.js"
import { dataPackage } from "./datapackage.js"
import { type InputFile, InputReadError, type InputListing, listInputs, readInput, type SkippedEntry } from "./inputs.js"
import { acquireLock, makeStaging, previousDir, publish, sweepStaging } from "./output-dir.js"
import { JOBS_PER_WORKER, makePool, type OnPart, type Pool, type ReadFacts, type WorkerResponse, type WorkerStats } from "./pool.js"
import { streamTable } from "./settle-chunks.js"
import { Spill } from "./spill.js"
import { CACHE_DIR, cacheFile, carryCached, readCached, readState, STATE_FILE } from "./state.js"
import { threadCpuSeconds } from "./thread-cpu.js"
import { GOVSTAT_VERSION } from "./version.js"
import { type CsvTableWriter, openCsv } from "./writers/csv.js"
import { type EncodedDocument, type EncodeOptions, encodeDocument, type OutputTable, outputTables } from "./writers/document.js"
import {
  type ColumnPiece, type Compression, encodeRowGroup, openParquetFile, type ParquetFileWriter, type PieceSlice, piecesToColumns, RowGroupCutter
} from "./writers/parquet.js"

export type Format = "csv" | "parquet" | "duckdb"

export interface PipelineOptions {
  /** Folders or files to read. */
  readonly input: string | ReadonlyArray<string>
  /** Output folder. */
  readonly out: string
  readonly formats?: ReadonlyArray<Format>
  readonly compression?: Compression
  /** Worker threads; default the number of cores. */
  readonly jobs?: number
  /** Re-extract every document even when unchanged. */
  readonly full?: boolean
  /** Write a BOM at the start of each CSV for spreadsheet users. */
  readonly bom?: boolean
  /** Also write the review pages (`review/`) from the run's files and sources. */
  readonly review?: boolean
  /**
   * Accept a run that would drop more than half of the documents the output holds (by
   * default refused: an emptied or half-mounted input folder must not empty the dataset).
   */
  readonly allowShrink?: boolean
  /**
   * Documents larger than this many bytes fail alone with `DocumentTooLarge` before they are
   * read (default 64 MB): one oversized file must not take the run's memory.
   */
  readonly maxDocumentBytes?: number
  /** Called once with the documents to read and the entries of the input folders that are not read, and why. */
  readonly onListed?: (listing: InputListing) => void
  /** Called once per document as it is finished (for logs and progress). */
  readonly onDocument?: (event: DocumentEvent) => void
  /**
   * Workers already started for this run (the CLI starts them before it loads: early-pool.ts),
   * used instead of starting `jobs` new ones. The run closes them when it ends, however it ends.
   */
  readonly pool?: Pool
}

export interface DocumentError {
  readonly tag: string
  readonly message: string
  readonly byteOffset: number | null
}

/** What one document contributed: its rows (already validated), rejects, or its error. */
export interface DocumentResult {
  readonly docId: string
  readonly sourcePath: string
  readonly rows: {
    readonly documents: ReadonlyArray<DocumentRow>
    readonly indicators: ReadonlyArray<IndicatorRow>
    readonly projects: ReadonlyArray<ProjectRow>
    readonly policies: ReadonlyArray<PolicyRow>
  }
  readonly rejects: ReadonlyArray<RejectRow>
  readonly warnings: ReadonlyArray<{ char_start: number; char_end: number; reason: string }>
  readonly error: DocumentError | null
}

export interface DocumentEvent {
  readonly docId: string
  readonly sourcePath: string
  readonly bytes: number
  readonly cached: boolean
  readonly counts: Record<TableName, number>
  readonly rejects: number
  readonly warnings: number
  readonly error: DocumentError | null
  readonly index: number
  readonly total: number
  readonly ms: number
}

export interface Manifest {
  readonly run_id: string
  readonly started_at: string
  readonly finished_at: string
  readonly versions: { readonly govstat: string; readonly extractor: string; readonly node: string }
  readonly options: { readonly formats: ReadonlyArray<Format>; readonly compression: Compression; readonly full: boolean }
  readonly inputs: ReadonlyArray<{
    readonly doc_id: string
    readonly source_path: string
    /** null when the document was not read to its end (too large, unreadable, vanished, a worker that died hashing it). */
    readonly sha256: string | null
    readonly bytes: number
    readonly status: "extracted" | "cached" | "error"
    readonly error: DocumentError | null
    readonly warnings: number
    /**
     * Each number the extractor refused or doubted, with its reason and source character span:
     * the first MAX_WARNING_DETAILS of them (`warnings` counts them all).
     */
    readonly warning_details: ReadonlyArray<{ readonly char_start: number; readonly char_end: number; readonly reason: string }>
    /** Present when `warning_details` lists only the first warnings: says so and how many are counted, not listed. */
    readonly warning_details_note?: string
  }>
  /** Entries of the input folders that were not read, each with its reason. */
  readonly skipped: ReadonlyArray<SkippedEntry>
  /** Documents the previous output held whose rows this run removed (their input is gone). */
  readonly removed: ReadonlyArray<{ readonly doc_id: string; readonly source_path: string }>
  readonly counts: Record<TableName | "rejects", number>
  /**
   * What the run cost the process: peak resident memory and CPU time, for operators; and how
   * busy the coordinating thread (reading, ordering, appending) and the workers (extracting,
   * encoding) were over the run, as shares of its wall time: the workers near 1 and the
   * coordinator low mean the cores are spent on the documents.
   */
  readonly resources: {
    readonly peak_rss_mb: number
    readonly cpu_user_s: number
    readonly cpu_system_s: number
    readonly coordinator_busy_share: number
    readonly workers_busy_share: number
    /** CPU seconds of the coordinating thread since the process started (null off Linux). */
    readonly coordinator_cpu_s: number | null
    /** Each pool worker's time: starting, working, waiting, its CPU and its GC pauses. */
    readonly workers: ReadonlyArray<WorkerStats>
    /** glibc's MALLOC_ARENA_MAX the process ran with (the CLI sets 2 on Linux: relaunch.ts), or null when unset. */
    readonly malloc_arena_max: string | null
  }
  readonly errors: ReadonlyArray<{ readonly doc_id: string; readonly source_path: string } & DocumentError>
}

/** The result of a document that failed: no rows, its error. */
export const failed = (input: { readonly docId: string; readonly sourcePath: string }, error: DocumentError): DocumentResult => ({
  docId: input.docId,
  sourcePath: input.sourcePath,
  rows: { documents: [], indicators: [], projects: [], policies: [] },
  rejects: [],
  warnings: [],
  error
})

interface Sinks {
  /** Appends one document's encoded rows; the Parquet row groups it completes are encoded (on the pool when there is one). */
  add(doc: EncodedDocument): void
  /** Appends the rows a document's worker posted chunk by chunk, in output order, a part at a time. */
  replay(spill: Spill): Promise<void>
  /** Encodes the last row groups, appends every one in order and closes the files. */
  close(): Promise<void>
}

function openSinks(dir: string, formats: ReadonlyArray<Format>, compression: Compression, bom: boolean, pool: Pool | null): Sinks {
  const csv = new Map<OutputTable, CsvTableWriter>()
  const pq = new Map<OutputTable, { t: Table; file: ParquetFileWriter; cutter: RowGroupCutter; chain: Promise<void>; pending: number }>()
  const options = { compression, createdBy: `govstat ${GOVSTAT_VERSION}` }
  for (const t of outputTables) {
    const name = t.name as OutputTable
    // Rejects are always written as CSV, the file people open when something went wrong.
    if (formats.includes("csv") || name === "rejects") csv.set(name, openCsv(path.join(dir, `${name}.csv`), t, { bom }))
    // DuckDB loads the Parquet files (see writers/duckdb.ts).
    if (formats.includes("parquet") || formats.includes("duckdb")) {
      pq.set(name, { t, file: openParquetFile(path.join(dir, `${name}.parquet`), t, options), cutter: new RowGroupCutter(), chain: Promise.resolve(), pending: 0 })
    }
  }
  /** A row group is encoded on a worker while the next documents are read; it is appended in its turn. */
  const encode = (name: OutputTable, pieces: ReadonlyArray<PieceSlice>) => {
    const s = pq.get(name)!
    if (!pool) return s.file.append(encodeRowGroup(s.t, piecesToColumns(s.t, pieces), options))
    const job = pool.run({ kind: "rowgroup", table: name, pieces, options })
    s.pending++
    s.chain = s.chain.then(async () => {
      const r = await job
      s.pending--
      if (!r.ok) throw new Error(`Parquet ${name}: ${r.error.message}`)
      if (!("group" in r)) throw new Error(`Parquet ${name}: no row group in the worker's answer`)
      s.file.append(r.group)
    })
    // Awaited in close(); until then a failure must not count as unhandled.
    s.chain.catch(() => {})
  }
  return {
    add(doc) {
      for (const [name, bytes] of Object.entries(doc.csv) as Array<[OutputTable, Uint8Array]>) csv.get(name)?.append(bytes)
      for (const [name, piece] of Object.entries(doc.parquet) as Array<[OutputTable, ColumnPiece]>) {
        const s = pq.get(name)
        if (s) for (const group of s.cutter.add(piece)) encode(name, group)
      }
    },
    async replay(spill) {
      for (const part of spill.parts()) {
        const name = streamTable(part.stream)
        const w = csv.get(name)
        if (w) part.copyCsv((bytes) => w.append(bytes))
        const s = pq.get(name)
        const bytes = s ? part.parquet() : null
        if (!s || !bytes) continue
        for (const group of s.cutter.add({ bytes, rows: part.rows })) encode(name, group)
        // Row groups waiting for a worker hold their rows: a document's turn waits for them rather than queue them all.
        if (s.pending > MAX_PENDING_GROUPS) await s.chain
      }
    },
    async close() {
      for (const [name, s] of pq) {
        const last = s.cutter.rest()
        if (last) encode(name, last)
      }
      for (const s of pq.values()) {
        await s.chain
        s.file.close()
      }
      for (const w of csv.values()) w.close()
    }
  }
}

/** Row groups of a table a spilled document's turn leaves queued for the workers before it waits for them. */
const MAX_PENDING_GROUPS = 2

function resourcesUsed(coordinator: number, workers: number, coordinatorCpu: number | null, workerStats: ReadonlyArray<WorkerStats>): Manifest["resources"] {
  const r = process.resourceUsage()
  return {
    peak_rss_mb: Math.round(r.maxRSS / 1024), cpu_user_s: r.userCPUTime / 1e6, cpu_system_s: r.systemCPUTime / 1e6,
    coordinator_busy_share: +coordinator.toFixed(3), workers_busy_share: +workers.toFixed(3),
    coordinator_cpu_s: coordinatorCpu === null ? null : +coordinatorCpu.toFixed(2), workers: workerStats,
    malloc_arena_max: process.env.MALLOC_ARENA_MAX ?? null
  }
}

/** A run refused before it touched anything, to protect the published dataset (exit 3). */
export class RefusedError extends Error {
  readonly _tag = "RefusedError"
}

/** Warnings listed per document in manifest.json; the rest are counted (a CSV dump can give tens of thousands). */
export const MAX_WARNING_DETAILS = 1000

/**
 * A document's manifest warnings: the first MAX_WARNING_DETAILS, and a note when more were
 * counted (`count`: how many there are, when `warnings` lists only the first ones).
 */
export function warningDetails(warnings: DocumentResult["warnings"], count = warnings.length): Pick<Manifest["inputs"][number], "warning_details" | "warning_details_note"> {
  if (count <= MAX_WARNING_DETAILS) return { warning_details: warnings }
  return {
    warning_details: warnings.slice(0, MAX_WARNING_DETAILS),
    warning_details_note: `the first ${MAX_WARNING_DETAILS} of ${count} warnings are listed; the other ${count - MAX_WARNING_DETAILS} are counted, not listed`
  }
}

/** Default size limit of one document. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024

/** Share of the previously published documents a run may drop without --allow-shrink. */
export const MAX_SHRINK = 0.5

const within = (dir: string, p: string) => p === dir || p.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep)
const realish = (p: string): string => {
  // The output folder may not exist yet: resolve its nearest existing ancestor.
  try {
    return fs.realpathSync(p)
  } catch {
    const parent = path.dirname(p)
    return parent === p ? p : path.join(realish(parent), path.basename(p))
  }
}

/** Refuses an output folder inside (or equal to) an input folder, or an input inside the output: the run would read its own outputs. */
export function refuseOutputInInput(inputs: ReadonlyArray<string>, out: string) {
  const o = realish(out)
  for (const i of inputs) {
    const r = fs.realpathSync(i)
    if (within(o, r)) throw new RefusedError(`the input ${i} is inside the output folder ${out}; a run never reads its own outputs`)
    if (!fs.statSync(i).isDirectory()) continue
    if (within(r, o)) throw new RefusedError(`the output folder ${out} is inside the input folder ${i}; the run would read its own outputs. Choose an output folder outside the inputs`)
  }
}

/** What processing one document gave: its result, its content hash and size, whether it was reused. */
export interface DocumentOutcome {
  /**
   * The document's result. When `encoded` is set (a run's workers encoded the rows), its
   * rows travel there and `result.rows` and `result.rejects` are empty.
   */
  readonly result: DocumentResult
  readonly encoded?: EncodedDocument
  /** The rows of a document read in chunks, posted by its worker as it went (then `encoded` has none). */
  readonly spill?: Spill
  /** How many warnings the document has, when `result.warnings` lists only the first ones. */
  readonly warnings?: number
  /** null when the bytes were not read to their end (see `Manifest`). */
  readonly sha256: string | null
  readonly bytes: number
  readonly cached: boolean
  readonly ms: number
}

/** What `processDocument` needs besides the document. */
export interface DocumentContext {
  readonly pool: Pool
  readonly maxDocumentBytes: number
  /** A previous run's folder whose cached result is reused when the bytes are unchanged, or null. */
  readonly reuseFrom: string | null
  /** Folder whose cache the extractor's worker writes the settled result into, or null. */
  readonly cacheDir: string | null
  /** The document loses its doc_id to an earlier one (see `duplicateDocIds`). */
  readonly duplicate?: boolean
  /** The content hash the bytes must have (a queued job names the content it stands for). */
  readonly expectSha256?: string
  /** Have the worker encode the rows for the writer (CSV lines, Parquet pieces) instead of returning them. */
  readonly encode?: EncodeOptions
  /**
   * With `encode`: a folder (in staging) where a document read in chunks has its rows kept as
   * its worker posts them, chunk by chunk, until its turn (see `Spill`); without, they come in one answer.
   */
  readonly spillDir?: string
}

/** The error of a document whose doc_id an earlier document (in output order) already has. */
export const duplicateError = (input: { readonly docId: string; readonly sourcePath: string }): DocumentError =>
  ({ tag: "DuplicateDocId", message: `${input.sourcePath}: another input already has doc_id "${input.docId}"`, byteOffset: null })

/** The error of a document whose content is not the content it was queued with. */
export const changedError = (input: { readonly sourcePath: string }, expected: string, sha256: string): DocumentError =>
  ({ tag: "FileChanged", message: `${input.sourcePath}: its content changed since it was queued (sha256 ${expected.slice(0, 12)}… → ${sha256.slice(0, 12)}…); enqueue it again`, byteOffset: null })

/**
 * Documents larger than this many bytes are read by the worker that extracts them, as a
 * stream; it hashes them and finds their cached result itself: the coordinating thread holds
 * no large document's bytes. Smaller ones are read here, hashed to find a cached result, and
 * handed over.
 */
export const WORKER_READS_BYTES = CHUNK_CHARS

/** Indices of the documents, in output order, whose doc_id an earlier one already has: the first one keeps it. */
export function duplicateDocIds(inputs: ReadonlyArray<{ readonly docId: string }>): Set<number> {
  const seen = new Set<string>()
  const dup = new Set<number>()
  inputs.forEach((i, k) => (seen.has(i.docId) ? dup.add(k) : seen.add(i.docId)))
  return dup
}

/**
 * One document, as every command processes it: size limit, guarded read, content hash,
 * reuse of an unchanged document's cached result, else extraction and the schema gate on
 * the pool. Failures are the document's own (its result carries the error); never throws.
 */
export async function processDocument(input: InputFile, ctx: DocumentContext): Promise<DocumentOutcome> {
  const t0 = performance.now()
  let bytes: Uint8Array
  if (input.size > ctx.maxDocumentBytes) {
    const error = { tag: "DocumentTooLarge", message: `${input.sourcePath}: ${input.size} bytes, more than the limit of ${ctx.maxDocumentBytes} (--max-document-mb); split it to read it`, byteOffset: null }
    return { result: failed(input, error), sha256: null, bytes: input.size, cached: false, ms: 0 }
  }
  if (input.size > WORKER_READS_BYTES) return workerReads(input, ctx, t0)
  try {
    bytes = readInput(input)
  } catch (e) {
    const tag = e instanceof InputReadError ? e.tag : "ReadError"
    return { result: failed(input, { tag, message: (e as Error).message, byteOffset: null }), sha256: null, bytes: 0, cached: false, ms: 0 }
  }
  const sha256 = sha256Hex(bytes)
  if (ctx.expectSha256 !== undefined && sha256 !== ctx.expectSha256) {
    const error = changedError(input, ctx.expectSha256, sha256)
    return { result: failed(input, error), sha256, bytes: bytes.length, cached: false, ms: 0 }
  }
  if (ctx.duplicate) return { result: failed(input, duplicateError(input)), sha256, bytes: bytes.length, cached: false, ms: 0 }
  if (ctx.encode) {
    // The worker reads (and re-gates) a reusable cached result, or extracts; either way it encodes.
    // A document read here is at most WORKER_READS_BYTES = CHUNK_CHARS bytes, so never more
    // characters than a chunk: it is read whole and its rows come in one answer (no spill).
    const encoded = (res: WorkerResponse, cached: boolean): DocumentOutcome | null => {
      const ms = performance.now() - t0
      if (!res.ok) return { result: failed(input, res.error), sha256, bytes: bytes.length, cached: false, ms }
      if (!("doc" in res)) return null
      return { ...encodedOutcome(input, res, null), sha256, bytes: bytes.length, cached, ms }
    }
    if (ctx.reuseFrom !== null) {
      const hit = encoded(await ctx.pool.run({ kind: "cached", docId: input.docId, sourcePath: input.sourcePath, sha256, from: ctx.reuseFrom, encode: ctx.encode }), true)
      if (hit) return hit
    }
    const res = await ctx.pool.run({
      docId: input.docId, sourcePath: input.sourcePath, bytes, sha256, cacheFile: ctx.cacheDir === null ? null : cacheFile(ctx.cacheDir, sha256), encode: ctx.encode
    })
    return encoded(res, false) ?? { result: failed(input, { tag: "WorkerCrash", message: `${input.sourcePath}: no document in the worker's answer`, byteOffset: null }), sha256, bytes: bytes.length, cached: false, ms: 0 }
  }
  if (ctx.reuseFrom !== null) {
    const cached = readCached(ctx.reuseFrom, sha256, input.docId)
    if (cached && cached.sourcePath === input.sourcePath) return { result: cached, sha256, bytes: bytes.length, cached: true, ms: performance.now() - t0 }
  }
  const res = await ctx.pool.run({ docId: input.docId, sourcePath: input.sourcePath, bytes, sha256, cacheFile: ctx.cacheDir === null ? null : cacheFile(ctx.cacheDir, sha256) })
  const result = res.ok && "result" in res ? res.result : failed(input, res.ok ? { tag: "WorkerCrash", message: `${input.sourcePath}: no result in the worker's answer`, byteOffset: null } : res.error)
  return { result, sha256, bytes: bytes.length, cached: false, ms: performance.now() - t0 }
}

/** Where a job's parts go: its rows to the document's spill (nothing of an attempt that died), the facts of its read to `read`. */
const partsTo = (spill: Spill | null, read?: (facts: ReadFacts) => void): OnPart => (p) => {
  if (p === "retry") spill?.reset()
  else if (p.part === "rows") spill?.add(p)
  else read?.(p.read)
}

/** The outcome of an encoded document: its warnings, its rows (encoded, or spilled as they came). */
function encodedOutcome(
  input: InputFile, res: Extract<WorkerResponse, { doc: EncodedDocument }>, spill: Spill | null
): Pick<DocumentOutcome, "result" | "encoded" | "spill" | "warnings"> {
  const result = { ...failed(input, null as never), warnings: res.doc.warnings, error: null }
  if (spill && !spill.used) spill.discard()
  return { result, encoded: res.doc, ...(spill?.used ? { spill } : {}), ...(res.warnings !== undefined ? { warnings: res.warnings } : {}) }
}

/** `processDocument` for a large document: the worker reads, checks, hashes and extracts it (see `WORKER_READS_BYTES`). */
async function workerReads(input: InputFile, ctx: DocumentContext, t0: number): Promise<DocumentOutcome> {
  const spill = ctx.encode && ctx.spillDir !== undefined ? new Spill(ctx.spillDir) : null
  // What the worker read, posted before it extracts: a worker that dies extracting leaves the hash.
  let known: ReadFacts | null = null
  const res = await ctx.pool.run({
    kind: "read", docId: input.docId, sourcePath: input.sourcePath, file: input.file, size: input.size, mtimeMs: input.mtimeMs,
    ...(ctx.expectSha256 !== undefined ? { expectSha256: ctx.expectSha256 } : {}), ...(ctx.duplicate ? { duplicate: true } : {}),
    ...(ctx.encode ? { encode: ctx.encode, reuseFrom: ctx.reuseFrom, cacheDir: ctx.cacheDir } : {}), ...(spill ? { streamRows: true } : {})
  }, partsTo(spill, (r) => { known = r }))
  // A worker that died before answering: what it said it read, else the listing's size and no hash.
  const read: ReadFacts = "read" in res && res.read ? res.read : known ?? { sha256: null, bytes: input.size }
  const ms = performance.now() - t0
  const { sha256, bytes } = read
  if (!res.ok || !("doc" in res)) spill?.discard()
  if (!res.ok) return { result: failed(input, res.error), sha256, bytes, cached: false, ms: read.sha256 ? ms : 0 }
  if ("doc" in res) return { ...encodedOutcome(input, res, spill), sha256, bytes, cached: res.cached === true, ms }
  if ("result" in res) return { result: res.result, sha256, bytes, cached: false, ms }
  return { result: failed(input, { tag: "WorkerCrash", message: `${input.sourcePath}: no document in the worker's answer`, byteOffset: null }), sha256, bytes, cached: false, ms: 0 }
}

/** One document of a version, in output order: who it is and what processing it gave. */
export interface VersionEntry {
  readonly input: { readonly docId: string; readonly sourcePath: string }
  readonly outcome: DocumentOutcome
}

/** A version of the output folder being written into its staging folder. */
export interface VersionSpec {
  readonly runId: string
  readonly startedAt: Date
  readonly staging: string
  /** The previous version's folder, whose cache entries a reused ("cached") document carries on. */
  readonly before: string
  readonly formats: ReadonlyArray<Format>
  readonly compression: Compression
  readonly bom: boolean
  readonly full: boolean
  readonly skipped: ReadonlyArray<SkippedEntry>
  readonly removed: Manifest["removed"]
  readonly total: number
  /** The documents' files, when the review pages (`review/`) are to be written from them. */
  readonly review?: ReadonlyArray<InputFile>
  readonly onDocument?: (event: DocumentEvent) => void
  /** Workers to encode Parquet row groups on; without, they are encoded on this thread (same bytes). */
  readonly pool?: Pool
}

/**
 * Writes a version's tables (CSV and Parquet), codebooks, datapackage.json, incremental
 * state and manifest.json into its staging folder from its documents in output order.
 * Shared by `govstat run` and `govstat finalise`, so both write the same folder.
 */
export async function writeVersion(spec: VersionSpec, entries: AsyncIterable<VersionEntry>): Promise<Manifest> {
  const { staging, formats, compression } = spec
  const busy0 = performance.eventLoopUtilization()
  const sinks = openSinks(staging, formats, compression, spec.bom, spec.pool ?? null)
  const encode = encodeOptions(formats)
  const counts: Record<TableName | "rejects", number> = { documents: 0, indicators: 0, projects: 0, policies: 0, rejects: 0 }
  const manifestInputs: Array<Manifest["inputs"][number]> = []
  const errors: Array<Manifest["errors"][number]> = []
  let k = 0
  for await (const { input, outcome } of entries) {
    const { result, sha256, bytes, cached, ms } = outcome
    // Rows that come as rows (finalise, a cached result read here) are encoded here, by the same function as on the workers.
    const doc = outcome.encoded ?? (result.error ? null : encodeDocument(result, encode).doc)
    const docCounts = doc?.counts ?? { documents: 0, indicators: 0, projects: 0, policies: 0 }
    if (outcome.spill) {
      await sinks.replay(outcome.spill)
      outcome.spill.discard()
    }
    if (doc) sinks.add(doc)
    const warnings = outcome.warnings ?? result.warnings.length
    for (const t of TableNames) counts[t] += docCounts[t]
    counts.rejects += doc?.rejects ?? 0
    if (result.error) errors.push({ doc_id: input.docId, source_path: input.sourcePath, ...result.error })
    else if (cached && sha256 !== null) carryCached(spec.before, staging, sha256)
    manifestInputs.push({
      doc_id: input.docId, source_path: input.sourcePath, sha256, bytes,
      status: result.error ? "error" : cached ? "cached" : "extracted", error: result.error, warnings,
      ...warningDetails(result.warnings, warnings)
    })
    spec.onDocument?.({
      docId: input.docId, sourcePath: input.sourcePath, bytes, cached,
      counts: docCounts, rejects: doc?.rejects ?? 0, warnings, error: result.error,
      index: k++, total: spec.total, ms
    })
  }
  await sinks.close()

  const codebooks = codebookFiles()
  for (const c of codebooks) {
    fs.mkdirSync(path.join(staging, "codebooks"), { recursive: true })
    fs.writeFileSync(path.join(staging, "codebooks", `${c.name}.csv`), c.csv)
  }
  // DuckDB and the review pages load only when asked for: their libraries take longer to start than a small run.
  if (formats.includes("duckdb")) await (await import("./writers/duckdb.js")).stageDuckdb(staging, formats.includes("parquet"))
  const descriptor = dataPackage(GOVSTAT_VERSION, codebooks, [RejectTable as Table])
  fs.writeFileSync(path.join(staging, "datapackage.json"), JSON.stringify(descriptor, null, 2) + "\n")
  const state = {
    extractor: `${EXTRACTOR_VERSION}`,
    inputs: Object.fromEntries(manifestInputs.filter((i) => i.status !== "error").map((i) => [i.source_path, { sha256: i.sha256, docId: i.doc_id }]))
  }
  fs.writeFileSync(path.join(staging, STATE_FILE), JSON.stringify(state, null, 2) + "\n")
  const manifest: Manifest = {
    run_id: spec.runId,
    started_at: spec.startedAt.toISOString(),
    finished_at: new Date().toISOString(),
    versions: { govstat: GOVSTAT_VERSION, extractor: EXTRACTOR_VERSION, node: process.version },
    options: { formats, compression, full: spec.full },
    inputs: manifestInputs,
    skipped: spec.skipped,
    removed: spec.removed,
    counts,
    resources: resourcesUsed(
      performance.eventLoopUtilization(busy0).utilization, spec.pool?.busyShare() ?? 0,
      threadCpuSeconds(), (await spec.pool?.stats()) ?? []
    ),
    errors
  }
  fs.writeFileSync(path.join(staging, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n")
  if (spec.review) await (await import("./review/stage.js")).stageReview(staging, spec.review)
  return manifest
}

/** The staging folder's folder of spilled rows (see `Spill`); a dot name, so never linked from the output folder. */
const SPILL_DIR = ".govstat-spill"

/** A run's id: its start time and a random suffix (also the name of its version folder). */
export const newRunId = (startedAt: Date) => `${startedAt.toISOString().replace(/[-:.]/g, "").slice(0, 15)}-${randomUUID().slice(0, 8)}`

/** What the workers encode for these formats (DuckDB is built from the Parquet files). */
const encodeOptions = (formats: ReadonlyArray<Format>): EncodeOptions =>
  ({ csv: formats.includes("csv"), parquet: formats.includes("parquet") || formats.includes("duckdb") })

/** Runs the pipeline; returns the manifest it wrote. Throws only when the run cannot complete. */
export async function runPipeline(options: PipelineOptions): Promise<Manifest> {
  try {
    return await runWith(options)
  } finally {
    await options.pool?.close()
  }
}

async function runWith(options: PipelineOptions): Promise<Manifest> {
  const startedAt = new Date()
  const runId = newRunId(startedAt)
  const formats = options.formats ?? ["csv", "parquet"]
  const compression = options.compression ?? "snappy"
  const out = path.resolve(options.out)
  const given = typeof options.input === "string" ? [options.input] : options.input
  refuseOutputInInput(given, out)
  const { inputs, skipped } = listInputs(given)
  options.onListed?.({ inputs, skipped })
  if (inputs.length === 0) {
    throw new RefusedError(`no documents in ${given.join(", ")}${skipped.length ? ` (${skipped.length} entries skipped)` : ""}; ` +
      `an empty input (a failed mount?) would empty the published tables, so nothing was changed`)
  }
  const release = acquireLock(out)
  let pool: Pool | null = null
  let staging: string | null = null
  try {
    const before = previousDir(out)
    const published = readState(before)
    const present = new Set(inputs.map((i) => i.sourcePath))
    const removed = Object.entries(published?.inputs ?? {})
      .filter(([source]) => !present.has(source))
      .map(([source, v]) => ({ doc_id: v.docId, source_path: source }))
    const publishedCount = Object.keys(published?.inputs ?? {}).length
    if (!options.allowShrink && publishedCount > 0 && removed.length / publishedCount > MAX_SHRINK) {
      throw new RefusedError(`this run would remove ${removed.length} of the ${publishedCount} documents in ${out} ` +
        `(more than ${MAX_SHRINK * 100}%); nothing was changed. Check the input folder, or pass --allow-shrink to accept`)
    }
    const ownPool = options.pool ?? makePool(options.jobs ?? os.availableParallelism())
    pool = ownPool
    sweepStaging(out)
    const stagingDir = makeStaging(out, runId)
    staging = stagingDir
    fs.mkdirSync(path.join(stagingDir, CACHE_DIR))
    // Rows of documents read in chunks wait here for their turn (never published: removed below).
    const spillDir = path.join(stagingDir, SPILL_DIR)
    fs.mkdirSync(spillDir)
    const previous = options.full ? null : published
    const reuse = previous !== null && previous.extractor === `${EXTRACTOR_VERSION}`
    const duplicates = duplicateDocIds(inputs)
    const ctx = (k: number): DocumentContext => ({
      pool: ownPool, maxDocumentBytes: options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES,
      reuseFrom: reuse ? before : null, cacheDir: stagingDir, duplicate: duplicates.has(k), encode: encodeOptions(formats), spillDir
    })

    // Bounded look-ahead: at most twice what the workers hold at once (JOBS_PER_WORKER each) is
    // read, in flight or done and waiting for its turn, so a slow document ahead in order does
    // not leave the workers without work while it ends.
    const window = Math.max(2, (options.jobs ?? os.availableParallelism()) * JOBS_PER_WORKER * 2)
    async function* inOrder(): AsyncGenerator<VersionEntry> {
      const tasks: Array<Promise<DocumentOutcome>> = []
      let next = 0
      for (; next < Math.min(window, inputs.length); next++) tasks.push(processDocument(inputs[next]!, ctx(next)))
      for (let k = 0; k < inputs.length; k++) {
        const outcome = await tasks[k]!
        delete tasks[k]
        if (next < inputs.length) tasks[next] = processDocument(inputs[next]!, ctx(next++))
        yield { input: inputs[k]!, outcome }
      }
    }
    const manifest = await writeVersion({
      runId, startedAt, staging: stagingDir, before, formats, compression, bom: options.bom ?? false, full: options.full ?? false,
      skipped, removed, total: inputs.length, ...(options.review ? { review: inputs } : {}),
      ...(options.onDocument ? { onDocument: options.onDocument } : {}), pool: ownPool
    }, inOrder())
    await ownPool.close()
    pool = null
    fs.rmSync(spillDir, { recursive: true, force: true })
    // One atomic swap publishes every table of this run together.
    publish(stagingDir, out, runId)
    staging = null
    return manifest
  } finally {
    await pool?.close()
    if (staging) fs.rmSync(staging, { recursive: true, force: true })
    release()
  }
}
