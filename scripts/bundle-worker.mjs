#!/usr/bin/env node
/**
 * Bundles the extraction worker (packages/load/dist/worker.js and everything it imports) into
 * one file, after `tsc -b`: `node scripts/bundle-worker.mjs`. Node's module loader reads, resolves
 * and links some 360 files for every worker it starts, while the run waits; from one file a
 * worker is ready sooner (worker-script.ts measures it). The bundle lists its inputs with their
 * sizes and times, and a worker starts from it only while every input is unchanged: after a
 * `tsc -b` without this step the pool falls back to dist/worker.js.
 */
import * as esbuild from "esbuild"
import * as fs from "node:fs"
import * as path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const dist = path.join(root, "packages/load/dist")
const entry = path.join(dist, "worker.js")
const outfile = path.join(dist, "worker.bundle.js")
const inputsFile = path.join(dist, "worker.bundle.inputs.json")

// Each module keeps its own import.meta.url, so files it reads beside itself (zones.csv, a
// package.json, jieba through createRequire) are found where they were before bundling.
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

const t0 = performance.now()
const result = await esbuild.build({
  entryPoints: [entry], outfile, bundle: true, platform: "node", format: "esm", target: "node20",
  // Native addons stay where they are installed.
  external: ["@node-rs/jieba", "@duckdb/node-api"],
  plugins: [ownUrl], metafile: true, logLevel: "warning", legalComments: "none",
  // CommonJS dependencies inside an ES module bundle need a require.
  banner: { js: "import { createRequire as __govstatRequire } from 'node:module'; const require = __govstatRequire(import.meta.url);" }
})
// Our own modules are checked file by file; an installed package by its package.json (a pnpm
// store path names the version, so another version is another path), which keeps the check
// at a couple of hundred stats.
const packageJson = (abs) => {
  const m = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(abs)
  return m ? path.join(m[1], "package.json") : abs
}
const checked = [...new Set(Object.keys(result.metafile.inputs).map((p) => packageJson(path.resolve(root, p))))]
const inputs = checked.map((abs) => {
  const st = fs.statSync(abs)
  return { path: path.relative(dist, abs), size: st.size, mtimeMs: st.mtimeMs }
})
const bundle = fs.statSync(outfile)
fs.writeFileSync(inputsFile, JSON.stringify({ bundle: { size: bundle.size, mtimeMs: bundle.mtimeMs }, inputs }) + "\n")
console.log(`worker bundle: ${Object.keys(result.metafile.inputs).length} modules (${inputs.length} files to check) → ${path.relative(root, outfile)} (${(bundle.size / 1e6).toFixed(1)} MB) in ${Math.round(performance.now() - t0)} ms`)
