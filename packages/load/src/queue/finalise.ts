/**
 * `govstat finalise`: waits until the queue is drained, then builds from the part files the
 * same output folder a single-machine `govstat run` writes: every document once (the content
 * enqueued last wins), in the same order, through the same writer (`writeVersion`), under the
 * same lock and published by the same atomic swap. Documents the output already held and
 * that were not queued again are carried over from its current version, as `run` carries
 * unchanged documents. Completed jobs are then removed from the queue (their content is in
 * the output's state now); failed ones stay, so queueing them again is a no-op until
 * `govstat enqueue --retry-failed`.
 */
import type { TableName } from "@govstat/schema"
import { EXTRACTOR_VERSION } from "@govstat/extract/version"
import type { Job } from "bullmq"
import * as fs from "node:fs"
import * as path from "node:path"
import { inputOrder } from "../inputs.js"
import { acquireLock, makeStaging, previousDir, publish, sweepStaging } from "../output-dir.js"
import {
  type DocumentError, type DocumentEvent, type DocumentOutcome, type DocumentResult, duplicateDocIds, duplicateError, failed, type Format,
  type Manifest, newRunId, RefusedError, type VersionEntry, writeVersion
} from "../pipeline.js"
import { CACHE_DIR, cacheFile, readCached, readState, writeCached } from "../state.js"
import type { Compression } from "../writers/parquet.js"
import { counts, type DocumentJobData, errorOfFailed, latestKey, openQueue, type QueueAddress } from "./connection.js"
import { locateJobs, PART_TABLES, type PartLocation, type PartTable, readPartRows, sweepPartTemps } from "./parts.js"

