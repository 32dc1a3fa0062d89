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
      if (kind === "staging") fs.rmSync(p, { recursive: true, force: true })
      else if ((JSON.parse(fs.readFileSync(p, "utf8")) as { pid?: number }).pid === process.pid) fs.rmSync(p, { force: true })
    } catch {
      // Already gone, or not ours.
    }
  }
  entries.clear()
}

/** Installs the signal handlers of the main thread; `entries` is fed by the CLI thread's messages. */
export function onSignals(entries: Map<string, CleanupKind>, beforeExit: () => void = () => {}): void {
  for (const [signal, code] of [["SIGTERM", 143], ["SIGINT", 130], ["SIGHUP", 129]] as const) {
    process.on(signal, () => {
      beforeExit()
      runCleanup(entries)
      process.stderr.write(`govstat: stopped by ${signal}; the lock and the unfinished run's files were removed, the published outputs are unchanged\n`)
      process.exit(code)
    })
  }
}

export const isCleanupMessage = (m: unknown): m is CleanupMessage =>
  typeof m === "object" && m !== null && "govstatCleanup" in m
