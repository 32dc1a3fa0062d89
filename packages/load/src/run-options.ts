/**
 * The options of `govstat run`. cli.ts parses and checks them; bin.ts reads --jobs from them
 * before the CLI loads (V8's flags are set and the workers started first: early-pool.ts), so
 * this module loads nothing else.
 */
import { availableParallelism } from "node:os"
import { parseArgs } from "node:util"

export const RUN_OPTIONS = {
  input: { type: "string", multiple: true },
  out: { type: "string" },
  format: { type: "string" },
  compression: { type: "string" },
  full: { type: "boolean" },
  "allow-shrink": { type: "boolean" },
  "max-document-mb": { type: "string" },
  jobs: { type: "string" },
  "fail-on": { type: "string" },
  log: { type: "string" },
  bom: { type: "boolean" },
  quiet: { type: "boolean" },
  review: { type: "boolean" }
} as const

/** A run's options as parsed (unchecked); throws node's ERR_PARSE_ARGS_* on an unknown or malformed one. */
export const parseRunArgs = (args: ReadonlyArray<string>) =>
  parseArgs({ args: [...args], options: RUN_OPTIONS, strict: true, allowPositionals: false }).values

/** The worker threads a run's --jobs asks for (default one per core), or null when it is not a whole number from 1 to 256. */
export function jobsOf(given: string | undefined): number | null {
  const jobs = given === undefined ? availableParallelism() : Number(given)
  return Number.isInteger(jobs) && jobs >= 1 && jobs <= 256 ? jobs : null
}

/**
 * The workers a command line's run asks for, or null when the command line is no run (another
 * command, --help) or its options do not parse: the CLI then says why, and nothing started.
 */
export function runJobs(argv: ReadonlyArray<string>): number | null {
  const first = argv[0]
  const args = first === undefined || first.startsWith("-") ? argv : first === "run" ? argv.slice(1) : null
  if (args === null || args.includes("--help") || args.includes("-h")) return null
  try {
    return jobsOf(parseRunArgs(args).jobs)
  } catch {
    return null
  }
}
