/**
 * Worker thread: extracts one document at a time and puts its rows through the schema
 * gate, so the main thread only orders and writes.
 */
import { extractDocument } from "@govstat/extract"
import { parentPort } from "node:worker_threads"
import type { WorkerMessage, WorkerRequest } from "./pool.js"
import { settle } from "./settle.js"
import { writeCached } from "./state.js"

parentPort!.on("message", (req: WorkerRequest) => {
  let res: WorkerMessage
  try {
    const out = extractDocument(new Uint8Array(req.bytes), { docId: req.docId, path: req.sourcePath, sha256: req.sha256 })
    if (out.ok) {
      // One JSON text serves the cache and the reply: parsing it on the main thread costs
      // less than a structured clone of thousands of small row objects.
      const json = JSON.stringify(settle(req, out.result))
      if (req.cacheFile) writeCached(req.cacheFile, json)
      res = { id: req.id, ok: true, json }
    } else res = { id: req.id, ok: false, error: { tag: out.error._tag, message: out.error.message, byteOffset: "byteOffset" in out.error ? out.error.byteOffset : null } }
  } catch (e) {
    res = { id: req.id, ok: false, error: { tag: "ExtractorCrash", message: `${req.sourcePath}: extractor failed: ${(e as Error).stack ?? e}`, byteOffset: null } }
  }
  parentPort!.postMessage(res)
})
