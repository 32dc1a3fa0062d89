/**
 * The output folder's safety: a lock that refuses a second concurrent run, and publication
 * that is atomic as a whole. Each run writes a staging folder; `publish` renames it to
 * `versions/<run>` and swaps one symlink, `current`, onto it. The names people open
 * (`output/indicators.csv`, …) are stable symlinks through `current`, so every reader and
 * every crash sees all tables of one run, never a mix.
 *
 *   output/
 *     current -> versions/<run>          swapped by one rename
 *     indicators.csv -> current/indicators.csv   (one per published entry)
 *     versions/<run>/                    tables, manifest, state, cache of a run
 *     versions/<previous run>/           kept until the next run succeeds
 *     .govstat.lock                      host, pid, process start time
 */
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { registerCleanup } from "./cleanup.js"

export class LockedError extends Error {
  readonly _tag = "LockedError"
  constructor(readonly lockPath: string, readonly holder: string) {
    super(`another govstat run holds ${lockPath} (${holder}); wait for it to finish, or remove the file if that process is gone`)
  }
}

export const LOCK_FILE = ".govstat.lock"
export const VERSIONS_DIR = "versions"
export const CURRENT = "current"
/** Entries of a version that are not linked from the output folder (read through `current`). */
const PRIVATE = /^\./

interface LockInfo {
  readonly host: string
  readonly pid: number
  /** Kernel boot id and the process's start time in clock ticks since boot (Linux), or null. */
  readonly boot: string | null
  readonly start: number | null
  readonly started_at: string
}

const readProc = (file: string): string | null => {
  try {
    return fs.readFileSync(file, "utf8")
  } catch {
    return null
  }
}

const bootId = () => readProc("/proc/sys/kernel/random/boot_id")?.trim() ?? null

/** Field 22 of /proc/PID/stat: when the process started, which a recycled PID does not share. */
export function processStart(pid: number): number | null {
  const stat = readProc(`/proc/${pid}/stat`)
  if (stat === null) return null
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
  const start = Number(fields[19])
  return Number.isFinite(start) ? start : null
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"
  }
}

const myLock = (): LockInfo => ({
  host: os.hostname(), pid: process.pid, boot: bootId(), start: processStart(process.pid), started_at: new Date().toISOString()
})

/** Why a lock's holder is gone, or null while it may still be running. */
export function staleReason(text: string): string | null {
  let info: LockInfo
  try {
    info = JSON.parse(text) as LockInfo
  } catch {
    // Our locks are written whole before they are linked into place: a partial one is debris.
    return text.length === 0 ? "the lock file is empty" : "the lock file is not readable JSON"
  }
  if (!Number.isInteger(info.pid)) return "the lock names no process"
  // Another machine's process cannot be checked from here: treat it as running.
  if (info.host !== undefined && info.host !== os.hostname()) return null
  if (info.boot && bootId() && info.boot !== bootId()) return "the machine restarted since"
  if (!alive(info.pid)) return `process ${info.pid} is gone`
  if (info.start != null && processStart(info.pid) !== null && processStart(info.pid) !== info.start) {
    return `process ${info.pid} is another program now (started at another time)`
  }
  return null
}

const describe = (text: string) => {
  try {
    const i = JSON.parse(text) as LockInfo
    return `pid ${i.pid} on ${i.host ?? "?"}, started ${i.started_at}`
  } catch {
    return "unknown holder"
  }
}

const tryLink = (from: string, to: string) => {
  try {
    fs.linkSync(from, to)
    return true
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false
    throw e
  }
}

const readOrNull = (file: string) => {
  try {
    return fs.readFileSync(file, "utf8")
  } catch {
    return null
  }
}

/**
 * Takes the lock of an output folder. The lock is written whole to a private file and then
 * hard-linked into place, which either creates it or fails: no check-then-create race. A
 * stale lock (dead holder, recycled PID, empty file) is stolen under a second lock, so two
 * runs that both find it stale cannot both take it.
 */
export function acquireLock(outDir: string): () => void {
  fs.mkdirSync(outDir, { recursive: true })
  const lockPath = path.join(outDir, LOCK_FILE)
  const mine = JSON.stringify(myLock())
  const tmp = `${lockPath}.${process.pid}.tmp`
  fs.writeFileSync(tmp, mine)
  try {
    if (!tryLink(tmp, lockPath)) {
      const held = readOrNull(lockPath) ?? ""
      const reason = staleReason(held)
      if (reason === null) throw new LockedError(lockPath, describe(held))
      steal(lockPath, tmp, held)
    }
  } finally {
    fs.rmSync(tmp, { force: true })
  }
  const unregister = registerCleanup("lock", lockPath)
  return () => {
    unregister()
    // Only our own lock: never one a later run took over.
    if (readOrNull(lockPath) === mine) fs.rmSync(lockPath, { force: true })
  }
}

