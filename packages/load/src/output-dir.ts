/**
 * The output folder's safety: a lock that refuses a second concurrent run, and a staging
 * folder whose files are moved into place only when everything was written, so that a run
 * killed at any point leaves the previous outputs intact.
 */
import * as fs from "node:fs"
import * as path from "node:path"

export class LockedError extends Error {
  readonly _tag = "LockedError"
  constructor(readonly lockPath: string, readonly holder: string) {
    super(`another govstat run holds ${lockPath} (${holder}); wait for it to finish, or remove the file if that process is gone`)
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"
  }
}

/** Takes the lock of an output folder; a lock left by a dead process is taken over. */
export function acquireLock(outDir: string): () => void {
  fs.mkdirSync(outDir, { recursive: true })
  const lockPath = path.join(outDir, ".govstat.lock")
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, "wx")
      fs.writeSync(fd, JSON.stringify({ pid: process.pid, started_at: new Date().toISOString() }))
      fs.closeSync(fd)
      return () => fs.rmSync(lockPath, { force: true })
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e
      let holder = "unknown holder"
      let pid = NaN
      try {
        const info = JSON.parse(fs.readFileSync(lockPath, "utf8")) as { pid: number; started_at: string }
        pid = info.pid
        holder = `pid ${info.pid}, started ${info.started_at}`
      } catch {
        // A lock being written right now: treat as held.
      }
      if (Number.isInteger(pid) && !alive(pid) && attempt === 0) {
        fs.rmSync(lockPath, { force: true })
        continue
      }
      throw new LockedError(lockPath, holder)
    }
  }
  throw new LockedError(lockPath, "unknown holder")
}

/** A staging folder inside the output folder, so that the final renames stay on one file system. */
export function makeStaging(outDir: string, runId: string): string {
  const dir = path.join(outDir, `.staging-${runId}`)
  fs.mkdirSync(dir, { recursive: true })
  return dir
}

/**
 * Moves every staged file into the output folder (each rename is atomic), then removes the
 * staging folder. Files of the previous run that this run does not write are left alone.
 */
export function commitStaging(staging: string, outDir: string, order: ReadonlyArray<string>): void {
  const names = fs.readdirSync(staging)
  const ranked = [...names].sort((a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b))
  for (const name of ranked) {
    const target = path.join(outDir, name)
    const from = path.join(staging, name)
    if (fs.statSync(from).isDirectory()) {
      const old = `${target}.old-${process.pid}`
      if (fs.existsSync(target)) fs.renameSync(target, old)
      fs.renameSync(from, target)
      fs.rmSync(old, { recursive: true, force: true })
    } else {
      fs.renameSync(from, target)
    }
  }
  fs.rmSync(staging, { recursive: true, force: true })
}

/** Files named in `order` move in that order (the manifest last, so its presence marks a complete run). */
const rank = (order: ReadonlyArray<string>, name: string) => {
  const i = order.indexOf(name)
  return i === -1 ? order.length : i
}

/** Removes staging folders left by runs that were killed. */
export function sweepStaging(outDir: string): void {
  if (!fs.existsSync(outDir)) return
  for (const name of fs.readdirSync(outDir)) {
    if (name.startsWith(".staging-")) fs.rmSync(path.join(outDir, name), { recursive: true, force: true })
  }
}
