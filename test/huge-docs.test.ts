/**
 * Documents of any size and shape: a document of many MB is read chunk by chunk (extractChunks)
 * with the rows and ids of a whole read, and a run over one of tens of MB, prose and table
 * lines, completes in a child process whose heap is small.
 */
import { spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { type ChunkRows, extractChunks, extractDocument, normaliseText, paragraphs } from "@govstat/extract"
import { parse } from "csv-parse/sync"
import { describe, expect, it } from "vitest"
import { BIN, ROOT, SEEDS } from "./helpers.js"

const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `govstat-huge-${name}-`))
const seedTexts = () => fs.readdirSync(SEEDS).sort().map((f) => fs.readFileSync(path.join(SEEDS, f), "utf8"))

/** All rows of a chunked read, and how it ended. */
function readChunks(bytes: Uint8Array, chunkChars: number) {
  const g = extractChunks(bytes, { docId: "doc", path: "doc.txt", chunkChars })
  const rows: { [K in keyof ChunkRows]: Array<ChunkRows[K][number]> } = { indicators: [], projects: [], policies: [], warnings: [] }
  let chunks = 0
  let step = g.next()
  for (; !step.done; step = g.next()) {
    chunks++
    for (const k of Object.keys(rows) as Array<keyof ChunkRows>) (rows[k] as Array<unknown>).push(...step.value[k])
  }
  return { rows, chunks, end: step.value }
}

describe("extractChunks", () => {
  it("a document below the chunk size gives exactly extractDocument's rows", () => {
    const bytes = new TextEncoder().encode(seedTexts()[1]!)
    const whole = extractDocument(bytes, { docId: "doc", path: "doc.txt" })
    if (!whole.ok) throw new Error(whole.error.message)
    const chunked = readChunks(bytes, 2_000_000)
    expect(chunked.chunks).toBe(1)
    expect(chunked.end).toEqual({ ok: true, document: whole.result.document })
    expect(chunked.rows).toEqual({ indicators: whole.result.indicators, projects: whole.result.projects, policies: whole.result.policies, warnings: whole.result.warnings })
  })

  it("the five seeds as one document, read in 3 chunks, give the rows and ids of a whole read (spans in the whole source)", () => {
    const text = seedTexts().join("\n")
    const bytes = new TextEncoder().encode(text)
    const whole = extractDocument(bytes, { docId: "doc", path: "doc.txt" })
    if (!whole.ok) throw new Error(whole.error.message)
    const chunked = readChunks(bytes, 20_000)
    expect(chunked.chunks).toBeGreaterThanOrEqual(3)
    expect(chunked.end).toEqual({ ok: true, document: whole.result.document })
    // Indicators and policies in text order; projects (merged across chunks) by position too.
    expect(chunked.rows.indicators).toEqual(whole.result.indicators)
    expect(chunked.rows.policies).toEqual(whole.result.policies)
    expect(chunked.rows.projects.map((p) => p.id).sort()).toEqual(whole.result.projects.map((p) => p.id).sort())
    for (const i of chunked.rows.indicators.slice(-50)) expect(text.slice(i.char_start, i.char_end)).toMatch(/\d|[一二三四五六七八九十百千万亿]/)
  })

  it("the plan a heading opens (二、2024年工作安排) goes on in the chunks after it: targets for 2024, as in a whole read", () => {
    const review = "全年地区生产总值增长5.2%，规模以上工业增加值增长6.1%，城镇居民人均可支配收入增长4.8%。"
    const plan = "地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内，一般公共预算收入增长3%。"
    const text = ["璧山区2024年政府工作报告", "各位代表:", "一、2023年工作回顾", ...Array(200).fill(review), "二、2024年工作安排", ...Array(2000).fill(plan)].join("\n")
    const bytes = new TextEncoder().encode(text)
    const whole = extractDocument(bytes, { docId: "doc", path: "doc.txt" })
    if (!whole.ok) throw new Error(whole.error.message)
    const chunked = readChunks(bytes, 30_000)
    expect(chunked.chunks).toBeGreaterThanOrEqual(4)
    expect(chunked.rows.indicators).toEqual(whole.result.indicators)
    const last = chunked.rows.indicators.filter((i) => i.char_start > text.length - 30_000)
    expect(last.length).toBeGreaterThan(100)
    expect(new Set(last.map((i) => `${i.status} ${i.period}`))).toEqual(new Set(["target 2024"]))
  })

  it("an invalid UTF-8 byte in a later chunk fails the document with EncodingError", () => {
    const text = seedTexts().join("\n").repeat(12)
    const bytes = new TextEncoder().encode(text)
    const broken = new Uint8Array(bytes.length + 1)
    broken.set(bytes)
    broken.copyWithin(bytes.length - 99, bytes.length - 100)
    broken[bytes.length - 100] = 0xff
    const r = readChunks(broken, 200_000)
    expect(r.end.ok).toBe(false)
    expect(!r.end.ok && r.end.error._tag).toBe("EncodingError")
  })
})

