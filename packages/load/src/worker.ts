/**
 * Worker thread: extracts a document, puts its rows through the schema gate and encodes
 * them (CSV lines, Parquet column pieces); reads cached documents the same way; encodes
 * Parquet row groups. The coordinating thread only orders and appends.
 */
import { CHUNK_CHARS, extractChunks, sha256Hex } from "@govstat/extract"
import type { Table } from "@govstat/schema"
import { PerformanceObserver } from "node:perf_hooks"
import { parentPort } from "node:worker_threads"
import { InputReadError, readInput } from "./inputs.js"
import { changedError, duplicateError } from "./pipeline.js"
import type { ReadFacts, WorkerRequest, WorkerResponse } from "./pool.js"
import { settleChunks } from "./settle-chunks.js"
import { threadCpuSeconds } from "./thread-cpu.js"
import { readCached, writeCached } from "./state.js"
import { encodeDocument, outputTables } from "./writers/document.js"
import { encodeRowGroup, piecesToColumns } from "./writers/parquet.js"

/** What this worker spends, for the manifest (see `WorkerStats`). */
const spent = { documents: 0, rowGroups: 0, busyMs: 0, firstDocumentMs: 0, gcMs: 0 }
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) spent.gcMs += e.duration
}).observe({ entryTypes: ["gc"] })

const tables = new Map<string, Table>(outputTables.map((t) => [t.name, t]))
const post = (res: WorkerResponse, transfer: Array<ArrayBuffer> = []) => parentPort!.postMessage(res, transfer)
const postMessage = (m: { id: number; ok: true; json: string; read?: ReadFacts }) => parentPort!.postMessage(m)

/** Extracts a document's bytes, settles the rows and caches or encodes them; posts the answer. */
function extract(req: WorkerRequest & { kind?: "extract" | "read" }, bytes: Uint8Array, sha256: string, cacheFile: string | null, read?: ReadFacts): void {
  const facts = read ? { read } : {}
  // Chunk by chunk past a few MB of text, so the worker's heap holds one chunk and the capped rows.
  const result = settleChunks(req, extractChunks(bytes, { docId: req.docId, path: req.sourcePath, sha256 }))
  if (result.error) return post({ id: req.id, ok: false, error: result.error, ...facts })
  // A document read in chunks is not cached: its entry would hold all its rows at once (it is re-read next run).
  const cache = bytes.byteLength <= CHUNK_CHARS ? cacheFile : null
  const json = cache || !req.encode ? JSON.stringify(result) : ""
  if (cache) writeCached(cache, json)
  // Without encoding asked for, the settled rows as the JSON text just cached (cheaper than a structured clone).
  if (!req.encode) return postMessage({ id: req.id, ok: true, json, ...facts })
  const { doc, transfer } = encodeDocument(result, req.encode)
  return post({ id: req.id, ok: true, doc, ...facts }, transfer)
}

/** What the last `read` request read, for its answer if the extractor then throws. */
let lastRead: ReadFacts | undefined

function answer(req: WorkerRequest): void {
  switch (req.kind) {
    case undefined:
    case "extract":
      return extract(req, new Uint8Array(req.bytes), req.sha256, req.cacheFile)
    case "read": {
      // A large document: read here, so the coordinating thread never holds its bytes.
      let bytes: Uint8Array
      try {
        bytes = readInput(req)
      } catch (e) {
        const tag = e instanceof InputReadError ? e.tag : "ReadError"
        return post({ id: req.id, ok: false, error: { tag, message: (e as Error).message, byteOffset: null }, read: { sha256: "", bytes: 0 } })
      }
      const read = { sha256: sha256Hex(bytes), bytes: bytes.length }
      lastRead = read
      if (req.expectSha256 !== undefined && read.sha256 !== req.expectSha256) return post({ id: req.id, ok: false, error: changedError(req, req.expectSha256, read.sha256), read })
      if (req.duplicate) return post({ id: req.id, ok: false, error: duplicateError(req), read })
      return extract(req, bytes, read.sha256, req.cacheFile, read)
    }
    case "cached": {
      const cached = readCached(req.from, req.sha256, req.docId)
      if (!cached || cached.sourcePath !== req.sourcePath) return post({ id: req.id, ok: true, miss: true })
      const { doc, transfer } = encodeDocument(cached, req.encode)
      return post({ id: req.id, ok: true, doc }, transfer)
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
