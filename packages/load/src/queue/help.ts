/**
 * The queue commands' help and usage error, apart from the commands: the CLI shows them without
 * loading the queue's client library (bullmq), which a \`run\` never needs.
 */
import { DEFAULT_QUEUE_NAME } from "./queue-name.js"

/** A usage error of a queue command (exit 2, with its help). */
export class QueueUsageError extends Error {}

const QUEUE_COMMANDS = ["enqueue", "worker", "finalise", "status"] as const
export type QueueCommand = (typeof QUEUE_COMMANDS)[number]

const QUEUE = `  --queue URL        redis://HOST:PORT/DB of the Redis that holds the queue (required)
  --queue-name NAME  the queue's name in that database (default ${DEFAULT_QUEUE_NAME})`

export const QUEUE_HELP: Record<QueueCommand, string> = {
  enqueue: `Usage: govstat enqueue --input DIR|FILE ... --queue URL --out DIR [options]

Adds one job per document to the queue; the job id is the document's content hash, so
queueing the same document again is a no-op and a changed one is new work. Documents that
--out already holds with the same content are not queued. The paths must be readable by
every worker at the same place (a shared folder).

  --input DIR|FILE   documents to queue (repeatable)
  --out DIR          the output folder the workers write parts into and finalise publishes
${QUEUE}
  --attempts N       tries of a job whose failure may pass (a read error; default 3)
  --retry-failed     queue again the documents whose jobs failed
  --log json|text    summary as text (default) or one JSON line

Example:
  govstat enqueue --input /shared/reports --queue redis://10.0.0.5:6379/0 --out /shared/govstat`,
  worker: `Usage: govstat worker --queue URL [--concurrency N] [options]

Takes document jobs, extracts them as govstat run does, and writes their rows to its own part
files, OUT/parts/<table>/<worker>-<seq>.parquet (OUT comes with each job). Run one per machine.
SIGTERM finishes the jobs it holds and stops; a worker killed outright loses nothing (its jobs
return to the queue after --stall-seconds).

${QUEUE}
  --concurrency N    extractor threads (default: number of cores)
  --part-docs N      documents per part file (default 200)
  --stall-seconds N  a job whose worker is silent this long goes to another worker (default 30)
  --max-document-mb N  documents larger than N MB fail alone (DocumentTooLarge; default 64)
  --compression C    snappy (default), gzip, zstd (Node >= 22.15) or none
  --id NAME          the worker's name in part files (default host-pid)
  --exit-when-drained  stop once no job is waiting, delayed or active
  --quiet            no per-document log lines

Example:
  govstat worker --queue redis://10.0.0.5:6379/0 --concurrency 8`,
  finalise: `Usage: govstat finalise --queue URL --out DIR [options]

Waits until the queue is drained (progress on stderr), then builds the output folder from the
part files, as govstat run writes it (CSV, Parquet, datapackage.json, manifest.json), and
publishes it by the same atomic swap. The parts stay readable as one table per folder.

  --out DIR          the output folder given to enqueue
${QUEUE}
  --format LIST      csv,parquet,duckdb (default all three, as govstat run)
  --compression C    snappy (default), gzip, zstd (Node >= 22.15) or none
  --bom              start each CSV with a byte-order mark (for Excel)
  --fail-on WHEN     exit 1 on: reject (default), error, never (as govstat run)
  --log json|text    summary as text (default) or one JSON line

Example:
  govstat finalise --queue redis://10.0.0.5:6379/0 --out /shared/govstat`,
  status: `Usage: govstat status --queue URL [--json]

Shows the queue's jobs by state (waiting, active, delayed, completed, failed), the workers
connected and the throughput of the jobs completed last.

${QUEUE}
  --json             one JSON object

Example:
  govstat status --queue redis://10.0.0.5:6379/0`
}

