#!/usr/bin/env node
/**
 * The govstat command. The CLI runs on a worker thread with a bounded heap: V8 then
 * collects as it goes, and a long run's memory stays flat instead of growing toward the
 * default heap limit of a large machine. Killing the process kills every thread with it.
 * SIGTERM and SIGINT reach this (main) thread: it removes the run's staging folder and
 * lock, which the CLI thread registered with it, before exiting.
 */
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads"
import { type CleanupKind, isCleanupMessage, onSignals, runCleanup } from "./cleanup.js"
import { runJobs } from "./run-options.js"
import { followLauncher, relaunch, wantsRelaunch } from "./relaunch.js"
import { setV8Flags, v8FlagsFor } from "./v8-flags.js"
import { bundledScriptFor } from "./bundled-script.js"

// On Linux a run starts again as a child with fewer malloc arenas and V8's flags on its command
// line, and this process only waits for it (relaunch.ts); nothing below runs here then, unless
// the child could not be started. Otherwise the flags are set before any thread starts.
const v8Flags = isMainThread ? v8FlagsFor(process.argv.slice(2)) : []
if (isMainThread && wantsRelaunch(process.argv.slice(2), process.env, process.platform, process.execArgv)) await relaunch(v8Flags)
if (isMainThread) {
  followLauncher()
  setV8Flags(v8Flags)
  // A reader that goes away (`govstat inspect x | head`) must not crash the command with a stack
  // trace, nor stop a run whose outputs are files: what it would still print is dropped.
  for (const stream of [process.stdout, process.stderr]) stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e
  })
}

/**
 * Heap of the CLI thread. `run` orders and writes (extraction has its own workers), but it
 * holds one document's rows at a time, and a 50 MB scrape on one line has 250,000 of them:
 * 1.5 GB leaves room for that while V8 still collects as it goes (RSS at 100 MB of input
 * stays near 370 MB). `inspect` extracts a whole document itself and `validate` reads whole
 * files, so they get more.
 */
const RUN_HEAP_MB = 1536
const OTHER_HEAP_MB = 4096

/**
 * A heap limit the operator gave node (`node --max-old-space-size=N`, or in NODE_OPTIONS)
 * bounds the CLI thread too, and through it the extraction workers (pool.ts): the whole run
 * then fits the memory it was given.
 */
const given = /--max-old-space-size[= ](\d+)/.exec(`${process.execArgv.join(" ")} ${process.env.NODE_OPTIONS ?? ""}`)
const heapMb = (mb: number) => (given ? Math.min(mb, Number(given[1])) : mb)

/**
 * A queue worker runs on this thread: SIGTERM must reach it to finish its jobs before it
 * stops (graceful), and it takes no lock and no staging folder.
 */
const onMainThread = process.argv[2] === "worker"

if (isMainThread && onMainThread) {
  const { main } = await import("./cli.js")
  process.exitCode = await main(process.argv.slice(2))
} else if (isMainThread) {
  const cleanup = new Map<string, CleanupKind>()
  // This file again, as the CLI thread: from its bundle when that is fresh (bundled-script.ts).
  const cli = new Worker(bundledScriptFor(new URL(import.meta.url)), {
    argv: process.argv.slice(2),
    workerData: { stderrIsTTY: process.stderr.isTTY === true },
    resourceLimits: { maxOldGenerationSizeMb: heapMb(/^(inspect|validate)$/.test(process.argv[2] ?? "") ? OTHER_HEAP_MB : RUN_HEAP_MB) }
  })
  // On a signal the CLI thread is stopped first (its extraction workers end with it), then its lock and staging are removed.
  onSignals(cleanup, () => cli.terminate())
  cli.on("message", (m: unknown) => {
    if (isCleanupMessage(m)) {
      const { op, kind, path } = m.govstatCleanup
      if (op === "add") cleanup.set(path, kind)
      else cleanup.delete(path)
    } else {
      process.exitCode = m as number
      // The CLI is done. Whatever a failed run may have left holding the event loop (a native
      // handle a write error left open) must not keep a scheduled job alive: exit soon regardless.
      setTimeout(() => process.exit(m as number), 2000).unref()
    }
  })
  cli.on("error", (e: Error) => {
    runCleanup(cleanup)
    process.stderr.write(`govstat: the run could not complete: ${e.message}\n`)
    process.exitCode = 3
  })
} else {
  // A run's workers start loading the extractor while this thread loads the CLI (early-pool.ts).
  const early = await import("./early-pool.js")
  const jobs = runJobs(process.argv.slice(2))
  if (jobs !== null) early.startPool(jobs)
  // Loaded here only: the main thread just starts the CLI and waits for its exit code.
  const { main } = await import("./cli.js")
  const code = await main(process.argv.slice(2), workerData as { stderrIsTTY: boolean })
  await early.closeUntakenPool()
  parentPort!.postMessage(code)
}
