/**
 * runPipeline: read every input document; on worker threads, extract it, validate each row
 * against its table's schema and encode the rows (CSV lines, Parquet row groups); append
 * them, in input order, to files in a staging folder that is moved into place at the end.
 * This thread only reads, orders and appends; nothing holds the whole corpus.
 */
import type { DocumentRow, IndicatorRow, PolicyRow, ProjectRow, RejectRow, Table, TableName } from "@govstat/schema"
import { RejectTable, TableNames } from "@govstat/schema"
import { EXTRACTOR_VERSION, sha256Hex } from "@govstat/extract"
import { randomUUID } from "node:crypto"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { codebookFiles } from "./codebooks.js"
import { dataPackage } from "./datapackage.js"
import { type InputFile, InputReadError, type InputListing, listInputs, readInput, type SkippedEntry } from "./inputs.js"
import { acquireLock, makeStaging, previousDir, publish, sweepStaging } from "./output-dir.js"
import { makePool, type Pool, type WorkerResponse } from "./pool.js"
import { CACHE_DIR, cacheFile, readState, STATE_FILE } from "./state.js"
import { GOVSTAT_VERSION } from "./version.js"
import { type CsvTableWriter, openCsv } from "./writers/csv.js"
import { type EncodedDocument, type OutputTable, outputTables } from "./writers/document.js"
import { type ColumnPiece, type Compression, openParquetFile, type ParquetFileWriter, type PieceSlice, RowGroupCutter } from "./writers/parquet.js"

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
  /** Also write the review pages (`review/`) from the run's files and sources. */
  readonly review?: boolean
  /** Called once per document as it is finished (for logs and progress). */
  readonly onDocument?: (event: DocumentEvent) => void
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
    readonly sha256: string
    readonly bytes: number
    readonly status: "extracted" | "cached" | "error"
    readonly error: DocumentError | null
    readonly warnings: number
    /** Each number the extractor refused or doubted, with its reason and source character span. */
    readonly warning_details: ReadonlyArray<{ readonly char_start: number; readonly char_end: number; readonly reason: string }>
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
  }
  readonly errors: ReadonlyArray<{ readonly doc_id: string; readonly source_path: string } & DocumentError>
}

/** A document as the writing thread receives it: encoded rows, or the error that stopped it. */
interface Finished {
  readonly doc: EncodedDocument | null
  readonly error: DocumentError | null
  readonly sha256: string
  readonly bytes: number
  readonly cached: boolean
  readonly ms: number
}

interface Sinks {
  /** Appends one document's encoded rows; the Parquet row groups it completes go to the pool to encode. */
  add(doc: EncodedDocument): void
  /** Encodes the last row groups, appends every one in order and closes the files. */
  close(): Promise<void>
}

