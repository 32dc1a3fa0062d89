#!/usr/bin/env node
/**
 * Where the extractor spends its time, by rule family (the folder of packages/extract that
 * holds the function), on the files of a folder: `node bench/profile-extract.mjs DIR [MB]`.
 * Runs the extractor on one thread under the V8 sampling profiler and prints JSON shares of
 * the busy time (garbage collection and libraries apart).
 */
import { extractDocument } from "@govstat/extract"
import * as fs from "node:fs"
import * as inspector from "node:inspector"
import * as path from "node:path"

const dir = process.argv[2]
const limit = Number(process.argv[3] ?? 10) * 1024 * 1024
const files = []
let total = 0
for (const f of fs.readdirSync(dir).sort()) {
  if (total >= limit) break
  const bytes = fs.readFileSync(path.join(dir, f))
  files.push({ name: f, bytes })
  total += bytes.length
}
for (const f of files.slice(0, 5)) extractDocument(f.bytes, { docId: "warm", path: f.name })

const session = new inspector.Session()
session.connect()
const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r))))
await post("Profiler.enable")
await post("Profiler.setSamplingInterval", { interval: 200 })
await post("Profiler.start")
const t0 = performance.now()
for (const f of files) extractDocument(f.bytes, { docId: f.name, path: f.name })
const seconds = (performance.now() - t0) / 1000
const { profile } = await post("Profiler.stop")

const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const self = new Map()
for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + profile.timeDeltas[i])
const families = new Map()
let busy = 0
for (const [id, t] of self) {
  const { url, functionName } = byId.get(id).callFrame
  if (functionName === "(idle)" || functionName === "(program)") continue
  busy += t
  const m = url.match(/packages\/extract\/dist\/([^/]+)(\/|\.js)/)
  const family = m ? m[1].replace(/\.js$/, "") : functionName === "(garbage collector)" ? "(garbage collector)"
    : /node_modules/.test(url) ? `lib:${url.match(/node_modules\/(?:\.pnpm\/)?(@[^/]+\/[^/@]+|[^/@]+)/)?.[1] ?? "?"}` : url.startsWith("node:") ? "node" : url ? "other" : `native:${functionName}`
  families.set(family, (families.get(family) ?? 0) + t)
}
const shares = Object.fromEntries([...families].sort((a, b) => b[1] - a[1]).filter(([, t]) => t / busy >= 0.005).map(([k, t]) => [k, +(t / busy).toFixed(3)]))
console.log(JSON.stringify({ mb: +(total / 1024 / 1024).toFixed(1), docs: files.length, seconds: +seconds.toFixed(2), mb_per_s: +(total / 1024 / 1024 / seconds).toFixed(2), shares }))
