/**
 * The bundled extraction worker (scripts/bundle-worker.mjs, worker-script.ts): used only while
 * it is exactly what its inputs build, and then it writes what dist/worker.js writes.
 */
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { pathToFileURL } from "node:url"
import { describe, expect, it } from "vitest"
import { makePool } from "../packages/load/dist/pool.js"
import { runPipeline } from "../packages/load/dist/pipeline.js"
import { type BundleInputs, bundleIsFresh, workerScriptFor } from "../packages/load/dist/worker-script.js"
import { ROOT, SEEDS } from "./helpers.js"

const DIST = path.join(ROOT, "packages/load/dist")
const plain = pathToFileURL(path.join(DIST, "worker.js"))

/** A folder holding worker.js, a bundle and two inputs, recorded as the bundle script does. */
function fakeBuild() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "govstat-bundle-"))
  for (const f of ["worker.js", "worker.bundle.js", "a.js", "b.js"]) fs.writeFileSync(path.join(dir, f), `// ${f}\n`)
  const stamp = (f: string) => {
    const st = fs.statSync(path.join(dir, f))
    return { size: st.size, mtimeMs: st.mtimeMs }
  }
  const record: BundleInputs = { bundle: stamp("worker.bundle.js"), inputs: ["a.js", "b.js"].map((p) => ({ path: p, ...stamp(p) })) }
  fs.writeFileSync(path.join(dir, "worker.bundle.inputs.json"), JSON.stringify(record))
  return { dir, record, worker: pathToFileURL(path.join(dir, "worker.js")) }
}

describe("which script a worker starts from", () => {
  it("the bundle, while it and every input are as recorded", () => {
    const { worker } = fakeBuild()
    expect(workerScriptFor(worker).pathname).toMatch(/worker\.bundle\.js$/)
  })

  it("dist/worker.js once an input changed (a tsc -b since), went missing, or the bundle was touched", () => {
    const later = new Date(Date.now() + 5_000)
    const edited = fakeBuild()
    fs.writeFileSync(path.join(edited.dir, "a.js"), "// a.js, edited\n")
    expect(workerScriptFor(edited.worker).pathname).toMatch(/\/worker\.js$/)
    const touched = fakeBuild()
    fs.utimesSync(path.join(touched.dir, "b.js"), later, later)
    expect(workerScriptFor(touched.worker).pathname).toMatch(/\/worker\.js$/)
    const gone = fakeBuild()
    fs.rmSync(path.join(gone.dir, "b.js"))
    expect(workerScriptFor(gone.worker).pathname).toMatch(/\/worker\.js$/)
    const rebundled = fakeBuild()
    fs.utimesSync(path.join(rebundled.dir, "worker.bundle.js"), later, later)
    expect(workerScriptFor(rebundled.worker).pathname).toMatch(/\/worker\.js$/)
  })

  it("dist/worker.js with no bundle or an unreadable record", () => {
    const none = fakeBuild()
    fs.rmSync(path.join(none.dir, "worker.bundle.inputs.json"))
    expect(workerScriptFor(none.worker).pathname).toMatch(/\/worker\.js$/)
    const broken = fakeBuild()
    fs.writeFileSync(path.join(broken.dir, "worker.bundle.inputs.json"), "{")
    expect(workerScriptFor(broken.worker).pathname).toMatch(/\/worker\.js$/)
  })

  it("checks with the stat it is given (pure)", () => {
    const { dir, record } = fakeBuild()
    const stats = (p: string) => fs.statSync(p, { throwIfNoEntry: false })
    expect(bundleIsFresh(record, path.join(dir, "worker.bundle.js"), stats)).toBe(true)
    expect(bundleIsFresh(record, path.join(dir, "worker.bundle.js"), (p) => (p.endsWith("b.js") ? undefined : stats(p)))).toBe(false)
  })
})

describe("the built bundle", () => {
  it("is fresh after the README's build (pnpm build / pnpm test) and writes what dist/worker.js writes", async () => {
    const bundle = workerScriptFor(plain)
    expect(bundle.pathname, "run `npx --yes pnpm@10 build`: it bundles the worker after tsc -b").toMatch(/worker\.bundle\.js$/)
    const out = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `govstat-bundle-${name}-`))
    const tables = ["documents.csv", "indicators.csv", "projects.csv", "policies.csv", "rejects.csv"]
    const written: Array<Record<string, string>> = []
    for (const script of [bundle, plain]) {
      const pool = makePool(2, script)
      const dir = out(path.basename(script.pathname, ".js"))
      try {
        await runPipeline({ input: SEEDS, out: dir, pool, full: true, formats: ["csv"] })
      } finally {
        await pool.close()
      }
      written.push(Object.fromEntries(tables.map((t) => [t, fs.readFileSync(path.join(dir, t), "utf8")])))
    }
    expect(written[0]!["indicators.csv"]!.split("\n").length).toBeGreaterThan(500)
    expect(written[0]).toEqual(written[1])
  })
})
