/**
 * A fixed pool of worker threads that extract, settle and encode documents and encode
 * Parquet row groups. Requests are answered in any order; the pipeline puts them back in
 * input order, so output does not depend on --jobs.
 *
 * Workers have a bounded heap, so V8 collects as it goes instead of growing toward its
 * default limit. A document too big for that heap (a 50 MB scrape on one line) kills its
 * worker; it is retried once on a one-off worker with a large heap, and the pool replaces
 * the dead worker. A worker that dies for any other reason fails only its own document.
 */
import type { ExtractResult } from "@govstat/extract"
import * as v8 from "node:v8"
import { Worker } from "node:worker_threads"
import type { DocumentResult } from "./pipeline.js"
import type { RowStream } from "./settle-chunks.js"
import type { EncodedDocument, EncodeOptions, OutputTable } from "./writers/document.js"
import type { ColumnPiece, EncodedRowGroup, ParquetOptions, PieceSlice } from "./writers/parquet.js"
import { bundledScriptFor } from "./bundled-script.js"

/** A document to extract, settle and encode, as the pipeline hands it to the pool. */
export interface ExtractJob {
  readonly kind?: "extract"
  readonly docId: string
  readonly sourcePath: string
  /** The document's bytes, read by the pipeline (a small document). */
  readonly bytes: Uint8Array
  /** SHA-256 of the bytes, already computed by the pipeline. */
  readonly sha256: string
  /** Where the worker caches the settled result for the next incremental run. */
  readonly cacheFile: string | null
  /** Encode the rows for the writer; without, the worker answers with the settled rows. */
  readonly encode?: EncodeOptions
  /** With `encode`: post a document read in chunks chunk by chunk (`WorkerPart`s), not in its answer. */
  readonly streamRows?: boolean
}

/**
 * A document unchanged since the previous run: the worker reads its cached result under
 * the folder `from`, re-gates it and encodes it; or answers `miss`.
 */
export interface CachedJob {
  readonly kind: "cached"
  readonly docId: string
  readonly sourcePath: string
  readonly sha256: string
  readonly from: string
  readonly encode: EncodeOptions
}

/**
 * A large document the worker reads itself, as a stream, with the checks the pipeline makes
 * on a read (`readInput`: vanished, not a file, changed while read): hashes it (and compares
 * with `expectSha256`), reuses its cached result under `reuseFrom` or extracts, settles and
 * encodes it (caching a document read whole under `cacheDir`): the coordinating thread never
 * holds its bytes. A `duplicate` is only read and hashed (its doc_id is taken; the manifest
 * lists its hash).
 */
export interface ReadJob {
  readonly kind: "read"
  readonly docId: string
  readonly sourcePath: string
  readonly file: string
  readonly size: number
  readonly mtimeMs: number
  readonly expectSha256?: string
  readonly duplicate?: boolean
  readonly reuseFrom?: string | null
  readonly cacheDir?: string | null
  readonly encode?: EncodeOptions
  readonly streamRows?: boolean
}

/** What a worker read of a `ReadJob`'s file: its hash (null when it was not read to the end) and size. */
export interface ReadFacts {
  readonly sha256: string | null
  readonly bytes: number
}

/**
 * What a worker posts about a document before its answer: the facts of its read (so that a
 * worker that dies extracting it leaves its hash), or one stream's rows of a chunk, encoded.
 */
export type WorkerPart =
  | { readonly id: number; readonly part: "read"; readonly read: ReadFacts }
  | { readonly id: number; readonly part: "rows"; readonly stream: RowStream; readonly rows: number; readonly csv?: Uint8Array; readonly parquet?: ColumnPiece }

/** What `Pool.run` hands on of a job's parts: each part, and "retry" when the job starts again on another worker. */
export type OnPart = (part: WorkerPart | "retry") => void

/** Rows of one table's documents, in order, to encode as one Parquet row group. */
export interface RowGroupJob {
  readonly kind: "rowgroup"
  readonly table: OutputTable
  readonly pieces: ReadonlyArray<PieceSlice>
  readonly options: ParquetOptions
}

/** Asks a worker for what it has spent so far (see `WorkerStats`). */
export interface StatsJob {
  readonly kind: "stats"
}

