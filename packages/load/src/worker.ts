/** Worker thread: extracts one document at a time, off the main thread. */
import { extractDocument } from "@govstat/extract"
import { parentPort } from "node:worker_threads"
import type { WorkerRequest, WorkerResponse } from "./pool.js"

parentPort!.on("message", (req: WorkerRequest) => {
  let res: WorkerResponse
  try {
    const out = extractDocument(new Uint8Array(req.bytes), { docId: req.docId, path: req.sourcePath })
    res = out.ok
      ? {
        id: req.id, ok: true,
        result: {
          document: out.result.document, indicators: out.result.indicators, projects: out.result.projects,
          policies: out.result.policies, warnings: out.result.warnings
        }
      }
      : { id: req.id, ok: false, error: { tag: out.error._tag, message: out.error.message, byteOffset: "byteOffset" in out.error ? out.error.byteOffset : null } }
  } catch (e) {
    res = { id: req.id, ok: false, error: { tag: "ExtractorCrash", message: `${req.sourcePath}: extractor failed: ${(e as Error).stack ?? e}`, byteOffset: null } }
  }
  parentPort!.postMessage(res)
})
