/**
 * The govstat command line: run, validate, inspect. Exit codes: 0 success; 1 completed
 * with failed documents or rejected rows (per --fail-on); 2 usage error; 3 the run could
 * not complete (outputs left as they were).
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { parseArgs } from "node:util"
import { refuseInput } from "./inputs.js"
import { LockedError } from "./output-dir.js"
import type { Pool } from "./pool.js"
import { type Format, MAX_DOCUMENT_BYTES, MAX_SHRINK, RefusedError, runPipeline } from "./pipeline.js"
import { makeProgress } from "./progress.js"
import { QUEUE_HELP, QueueUsageError } from "./queue/help.js"
import { takePool } from "./early-pool.js"
import { jobsOf, parseRunArgs } from "./run-options.js"
import { GOVSTAT_VERSION } from "./version.js"
import { zstdAvailable } from "./writers/compress.js"
import { REVIEW_HELP, reviewCommand } from "./review/command.js"

export const EXIT = { ok: 0, completedWithProblems: 1, usage: 2, failed: 3 } as const

const HELP: Record<string, string> = {
  main: `govstat ${GOVSTAT_VERSION} — Chinese government documents into typed, validated datasets

Usage: govstat <command> [options]

Commands:
  run        extract every document of a folder into CSV and Parquet (default)
  validate   re-validate an output folder against the schemas and datapackage.json
  inspect    show what the extractor reads in one document
  review     write HTML pages that show each document with its rows marked
  enqueue    queue documents for workers on many machines (Redis)
  worker     extract queued documents into part files
  finalise   build the output folder from the parts, once the queue is drained
  status     the queue's jobs by state and its throughput

Options: --help (on any command), --version

Exit codes: 0 success · 1 completed, but documents failed or rows were rejected (see --fail-on)
            2 usage error · 3 the run could not complete (previous outputs left as they were)`,
  run: `Usage: govstat run [--input DIR|FILE ...] [--out DIR] [options]

  --input DIR|FILE   documents to read (repeatable; default: seeds)
  --out DIR          output folder (default: output)
  --format LIST      csv,parquet,duckdb (default all three; duckdb writes govstat.duckdb)
  --compression C    snappy (default), gzip, zstd (Node >= 22.15) or none, for Parquet
  --full             re-extract every document even when unchanged
  --allow-shrink     accept a run that drops more than ${MAX_SHRINK * 100}% of the documents
                     the output holds (refused by default: exit 3, nothing changed)
  --max-document-mb N  documents larger than N MB fail alone (DocumentTooLarge; default 64)
  --jobs N           worker threads (default: number of cores)
  --fail-on WHEN     exit 1 on: reject (failed documents or rejected rows; default),
                     error (failed documents only), never
  --log json|text    one log line per document on stderr (default text; json for machines)
  --bom              start each CSV with a byte-order mark (for Excel)
  --quiet            no per-document log lines
  --review           also write the review pages (OUT/review/index.html)

Examples:
  govstat run
  govstat run --input /data/reports --out /data/govstat --jobs 2 --log json
  govstat run --input a.txt --input b.html --format parquet --compression gzip

Exit codes: 0 success · 1 completed with failed documents or rejected rows · 2 usage · 3 could not complete`,
  validate: `Usage: govstat validate DIR

Re-reads DIR's CSV and Parquet files and checks every row against its schema, the headers
against datapackage.json, primary keys and doc_id references, and that each Parquet file
holds its CSV's rows. Exit 0 when clean, 1 on violations.

Example:
  govstat validate output`,
  review: REVIEW_HELP,
  inspect: `Usage: govstat inspect FILE [--limit N]

Shows the document's metadata, its sections with their context (year, results or plans,
region) and each record with its evidence.

Example:
  govstat inspect seeds/001_bcbca230d9bf0c3f.txt --limit 20`,
  ...QUEUE_HELP
}

class UsageError extends Error {}

/** What the CLI cannot see for itself when it runs on a worker thread. */
export interface Terminal {
  /** Whether stderr is a terminal, for the progress bar. */
  readonly stderrIsTTY: boolean
}

export async function main(
  argv: ReadonlyArray<string>, terminal: Terminal = { stderrIsTTY: process.stderr.isTTY === true }
): Promise<number> {
  const [first, ...rest] = argv
  if (first === "--version" || first === "-v") {
    console.log(GOVSTAT_VERSION)
    return EXIT.ok
  }
  if (first === "--help" || first === "-h" || first === "help") {
    console.log(HELP.main)
    return EXIT.ok
  }
  const command = first === undefined || first.startsWith("-") ? "run" : first
  const args = first === undefined || first.startsWith("-") ? argv : rest
  try {
    if (args.includes("--help") || args.includes("-h")) {
      if (!(command in HELP)) throw new UsageError(`unknown command "${command}"`)
      console.log(HELP[command])
      return EXIT.ok
    }
    switch (command) {
      case "run":
        return await run(args, terminal)
      case "validate":
        return await validate(args)
      case "inspect":
        return await inspect(args)
      case "review":
        return await reviewCommand(args, UsageError)
      case "enqueue":
      case "worker":
      case "finalise":
      case "status":
        // Loaded only for a queue command: the queue's client library is not needed by a run.
        return await (await import("./queue/commands.js")).queueCommand(command, args)
      default:
        throw new UsageError(`unknown command "${command}"`)
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof QueueUsageError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`govstat: ${(e as Error).message}\n\n${HELP[command] ?? HELP.main}`)
      return EXIT.usage
    }
    if (e instanceof LockedError || e instanceof RefusedError) {
      console.error(`govstat: ${e.message}`)
      return EXIT.failed
    }
    console.error(`govstat: the run could not complete: ${(e as Error).stack ?? e}`)
    return EXIT.failed
  }
}