export type Job = ExtractJob | ReadJob | CachedJob | RowGroupJob | StatsJob

/**
 * What one worker spent over its life, in seconds: starting (loading the extractor's
 * modules), working on requests (and on the first document, which also builds the
 * segmenter and warms the JIT), waiting for requests, its own CPU time (null off Linux)
 * and V8's pauses for garbage collection on its heap.
 */
export interface WorkerStats {
  readonly documents: number
  readonly row_groups: number
  readonly startup_s: number
  readonly first_document_s: number
  readonly busy_s: number
  readonly idle_s: number
  readonly cpu_s: number | null
  readonly gc_s: number
}

/** What a worker receives: the job with an id, and for an extraction its own copy of the bytes. */
export type WorkerRequest = ({ readonly id: number } & (Omit<ExtractJob, "bytes"> & { readonly bytes: ArrayBuffer })) |
  ({ readonly id: number } & (ReadJob | CachedJob | RowGroupJob | StatsJob))

export type ExtractedRows = Pick<ExtractResult, "document" | "indicators" | "projects" | "policies" | "warnings">

type WorkerError = { readonly id: number; readonly ok: false; readonly error: { tag: string; message: string; byteOffset: number | null }; readonly read?: ReadFacts }

/** What a worker posts: as `WorkerResponse`, but settled rows as the JSON text it cached (parsed here). */
type WorkerMessage = Exclude<WorkerResponse, { readonly result: DocumentResult }> | { readonly id: number; readonly ok: true; readonly json: string; readonly read?: ReadFacts } | WorkerPart

/**
 * What a worker posts: an encoded document (its buffers moved, not copied), a cache miss,
 * an encoded row group, or an error. A document whose rows came as parts has none in `doc`;
 * `warnings` then counts its warnings (`doc.warnings` lists the first ones). `cached`: a
 * `ReadJob`'s document was reused from the cache.
 */
export type WorkerResponse =
  | { readonly id: number; readonly ok: true; readonly doc: EncodedDocument; readonly read?: ReadFacts; readonly warnings?: number; readonly cached?: boolean }
  | { readonly id: number; readonly ok: true; readonly result: DocumentResult; readonly read?: ReadFacts }
  | { readonly id: number; readonly ok: true; readonly miss: true }
  | { readonly id: number; readonly ok: true; readonly group: EncodedRowGroup }
  | { readonly id: number; readonly ok: true; readonly stats: WorkerStats }
  | WorkerError

export interface Pool {
  /** Runs a job; a document's parts go to `onPart` as they come (see `WorkerPart`). */
  run(job: Job, onPart?: OnPart): Promise<WorkerResponse>
  /** The mean share of their lives the pool's current workers spent working. */
  busyShare(): number
  /** What each of the pool's current workers has spent (asked when the pool is idle). */
  stats(): Promise<Array<WorkerStats>>
  close(): Promise<void>
}

/**
 * Heap of a pool worker, and of the one-off worker that retries a document too big for it.
 * A pool worker never gets a bigger heap than the thread that starts it (bin.ts bounds that
 * thread by `node --max-old-space-size` when the operator gives one).
 */
const HEAP_MB = Math.min(512, Math.floor(v8.getHeapStatistics().heap_size_limit / 2 ** 20))
const BIG_HEAP_MB = 4096

/**
 * Young generation of a worker: 32 MB, half V8's default. Each scavenge also frees the young
 * generation's dead ArrayBuffers (document bytes, encoded rows, column pieces), so a smaller
 * space frees them sooner and keeps the peak RSS down: with V8's default a 200 MB run with
 * --jobs 2 peaked at 511–583 MB. 24 MB kept it at 453–486 MB, but with garbage collected on
 * each worker's own thread (bin.ts, a worker on every core) its frequent scavenges promoted
 * more and cost 7% of the process's CPU: on 200 MB, 44.1 CPU-s and 453 MB at 24 MB against
 * 41.1 CPU-s and 456 MB at 32 MB and 41.5 CPU-s and 473 MB at 48 MB.
 */
const YOUNG_MB = 32