function steal(lockPath: string, tmp: string, stale: string): void {
  const guard = `${lockPath}.steal`
  const takeGuard = () => {
    try {
      fs.writeFileSync(guard, String(process.pid), { flag: "wx" })
      return true
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e
      return false
    }
  }
  if (!takeGuard()) {
    // A guard left by a stealer that died (stealing takes milliseconds).
    const st = fs.statSync(guard, { throwIfNoEntry: false })
    if (!st || Date.now() - st.mtimeMs < 10_000) throw new LockedError(lockPath, "another run is taking over a stale lock")
    fs.rmSync(guard, { force: true })
    if (!takeGuard()) throw new LockedError(lockPath, "another run is taking over a stale lock")
  }
  try {
    // Still the lock we judged stale? Then nobody else replaced it since.
    const now = readOrNull(lockPath)
    if (now !== null && now !== stale) throw new LockedError(lockPath, describe(now))
    fs.rmSync(lockPath, { force: true })
    if (!tryLink(tmp, lockPath)) throw new LockedError(lockPath, describe(readOrNull(lockPath) ?? ""))
  } finally {
    fs.rmSync(guard, { force: true })
  }
}

/** A staging folder inside the output folder, so that publication renames stay on one file system. */
export function makeStaging(outDir: string, runId: string): string {
  const dir = path.join(outDir, VERSIONS_DIR, `.staging-${runId}`)
  fs.mkdirSync(dir, { recursive: true })
  registerCleanup("staging", dir)
  return dir
}

/** Test hook: `GOVSTAT_FAULT=publish:N` kills the process before publication step N. */
const fault = (step: number) => {
  if (process.env.GOVSTAT_FAULT === `publish:${step}`) process.kill(process.pid, "SIGKILL")
}

/** The folder the output's `current` points at, or null before the first versioned run. */
export function currentVersion(outDir: string): string | null {
  const link = path.join(outDir, CURRENT)
  try {
    return path.resolve(outDir, fs.readlinkSync(link))
  } catch {
    return null
  }
}

/** Where the previous run's state and cache are: its version, or the folder itself (older layout). */
export const previousDir = (outDir: string) => currentVersion(outDir) ?? outDir

const swapSymlink = (target: string, at: string) => {
  const tmp = `${at}.new-${process.pid}`
  fs.rmSync(tmp, { force: true })
  fs.symlinkSync(target, tmp)
  fs.renameSync(tmp, at)
}

/**
 * Publishes a complete staging folder as the output's new version: one rename into
 * `versions/`, one atomic swap of `current`, then the stable per-entry links (created once,
 * unchanged by later runs) and a sweep of older versions. Killed at any step, readers see
 * the previous version or the new one whole. Returns the new version's folder.
 */
export function publish(staging: string, outDir: string, runId: string): string {
  const versions = path.join(outDir, VERSIONS_DIR)
  fs.mkdirSync(versions, { recursive: true })
  const previous = currentVersion(outDir)
  const version = path.join(versions, runId)
  fault(1)
  fs.renameSync(staging, version)
  fault(2)
  swapSymlink(path.join(VERSIONS_DIR, runId), path.join(outDir, CURRENT))
  fault(3)
  const entries = fs.readdirSync(version).filter((n) => !PRIVATE.test(n))
  for (const name of entries) {
    const at = path.join(outDir, name)
    const target = path.join(CURRENT, name)
    const st = fs.lstatSync(at, { throwIfNoEntry: false })
    if (st?.isSymbolicLink() && fs.readlinkSync(at) === target) continue
    // A folder of the older layout (codebooks/) cannot be replaced by one rename: move it aside.
    if (st?.isDirectory()) fs.renameSync(at, path.join(versions, `.old-${runId}-${name}`))
    swapSymlink(target, at)
  }
  fault(4)
  // Links to entries the new version no longer has (a format dropped), and older-layout leftovers.
  for (const name of fs.readdirSync(outDir)) {
    const at = path.join(outDir, name)
    const st = fs.lstatSync(at, { throwIfNoEntry: false })
    if (st?.isSymbolicLink() && fs.readlinkSync(at).startsWith(`${CURRENT}/`) && !entries.includes(name)) fs.rmSync(at, { force: true })
    else if (/^\.staging-|\.old-\d+$|^\.govstat-(state\.json|cache)$/.test(name)) fs.rmSync(at, { recursive: true, force: true })
  }
  sweepVersions(outDir, [version, ...(previous ? [previous] : [])])
  return version
}

/** Removes staging folders of killed runs and every version but the ones to keep. */
export function sweepVersions(outDir: string, keep: ReadonlyArray<string> = []): void {
  const versions = path.join(outDir, VERSIONS_DIR)
  if (!fs.existsSync(versions)) return
  const current = currentVersion(outDir)
  const kept = new Set([...keep, ...(current ? [current] : [])].map((k) => path.resolve(k)))
  for (const name of fs.readdirSync(versions)) {
    const full = path.join(versions, name)
    if (!kept.has(full)) fs.rmSync(full, { recursive: true, force: true })
  }
}

/**
 * Removes what killed runs left before a new run starts: staging folders. Versions never
 * published (a kill between rename and swap) go at the next successful publication, which
 * keeps only the new version and the one it replaced.
 */
export function sweepStaging(outDir: string): void {
  if (!fs.existsSync(outDir)) return
  for (const name of fs.readdirSync(outDir)) {
    if (name.startsWith(".staging-") || /\.new-\d+$/.test(name)) fs.rmSync(path.join(outDir, name), { recursive: true, force: true })
  }
  const versions = path.join(outDir, VERSIONS_DIR)
  if (!fs.existsSync(versions)) return
  for (const name of fs.readdirSync(versions)) {
    if (name.startsWith(".")) fs.rmSync(path.join(versions, name), { recursive: true, force: true })
  }
}