async function run(args: ReadonlyArray<string>, terminal: Terminal): Promise<number> {
  const values = parseRunArgs(args)
  const input = values.input?.length ? values.input : ["seeds"]
  for (const i of input) {
    const refused = refuseInput(i)
    if (refused) throw new UsageError(refused)
  }
  const formats = (values.format ?? "csv,parquet,duckdb").split(",").map((f) => f.trim()).filter(Boolean)
  for (const f of formats) if (f !== "csv" && f !== "parquet" && f !== "duckdb") throw new UsageError(`unknown format "${f}" (csv, parquet, duckdb)`)
  const compression = values.compression ?? "snappy"
  if (!["snappy", "gzip", "zstd", "none"].includes(compression)) throw new UsageError(`unknown compression "${compression}"`)
  if (compression === "zstd" && !zstdAvailable) throw new UsageError(`zstd needs Node.js 22.15 or newer (this is ${process.version}); use snappy or gzip`)
  const jobs = jobsOf(values.jobs)
  if (jobs === null) throw new UsageError(`--jobs must be a whole number from 1 to 256`)
  const maxMb = values["max-document-mb"] === undefined ? MAX_DOCUMENT_BYTES / 2 ** 20 : Number(values["max-document-mb"])
  if (!(maxMb > 0) || !Number.isFinite(maxMb)) throw new UsageError(`--max-document-mb must be a positive number`)
  const failOn = values["fail-on"] ?? "reject"
  if (!["reject", "error", "never"].includes(failOn)) throw new UsageError(`--fail-on must be reject, error or never`)
  const log = values.log ?? "text"
  if (log !== "json" && log !== "text") throw new UsageError(`--log must be json or text`)

  let progress: ReturnType<typeof makeProgress> | null = null
  const manifest = await runPipeline({
    input,
    out: values.out ?? "output",
    formats: formats as Array<Format>,
    compression: compression as "snappy",
    jobs,
    full: values.full ?? false,
    bom: values.bom ?? false,
    allowShrink: values["allow-shrink"] ?? false,
    maxDocumentBytes: Math.round(maxMb * 2 ** 20),
    review: values.review ?? false,
    ...withEarlyPool(jobs),
    onListed({ inputs, skipped }) {
      if (terminal.stderrIsTTY && log === "text") progress = makeProgress(process.stderr, inputs.reduce((s, i) => s + i.size, 0))
      // Skipped entries are logged even with --quiet: nothing leaves a run without a trace.
      for (const k of skipped) {
        if (log === "json") console.error(JSON.stringify({ level: "warn", event: "skipped", path: k.path, reason: k.reason }))
        else console.error(`SKIP  ${printable(k.path)}: ${k.reason}`)
      }
    },
    onDocument(e) {
      if (progress) return progress.update(e)
      if (values.quiet) return
      if (log === "json") {
        console.error(JSON.stringify({
          level: e.error ? "error" : "info", event: "document", doc_id: e.docId, path: e.sourcePath, bytes: e.bytes,
          cached: e.cached, ...e.counts, rejects: e.rejects, warnings: e.warnings, ms: Math.round(e.ms),
          ...(e.error ? { error: e.error.tag, message: e.error.message } : {})
        }))
      } else {
        console.error(e.error
          ? `ERROR ${printable(e.sourcePath)}: ${e.error.tag}: ${printable(e.error.message)}`
          : `ok    ${printable(e.sourcePath)}: ${e.counts.indicators} indicators, ${e.counts.projects} projects, ${e.counts.policies} policies` +
            `${e.rejects ? `, ${e.rejects} rejects` : ""}${e.cached ? " (unchanged)" : ""}`)
      }
    }
  })
  ;(progress as ReturnType<typeof makeProgress> | null)?.end()
  for (const r of manifest.removed) {
    if (log === "json") console.error(JSON.stringify({ level: "info", event: "removed", doc_id: r.doc_id, path: r.source_path }))
    else console.error(`gone  ${printable(r.source_path)}: its input is gone; the rows of ${r.doc_id} were removed`)
  }
  const summary = {
    level: "info", event: "summary", run_id: manifest.run_id, out: path.resolve(values.out ?? "output"),
    inputs: manifest.inputs.length, extracted: manifest.inputs.filter((i) => i.status === "extracted").length,
    unchanged: manifest.inputs.filter((i) => i.status === "cached").length, errors: manifest.errors.length, ...manifest.counts
  }
  if (log === "json") console.error(JSON.stringify(summary))
  else {
    console.error(`govstat: ${summary.inputs} documents (${summary.extracted} extracted, ${summary.unchanged} unchanged, ${summary.errors} failed) → ` +
      `${manifest.counts.indicators} indicators, ${manifest.counts.projects} projects, ${manifest.counts.policies} policies, ${manifest.counts.rejects} rejects in ${summary.out}`)
  }
  const bad = failOn === "never" ? false : failOn === "error" ? manifest.errors.length > 0 : manifest.errors.length > 0 || manifest.counts.rejects > 0
  return bad ? EXIT.completedWithProblems : EXIT.ok
}

