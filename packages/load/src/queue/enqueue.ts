/**
 * `govstat enqueue`: lists the inputs as `govstat run` does and adds one job per document,
 * its id the document's content hash (see jobIdOf): the same document queued again is a
 * no-op for BullMQ, a changed one is new work. Documents the output folder already holds
 * with the same content (its incremental state) are not queued at all.
 */
import { EXTRACTOR_VERSION } from "@govstat/extract/version"
import { createHash } from "node:crypto"
import * as fs from "node:fs"
import * as path from "node:path"
import { type InputFile, listInputs, type SkippedEntry } from "../inputs.js"
import { previousDir } from "../output-dir.js"
import { RefusedError, refuseOutputInInput } from "../pipeline.js"
import { cacheFile, readState } from "../state.js"
import { type DocumentJobData, jobIdOf, jobOptions, latestKey, openQueue, type QueueAddress } from "./connection.js"

export interface EnqueueOptions {
  readonly queue: QueueAddress
  readonly input: ReadonlyArray<string>
  readonly out: string
  /** Tries of a job whose failure may pass (storage, a crashed thread). */
  readonly attempts: number
  /** Queue again the documents whose jobs failed. */
  readonly retryFailed?: boolean
  readonly onSkipped?: (entry: SkippedEntry) => void
  readonly onUnreadable?: (input: InputFile, message: string) => void
}

export interface EnqueueSummary {
  readonly documents: number
  /** New jobs. */
  readonly added: number
  /** Documents whose job (same content, same path) is already in the queue. */
  readonly queued: number
  /** Failed jobs queued again (--retry-failed). */
  readonly retried: number
  /** Documents the output folder already holds with this content. */
  readonly unchanged: number
  /** Inputs that could not be read to hash them. */
  readonly unreadable: number
  readonly skipped: number
}

/** SHA-256 of a file, streamed (documents over the size limit are queued too: the worker fails them as `run` does). */
function hashFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash("sha256")
    fs.createReadStream(file)
      .on("data", (c) => h.update(c))
      .on("error", reject)
      .on("end", () => resolve(h.digest("hex")))
  })
}

const BATCH = 500

export async function enqueue(options: EnqueueOptions): Promise<EnqueueSummary> {
  const out = path.resolve(options.out)
  refuseOutputInInput(options.input, out)
  const { inputs, skipped } = listInputs(options.input)
  for (const s of skipped) options.onSkipped?.(s)
  if (inputs.length === 0) throw new RefusedError(`no documents in ${options.input.join(", ")}`)
  // Made here, on the shared storage: a worker that does not see it is not mounted there.
  fs.mkdirSync(out, { recursive: true })
  // The published version's state: documents it holds with the same bytes are not queued.
  const before = previousDir(out)
  const state = readState(before)
  const reuse = state !== null && state.extractor === `${EXTRACTOR_VERSION}`
  const queue = openQueue(options.queue)
  const client = await queue.client
  const latest = latestKey(options.queue, out)
  let added = 0, queued = 0, retried = 0, unchanged = 0, unreadable = 0
  try {
    for (let k = 0; k < inputs.length; k += BATCH) {
      const batch: Array<DocumentJobData> = []
      const back: Array<string> = []
      for (const input of inputs.slice(k, k + BATCH)) {
        let sha256: string
        try {
          sha256 = await hashFile(input.file)
        } catch (e) {
          unreadable++
          options.onUnreadable?.(input, (e as Error).message)
          continue
        }
        const held = reuse ? state!.inputs[input.sourcePath] : undefined
        if (held && held.sha256 === sha256 && held.docId === input.docId && fs.existsSync(cacheFile(before, sha256))) {
          unchanged++
          back.push(input.sourcePath)
          continue
        }
        batch.push({ file: input.file, sourcePath: input.sourcePath, docId: input.docId, bytes: input.size, sha256, out })
      }
      // A document back to the content the output holds: a pending change of it is void.
      if (back.length) await client.hdel(latest, ...back)
      const ids = batch.map(jobIdOf)
      const states = await Promise.all(ids.map((id) => queue.getJobState(id)))
      const fresh = batch.filter((_, j) => states[j] === "unknown")
      queued += batch.length - fresh.length
      if (options.retryFailed) {
        for (const [j, s] of states.entries()) {
          if (s !== "failed") continue
          await (await queue.getJob(ids[j]!))?.retry("failed")
          retried++
        }
      }
      if (fresh.length) await queue.addBulk(fresh.map((data) => ({ name: "document", data, opts: { jobId: jobIdOf(data), ...jobOptions(options.attempts) } })))
      added += fresh.length
      // The newest content of each document: the one finalise publishes.
      if (batch.length) await client.hset(latest, Object.fromEntries(batch.map((d, j) => [d.sourcePath, ids[j]!])))
    }
  } finally {
    await queue.close()
  }
  return { documents: inputs.length, added, queued, retried, unchanged, unreadable, skipped: skipped.length }
}
