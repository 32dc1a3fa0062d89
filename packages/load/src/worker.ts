/**
 * Worker thread: extracts a document, puts its rows through the schema gate and encodes
 * them (CSV lines, Parquet column pieces); reads cached documents the same way; encodes
 * Parquet row groups. The coordinating thread only orders and appends. A document read in
 * chunks is posted chunk by chunk (`WorkerPart`), so no thread holds all its rows.
 */
import { type ByteSource, extractChunks } from "@govstat/extract"
import type { Table } from "@govstat/schema"
import { PerformanceObserver } from "node:perf_hooks"
import { parentPort } from "node:worker_threads"
import * as fs from "node:fs"
import { hashInput, InputStream, type OpenedInput, openInput } from "./input-stream.js"
import { InputReadError } from "./inputs.js"
import { changedError, type DocumentResult, duplicateError, MAX_WARNING_DETAILS } from "./pipeline.js"
import type { ReadFacts, WorkerPart, WorkerRequest, WorkerResponse } from "./pool.js"
import { type RowStream, settleChunks, streamTable } from "./settle-chunks.js"
import { threadCpuSeconds } from "./thread-cpu.js"
import { cacheFile, readCached, writeCached } from "./state.js"
import { type EncodeOptions, encodeDocument, outputTables } from "./writers/document.js"
import { encodeRowGroup, piecesToColumns } from "./writers/parquet.js"

/** What this worker spends, for the manifest (see `WorkerStats`). */
const spent = { documents: 0, rowGroups: 0, busyMs: 0, firstDocumentMs: 0, gcMs: 0 }
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) spent.gcMs += e.duration
}).observe({ entryTypes: ["gc"] })

const tables = new Map<string, Table>(outputTables.map((t) => [t.name, t]))
const post = (res: WorkerResponse, transfer: Array<ArrayBuffer> = []) => parentPort!.postMessage(res, transfer)
const postMessage = (m: { id: number; ok: true; json: string; read?: ReadFacts }) => parentPort!.postMessage(m)

/** What the last `read` request read, for its answer if the extractor then throws. */
let lastRead: ReadFacts | undefined

const NO_ROWS = { documents: [], indicators: [], projects: [], policies: [] }

/** A document's rows of one stream, encoded by the function that encodes a whole document's, posted as a part. */
function postRows(id: number, stream: RowStream, rows: ReadonlyArray<Record<string, unknown>>, o: EncodeOptions): void {
  const table = streamTable(stream)
  const only: DocumentResult = {
    docId: "", sourcePath: "", rows: table === "rejects" ? NO_ROWS : { ...NO_ROWS, [table]: rows },
    rejects: table === "rejects" ? (rows as unknown as DocumentResult["rejects"]) : [], warnings: [], error: null
  }
  const { doc, transfer } = encodeDocument(only, o)
  const part: WorkerPart = {
    id, part: "rows", stream, rows: rows.length,
    ...(doc.csv[table] ? { csv: doc.csv[table] } : {}), ...(doc.parquet[table] ? { parquet: doc.parquet[table] } : {})
  }
  parentPort!.postMessage(part, transfer)
}

/**
 * Extracts a document's bytes, settles the rows and caches or encodes them; posts the answer.
 * `finish` checks, once the bytes are read, that they are still the file's.
 */
function extract(
  req: WorkerRequest & { kind?: "extract" | "read" }, bytes: Uint8Array | ByteSource, sha256: string, cacheAt: string | null, read?: ReadFacts,
  finish?: () => void
): void {
  const facts = read ? { read } : {}
  const encode = req.encode
  // Chunk by chunk past a few MB of text, so the worker's heap holds one chunk and its rows;
  // asked to, the rows go out as each chunk ends instead of with the answer.
  const stream = encode && req.streamRows ? { out: (s: RowStream, rows: ReadonlyArray<Record<string, unknown>>) => postRows(req.id, s, rows, encode), listed: MAX_WARNING_DETAILS } : undefined
  const settled = settleChunks(req, extractChunks(bytes, { docId: req.docId, path: req.sourcePath, sha256 }), undefined, stream)
  finish?.()
  const result = settled.result
  if (result.error) return post({ id: req.id, ok: false, error: result.error, ...facts })
  if (settled.streamed) {
    const doc = { counts: settled.streamed.counts, rejects: settled.streamed.rejects, warnings: result.warnings, csv: {}, parquet: {} }
    return post({ id: req.id, ok: true, doc, warnings: settled.warnings, ...facts })
  }
  // Cached only when read in one chunk: the entry of one read in more would hold all its rows at once (it is re-read next run).
  const cache = settled.whole ? cacheAt : null
  const json = cache || !encode ? JSON.stringify(result) : ""
  if (cache) writeCached(cache, json)
  // Without encoding asked for, the settled rows as the JSON text just cached (cheaper than a structured clone).
  if (!encode) return postMessage({ id: req.id, ok: true, json, ...facts })
  const { doc, transfer } = encodeDocument(result, encode)
  return post({ id: req.id, ok: true, doc, ...facts }, transfer)
}

