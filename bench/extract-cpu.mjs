// Alternates extractText over seeds + the national corpus between two builds, measuring CPU time
// (process.cpuUsage) so that other processes on the machine weigh less: node bench/extract-cpu.mjs <before-repo> <after-repo>
import fs from "node:fs"
import path from "node:path"
import { pathToFileURL } from "node:url"
const repos = process.argv.slice(2)
const exs = await Promise.all(repos.map((r) => import(pathToFileURL(path.join(r, "packages/extract/dist/index.js")).href)))
const docs = []
for (const f of fs.readdirSync(path.join(repos[0], "seeds"))) docs.push(fs.readFileSync(path.join(repos[0], "seeds", f), "utf8"))
for (const l of fs.readFileSync("/work/shared/corpus/chinese-political-corpora/government_work_reports.jsonl", "utf8").split("\n")) if (l.trim()) docs.push(JSON.parse(l).content)
const chars = docs.reduce((s, d) => s + d.length, 0)
const run = (ex) => { const c = process.cpuUsage(); for (let i = 0; i < docs.length; i++) ex.extractText(docs[i], { docId: `d${i}`, path: `d${i}.txt` }); const d = process.cpuUsage(c); return (d.user + d.system) / 1000 }
for (const ex of exs) { run(ex); run(ex) }
const times = exs.map(() => [])
for (let k = 0; k < 8; k++) exs.forEach((ex, j) => times[j].push(run(ex)))
repos.forEach((r, j) => {
  const t = times[j].sort((a, b) => a - b)
  console.log(JSON.stringify({ repo: r, docs: docs.length, chars, cpuMinMs: Math.round(t[0]), cpuMedianMs: Math.round(t[4]), mCharsPerCpuS: +(chars / t[4] / 1000).toFixed(3) }))
})
