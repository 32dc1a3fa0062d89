/**
 * The queue commands of the CLI (enqueue, worker, finalise, status): their options, help
 * and what they print. The work is in the modules beside this one.
 */
import * as os from "node:os"
import * as path from "node:path"
import { parseArgs } from "node:util"
import { refuseInput } from "../inputs.js"
import { type Format, MAX_DOCUMENT_BYTES } from "../pipeline.js"
import { zstdAvailable } from "../writers/compress.js"
import type { Compression } from "../writers/parquet.js"
import { queueAddress } from "./connection.js"
import { DEFAULT_QUEUE_NAME } from "./queue-name.js"
import { type QueueCommand, QueueUsageError } from "./help.js"
import { enqueue } from "./enqueue.js"
import { finalise } from "./finalise.js"
import { queueStatus } from "./status.js"
import { runWorker } from "./worker.js"

export { QUEUE_HELP, QueueUsageError } from "./help.js"

const queueOptions = { queue: { type: "string" }, "queue-name": { type: "string" } } as const

function address(values: { queue?: string; "queue-name"?: string }) {
  if (!values.queue) throw new QueueUsageError("--queue redis://HOST:PORT/DB is required")
  try {
    return queueAddress(values.queue, values["queue-name"] ?? DEFAULT_QUEUE_NAME)
  } catch (e) {
    throw new QueueUsageError((e as Error).message)
  }
}

const positive = (name: string, v: string | undefined, dflt: number, max = 100_000) => {
  const n = v === undefined ? dflt : Number(v)
  if (!Number.isInteger(n) || n < 1 || n > max) throw new QueueUsageError(`${name} must be a whole number from 1 to ${max}`)
  return n
}

const compressionOf = (c: string | undefined): Compression => {
  const v = c ?? "snappy"
  if (!["snappy", "gzip", "zstd", "none"].includes(v)) throw new QueueUsageError(`unknown compression "${v}"`)
  if (v === "zstd" && !zstdAvailable) throw new QueueUsageError(`zstd needs Node.js 22.15 or newer (this is ${process.version})`)
  return v as Compression
}

const say = (line: string) => process.stderr.write(`${line}\n`)

