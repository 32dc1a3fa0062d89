/**
 * Worker thread: extracts a document, puts its rows through the schema gate and encodes
 * them (CSV lines, Parquet column pieces); reads cached documents the same way; encodes
 * Parquet row groups. The coordinating thread only orders and appends.
 */
import { CHUNK_CHARS, extractChunks } from "@govstat/extract"
import type { Table } from "@govstat/schema"
import { parentPort } from "node:worker_threads"
import type { WorkerRequest, WorkerResponse } from "./pool.js"
import { settleChunks } from "./settle-chunks.js"
import { readCached, writeCached } from "./state.js"
import { encodeDocument, outputTables } from "./writers/document.js"
import { encodeRowGroup, piecesToColumns } from "./writers/parquet.js"

const tables = new Map<string, Table>(outputTables.map((t) => [t.name, t]))
const post = (res: WorkerResponse, transfer: Array<ArrayBuffer> = []) => parentPort!.postMessage(res, transfer)
const postMessage = (m: { id: number; ok: true; json: string }) => parentPort!.postMessage(m)

function answer(req: WorkerRequest): void {
  switch (req.kind) {
    case undefined:
    case "extract": {
      // Chunk by chunk past a few MB of text, so the worker's heap holds one chunk and the capped rows.
      const result = settleChunks(req, extractChunks(new Uint8Array(req.bytes), { docId: req.docId, path: req.sourcePath, sha256: req.sha256 }))
      if (result.error) return post({ id: req.id, ok: false, error: result.error })
      // A document read in chunks is not cached: its entry would hold all its rows at once (it is re-read next run).
      const cache = req.bytes.byteLength <= CHUNK_CHARS ? req.cacheFile : null
      const json = cache || !req.encode ? JSON.stringify(result) : ""
      if (cache) writeCached(cache, json)
      // Without encoding asked for, the settled rows as the JSON text just cached (cheaper than a structured clone).
      if (!req.encode) return postMessage({ id: req.id, ok: true, json })
      const { doc, transfer } = encodeDocument(result, req.encode)
      return post({ id: req.id, ok: true, doc }, transfer)
    }
    case "cached": {
      const cached = readCached(req.from, req.sha256, req.docId)
      if (!cached || cached.sourcePath !== req.sourcePath) return post({ id: req.id, ok: true, miss: true })
      const { doc, transfer } = encodeDocument(cached, req.encode)
      return post({ id: req.id, ok: true, doc }, transfer)
    }
    case "rowgroup": {
      const t = tables.get(req.table)!
      const group = encodeRowGroup(t, piecesToColumns(t, req.pieces), req.options)
      return post({ id: req.id, ok: true, group }, [group.bytes.buffer as ArrayBuffer])
    }
  }
}

parentPort!.on("message", (req: WorkerRequest) => {
  try {
    answer(req)
  } catch (e) {
    const what = req.kind === "rowgroup" ? `a row group of ${req.table}` : req.sourcePath
    post({ id: req.id, ok: false, error: { tag: req.kind === "rowgroup" ? "WriterCrash" : "ExtractorCrash", message: `${what}: ${req.kind === "rowgroup" ? "encoding" : "extractor"} failed: ${(e as Error).stack ?? e}`, byteOffset: null } })
  }
})
