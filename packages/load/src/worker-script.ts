/**
 * The script extraction workers start from. `scripts/bundle-worker.mjs` (run by `pnpm build`)
 * bundles dist/worker.js and what it imports into one file: a worker is then ready in 0.2 s
 * instead of 0.6 (docs/performance-notes.md), since Node's loader no longer reads and links
 * some 700 files per worker. The bundle is used only while it is exactly what its inputs build:
 * every input's size and modification time as recorded, and the bundle's own. Anything else (no
 * bundle, a `tsc -b` since, an edited dependency) starts from dist/worker.js, which is always right.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"

interface Stamp {
  readonly size: number
  readonly mtimeMs: number
}
export interface BundleInputs {
  readonly bundle: Stamp
  readonly inputs: ReadonlyArray<Stamp & { readonly path: string }>
}

const same = (a: Stamp, b: fs.Stats | undefined) => b !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs

/** Whether a bundle and its recorded inputs are unchanged; `stat` gives undefined for a missing file. */
export function bundleIsFresh(record: BundleInputs, bundlePath: string, stat: (p: string) => fs.Stats | undefined): boolean {
  if (!same(record.bundle, stat(bundlePath))) return false
  const dir = path.dirname(bundlePath)
  return record.inputs.every((i) => same(i, stat(path.resolve(dir, i.path))))
}

const statOrUndefined = (p: string) => fs.statSync(p, { throwIfNoEntry: false })

/** The bundle beside `plain` when it is fresh, else `plain`. */
export function workerScriptFor(plain: URL): URL {
  const bundle = new URL("./worker.bundle.js", plain)
  try {
    const record = JSON.parse(fs.readFileSync(new URL("./worker.bundle.inputs.json", plain), "utf8")) as BundleInputs
    return bundleIsFresh(record, fileURLToPath(bundle), statOrUndefined) ? bundle : plain
  } catch {
    return plain
  }
}