describe("table lines", () => {
  it("CSV lines with no full stop are not joined into one paragraph (rejoinLines stops at 2,000 characters)", () => {
    const header = "id,doc_id,region,indicator,value,unit,quote,char_start,char_end,extractor"
    const row = (k: number) => `${(k * 7919).toString(16).padStart(16, "0")},w01,长沙县,地区生产总值,${k % 97}.5,%,全年地区生产总值同比增长${k % 97}.5%,${k},${k + 4},work_report@0.9.0`
    const text = [header, ...Array.from({ length: 2000 }, (_, k) => row(k))].join("\n")
    const { clean } = normaliseText(text)
    const ps = paragraphs(clean.text)
    expect(ps.length).toBeGreaterThan(50)
    expect(Math.max(...ps.map((p) => p.end - p.start))).toBeLessThanOrEqual(2_000)
  })
})

describe("a run over a document of many MB", () => {
  it("completes in a child process given a 256 MB heap: one document of prose and CSV lines, its rows written, the other document unharmed", () => {
    const input = tmp("in")
    const out = tmp("out")
    // About 10 MB: prose (the seeds, repeated) then table lines with no full stop.
    const prose = seedTexts().join("\n")
    const csvRow = (k: number) => `${k},长沙县,地区生产总值,${k % 97}.5,%,全年地区生产总值同比增长${k % 97}.5%,work_report`
    const fd = fs.openSync(path.join(input, "big.txt"), "w")
    let bytes = 0
    while (bytes < 8 * 2 ** 20) bytes += fs.writeSync(fd, prose + "\n")
    for (let k = 0; bytes < 10 * 2 ** 20; k += 100) bytes += fs.writeSync(fd, Array.from({ length: 100 }, (_, j) => csvRow(k + j)).join("\n") + "\n")
    fs.closeSync(fd)
    fs.copyFileSync(path.join(SEEDS, fs.readdirSync(SEEDS).sort()[0]!), path.join(input, "small.txt"))
    // node's heap limit bounds the CLI thread and the extraction workers (bin.ts, pool.ts).
    const r = spawnSync(process.execPath, ["--max-old-space-size=256", BIN, "run", "--input", input, "--out", out, "--jobs", "1", "--quiet", "--format", "csv"], {
      cwd: ROOT, encoding: "utf8", timeout: 300_000
    })
    expect(r.status, r.stderr).toBe(0)
    const manifest = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8"))
    expect(manifest.errors).toEqual([])
    expect(manifest.inputs.map((i: { doc_id: string; status: string }) => `${i.doc_id}:${i.status}`)).toEqual(["big:extracted", "small:extracted"])
    // Read whole, this document's text, offset maps and candidates outgrow a 256 MB heap (OutOfMemory,
    // then a retry on a 4 GB worker); read in chunks it fits, and the process stays small.
    expect(manifest.resources.peak_rss_mb).toBeLessThan(700)
    const docs = parse(fs.readFileSync(path.join(out, "documents.csv"), "utf8"), { columns: true }) as Array<Record<string, string>>
    expect(docs.find((d) => d.doc_id === "big")).toMatchObject({ bytes: String(bytes) })
    const indicators = parse(fs.readFileSync(path.join(out, "indicators.csv"), "utf8"), { columns: true }) as Array<Record<string, string>>
    const big = indicators.filter((i) => i.doc_id === "big")
    expect(big.length).toBeGreaterThan(50_000)
    expect(new Set(big.map((i) => i.id)).size).toBe(big.length)
    // The table lines at the end were read too: their rows carry spans near the end of the source.
    expect(Math.max(...big.map((i) => Number(i.char_start)))).toBeGreaterThan(Number(docs.find((d) => d.doc_id === "big")!.char_count) - 10_000)
    expect(indicators.some((i) => i.doc_id === "small")).toBe(true)
  })
})

