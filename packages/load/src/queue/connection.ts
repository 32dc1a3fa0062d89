/**
 * What every queue command shares: the Redis address, the BullMQ queue, the data a job
 * carries, its id, and the per-output index of the newest job of each document.
 */
import { createHash } from "node:crypto"
import { Queue, type ConnectionOptions } from "bullmq"
import type { DocumentError } from "../pipeline.js"
import { DEFAULT_QUEUE_NAME } from "./queue-name.js"

export { DEFAULT_QUEUE_NAME }

/** A queue command's address: `redis://[user:password@]HOST:PORT/DB`, and the queue's name. */
export interface QueueAddress {
  readonly connection: ConnectionOptions
  readonly name: string
  /** The address without its password, for logs. */
  readonly label: string
}

/** Parses `redis://HOST:PORT/DB`; throws with the reason when it is not one. */
export function queueAddress(url: string, name = DEFAULT_QUEUE_NAME): QueueAddress {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    throw new Error(`--queue ${url} is not a URL; expected redis://HOST:PORT/DB`)
  }
  if (u.protocol !== "redis:") throw new Error(`--queue ${url}: expected redis://HOST:PORT/DB`)
  const db = u.pathname === "" || u.pathname === "/" ? 0 : Number(u.pathname.slice(1))
  if (!Number.isInteger(db) || db < 0) throw new Error(`--queue ${url}: the database must be a number (redis://HOST:PORT/0)`)
  if (!/^[A-Za-z0-9_.-]+$/.test(name)) throw new Error(`--queue-name ${name}: letters, digits, _ . - only`)
  const connection: ConnectionOptions = {
    host: u.hostname || "127.0.0.1",
    port: u.port ? Number(u.port) : 6379,
    db,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    // Required by BullMQ's workers (blocking commands); harmless for the others.
    maxRetriesPerRequest: null
  }
  return { connection, name, label: `redis://${u.hostname}:${u.port || 6379}/${db} (queue ${name})` }
}

/** What a job carries: where the document is, what it is, and where its rows go. */
export interface DocumentJobData {
  /** Absolute path on storage every worker reads (a shared folder). */
  readonly file: string
  readonly sourcePath: string
  readonly docId: string
  readonly bytes: number
  readonly sha256: string
  /** Absolute output folder: the worker writes its part files under OUT/parts. */
  readonly out: string
}

export const sha256Text = (s: string) => createHash("sha256").update(s).digest("hex")

/**
 * A document's job id: its content hash, qualified by its output and path (rows carry
 * doc_id and source_path, so the same bytes at two paths are two documents, as in
 * `govstat run`). The same document queued again has the same id: a no-op for BullMQ.
 */
export const jobIdOf = (d: Pick<DocumentJobData, "sha256" | "out" | "sourcePath">) =>
  `${d.sha256}-${sha256Text(`${d.out}\u0000${d.sourcePath}`).slice(0, 16)}`

/**
 * The hash that maps each document (source path) of an output folder to its newest job:
 * the content enqueued last wins at finalise, whatever order the workers finished in.
 */
export const latestKey = (q: QueueAddress, out: string) => `govstat:${q.name}:latest:${sha256Text(out).slice(0, 16)}`

/** Errors that may pass (storage, a crashed thread): BullMQ retries them with backoff. The rest are the document's own. */
export const TRANSIENT = new Set(["ReadError", "FileVanished", "WorkerCrash", "PartWriteError"])

/** A failed job's reason is its DocumentError as JSON; BullMQ's own reasons (a job stalled too often) are wrapped. */
export function errorOfFailed(reason: string | undefined): DocumentError {
  try {
    const e = JSON.parse(reason ?? "") as DocumentError
    if (typeof e.tag === "string" && typeof e.message === "string") return { tag: e.tag, message: e.message, byteOffset: e.byteOffset ?? null }
  } catch {
    // Not ours.
  }
  return { tag: "JobFailed", message: reason ?? "the job failed without a reason", byteOffset: null }
}

export const openQueue = (q: QueueAddress) => new Queue<DocumentJobData>(q.name, { connection: q.connection })

/** Job options: kept when done (their ids make re-enqueueing a no-op until finalise), retried with backoff. */
export const jobOptions = (attempts: number) => ({
  attempts,
  backoff: { type: "exponential" as const, delay: 1000 },
  removeOnComplete: false,
  removeOnFail: false
})

/** Counts of the queue's jobs by state. */
export async function counts(queue: Queue) {
  const c = await queue.getJobCounts("waiting", "active", "delayed", "prioritized", "waiting-children", "paused", "completed", "failed")
  const n = (k: string) => c[k] ?? 0
  return {
    waiting: n("waiting") + n("prioritized") + n("paused") + n("waiting-children"),
    active: n("active"),
    delayed: n("delayed"),
    completed: n("completed"),
    failed: n("failed")
  }
}
