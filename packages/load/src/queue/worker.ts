/**
 * `govstat worker`: takes document jobs from the queue, runs them through the same
 * per-document function as `govstat run` (read, extract, schema gate, on a pool of threads)
 * and appends their rows to its own part files. A job completes only after the part that
 * holds it is durable, so a worker killed at any moment loses nothing: its unfinished jobs
 * return to the queue through BullMQ's stalled-job check, and a part it was writing is
 * never visible. Failures that may pass are retried with backoff; a document's own error
 * (undecodable, too large) fails its job at once, recorded with the typed error.
 */
import { UnrecoverableError, Worker, type Job } from "bullmq"
import * as fs from "node:fs"
import * as os from "node:os"
import { type InputFile } from "../inputs.js"
import { type DocumentError, MAX_DOCUMENT_BYTES, processDocument } from "../pipeline.js"
import { makePool } from "../pool.js"
import type { Compression } from "../writers/parquet.js"
import { counts, type DocumentJobData, openQueue, type QueueAddress, TRANSIENT } from "./connection.js"
import { type PartJob, writePart } from "./parts.js"

export interface WorkerOptions {
  readonly queue: QueueAddress
  /** Extractor threads (documents extracted at once). */
  readonly concurrency: number
  /** Jobs gathered into one part before it is written (fewer at the end of the queue). */
  readonly partDocs: number
  /** How long a job stays locked without its worker's heartbeat before it is handed to another worker. */
  readonly stallSeconds: number
  readonly maxDocumentBytes?: number
  readonly compression?: Compression
  /** Name in part files; default host-pid. */
  readonly id?: string
  /** Stop once the queue has no job waiting, delayed (to be retried) or active. */
  readonly exitWhenDrained?: boolean
  readonly log: (line: string) => void
}

/** Characters that may go in a part file's name. */
const safe = (s: string) => s.replace(/[^A-Za-z0-9_.]+/g, "_")

/** Gathers settled jobs per output folder and writes them as parts (see parts.ts). */
function makeGatherer(worker: string, partDocs: number, compression: Compression, log: (line: string) => void) {
  const buffers = new Map<string, Array<{ job: PartJob; done: (e: Error | null) => void }>>()
  let seq = 0
  let extracting = 0
  const flush = (out: string) => {
    const buf = buffers.get(out)
    if (!buf?.length) return
    buffers.delete(out)
    try {
      // enqueue made it on the shared storage; missing here, it is not mounted (never write parts to a local disk).
      if (!fs.existsSync(out)) throw new Error(`${out} does not exist on this machine (is the shared folder mounted?)`)
      const name = writePart(out, worker, seq++, buf.map((b) => b.job), compression)
      log(`part  ${name}: ${buf.length} documents → ${out}/parts`)
      for (const b of buf) b.done(null)
    } catch (e) {
      const error = new Error(JSON.stringify({ tag: "PartWriteError", message: `could not write a part under ${out}: ${(e as Error).message}`, byteOffset: null }))
      for (const b of buf) b.done(error)
    }
  }
  /** A part is written when it is full, or when no other job is still being extracted. */
  const flushReady = () => {
    for (const [out, buf] of [...buffers]) if (buf.length >= partDocs || extracting === 0) flush(out)
  }
  return {
    begin: () => void extracting++,
    end: () => {
      extracting--
      flushReady()
    },
    add(out: string, job: PartJob): Promise<void> {
      return new Promise((resolve, reject) => {
        const buf = buffers.get(out) ?? []
        buffers.set(out, buf)
        buf.push({ job, done: (e) => (e ? reject(e) : resolve()) })
      })
    }
  }
}

const describe = (e: DocumentError) => JSON.stringify(e)