describe("the coordinating thread and a large document", () => {
  it("holds none of its bytes: the worker reads, hashes and checks it, and peak memory stays under two copies of it", () => {
    const input = tmp("in")
    const out = tmp("out")
    // 256 MB that is not text: read, hashed, then refused (BinaryInputError) without extracting, so the run is quick.
    const MB = 256
    const zeros = Buffer.alloc(2 ** 20)
    const fd = fs.openSync(path.join(input, "big.txt"), "w")
    const hash = createHash("sha256")
    for (let k = 0; k < MB; k++) {
      fs.writeSync(fd, zeros)
      hash.update(zeros)
    }
    fs.closeSync(fd)
    fs.copyFileSync(path.join(SEEDS, fs.readdirSync(SEEDS).sort()[0]!), path.join(input, "small.txt"))
    // The CLI thread's heap (128 MB) is half the document.
    const r = spawnSync(process.execPath, ["--max-old-space-size=128", BIN, "run", "--input", input, "--out", out, "--jobs", "1", "--quiet", "--format", "csv", "--max-document-mb", "300", "--fail-on", "never"], {
      cwd: ROOT, encoding: "utf8", timeout: 300_000
    })
    expect(r.status, r.stderr).toBe(0)
    const manifest = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8"))
    const big = manifest.inputs.find((i: { doc_id: string }) => i.doc_id === "big")
    // It fails alone, with the hash and size the worker read (the manifest's per-entry facts as before).
    expect(big).toMatchObject({ status: "error", bytes: MB * 2 ** 20, sha256: hash.digest("hex"), error: { tag: "BinaryInputError" } })
    expect(manifest.inputs.find((i: { doc_id: string }) => i.doc_id === "small").status).toBe("extracted")
    // Read on the coordinator and copied to the worker it took two copies (737 MB measured); read whole by the worker, one
    // (469 MB); read by the worker as a stream, none (its first bytes say it is binary).
    expect(manifest.resources.peak_rss_mb).toBeLessThan(MB + 320)
  })

  it("a large document that vanishes or changes after listing fails alone, as a small one does", async () => {
    const { listInputs } = await import("../packages/load/dist/inputs.js")
    const { makePool } = await import("../packages/load/dist/pool.js")
    const { processDocument, WORKER_READS_BYTES } = await import("@govstat/load")
    const input = tmp("in")
    const line = "全年地区生产总值增长百分之五。\n"
    fs.writeFileSync(path.join(input, "gone.txt"), line.repeat(Math.ceil(WORKER_READS_BYTES / Buffer.byteLength(line)) + 1))
    fs.copyFileSync(path.join(input, "gone.txt"), path.join(input, "grows.txt"))
    const [gone, grows] = listInputs([input]).inputs
    fs.rmSync(gone!.file)
    fs.appendFileSync(grows!.file, line)
    const pool = makePool(1)
    try {
      const ctx = { pool, maxDocumentBytes: 64 * 2 ** 20, reuseFrom: null, cacheDir: null, encode: { csv: true, parquet: false } }
      expect((await processDocument(gone!, ctx)).result.error?.tag).toBe("FileVanished")
      expect((await processDocument(grows!, ctx)).result.error?.tag).toBe("FileChanged")
      const queued = await processDocument({ ...grows!, size: fs.statSync(grows!.file).size, mtimeMs: fs.statSync(grows!.file).mtimeMs }, { ...ctx, expectSha256: "0".repeat(64) })
      expect(queued.result.error?.tag).toBe("FileChanged")
      expect(queued.sha256).toMatch(/^[0-9a-f]{64}$/)
    } finally {
      await pool.close()
    }
  })
})

describe("warnings in manifest.json", () => {
  it("lists the first 1,000 of a document's warnings, counts them all and says the rest are counted, not listed", () => {
    const input = tmp("in")
    const out = tmp("out")
    fs.writeFileSync(path.join(input, "lines.txt"), Array.from({ length: 1500 }, (_, k) => `${k},长沙县,全年地区生产总值增长0.9.${1000 + k}%,work_report`).join("\n") + "\n")
    const r = spawnSync(process.execPath, [BIN, "run", "--input", input, "--out", out, "--jobs", "1", "--quiet", "--format", "csv", "--fail-on", "never"], { cwd: ROOT, encoding: "utf8", timeout: 120_000 })
    expect(r.status, r.stderr).toBe(0)
    const doc = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8")).inputs[0]
    expect(doc.warnings).toBe(1500)
    expect(doc.warning_details).toHaveLength(1000)
    expect(doc.warning_details[0].reason).toBe('malformed number "0.9.1000"')
    expect(doc.warning_details_note).toBe("the first 1000 of 1500 warnings are listed; the other 500 are counted, not listed")
  })
})