/** The workers bin.ts started for this run, when it started them with these --jobs. */
function withEarlyPool(jobs: number): { pool?: Pool } {
  const pool = takePool(jobs)
  return pool ? { pool } : {}
}

/** One log line per entry: control characters in a name (a newline) are shown escaped, never obeyed. */
const printable = (s: string) => s.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)

async function validate(args: ReadonlyArray<string>): Promise<number> {
  const { positionals } = parseArgs({ args: [...args], allowPositionals: true, options: {} })
  const dir = positionals[0]
  if (!dir || positionals.length > 1) throw new UsageError("validate takes one folder")
  if (!fs.existsSync(dir)) throw new UsageError(`${dir} does not exist`)
  // Loaded here: a run's thread has no use for the Parquet reader.
  const { validateOutput } = await import("./validate-output.js")
  const violations = await validateOutput(dir)
  if (!violations.length) {
    console.log(`${dir}: every file matches its schema`)
    return EXIT.ok
  }
  for (const v of violations.slice(0, 200)) console.log(`${v.file}${v.row ? `:${v.row}` : ""} ${v.field ? `${v.field}: ` : ""}${v.reason}`)
  if (violations.length > 200) console.log(`… and ${violations.length - 200} more`)
  console.log(`${violations.length} violation(s)`)
  return EXIT.completedWithProblems
}

async function inspect(args: ReadonlyArray<string>): Promise<number> {
  const { positionals, values } = parseArgs({ args: [...args], allowPositionals: true, options: { limit: { type: "string" } } })
  const file = positionals[0]
  if (!file || positionals.length > 1) throw new UsageError("inspect takes one file")
  const refused = refuseInput(file)
  if (refused) throw new UsageError(refused)
  if (fs.statSync(file).isDirectory()) throw new UsageError(`${file} is a folder; inspect reads one file (govstat run reads folders)`)
  const limit = values.limit ? Number(values.limit) : Infinity
  const docId = path.basename(file).replace(/\.[^.]*$/, "")
  // Loaded here: `run` extracts on its workers, and its thread need not load the extractor.
  const { extractDocument } = await import("@govstat/extract")
  const out = extractDocument(fs.readFileSync(file), { docId, path: file })
  if (!out.ok) {
    console.log(`${out.error._tag}: ${out.error.message}`)
    return EXIT.completedWithProblems
  }
  const r = out.result
  const d = r.document
  console.log(`# ${d.doc_id}\n  title ${d.title ?? "—"}\n  genre ${d.genre} (${d.parser})  script ${d.script}  encoding ${d.encoding}` +
    `\n  issuer ${d.issuer ?? "—"}  region ${d.region ?? "—"} ${d.region_code ?? ""}  published ${d.published_on ?? "—"}  reports on ${d.report_year ?? "—"}`)
  console.log(`\n## sections`)
  for (const s of r.sections) {
    console.log(`  [${s.start}-${s.end}) ${s.heading ?? "(opening)"} — year ${s.context.year ?? "?"}, ${s.context.mode === "plan" ? "plans" : "results"}, ${s.context.region?.name ?? "?"}${s.context.period ? `, ${s.context.period}` : ""}`)
  }
  console.log(`\n## indicators (${r.indicators.length})`)
  for (const i of r.indicators.slice(0, limit)) {
    console.log(`  ${i.indicator} = ${i.value}${i.unit} ${i.measure} ${i.period ?? "?"} ${i.status}${i.qualifier ? ` ${i.qualifier}` : ""} [${i.region ?? "?"}] @${i.char_start}-${i.char_end}\n      « ${i.quote} »`)
  }
  console.log(`\n## projects (${r.projects.length})`)
  for (const p of r.projects.slice(0, limit)) console.log(`  ${p.name} (${p.kind}) ${p.status ?? "—"} ${p.year ?? ""} @${p.char_start}\n      « ${p.quote} »`)
  console.log(`\n## policies (${r.policies.length})`)
  for (const p of r.policies.slice(0, limit)) console.log(`  《${p.title}》 ${p.kind} issuer ${p.issuer ?? "—"} ${p.year ?? ""} @${p.char_start}`)
  if (r.warnings.length) {
    console.log(`\n## warnings (${r.warnings.length})`)
    for (const w of r.warnings.slice(0, limit)) console.log(`  @${w.char_start}-${w.char_end} ${w.reason}`)
  }
  return EXIT.ok
}
