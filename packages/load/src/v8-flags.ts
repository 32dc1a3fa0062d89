/**
 * V8's flags for a command's threads. They are process-wide and best given when the process
 * starts: a relaunched run (relaunch.ts) gets them on its command line; a process that is not
 * relaunched sets them before it starts any thread (a GC flag flipped under a live isolate can
 * leave its collector inconsistent: a relaunched child that set --single-threaded-gc at run time
 * aborted in the main thread's marking).
 */
import { availableParallelism } from "node:os"
import { setFlagsFromString } from "node:v8"
import { runJobs } from "./run-options.js"

/**
 * Smaller inlining budget: the extractor's largest functions are recompiled after each
 * deoptimisation, and with less inlined into them each recompile costs less. Measured on a
 * 20 MB corpus: 14% less CPU with --jobs 1 (most of it on V8's compiler threads, which compete
 * with the second worker under --jobs 2), the main thread no slower, output identical.
 */
const INLINING = "--max-inlined-bytecode-size-cumulative=300"

/**
 * With a worker on every core, V8's parallel and concurrent GC helpers only take the CPU the
 * workers would use, and cost more in all than collecting on each worker's own thread. On
 * 100 MB with --jobs 2 on 2 cores (4 alternating pairs): 14.8 → 13.9 s, process CPU 27.2 →
 * 25.8 s. With a core to spare they run free, so fewer jobs than cores keep them.
 * (--jobs is read before the CLI loads: run-options.ts.)
 */
const SINGLE_THREADED_GC = "--single-threaded-gc"

/** The flags a command line runs with. */
export function v8FlagsFor(argv: ReadonlyArray<string>): Array<string> {
  return (runJobs(argv) ?? 0) >= availableParallelism() ? [INLINING, SINGLE_THREADED_GC] : [INLINING]
}

/** Sets those of `flags` the process did not start with. */
export function setV8Flags(flags: ReadonlyArray<string>): void {
  for (const f of flags) if (!process.execArgv.includes(f)) setFlagsFromString(f)
}