/** dist/worker.js, or its bundle when that is fresh (bundled-script.ts); checked when the first pool starts. */
let workerUrl: URL | undefined
const defaultScript = () => (workerUrl ??= bundledScriptFor(new URL("./worker.js", import.meta.url)))

/** What a job comes to: the worker's answer, or the reason its worker died. */
type Answer = WorkerResponse | { died: Error & { code?: string } }

/** The worker's answer as `Pool.run` gives it: settled rows posted as JSON text are parsed here. */
const answerOf = (m: Exclude<WorkerMessage, WorkerPart>): WorkerResponse =>
  "json" in m ? { id: m.id, ok: true, result: JSON.parse(m.json) as DocumentResult, ...(m.read ? { read: m.read } : {}) } : m

/** Posts a job to a worker, with the buffers it moves there. */
function postJob(w: Worker, job: Job & { readonly id: number }): void {
  if (job.kind === "cached" || job.kind === "stats" || job.kind === "read") return w.postMessage(job)
  if (job.kind === "rowgroup") {
    // Copies moved to the worker, as for a document's bytes below: a retry needs the originals.
    const pieces = job.pieces.map((p) => ({ ...p, bytes: p.bytes.slice() }))
    return w.postMessage({ ...job, pieces }, pieces.map((p) => p.bytes.buffer as ArrayBuffer))
  }
  // Each attempt transfers its own copy of the bytes: a retry after a crash needs them again.
  // A copy of exactly these bytes (Buffer.slice would be a view on a shared pool).
  const bytes = new Uint8Array(job.bytes).buffer as ArrayBuffer
  const req: WorkerRequest = { ...job, bytes }
  w.postMessage(req, [bytes])
}

/** Runs one request on a one-off worker; resolves with its answer or with the reason it died. */
function runOn(w: Worker, job: Job & { readonly id: number }, onPart?: OnPart): Promise<Answer> {
  return new Promise((resolve) => {
    const onMessage = (m: WorkerMessage) => {
      if ("part" in m) return onPart?.(m)
      cleanup()
      resolve(answerOf(m))
    }
    const onError = (e: Error) => { cleanup(); resolve({ died: e }) }
    const onExit = (code: number) => { cleanup(); resolve({ died: new Error(`worker exited with code ${code}`) }) }
    const cleanup = () => {
      w.off("message", onMessage)
      w.off("error", onError)
      w.off("exit", onExit)
    }
    w.on("message", onMessage)
    w.on("error", onError)
    w.on("exit", onExit)
    postJob(w, job)
  })
}

/**
 * Jobs a pool worker holds at once: the one it runs and the next one, already in its port,
 * so it goes from one document to the next without waiting for the coordinating thread to
 * take its answer and send more (between documents that wait was 0.5–0.7 s per worker on a
 * 50 MB run, most of it in gaps of 2–100 ms while the coordinator wrote).
 */
export const JOBS_PER_WORKER = 2

/** A job waiting for, or held by, a worker. */
interface Held {
  readonly req: Job & { readonly id: number }
  readonly onPart: OnPart | undefined
  readonly done: (a: Answer) => void
}

/** A pool worker and the jobs it holds, oldest (the one it runs) first. */
interface Lane {
  readonly worker: Worker
  readonly held: Array<Held>
  dead: boolean
}

/**
 * A second job waits behind the running one only when that one is short: never behind a
 * large document read by the worker (it can run for seconds while another worker idles).
 */
const queuesBehind = (h: Held) => h.req.kind !== "read"

const crashed = (req: Job & { readonly id: number }, e: Error & { code?: string }): WorkerResponse => ({
  id: req.id,
  ok: false,
  error: {
    tag: e.code === "ERR_WORKER_OUT_OF_MEMORY" ? "OutOfMemory" : "WorkerCrash",
    message: `${req.kind === "rowgroup" ? `a row group of ${req.table}` : req.kind === "stats" ? "a worker" : req.sourcePath}: the extractor's worker died: ${e.message}`,
    byteOffset: null
  }
})

/**
 * A pool of `size` workers. `script` is the worker's module (tests give a small one to see
 * how the pool hands out jobs and survives a worker's death); by default the extraction worker.
 */