/** Runs a worker until SIGTERM/SIGINT (or the queue is drained, when asked); resolves with the exit code. */
export async function runWorker(options: WorkerOptions): Promise<number> {
  const id = safe(options.id ?? `${os.hostname()}-${process.pid}`)
  const pool = makePool(options.concurrency)
  const gather = makeGatherer(id, options.partDocs, options.compression ?? "snappy", options.log)
  let done = 0
  let failed = 0

  const processor = async (job: Job<DocumentJobData>) => {
    const d = job.data
    gather.begin()
    let settled: PartJob | null = null
    let error: DocumentError | null = null
    try {
      // The listing happened on the enqueuing machine: size and time are taken here, the
      // content is checked against the job's hash instead.
      const st = fs.statSync(d.file, { throwIfNoEntry: false })
      if (!st) error = { tag: "FileVanished", message: `${d.sourcePath}: ${d.file} is not there (is the shared folder mounted on ${os.hostname()}?)`, byteOffset: null }
      else {
        const input: InputFile = { file: d.file, sourcePath: d.sourcePath, docId: d.docId, size: st.size, mtimeMs: st.mtimeMs }
        const outcome = await processDocument(input, {
          pool, maxDocumentBytes: options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES, reuseFrom: null, cacheDir: null, expectSha256: d.sha256
        })
        if (outcome.result.error) error = outcome.result.error
        else settled = { id: job.id!, docId: d.docId, sourcePath: d.sourcePath, sha256: outcome.sha256 ?? d.sha256, bytes: outcome.bytes, result: outcome.result }
      }
    } catch (e) {
      error = { tag: "WorkerCrash", message: `${d.sourcePath}: ${(e as Error).message}`, byteOffset: null }
    }
    const written = settled ? gather.add(d.out, settled) : null
    gather.end()
    if (error) {
      const last = !TRANSIENT.has(error.tag) || job.attemptsMade + 1 >= (job.opts.attempts ?? 1)
      options.log(`${last ? "ERROR" : "retry"} ${d.sourcePath}: ${error.tag}: ${error.message}`)
      if (last) failed++
      // A document's own error does not pass with time: no retries.
      throw TRANSIENT.has(error.tag) ? new Error(describe(error)) : new UnrecoverableError(describe(error))
    }
    await written
    done++
    const r = settled!.result.rows
    options.log(`ok    ${d.sourcePath}: ${r.indicators.length} indicators, ${r.projects.length} projects, ${r.policies.length} policies`)
    return { docId: d.docId }
  }

  const worker = new Worker<DocumentJobData>(options.queue.name, processor, {
    connection: options.queue.connection,
    // Jobs held at once: a full part plus enough to keep the threads busy while it is written.
    concurrency: options.partDocs + 2 * options.concurrency,
    lockDuration: options.stallSeconds * 1000,
    stalledInterval: options.stallSeconds * 1000,
    // A job whose workers died twice is failed, not passed on for ever.
    maxStalledCount: 2,
    autorun: false
  })
  worker.on("error", (e) => options.log(`worker: ${e.message}`))

  let stopping: Promise<void> | null = null
  const stop = (why: string) => {
    if (stopping) return stopping
    options.log(`worker ${id}: ${why}; finishing the jobs it holds`)
    stopping = worker.close().then(() => pool.close())
    return stopping
  }
  const signals = ["SIGTERM", "SIGINT"] as const
  const onSignal = (s: string) => {
    if (stopping) {
      // A second signal: leave now; the held jobs return to the queue through the stalled-job check.
      options.log(`worker ${id}: stopped by a second ${s}; its unfinished jobs return to the queue`)
      process.exit(s === "SIGINT" ? 130 : 143)
    }
    void stop(`${s} received`)
  }
  for (const s of signals) process.on(s, onSignal)
  // Drained means nothing waiting now; a job that failed and will be retried after its
  // backoff is active, then delayed: stop only once no job is waiting, delayed or active.
  const watcher = options.exitWhenDrained ? openQueue(options.queue) : null
  let watching = false
  if (watcher) {
    worker.on("drained", () => {
      if (watching) return
      watching = true
      const check = async () => {
        const c = await counts(watcher)
        if (c.waiting + c.delayed + c.active === 0) void stop("the queue is drained")
        else setTimeout(() => void check().catch(() => (watching = false)), 500)
      }
      void check().catch(() => (watching = false))
    })
  }

  options.log(`worker ${id}: ${options.concurrency} thread(s), parts of ${options.partDocs} documents, on ${options.queue.label}`)
  const running = worker.run()
  await running
  await stop("stopped")
  await watcher?.close()
  for (const s of signals) process.off(s, onSignal)
  options.log(`worker ${id}: ${done} documents done, ${failed} failed`)
  return 0
}
