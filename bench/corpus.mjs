/**
 * Bench inputs: the seeds, the national reports of ../shared/corpus when present, and a
 * generated corpus of a chosen size made by sampling paragraphs of both into documents.
 * Generation is seeded, so a size always gives the same files.
 */
import * as fs from "node:fs"
import * as path from "node:path"

export const ROOT = path.resolve(import.meta.dirname, "..")
export const SEEDS = path.join(ROOT, "seeds")
export const CORPUS = path.resolve(ROOT, "../shared/corpus/chinese-political-corpora/government_work_reports.jsonl")

/** mulberry32: a small seeded generator, enough for sampling. */
function random(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const seedFiles = () => fs.readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort().map((f) => path.join(SEEDS, f))

/** The corpus reports as { name, text }, or [] when the shared corpus is not there. */
export function corpusReports() {
  if (!fs.existsSync(CORPUS)) return []
  return fs.readFileSync(CORPUS, "utf8").trim().split("\n").map((l, i) => {
    const r = JSON.parse(l)
    return { name: `corpus_${String(i).padStart(3, "0")}_${r.year ?? "resolution"}.txt`, text: r.content }
  })
}

/** Writes the corpus reports as files into `dir` (for whole-run measurements). */
export function writeCorpus(dir) {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  for (const r of corpusReports()) fs.writeFileSync(path.join(dir, r.name), r.text)
  return dir
}

/**
 * Writes about `mb` MB of documents of 20–120 KB into `dir`, each a work report opening
 * followed by paragraphs drawn at random from the seeds and the corpus.
 */
export function generateCorpus(dir, mb, seed = 42) {
  const paragraphs = [...seedFiles().map((f) => fs.readFileSync(f, "utf8")), ...corpusReports().map((r) => r.text)]
    .flatMap((t) => t.split(/\n+/)).filter((p) => p.trim().length > 20)
  const next = random(seed)
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  const target = mb * 1024 * 1024
  let written = 0, n = 0
  while (written < target) {
    const size = Math.min(target - written, 20_000 + Math.floor(next() * 100_000))
    const parts = ["各位代表:", "一、2023年工作回顾"]
    let bytes = 0
    while (bytes < size) {
      const p = paragraphs[Math.floor(next() * paragraphs.length)]
      parts.push(p)
      bytes += Buffer.byteLength(p) + 1
      if (next() < 0.02) parts.push(next() < 0.5 ? "二、2024年工作安排" : "(一)着力推动高质量发展")
    }
    const body = parts.join("\n") + "\n"
    fs.writeFileSync(path.join(dir, `gen_${String(n++).padStart(5, "0")}.txt`), body)
    written += Buffer.byteLength(body)
  }
  return { dir, files: n, bytes: written }
}
