/**
 * The extraction workers of a `run`, started by bin.ts before the CLI's own modules load. A
 * worker takes about as long to load the extractor as the CLI thread takes to load the CLI
 * (0.3–0.5 s of CPU each); started first, they load side by side instead of one after the
 * other. The CLI hands the pool to `runPipeline` when its --jobs is the one started; a run
 * that ends before (a usage error, a refused input) leaves it to `closeUntakenPool`.
 */
import { makePool, type Pool } from "./pool.js"

let early: { readonly jobs: number; readonly pool: Pool } | null = null

/** Starts `jobs` workers for the run this thread is about to make. */
export function startPool(jobs: number): void {
  early = { jobs, pool: makePool(jobs) }
}

/** The started pool when it has `jobs` workers (it is then the caller's to close); else null. */
export function takePool(jobs: number): Pool | null {
  if (early === null || early.jobs !== jobs) return null
  const { pool } = early
  early = null
  return pool
}

/** Closes a started pool no run took. */
export async function closeUntakenPool(): Promise<void> {
  const e = early
  early = null
  await e?.pool.close()
}
