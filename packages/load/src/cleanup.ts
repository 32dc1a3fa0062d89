/**
 * What a signal must undo: the run's lock and its staging folder. The CLI runs on a worker
 * thread, and signals reach the main thread, so registrations are posted to it (bin.ts);
 * on SIGTERM or SIGINT the main thread removes them before the process exits.
 */
import * as fs from "node:fs"
import { isMainThread, parentPort } from "node:worker_threads"

export type CleanupKind = "lock" | "staging"

export interface CleanupMessage {
  readonly govstatCleanup: { readonly op: "add" | "remove"; readonly kind: CleanupKind; readonly path: string }
}

const local = new Map<string, CleanupKind>()

/** Registers a path to remove on a signal; returns the function that unregisters it. */
export function registerCleanup(kind: CleanupKind, path: string): () => void {
  const post = (op: "add" | "remove") => {
    if (!isMainThread && parentPort) parentPort.postMessage({ govstatCleanup: { op, kind, path } } satisfies CleanupMessage)
    else if (op === "add") local.set(path, kind)
    else local.delete(path)
  }
  post("add")
  return () => post("remove")
}

/** Removes what is registered: staging folders first, then locks (only this process's). */
export function runCleanup(entries: Map<string, CleanupKind> = local): void {
  const ordered = [...entries].sort((a, b) => (a[1] === b[1] ? 0 : a[1] === "staging" ? -1 : 1))
  for (const [p, kind] of ordered) {
    try {
      // Retries: a file another thread created during the removal makes it fail with ENOTEMPTY.
      if (kind === "staging") fs.rmSync(p, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 })
      else if ((JSON.parse(fs.readFileSync(p, "utf8")) as { pid?: number }).pid === process.pid) fs.rmSync(p, { force: true })
    } catch {
      // Already gone, or not ours.
    }
  }
  entries.clear()
}

/**
 * Installs the signal handlers of the main thread; `entries` is fed by the CLI thread's messages.
 * `stopThreads` stops the threads that write (the CLI thread and its extraction workers) before
 * the removal: a thread still appending to staging would otherwise recreate what is removed.
 * It gets at most `graceMs`; the cleanup runs then whatever happened.
 */
export function onSignals(entries: Map<string, CleanupKind>, stopThreads: () => Promise<unknown> | void = () => {}, graceMs = 3000): void {
  let stopping = false
  for (const [signal, code] of [["SIGTERM", 143], ["SIGINT", 130], ["SIGHUP", 129]] as const) {
    process.on(signal, () => {
      if (stopping) return
      stopping = true
      const grace = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref())
      void Promise.race([Promise.resolve(stopThreads()).catch(() => {}), grace]).then(() => {
        runCleanup(entries)
        process.stderr.write(`govstat: stopped by ${signal}; the lock and the unfinished run's files were removed, the published outputs are unchanged\n`)
        process.exit(code)
      })
    })
  }
}

export const isCleanupMessage = (m: unknown): m is CleanupMessage =>
  typeof m === "object" && m !== null && "govstatCleanup" in m
