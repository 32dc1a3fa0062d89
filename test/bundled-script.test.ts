/**
 * The bundled thread scripts (scripts/bundle-threads.mjs, bundled-script.ts): a bundle is used
 * only while it is exactly what its inputs build, and then a run writes what it writes from the
 * plain scripts.
 */
import { spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { pathToFileURL } from "node:url"
import { describe, expect, it } from "vitest"
import { makePool } from "../packages/load/dist/pool.js"
import { runPipeline } from "../packages/load/dist/pipeline.js"
import { type BundleRecord, bundleIsFresh, bundledScriptFor } from "../packages/load/dist/bundled-script.js"
import { BIN, ROOT, SEEDS } from "./helpers.js"

const DIST = path.join(ROOT, "packages/load/dist")
const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `govstat-bundle-${name}-`))

/** A dist folder holding worker.js, its bundle (two files) and two inputs, recorded as the bundle script does. */
function fakeBuild() {
  const dist = tmp("fake")
  const dir = path.join(dist, "bundled", "worker")
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dist, "worker.js"), "// plain\n")
  for (const f of ["worker.js", "chunk-A.js"]) fs.writeFileSync(path.join(dir, f), `// ${f}\n`)
  for (const f of ["a.js", "b.js"]) fs.writeFileSync(path.join(dist, f), `// ${f}\n`)
  const stamp = (abs: string) => {
    const st = fs.statSync(abs)
    return { path: path.relative(dir, abs), size: st.size, mtimeMs: st.mtimeMs }
  }
  const record: BundleRecord = {
    outputs: ["worker.js", "chunk-A.js"].map((f) => stamp(path.join(dir, f))),
    inputs: ["a.js", "b.js"].map((f) => stamp(path.join(dist, f)))
  }
  fs.writeFileSync(path.join(dir, "inputs.json"), JSON.stringify(record))
  return { dist, dir, record, worker: pathToFileURL(path.join(dist, "worker.js")) }
}
const isPlain = (u: URL) => expect(u.pathname).toMatch(/-fake-[^/]+\/worker\.js$/)

describe("which script a thread starts from", () => {
  it("the bundle, while its files and every input are as recorded", () => {
    const { worker } = fakeBuild()
    expect(bundledScriptFor(worker).pathname).toMatch(/\/bundled\/worker\/worker\.js$/)
  })

  it("the plain script once an input changed (a tsc -b since), went missing, or a bundle file was touched or removed", () => {
    const later = new Date(Date.now() + 5_000)
    const edited = fakeBuild()
    fs.writeFileSync(path.join(edited.dist, "a.js"), "// a.js, edited\n")
    isPlain(bundledScriptFor(edited.worker))
    const touched = fakeBuild()
    fs.utimesSync(path.join(touched.dist, "b.js"), later, later)
    isPlain(bundledScriptFor(touched.worker))
    const gone = fakeBuild()
    fs.rmSync(path.join(gone.dist, "b.js"))
    isPlain(bundledScriptFor(gone.worker))
    const chunk = fakeBuild()
    fs.rmSync(path.join(chunk.dir, "chunk-A.js"))
    isPlain(bundledScriptFor(chunk.worker))
    const rebundled = fakeBuild()
    fs.utimesSync(path.join(rebundled.dir, "worker.js"), later, later)
    isPlain(bundledScriptFor(rebundled.worker))
  })

  it("the plain script with no bundle, an unreadable record, or GOVSTAT_NO_BUNDLE set", () => {
    const none = fakeBuild()
    fs.rmSync(path.join(none.dir, "inputs.json"))
    isPlain(bundledScriptFor(none.worker))
    const broken = fakeBuild()
    fs.writeFileSync(path.join(broken.dir, "inputs.json"), "{")
    isPlain(bundledScriptFor(broken.worker))
    const ruledOut = fakeBuild()
    process.env.GOVSTAT_NO_BUNDLE = "1"
    try {
      isPlain(bundledScriptFor(ruledOut.worker))
    } finally {
      delete process.env.GOVSTAT_NO_BUNDLE
    }
  })

  it("checks with the stat it is given (pure)", () => {
    const { dir, record } = fakeBuild()
    const stats = (p: string) => fs.statSync(p, { throwIfNoEntry: false })
    expect(bundleIsFresh(record, dir, stats)).toBe(true)
    expect(bundleIsFresh(record, dir, (p) => (p.endsWith("b.js") ? undefined : stats(p)))).toBe(false)
    expect(bundleIsFresh({ outputs: [], inputs: record.inputs }, dir, stats)).toBe(false)
  })
})

describe("the built bundles", () => {
  const worker = pathToFileURL(path.join(DIST, "worker.js"))
  const bin = pathToFileURL(path.join(DIST, "bin.js"))
  const tables = ["documents.csv", "indicators.csv", "projects.csv", "policies.csv", "rejects.csv"]
  const read = (dir: string, files: ReadonlyArray<string>) => Object.fromEntries(files.map((t) => [t, fs.readFileSync(path.join(dir, t))]))

  it("are fresh after the README's build (pnpm build / pnpm test)", () => {
    const hint = "run `npx --yes pnpm@10 build`: it bundles the threads' scripts after tsc -b"
    expect(bundledScriptFor(worker).pathname, hint).toMatch(/\/bundled\/worker\/worker\.js$/)
    expect(bundledScriptFor(bin).pathname, hint).toMatch(/\/bundled\/bin\/bin\.js$/)
  })

  it("an extraction worker from its bundle writes what dist/worker.js writes", async () => {
    const written: Array<Record<string, Buffer>> = []
    for (const script of [bundledScriptFor(worker), worker]) {
      const pool = makePool(2, script)
      const dir = tmp("pool")
      try {
        await runPipeline({ input: SEEDS, out: dir, pool, full: true, formats: ["csv"] })
      } finally {
        await pool.close()
      }
      written.push(read(dir, tables))
    }
    expect(written[0]!["indicators.csv"]!.toString("utf8").split("\n").length).toBeGreaterThan(500)
    expect(written[0]).toEqual(written[1])
  })

  it("a whole run from the bundles writes what it writes from the plain scripts (CSV and Parquet)", () => {
    const files = [...tables, ...tables.map((t) => t.replace(".csv", ".parquet"))]
    const outs = [{}, { GOVSTAT_NO_BUNDLE: "1" }].map((extra) => {
      const dir = tmp("run")
      const r = spawnSync(process.execPath, [BIN, "run", "--input", SEEDS, "--out", dir, "--quiet", "--format", "csv,parquet"], {
        cwd: ROOT, encoding: "utf8", env: { ...process.env, ...extra }, timeout: 120_000
      })
      expect(r.status, r.stderr).toBe(0)
      return read(dir, files)
    })
    expect(outs[0]).toEqual(outs[1])
  })
})
