/**
 * The scripts threads start from. `scripts/bundle-threads.mjs` (run by `pnpm build`) bundles
 * dist/worker.js (an extraction worker) and dist/bin.js (the CLI thread of a run), each with
 * what it imports, into one file: a thread is then ready sooner (docs/performance-notes.md),
 * since Node's loader no longer reads and links some 700 files for it. A bundle is used only
 * while it is exactly what its inputs build: every input's size and modification time as
 * recorded, and the bundle's own. Anything else (no bundle, a `tsc -b` since, an edited
 * dependency) starts from the plain script, which is always right.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"

interface Stamp {
  readonly size: number
  readonly mtimeMs: number
}
/** dist/bundled/NAME/inputs.json: every file the bundle was built from and every file it is, paths relative to its folder. */
export interface BundleRecord {
  readonly outputs: ReadonlyArray<Stamp & { readonly path: string }>
  readonly inputs: ReadonlyArray<Stamp & { readonly path: string }>
}

const same = (a: Stamp, b: fs.Stats | undefined) => b !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs

/** Whether a bundle's files and its recorded inputs are unchanged; `stat` gives undefined for a missing file. */
export function bundleIsFresh(record: BundleRecord, dir: string, stat: (p: string) => fs.Stats | undefined): boolean {
  return record.outputs.length > 0 && [...record.outputs, ...record.inputs].every((i) => same(i, stat(path.resolve(dir, i.path))))
}

const statOrUndefined = (p: string) => fs.statSync(p, { throwIfNoEntry: false })

/** The bundle of `plain` (dist/X.js → dist/bundled/X/X.js) when it is fresh, else `plain`. */
export function bundledScriptFor(plain: URL): URL {
  // For a maintainer comparing the two, or ruling the bundles out.
  if (process.env.GOVSTAT_NO_BUNDLE) return plain
  const name = path.basename(fileURLToPath(plain), ".js")
  const dir = new URL(`./bundled/${name}/`, plain)
  try {
    const record = JSON.parse(fs.readFileSync(new URL("./inputs.json", dir), "utf8")) as BundleRecord
    return bundleIsFresh(record, fileURLToPath(dir), statOrUndefined) ? new URL(`./${name}.js`, dir) : plain
  } catch {
    return plain
  }
}
