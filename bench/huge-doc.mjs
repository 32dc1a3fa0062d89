#!/usr/bin/env node
/**
 * One huge document through `govstat run`, in its own process: peak RSS and CPU time from
 * its manifest, as JSON. `node bench/huge-doc.mjs prose [MB]` makes one document of the
 * generated corpus (default 200 MB); `node bench/huge-doc.mjs lines [MB]` one of CSV-like
 * table lines (default 16 MB). The README's Memory notes quote these figures.
 */
import { spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { generateCorpus, ROOT } from "./corpus.mjs"

const kind = process.argv[2] ?? "prose"
const mb = Number(process.argv[3] ?? (kind === "lines" ? 16 : 200))
const work = fs.mkdtempSync(path.join(os.tmpdir(), "govstat-huge-"))
const input = path.join(work, "in")
fs.mkdirSync(input)
const file = path.join(input, `${kind}.txt`)
const want = mb * 2 ** 20

if (kind === "prose") {
  // The generated corpus's documents one after another, cut back to the last line break within `mb`.
  const corpus = path.join(work, "corpus")
  generateCorpus(corpus, mb + 5)
  const fd = fs.openSync(file, "w")
  let bytes = 0
  for (const f of fs.readdirSync(corpus).sort()) {
    const b = fs.readFileSync(path.join(corpus, f))
    const room = want - bytes
    if (room <= 0) break
    const part = b.length <= room ? b : b.subarray(0, b.lastIndexOf(0x0a, room) + 1)
    bytes += fs.writeSync(fd, part)
  }
  fs.closeSync(fd)
  fs.rmSync(corpus, { recursive: true })
} else {
  const row = (k) => `${k},长沙县,地区生产总值,${k % 97}.5,%,全年地区生产总值同比增长${k % 97}.5%,规模以上工业增加值${k % 31}亿元,work_report`
  const fd = fs.openSync(file, "w")
  let bytes = fs.writeSync(fd, "id,region,indicator,value,unit,quote,extra,extractor\n")
  for (let k = 0; bytes < want; k += 100) bytes += fs.writeSync(fd, Array.from({ length: 100 }, (_, j) => row(k + j)).join("\n") + "\n")
  fs.closeSync(fd)
}

const out = path.join(work, "out")
const r = spawnSync(process.execPath, [
  path.join(ROOT, "packages/load/dist/bin.js"), "run", "--input", input, "--out", out, "--jobs", "2", "--quiet", "--full",
  "--max-document-mb", String(Math.ceil(mb * 1.5)), "--fail-on", "never"
], { encoding: "utf8" })
if (r.status !== 0) throw new Error(r.stderr)
const m = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8"))
console.log(JSON.stringify({
  kind, bytes: fs.statSync(file).size, peak_rss_mb: m.resources.peak_rss_mb, cpu_user_s: m.resources.cpu_user_s, cpu_system_s: m.resources.cpu_system_s,
  counts: m.counts, errors: m.errors.map((e) => e.tag)
}))
fs.rmSync(work, { recursive: true, force: true })
