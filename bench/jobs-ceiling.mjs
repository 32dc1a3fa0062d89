// The ceiling of `--jobs 2`: the whole corpus with `--jobs 1`; its two halves as two separate
// `--jobs 1` processes side by side (two runs that share nothing, the best any division of the work
// between threads can do); the whole with `--jobs 2`. Wall seconds of each and the two ratios.
//   node bench/jobs-ceiling.mjs [MB=50] [rounds=3]
// Run it on a quiet machine: it measures wall time.
import { spawn } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { generateCorpus, ROOT } from "./corpus.mjs"

const mb = Number(process.argv[2] ?? 50)
const rounds = Number(process.argv[3] ?? 3)
const BIN = path.join(ROOT, "packages/load/dist/bin.js")
const work = fs.mkdtempSync(path.join(os.tmpdir(), "govstat-ceiling-"))
const whole = path.join(work, "whole")
generateCorpus(whole, mb)
// Copies, not links: the CLI skips symbolic links.
const files = fs.readdirSync(whole).sort()
const halves = [path.join(work, "half-a"), path.join(work, "half-b")]
halves.forEach((dir, h) => {
  fs.mkdirSync(dir)
  for (const f of files.slice(h * Math.ceil(files.length / 2), (h + 1) * Math.ceil(files.length / 2))) fs.copyFileSync(path.join(whole, f), path.join(dir, f))
})

const run = (input, jobs) => new Promise((resolve, reject) => {
  const out = fs.mkdtempSync(path.join(work, "out-"))
  const child = spawn(process.execPath, [BIN, "run", "--input", input, "--out", out, "--full", "--quiet", "--jobs", String(jobs), "--fail-on", "never", "--format", "csv,parquet"], { stdio: "ignore" })
  child.on("error", reject)
  child.on("exit", (code) => { fs.rmSync(out, { recursive: true, force: true }); code === 0 ? resolve() : reject(new Error(`run exited ${code}`)) })
})
const timed = async (f) => { const t = performance.now(); await f(); return (performance.now() - t) / 1000 }

const rows = []
for (let k = 0; k < rounds; k++) {
  const one = await timed(() => run(whole, 1))
  const apart = await timed(() => Promise.all(halves.map((h) => run(h, 1))))
  const two = await timed(() => run(whole, 2))
  const row = { mb, jobs1_s: +one.toFixed(2), two_halves_side_by_side_s: +apart.toFixed(2), jobs2_s: +two.toFixed(2),
    ideal_ratio: +(one / apart).toFixed(2), jobs2_ratio: +(one / two).toFixed(2), load: +os.loadavg()[0].toFixed(2) }
  rows.push(row)
  console.log(JSON.stringify(row))
}
fs.rmSync(work, { recursive: true, force: true })
