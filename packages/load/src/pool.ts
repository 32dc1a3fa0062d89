/**
 * A fixed pool of worker threads running the extractor. Requests are answered in any
 * order; the pipeline puts them back in input order, so output does not depend on --jobs.
 */
import type { ExtractResult } from "@govstat/extract"
import { Worker } from "node:worker_threads"

export interface WorkerRequest {
  readonly id: number
  readonly docId: string
  readonly sourcePath: string
  readonly bytes: ArrayBuffer
}

export type ExtractedRows = Pick<ExtractResult, "document" | "indicators" | "projects" | "policies" | "warnings">

export type WorkerResponse =
  | { readonly id: number; readonly ok: true; readonly result: ExtractedRows }
  | { readonly id: number; readonly ok: false; readonly error: { tag: string; message: string; byteOffset: number | null } }

export interface Pool {
  run(req: Omit<WorkerRequest, "id">): Promise<WorkerResponse>
  close(): Promise<void>
}

export function makePool(size: number): Pool {
  const workerUrl = new URL("./worker.js", import.meta.url)
  const idle: Array<Worker> = []
  const waiting: Array<(w: Worker) => void> = []
  const pending = new Map<number, (r: WorkerResponse) => void>()
  const workers: Array<Worker> = []
  let nextId = 0
  for (let k = 0; k < Math.max(1, size); k++) {
    const w = new Worker(workerUrl)
    w.on("message", (res: WorkerResponse) => {
      const done = pending.get(res.id)
      pending.delete(res.id)
      release(w)
      done?.(res)
    })
    w.on("error", (e) => {
      for (const [, resolve] of pending) resolve({ id: -1, ok: false, error: { tag: "WorkerError", message: String(e), byteOffset: null } })
      pending.clear()
    })
    workers.push(w)
    idle.push(w)
  }
  const release = (w: Worker) => {
    const next = waiting.shift()
    if (next) next(w)
    else idle.push(w)
  }
  const take = () => new Promise<Worker>((resolve) => {
    const w = idle.pop()
    if (w) resolve(w)
    else waiting.push(resolve)
  })
  return {
    async run(req) {
      const w = await take()
      const id = nextId++
      return new Promise<WorkerResponse>((resolve) => {
        pending.set(id, resolve)
        w.postMessage({ ...req, id }, [req.bytes])
      })
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()))
    }
  }
}
