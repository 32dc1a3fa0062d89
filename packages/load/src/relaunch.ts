/**
 * The CLI runs itself again with fewer malloc arenas. glibc gives each thread that allocates
 * its own arena (up to eight per core), and what a thread frees stays in its arena: a run's
 * threads (the CLI thread, the extraction workers, V8's compiler threads) each keep their own
 * high-water mark. With two arenas a run at 100 MB of input peaks 27 MB lower (three alternating
 * pairs, `--jobs 2`: 450/459/446 → 414/435/424 MB; docs/performance-notes.md), with no measurable
 * cost in time. glibc reads MALLOC_ARENA_MAX only when a process starts, so the command starts
 * a child with it set and only waits:
 * - SIGTERM, SIGINT and SIGHUP are passed on (the child ignores a second one, cleanup.ts);
 * - it exits as the child did: the same code, or killed by the same signal;
 * - should it die without passing a signal on (SIGKILL), the child's IPC channel closes and the
 *   child stops as on SIGTERM (`followLauncher`), so no run goes on with nobody waiting for it.
 * An operator who sets MALLOC_ARENA_MAX (any value) gets no relaunch, and so does a platform
 * without glibc's arenas, and a process under the inspector (the debugger would hold the launcher).
 */
import { spawn } from "node:child_process"
import { constants } from "node:os"

/** Set in the child's environment: it was started by `relaunch`, whose death it follows. */
export const RELAUNCHED_ENV = "GOVSTAT_RELAUNCHED"

/** Arenas for a run: the main one and one for every other thread. */
export const ARENAS = "2"

/** The commands that run long and use every thread: the rest (help, status, validate…) start once. */
const LONG_COMMANDS = new Set(["run", "worker", "finalise"])

/** Whether this command line should run in a child with MALLOC_ARENA_MAX set (pure: for tests). */
export function wantsRelaunch(
  argv: ReadonlyArray<string>, env: NodeJS.ProcessEnv, platform: NodeJS.Platform, execArgv: ReadonlyArray<string> = []
): boolean {
  return platform === "linux" && env.MALLOC_ARENA_MAX === undefined && env[RELAUNCHED_ENV] === undefined &&
    LONG_COMMANDS.has(argv[0] ?? "") && !argv.includes("--help") && !argv.includes("-h") &&
    !execArgv.some((a) => a.startsWith("--inspect")) && !/--inspect/.test(env.NODE_OPTIONS ?? "")
}

const PASSED_ON = ["SIGTERM", "SIGINT", "SIGHUP"] as const

/**
 * Starts this command again as a child with MALLOC_ARENA_MAX and `v8Flags` and waits for it, then
 * exits as it did. The promise settles only if the child could not be started: the caller then
 * runs the command in this process.
 */
export function relaunch(v8Flags: ReadonlyArray<string> = []): Promise<void> {
  return new Promise((fallBack) => {
    const flags = [...process.execArgv, ...v8Flags.filter((f) => !process.execArgv.includes(f))]
    const child = spawn(process.execPath, [...flags, ...process.argv.slice(1)], {
      stdio: ["inherit", "inherit", "inherit", "ipc"],
      env: { ...process.env, MALLOC_ARENA_MAX: ARENAS, [RELAUNCHED_ENV]: "1" }
    })
    let started = false
    const passOn = (signal: NodeJS.Signals) => () => void child.kill(signal)
    const handlers = PASSED_ON.map((s) => [s, passOn(s)] as const)
    child.once("spawn", () => {
      started = true
      for (const [s, h] of handlers) process.on(s, h)
    })
    child.once("error", (e) => {
      if (started) return
      process.stderr.write(`govstat: could not start with MALLOC_ARENA_MAX=${ARENAS} (${e.message}); running without it\n`)
      fallBack()
    })
    child.once("exit", (code, signal) => {
      for (const [s, h] of handlers) process.off(s, h)
      if (signal === null) process.exit(code ?? 1)
      // Die of the same signal, so that a shell or scheduler sees what the run saw; a signal
      // this process does not die of still ends it, with the shell's code for it.
      process.kill(process.pid, signal)
      setTimeout(() => process.exit(128 + constants.signals[signal]), 100)
    })
  })
}

/** In a relaunched child: stop as on SIGTERM when the launcher is gone (its IPC channel closed). */
export function followLauncher(): void {
  if (process.env[RELAUNCHED_ENV] === undefined || !process.channel) return
  // The channel is only watched: it must not keep a finished run alive.
  process.channel.unref()
  process.once("disconnect", () => process.kill(process.pid, "SIGTERM"))
}