export interface FinaliseOptions {
  readonly queue: QueueAddress
  readonly out: string
  readonly formats?: ReadonlyArray<Format>
  readonly compression?: Compression
  readonly bom?: boolean
  /** How often the queue is polled while waiting. */
  readonly pollMs?: number
  readonly onProgress?: (line: string) => void
  readonly onDocument?: (event: DocumentEvent) => void
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Waits until no job is waiting, delayed or being worked on, telling how it goes. */
async function drained(queue: ReturnType<typeof openQueue>, pollMs: number, say: (line: string) => void): Promise<void> {
  let last = ""
  let lastAt = 0
  for (;;) {
    const c = await counts(queue)
    const open = c.waiting + c.active + c.delayed
    const line = `${c.waiting} waiting, ${c.active} active, ${c.delayed} delayed, ${c.completed} completed, ${c.failed} failed`
    if (open === 0) {
      say(`queue drained: ${line}`)
      return
    }
    if (line !== last || Date.now() - lastAt > 30_000) {
      const workers = await queue.getWorkersCount()
      say(`waiting for the queue: ${line}; ${workers} worker(s) connected${workers === 0 ? " (start one: govstat worker --queue …)" : ""}`)
      last = line
      lastAt = Date.now()
    }
    await sleep(pollMs)
  }
}

/** A document of the new version and where its result comes from. */
type Source =
  | { readonly kind: "carried"; readonly docId: string; readonly sourcePath: string; readonly sha256: string }
  | { readonly kind: "part"; readonly docId: string; readonly sourcePath: string; readonly jobId: string; readonly loc: PartLocation }
  | { readonly kind: "failed"; readonly docId: string; readonly sourcePath: string; readonly sha256: string; readonly bytes: number; readonly error: DocumentError }

const CHUNK = 500

async function inChunks<T, R>(xs: ReadonlyArray<T>, f: (x: T) => Promise<R>): Promise<Array<R>> {
  const out: Array<R> = []
  for (let k = 0; k < xs.length; k += CHUNK) out.push(...(await Promise.all(xs.slice(k, k + CHUNK).map(f))))
  return out
}

/** Splits the parts holding the wanted jobs into one result file per job (each part is read once). */
async function splitParts(out: string, wanted: ReadonlyArray<{ jobId: string; loc: PartLocation }>, dir: string): Promise<void> {
  const byPart = new Map<string, Array<{ jobId: string; loc: PartLocation }>>()
  for (const w of wanted) byPart.set(w.loc.part, [...(byPart.get(w.loc.part) ?? []), w])
  for (const [part, jobs] of byPart) {
    const tables = new Map<PartTable, Array<Record<string, unknown>>>()
    for (const t of PART_TABLES) if (jobs.some((j) => j.loc.meta.rows[t] > 0)) tables.set(t, await readPartRows(out, t, part))
    for (const { jobId, loc } of jobs) {
      const slice = (t: PartTable) => {
        const rows = tables.get(t) ?? []
        const s = rows.slice(loc.offsets[t], loc.offsets[t] + loc.meta.rows[t])
        if (s.length !== loc.meta.rows[t]) throw new RefusedError(`part ${part} of ${t} holds fewer rows than its documents part lists; nothing was published`)
        return s
      }
      const result = {
        docId: loc.meta.doc_id, sourcePath: loc.meta.source_path,
        rows: Object.fromEntries((["documents", "indicators", "projects", "policies"] as Array<TableName>).map((t) => [t, slice(t)])),
        rejects: slice("rejects"), warnings: loc.meta.warnings, error: null
      } as unknown as DocumentResult
      fs.writeFileSync(path.join(dir, `${jobId}.json`), JSON.stringify(result))
    }
  }
}

/** Sizes of the documents of the published version, from its manifest (the state keeps hashes only). */
function previousSizes(dir: string): Map<string, number> {
  try {
    const m = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as Manifest
    return new Map(m.inputs.map((i) => [i.source_path, i.bytes]))
  } catch {
    return new Map()
  }
}

/** Finalises the queue's work for one output folder; returns the manifest, or null when nothing was queued for it. */
export async function finalise(options: FinaliseOptions): Promise<Manifest | null> {
  const say = options.onProgress ?? (() => {})
  const out = path.resolve(options.out)
  const queue = openQueue(options.queue)
  try {
    await drained(queue, options.pollMs ?? 1000, say)
    const client = await queue.client
    const key = latestKey(options.queue, out)
    const latest = await client.hgetall(key)
    if (Object.keys(latest).length === 0) {
      say(`nothing was queued for ${out}; its published version is unchanged`)
      return null
    }
    const release = acquireLock(out)
    let staging: string | null = null
    try {
      const startedAt = new Date()
      const runId = newRunId(startedAt)
      const before = previousDir(out)
      const published = readState(before)
      const sizes = previousSizes(before)

      // The batch: the newest job of each document, by state.
      const entries = Object.entries(latest)
      const jobs = await inChunks(entries, async ([sourcePath, id]) => {
        const job = (await queue.getJob(id)) as Job<DocumentJobData> | undefined
        return { sourcePath, id, job, state: job ? await job.getState() : "missing" }
      })
      const sources = new Map<string, Source>()
      const carried = published && published.extractor === `${EXTRACTOR_VERSION}`
      const removed: Manifest["removed"][number][] = []
      for (const [sourcePath, v] of Object.entries(published?.inputs ?? {})) {
        if (carried) sources.set(sourcePath, { kind: "carried", docId: v.docId, sourcePath, sha256: v.sha256 })
        else if (!(sourcePath in latest)) removed.push({ doc_id: v.docId, source_path: sourcePath })
      }
      const completed = jobs.filter((j) => j.state === "completed")
      const locations = locateJobs(out, new Set(completed.map((j) => j.id)))
      const lost = completed.filter((j) => !locations.has(j.id))
      if (lost.length) {
        throw new RefusedError(`${lost.length} completed job(s) have no part under ${path.join(out, "parts")} (first: ${lost[0]!.sourcePath}); ` +
          `were the parts moved? Nothing was published`)
      }
      const stale = completed.filter((j) => locations.get(j.id)!.extractor !== EXTRACTOR_VERSION)
      if (stale.length) {
        throw new RefusedError(`${stale.length} document(s) were extracted by another extractor version (${locations.get(stale[0]!.id)!.extractor}, this is ${EXTRACTOR_VERSION}); ` +
          `run workers of one version. Nothing was published`)
      }
      for (const j of jobs) {
        const d = j.job?.data
        if (!d) say(`the job of ${j.sourcePath} is gone from the queue; the document keeps its published version`)
        else if (j.state === "completed") sources.set(j.sourcePath, { kind: "part", docId: d.docId, sourcePath: j.sourcePath, jobId: j.id, loc: locations.get(j.id)! })
        else if (j.state === "failed") sources.set(j.sourcePath, { kind: "failed", docId: d.docId, sourcePath: j.sourcePath, sha256: d.sha256, bytes: d.bytes, error: errorOfFailed(j.job!.failedReason) })
        // Queued after the queue was drained: left for the next finalise.
      }

      const ordered = [...sources.values()].sort(inputOrder)
      const duplicates = duplicateDocIds(ordered)
      sweepStaging(out)
      sweepPartTemps(out, 10 * 60_000)
      const stagingDir = makeStaging(out, runId)
      staging = stagingDir
      fs.mkdirSync(path.join(stagingDir, CACHE_DIR))
      const splitDir = path.join(stagingDir, ".govstat-split")
      fs.mkdirSync(splitDir)
      await splitParts(out, ordered.flatMap((s, k) => (s.kind === "part" && !duplicates.has(k) ? [{ jobId: s.jobId, loc: s.loc }] : [])), splitDir)

      async function* inOrder(): AsyncGenerator<VersionEntry> {
        for (const [k, s] of ordered.entries()) {
          const input = { docId: s.docId, sourcePath: s.sourcePath }
          const sha256 = s.kind === "part" ? s.loc.meta.sha256 : s.sha256
          const bytes = s.kind === "part" ? s.loc.meta.bytes : s.kind === "failed" ? s.bytes : 0
          let outcome: DocumentOutcome
          if (duplicates.has(k)) outcome = { result: failed(input, duplicateError(input)), sha256, bytes, cached: false, ms: 0 }
          else if (s.kind === "failed") outcome = { result: failed(input, s.error), sha256, bytes, cached: false, ms: 0 }
          else if (s.kind === "part") {
            const json = fs.readFileSync(path.join(splitDir, `${s.jobId}.json`), "utf8")
            // The cache of the next incremental run, as a `run` worker would have written it.
            writeCached(cacheFile(stagingDir, sha256), json)
            outcome = { result: JSON.parse(json) as DocumentResult, sha256, bytes, cached: false, ms: 0 }
          } else {
            const cached = readCached(before, sha256, s.docId)
            const error = { tag: "CacheMissing", message: `${s.sourcePath}: the published version has no usable cached result for it; enqueue it again`, byteOffset: null }
            outcome = cached
              ? { result: cached, sha256, bytes: sizes.get(s.sourcePath) ?? 0, cached: true, ms: 0 }
              : { result: failed(input, error), sha256, bytes, cached: false, ms: 0 }
          }
          yield { input, outcome }
        }
      }
      const manifest = await writeVersion({
        runId, startedAt, staging: stagingDir, before, formats: options.formats ?? ["csv", "parquet", "duckdb"], compression: options.compression ?? "snappy",
        bom: options.bom ?? false, full: false, skipped: [], removed, total: ordered.length,
        ...(options.onDocument ? { onDocument: options.onDocument } : {})
      }, inOrder())
      fs.rmSync(splitDir, { recursive: true, force: true })
      publish(stagingDir, out, runId)
      staging = null

      // Published: the completed jobs' content is in the output's state now, and older
      // contents of the same documents are superseded. Failed jobs stay (see above).
      const done = completed.map((j) => j.id)
      const latestIds = new Set(Object.values(latest))
      const superseded: Array<string> = []
      for (const state of ["completed", "failed"] as const) {
        for (let start = 0; ; start += CHUNK) {
          const page = await queue.getJobs([state], start, start + CHUNK - 1, true)
          if (!page.length) break
          for (const j of page) if (j && j.data?.out === out && !latestIds.has(j.id!)) superseded.push(j.id!)
        }
      }
      await inChunks([...done, ...superseded], (id) => queue.remove(id))
      // Only entries still naming the job just published (a newer enqueue wins).
      // (a read, then a delete: a newer content enqueued in between loses its entry, and enqueueing it again restores it)
      await inChunks(completed, async (j) => ((await client.hget(key, j.sourcePath)) === j.id ? client.hdel(key, j.sourcePath) : 0))
      return manifest
    } finally {
      if (staging) fs.rmSync(staging, { recursive: true, force: true })
      release()
    }
  } finally {
    await queue.close()
  }
}