export function makePool(size: number, script: URL = defaultScript()): Pool {
  const spawn = (heapMb: number) => new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: YOUNG_MB } })
  const lanes = new Set<Lane>()
  const queue: Array<Held> = []
  let closing = false
  let nextId = 0

  /** A pool worker, at start or in place of a dead one, with the one listener that routes its answers by job id. */
  const hire = () => {
    const lane: Lane = { worker: spawn(HEAP_MB), held: [], dead: false }
    lanes.add(lane)
    lane.worker.on("message", (m: WorkerMessage) => {
      const k = lane.held.findIndex((h) => h.req.id === m.id)
      if (k < 0) return
      const h = lane.held[k]!
      if ("part" in m) return h.onPart?.(m)
      lane.held.splice(k, 1)
      h.done(answerOf(m))
      pump()
    })
    const died = (e: Error & { code?: string }) => {
      if (lane.dead) return
      lane.dead = true
      lanes.delete(lane)
      void lane.worker.terminate()
      // Closed with jobs still held (a run that failed): they end as died, so nothing waits on them.
      if (closing) {
        for (const h of lane.held.splice(0)) h.done({ died: e })
        return
      }
      // The worker runs its jobs in order, so the first it held is the one it died on; the
      // others never started and go back to the front of the queue, in their order.
      const [running, ...waiting] = lane.held.splice(0)
      queue.unshift(...waiting)
      running?.done({ died: e })
      pump()
    }
    lane.worker.on("error", died)
    lane.worker.on("exit", (code: number) => died(new Error(`worker exited with code ${code}`)))
    return lane
  }

  const give = (lane: Lane, h: Held) => {
    lane.held.push(h)
    postJob(lane.worker, h.req)
  }

  /** The worker to give the next job to: an empty one first, else one whose jobs a second may wait behind. */
  const pick = (): Lane | undefined => {
    let best: Lane | undefined
    for (const lane of lanes) {
      if (lane.held.length === 0) return lane
      if (lane.held.length < JOBS_PER_WORKER && lane.held.every(queuesBehind) && (!best || lane.held.length < best.held.length)) best = lane
    }
    return best
  }

  const pump = () => {
    // A dead worker is replaced when there is work for it (not at once: a worker that cannot
    // start would otherwise be hired again and again).
    while (lanes.size < wanted && queue.length > 0 && !closing) hire()
    while (queue.length > 0 && !closing) {
      const lane = pick()
      if (!lane) return
      give(lane, queue.shift()!)
    }
  }

  const send = (req: Job & { readonly id: number }, onPart?: OnPart) =>
    new Promise<Answer>((done) => {
      queue.push({ req, onPart, done })
      pump()
    })

  const wanted = Math.max(1, size)
  for (let k = 0; k < wanted; k++) hire()
  return {
    async run(job, onPart) {
      const req = { ...job, id: nextId++ }
      const res = await send(req, onPart)
      if (!("died" in res)) return res
      // The worker is gone (the pool hires another for the next job): give the document one more chance on a big heap.
      if (res.died.code !== "ERR_WORKER_OUT_OF_MEMORY") return crashed(req, res.died)
      const big = spawn(BIG_HEAP_MB)
      onPart?.("retry")
      try {
        const retry = await runOn(big, req, onPart)
        return "died" in retry ? crashed(req, retry.died) : retry
      } finally {
        await big.terminate()
      }
    },
    busyShare() {
      const live = [...lanes].filter((l) => l.worker.threadId !== -1)
      return live.length ? live.reduce((s, l) => s + l.worker.performance.eventLoopUtilization().utilization, 0) / live.length : 0
    },
    async stats() {
      const live = [...lanes].filter((l) => l.worker.threadId !== -1)
      const answers = await Promise.all(live.map((lane) => new Promise<Answer>((done) => give(lane, { req: { kind: "stats", id: nextId++ }, onPart: undefined, done }))))
      return answers.flatMap((a) => ("stats" in a ? [a.stats] : []))
    },
    async close() {
      closing = true
      const closed = new Error("the pool was closed")
      for (const h of queue.splice(0)) h.done({ died: closed })
      await Promise.all([...lanes].map((l) => l.worker.terminate()))
    }
  }
}