/** Runs a queue command; resolves with its exit code. */
export async function queueCommand(command: QueueCommand, args: ReadonlyArray<string>): Promise<number> {
  switch (command) {
    case "enqueue": {
      const { values } = parseArgs({
        args: [...args], strict: true, allowPositionals: false,
        options: { ...queueOptions, input: { type: "string", multiple: true }, out: { type: "string" }, attempts: { type: "string" }, "retry-failed": { type: "boolean" }, log: { type: "string" } }
      })
      const q = address(values)
      if (!values.input?.length) throw new QueueUsageError("--input is required")
      if (!values.out) throw new QueueUsageError("--out is required")
      for (const i of values.input) {
        const refused = refuseInput(i)
        if (refused) throw new QueueUsageError(refused)
      }
      const s = await enqueue({
        queue: q, input: values.input, out: values.out, attempts: positive("--attempts", values.attempts, 3, 100), retryFailed: values["retry-failed"] ?? false,
        onSkipped: (k) => say(`SKIP  ${k.path}: ${k.reason}`),
        onUnreadable: (i, m) => say(`ERROR ${i.sourcePath}: not queued, could not be read: ${m}`)
      })
      if (values.log === "json") say(JSON.stringify({ level: "info", event: "enqueued", out: path.resolve(values.out), ...s }))
      else {
        say(`govstat: ${s.documents} documents: ${s.added} new jobs, ${s.queued} already queued${s.retried ? ` (${s.retried} failed ones queued again)` : ""}, ` +
          `${s.unchanged} unchanged in ${path.resolve(values.out)}${s.unreadable ? `, ${s.unreadable} unreadable` : ""} (${q.label})`)
      }
      return s.unreadable ? 1 : 0
    }
    case "worker": {
      const { values } = parseArgs({
        args: [...args], strict: true, allowPositionals: false,
        options: {
          ...queueOptions, concurrency: { type: "string" }, "part-docs": { type: "string" }, "stall-seconds": { type: "string" },
          "max-document-mb": { type: "string" }, compression: { type: "string" }, id: { type: "string" }, "exit-when-drained": { type: "boolean" }, quiet: { type: "boolean" }
        }
      })
      const q = address(values)
      const maxMb = values["max-document-mb"] === undefined ? MAX_DOCUMENT_BYTES / 2 ** 20 : Number(values["max-document-mb"])
      if (!(maxMb > 0) || !Number.isFinite(maxMb)) throw new QueueUsageError(`--max-document-mb must be a positive number`)
      const quiet = values.quiet ?? false
      return runWorker({
        queue: q,
        concurrency: positive("--concurrency", values.concurrency, os.availableParallelism(), 256),
        partDocs: positive("--part-docs", values["part-docs"], 200),
        stallSeconds: positive("--stall-seconds", values["stall-seconds"], 30, 3600),
        maxDocumentBytes: Math.round(maxMb * 2 ** 20),
        compression: compressionOf(values.compression),
        ...(values.id ? { id: values.id } : {}),
        exitWhenDrained: values["exit-when-drained"] ?? false,
        log: (line) => (quiet && /^(ok|retry) /.test(line) ? undefined : say(line))
      })
    }
    case "finalise": {
      const { values } = parseArgs({
        args: [...args], strict: true, allowPositionals: false,
        options: { ...queueOptions, out: { type: "string" }, format: { type: "string" }, compression: { type: "string" }, bom: { type: "boolean" }, "fail-on": { type: "string" }, log: { type: "string" } }
      })
      const q = address(values)
      if (!values.out) throw new QueueUsageError("--out is required")
      // The formats of govstat run, and its default.
      const formats = (values.format ?? "csv,parquet,duckdb").split(",").map((f) => f.trim()).filter(Boolean)
      for (const f of formats) if (f !== "csv" && f !== "parquet" && f !== "duckdb") throw new QueueUsageError(`unknown format "${f}" (csv, parquet, duckdb)`)
      const failOn = values["fail-on"] ?? "reject"
      if (!["reject", "error", "never"].includes(failOn)) throw new QueueUsageError(`--fail-on must be reject, error or never`)
      const json = values.log === "json"
      const m = await finalise({
        queue: q, out: values.out, formats: formats as Array<Format>, compression: compressionOf(values.compression), bom: values.bom ?? false,
        onProgress: (line) => say(json ? JSON.stringify({ level: "info", event: "progress", message: line }) : `finalise: ${line}`)
      })
      if (!m) return 0
      const summary = {
        run_id: m.run_id, out: path.resolve(values.out), inputs: m.inputs.length,
        extracted: m.inputs.filter((i) => i.status === "extracted").length, unchanged: m.inputs.filter((i) => i.status === "cached").length,
        errors: m.errors.length, ...m.counts
      }
      if (json) say(JSON.stringify({ level: "info", event: "summary", ...summary }))
      else {
        for (const e of m.errors) say(`ERROR ${e.source_path}: ${e.tag}: ${e.message}`)
        say(`govstat: ${summary.inputs} documents (${summary.extracted} from the queue, ${summary.unchanged} unchanged, ${summary.errors} failed) → ` +
          `${m.counts.indicators} indicators, ${m.counts.projects} projects, ${m.counts.policies} policies, ${m.counts.rejects} rejects in ${summary.out}`)
      }
      const bad = failOn === "never" ? false : failOn === "error" ? m.errors.length > 0 : m.errors.length > 0 || m.counts.rejects > 0
      return bad ? 1 : 0
    }
    case "status": {
      const { values } = parseArgs({ args: [...args], strict: true, allowPositionals: false, options: { ...queueOptions, json: { type: "boolean" } } })
      const q = address(values)
      const s = await queueStatus(q)
      if (values.json) console.log(JSON.stringify(s))
      else {
        console.log(`${q.label}\n  waiting ${s.waiting}  active ${s.active}  delayed ${s.delayed}  completed ${s.completed}  failed ${s.failed}  workers ${s.workers}`)
        console.log(s.throughput
          ? `  throughput ${s.throughput.docs_per_s} documents/s, ${s.throughput.mb_per_s} MB/s (the last ${s.throughput.documents} completed, over ${s.throughput.seconds} s)`
          : `  throughput: not enough completed jobs yet`)
      }
      return 0
    }
  }
}