function openSinks(dir: string, formats: ReadonlyArray<Format>, compression: Compression, bom: boolean, pool: Pool): Sinks {
  const csv = new Map<OutputTable, CsvTableWriter>()
  const pq = new Map<OutputTable, { file: ParquetFileWriter; cutter: RowGroupCutter; chain: Promise<void> }>()
  const options = { compression, createdBy: `govstat ${GOVSTAT_VERSION}` }
  for (const t of outputTables) {
    const name = t.name as OutputTable
    // Rejects are always written as CSV, the file people open when something went wrong.
    if (formats.includes("csv") || name === "rejects") csv.set(name, openCsv(path.join(dir, `${name}.csv`), t, { bom }))
    // DuckDB loads the Parquet files (see writers/duckdb.ts).
    if (formats.includes("parquet") || formats.includes("duckdb")) {
      pq.set(name, { file: openParquetFile(path.join(dir, `${name}.parquet`), t, options), cutter: new RowGroupCutter(), chain: Promise.resolve() })
    }
  }
  /** A row group is encoded on a worker while the next documents are read; it is appended in its turn. */
  const encode = (name: OutputTable, pieces: ReadonlyArray<PieceSlice>) => {
    const s = pq.get(name)!
    const job = pool.run({ kind: "rowgroup", table: name, pieces, options })
    s.chain = s.chain.then(async () => {
      const r = await job
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

function resourcesUsed(coordinator: number, workers: number): Manifest["resources"] {
  const r = process.resourceUsage()
  return {
    peak_rss_mb: Math.round(r.maxRSS / 1024), cpu_user_s: r.userCPUTime / 1e6, cpu_system_s: r.systemCPUTime / 1e6,
    coordinator_busy_share: +coordinator.toFixed(3), workers_busy_share: +workers.toFixed(3)
  }
}

/** A run refused before it touched anything, to protect the published dataset (exit 3). */
export class RefusedError extends Error {
  readonly _tag = "RefusedError"
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
function refuseOutputInInput(inputs: ReadonlyArray<string>, out: string) {
  const o = realish(out)
  for (const i of inputs) {
    const r = fs.realpathSync(i)
    if (within(o, r)) throw new RefusedError(`the input ${i} is inside the output folder ${out}; a run never reads its own outputs`)
    if (!fs.statSync(i).isDirectory()) continue
    if (within(r, o)) throw new RefusedError(`the output folder ${out} is inside the input folder ${i}; the run would read its own outputs. Choose an output folder outside the inputs`)
  }
}

/** Runs the pipeline; returns the manifest it wrote. Throws only when the run cannot complete. */
export async function runPipeline(options: PipelineOptions): Promise<Manifest> {
  const startedAt = new Date()
  const busy0 = performance.eventLoopUtilization()
  const runId = `${startedAt.toISOString().replace(/[-:.]/g, "").slice(0, 15)}-${randomUUID().slice(0, 8)}`
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
  let pool: ReturnType<typeof makePool> | null = null
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
    pool = makePool(options.jobs ?? os.availableParallelism())
    sweepStaging(out)
    staging = makeStaging(out, runId)
    fs.mkdirSync(path.join(staging, CACHE_DIR))
    const extractorTag = `${EXTRACTOR_VERSION}`
    const previous = options.full ? null : published
    const reuse = previous !== null && previous.extractor === extractorTag
    const sinks = openSinks(staging, formats, compression, options.bom ?? false, pool)
    const encode = { csv: formats.includes("csv"), parquet: formats.includes("parquet") || formats.includes("duckdb") }
    const counts: Record<TableName | "rejects", number> = { documents: 0, indicators: 0, projects: 0, policies: 0, rejects: 0 }
    const manifestInputs: Array<Manifest["inputs"][number]> = []
    const errors: Array<Manifest["errors"][number]> = []
    const seen = new Set<string>()

    // Bounded look-ahead: at most 2 × jobs documents are read and in flight at once.
    const window = Math.max(2, (options.jobs ?? os.availableParallelism()) * 2)
    const tasks: Array<Promise<Finished>> = []
    const fail = (error: DocumentError, sha256: string, bytes: number): Finished => ({ doc: null, error, sha256, bytes, cached: false, ms: 0 })
    const start = (input: InputFile): Promise<Finished> => (async () => {
      const t0 = performance.now()
      let bytes: Uint8Array
      const maxBytes = options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES
      if (input.size > maxBytes) {
        return fail({ tag: "DocumentTooLarge", message: `${input.sourcePath}: ${input.size} bytes, more than the limit of ${maxBytes} (--max-document-mb); split it to read it`, byteOffset: null }, "", input.size)
      }
      try {
        bytes = readInput(input)
      } catch (e) {
        const tag = e instanceof InputReadError ? e.tag : "ReadError"
        return fail({ tag, message: (e as Error).message, byteOffset: null }, "", 0)
      }
      const sha256 = sha256Hex(bytes)
      if (seen.has(input.docId)) {
        return fail({ tag: "DuplicateDocId", message: `${input.sourcePath}: another input already has doc_id "${input.docId}"`, byteOffset: null }, sha256, bytes.length)
      }
      seen.add(input.docId)
      const done = (res: WorkerResponse, cached: boolean): Finished => {
        const ms = performance.now() - t0
        if (!res.ok) return { ...fail(res.error, sha256, bytes.length), ms }
        if (!("doc" in res)) throw new Error(`${input.sourcePath}: no document in the worker's answer`)
        return { doc: res.doc, error: null, sha256, bytes: bytes.length, cached, ms }
      }
      if (reuse) {
        // The worker reads and re-gates the cached rows, or answers that there are none.
        const res = await pool!.run({ kind: "cached", docId: input.docId, sourcePath: input.sourcePath, sha256, from: before, to: staging!, encode })
        if (!(res.ok && "miss" in res)) return done(res, true)
      }
      const res = await pool!.run({ kind: "extract", docId: input.docId, sourcePath: input.sourcePath, bytes, sha256, cacheFile: cacheFile(staging!, sha256), encode })
      return done(res, false)
    })()

    let next = 0
    for (; next < Math.min(window, inputs.length); next++) tasks.push(start(inputs[next]!))
    for (let k = 0; k < inputs.length; k++) {
      const { doc, error, sha256, bytes, cached, ms } = await tasks[k]!
      delete tasks[k]
      if (next < inputs.length) tasks[next] = start(inputs[next++]!)
      const input = inputs[k]!
      const docCounts = doc?.counts ?? { documents: 0, indicators: 0, projects: 0, policies: 0 }
      if (doc) sinks.add(doc)
      for (const t of TableNames) counts[t] += docCounts[t]
      counts.rejects += doc?.rejects ?? 0
      if (error) errors.push({ doc_id: input.docId, source_path: input.sourcePath, ...error })
      const warnings = doc?.warnings ?? []
      manifestInputs.push({
        doc_id: input.docId, source_path: input.sourcePath, sha256, bytes,
        status: error ? "error" : cached ? "cached" : "extracted", error, warnings: warnings.length,
        warning_details: warnings
      })
      options.onDocument?.({
        docId: input.docId, sourcePath: input.sourcePath, bytes, cached,
        counts: docCounts, rejects: doc?.rejects ?? 0, warnings: warnings.length, error,
        index: k, total: inputs.length, ms
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
      extractor: extractorTag,
      inputs: Object.fromEntries(manifestInputs.filter((i) => i.status !== "error").map((i) => [i.source_path, { sha256: i.sha256, docId: i.doc_id }]))
    }
    fs.writeFileSync(path.join(staging, STATE_FILE), JSON.stringify(state, null, 2) + "\n")
    const manifest: Manifest = {
      run_id: runId,
      started_at: startedAt.toISOString(),
      finished_at: new Date().toISOString(),
      versions: { govstat: GOVSTAT_VERSION, extractor: EXTRACTOR_VERSION, node: process.version },
      options: { formats, compression, full: options.full ?? false },
      inputs: manifestInputs,
      skipped,
      removed,
      counts,
      resources: resourcesUsed(performance.eventLoopUtilization(busy0).utilization, pool.busyShare()),
      errors
    }
    fs.writeFileSync(path.join(staging, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n")
    await pool.close()
    pool = null
    if (options.review) await (await import("./review/stage.js")).stageReview(staging, inputs)
    // One atomic swap publishes every table of this run together.
    publish(staging, out, runId)
    staging = null
    return manifest
  } finally {
    await pool?.close()
    if (staging) fs.rmSync(staging, { recursive: true, force: true })
    release()
  }
}
