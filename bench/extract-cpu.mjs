// Alternates the extractor over one text set between two builds, measuring CPU time
// (process.cpuUsage) so that other processes on the machine weigh less:
//   node bench/extract-cpu.mjs <before-repo> <after-repo> [--generated MB]
// Without --generated: the seeds and the 72 national reports (real text, extractText).
// With --generated MB: the first MB of the bench's generated corpus (bytes, extractDocument,
// as the bench's extract stage reads it), generated once under the system temp folder.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { pathToFileURL } from "node:url"
const args = process.argv.slice(2)
const g = args.indexOf("--generated")
const generatedMb = g === -1 ? 0 : Number(args[g + 1] ?? 10)
const repos = g === -1 ? args : args.filter((_, i) => i !== g && i !== g + 1)
const exs = await Promise.all(repos.map((r) => import(pathToFileURL(path.join(r, "packages/extract/dist/index.js")).href)))
const docs = []
if (generatedMb > 0) {
  const dir = path.join(os.tmpdir(), `govstat-cpu-corpus-${generatedMb}`)
  if (!fs.existsSync(dir)) {
    const { generateCorpus } = await import(pathToFileURL(path.join(repos[0], "bench/corpus.mjs")).href)
    generateCorpus(dir, generatedMb)
  }
  let total = 0
  for (const f of fs.readdirSync(dir).sort()) {
    if (total >= generatedMb * 1024 * 1024) break
    const bytes = fs.readFileSync(path.join(dir, f))
    docs.push(bytes)
    total += bytes.length
  }
} else {
  for (const f of fs.readdirSync(path.join(repos[0], "seeds"))) docs.push(fs.readFileSync(path.join(repos[0], "seeds", f), "utf8"))
  for (const l of fs.readFileSync("/work/shared/corpus/chinese-political-corpora/government_work_reports.jsonl", "utf8").split("\n")) if (l.trim()) docs.push(JSON.parse(l).content)
}
const chars = docs.reduce((s, d) => s + d.length, 0)
const extract = (ex, d, i) => typeof d === "string" ? ex.extractText(d, { docId: `d${i}`, path: `d${i}.txt` }) : ex.extractDocument(d, { docId: `d${i}`, path: `d${i}.txt` })
const run = (ex) => { const c = process.cpuUsage(); for (let i = 0; i < docs.length; i++) extract(ex, docs[i], i); const d = process.cpuUsage(c); return (d.user + d.system) / 1000 }
for (const ex of exs) { run(ex); run(ex) }
const times = exs.map(() => [])
for (let k = 0; k < 8; k++) exs.forEach((ex, j) => times[j].push(run(ex)))
repos.forEach((r, j) => {
  const t = times[j].sort((a, b) => a - b)
  console.log(JSON.stringify({ repo: r, docs: docs.length, [generatedMb > 0 ? "bytes" : "chars"]: chars, cpuMinMs: Math.round(t[0]), cpuMedianMs: Math.round(t[4]), [generatedMb > 0 ? "mbPerCpuS" : "mCharsPerCpuS"]: +(chars / t[4] / 1000).toFixed(3) }))
})