/** A document's cached result in `from`, encoded, when it is there for this path; else null. */
function encodedCached(from: string, sha256: string, input: { readonly docId: string; readonly sourcePath: string }, o: EncodeOptions) {
  const cached = readCached(from, sha256, input.docId)
  return cached && cached.sourcePath === input.sourcePath ? encodeDocument(cached, o) : null
}

/** A large document: read here as a stream, so the coordinating thread never holds its bytes, nor this one all of them. */
function readAndExtract(req: WorkerRequest & { kind: "read" }): void {
  let f: OpenedInput
  let read: ReadFacts = { sha256: null, bytes: 0 }
  const readError = (e: unknown) => {
    const tag = e instanceof InputReadError ? e.tag : "ReadError"
    return post({ id: req.id, ok: false, error: { tag, message: (e as Error).message, byteOffset: null }, read })
  }
  try {
    f = openInput(req)
  } catch (e) {
    return readError(e)
  }
  try {
    read = { sha256: null, bytes: f.size }
    lastRead = read
    const sha256 = hashInput(f)
    read = { sha256, bytes: f.size }
    lastRead = read
    // Known before extraction: a worker that dies extracting leaves the document's hash.
    parentPort!.postMessage({ id: req.id, part: "read", read } satisfies WorkerPart)
    if (req.expectSha256 !== undefined && sha256 !== req.expectSha256) return post({ id: req.id, ok: false, error: changedError(req, req.expectSha256, sha256), read })
    if (req.duplicate) return post({ id: req.id, ok: false, error: duplicateError(req), read })
    const hit = req.reuseFrom && req.encode ? encodedCached(req.reuseFrom, sha256, req, req.encode) : null
    if (hit) return post({ id: req.id, ok: true, doc: hit.doc, read, cached: true }, hit.transfer)
    const source = new InputStream(f, sha256)
    return extract(req, source, sha256, req.cacheDir ? cacheFile(req.cacheDir, sha256) : null, read, () => source.finish())
  } catch (e) {
    if (e instanceof InputReadError) return readError(e)
    throw e
  } finally {
    fs.closeSync(f.fd)
  }
}

function answer(req: WorkerRequest): void {
  switch (req.kind) {
    case undefined:
    case "extract":
      return extract(req, new Uint8Array(req.bytes), req.sha256, req.cacheFile)
    case "read":
      return readAndExtract(req)
    case "cached": {
      const hit = encodedCached(req.from, req.sha256, req, req.encode)
      return hit ? post({ id: req.id, ok: true, doc: hit.doc }, hit.transfer) : post({ id: req.id, ok: true, miss: true })
    }
    case "rowgroup": {
      spent.rowGroups++
      const t = tables.get(req.table)!
      const group = encodeRowGroup(t, piecesToColumns(t, req.pieces), req.options)
      return post({ id: req.id, ok: true, group }, [group.bytes.buffer as ArrayBuffer])
    }
    case "stats": {
      const life = performance.now() - startupMs
      const s = (ms: number) => +(ms / 1000).toFixed(3)
      const cpu = threadCpuSeconds()
      return post({
        id: req.id, ok: true, stats: {
          documents: spent.documents, row_groups: spent.rowGroups, startup_s: s(startupMs), first_document_s: s(spent.firstDocumentMs),
          busy_s: s(spent.busyMs), idle_s: s(life - spent.busyMs), cpu_s: cpu === null ? null : +cpu.toFixed(2), gc_s: s(spent.gcMs)
        }
      })
    }
  }
}

/** Milliseconds from the thread's start until it could take requests (its modules loaded). */
const startupMs = performance.now()

parentPort!.on("message", (req: WorkerRequest) => {
  const t0 = performance.now()
  lastRead = undefined
  try {
    answer(req)
  } catch (e) {
    const what = req.kind === "rowgroup" ? `a row group of ${req.table}` : req.kind === "stats" ? "a worker's figures" : req.sourcePath
    post({ id: req.id, ok: false, error: { tag: req.kind === "rowgroup" ? "WriterCrash" : "ExtractorCrash", message: `${what}: ${req.kind === "rowgroup" ? "encoding" : "extractor"} failed: ${(e as Error).stack ?? e}`, byteOffset: null }, ...(lastRead ? { read: lastRead } : {}) })
  }
  lastRead = undefined
  if (req.kind === "stats") return
  const ms = performance.now() - t0
  spent.busyMs += ms
  if (req.kind !== "rowgroup" && spent.documents++ === 0) spent.firstDocumentMs = ms
})
