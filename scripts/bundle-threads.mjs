#!/usr/bin/env node
/**
 * Bundles the scripts a run's threads start from, after `tsc -b`: `node scripts/bundle-threads.mjs`.
 * - packages/load/dist/worker.js, an extraction worker: the extractor, the schema gate, the encoders;
 * - packages/load/dist/bin.js, the CLI thread of a run: the pipeline and the writers.
 * Node's module loader reads, resolves and links some 700 files for every thread it starts, while
 * the run waits; from one file a thread is ready sooner (bundled-script.ts). Each bundle lists its
 * inputs and outputs with their sizes and times, and a thread starts from it only while all are
 * unchanged: after a `tsc -b` without this step the plain scripts are used.
 */
import * as esbuild from "esbuild"
import * as fs from "node:fs"
import * as path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const dist = path.join(root, "packages/load/dist")

// Each module keeps its own import.meta.url, so files it reads beside itself (zones.csv, a
// package.json, jieba through createRequire, worker.js from pool.js) are found where they were.
const ownUrl = {
  name: "own-import-meta-url",
  setup(build) {
    build.onLoad({ filter: /\.(m?js|cjs)$/ }, (args) => {
      const source = fs.readFileSync(args.path, "utf8")
      if (!source.includes("import.meta.url")) return undefined
      return { contents: source.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)), loader: "js" }
    })
  }
}

// Native addons stay where they are installed; so do the libraries only other commands load
// (the queue's client, the review pages, the Parquet reader of `validate`).
const EXTERNAL = [
  "@node-rs/jieba", "@duckdb/node-api", "bullmq", "ioredis", "playwright-core", "linkedom", "@observablehq/plot", "hyparquet", "csv-parse"
]

// Our own modules are checked file by file; an installed package by its package.json (a pnpm
// store path names the version, so another version is another path), which keeps the check
// at a couple of hundred stats.
const packageJson = (abs) => {
  const m = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(abs)
  return m ? path.join(m[1], "package.json") : abs
}

/**
 * One thread's bundle in dist/bundled/NAME/: NAME.js and the chunks of what it imports only
 * when asked (a `validate`, the review pages, the queue): split off so that a run never loads
 * them, nor the libraries they import. inputs.json records every input and output file.
 */
async function bundle(name) {
  const t0 = performance.now()
  const outdir = path.join(dist, "bundled", name)
  fs.rmSync(outdir, { recursive: true, force: true })
  const result = await esbuild.build({
    entryPoints: [path.join(dist, `${name}.js`)], outdir, bundle: true, splitting: true, platform: "node", format: "esm", target: "node20",
    chunkNames: "chunk-[hash]", external: EXTERNAL, plugins: [ownUrl], metafile: true, logLevel: "warning", legalComments: "none",
    // CommonJS dependencies inside an ES module bundle need a require.
    banner: { js: "import { createRequire as __govstatRequire } from 'node:module'; const require = __govstatRequire(import.meta.url);" }
  })
  const stamp = (abs) => {
    const st = fs.statSync(abs)
    return { path: path.relative(outdir, abs), size: st.size, mtimeMs: st.mtimeMs }
  }
  const checked = [...new Set(Object.keys(result.metafile.inputs).map((p) => packageJson(path.resolve(root, p))))]
  const outputs = Object.keys(result.metafile.outputs).map((p) => path.resolve(root, p))
  fs.writeFileSync(path.join(outdir, "inputs.json"), JSON.stringify({ outputs: outputs.map(stamp), inputs: checked.map(stamp) }) + "\n")
  const modules = Object.keys(result.metafile.inputs).length
  const size = outputs.reduce((n, f) => n + fs.statSync(f).size, 0)
  console.log(`${name}: ${modules} modules (${checked.length} files to check) → ${path.relative(root, outdir)}/, ${outputs.length} files, ${(size / 1e6).toFixed(1)} MB, in ${Math.round(performance.now() - t0)} ms`)
}

for (const name of ["worker", "bin"]) await bundle(name)
