/**
 * A document read in chunks streams: its worker reads the file as a stream and posts each
 * chunk's settled, encoded rows as it goes; the coordinating thread keeps them in a spill
 * file until the document's turn, and holds none of them itself. The files are the same
 * bytes as when the rows came in one answer.
 */
import { spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { type ChunkRows, type ChunksEnd, extractChunks } from "@govstat/extract"
import { describe, expect, it } from "vitest"
import { BIN, ROOT, SEEDS } from "./helpers.js"

const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `govstat-stream-${name}-`))
const seedText = () => fs.readdirSync(SEEDS).sort().map((f) => fs.readFileSync(path.join(SEEDS, f), "utf8")).join("\n")
const TABLE_FILES = ["documents.csv", "indicators.csv", "projects.csv", "policies.csv", "rejects.csv",
  "documents.parquet", "indicators.parquet", "projects.parquet", "policies.parquet", "rejects.parquet"]

/** A prose document of about `mb` MB (the seeds, repeated), written to `file`. */
function writeProse(file: string, mb: number): number {
  const prose = seedText() + "\n"
  const fd = fs.openSync(file, "w")
  let bytes = 0
  while (bytes < mb * 2 ** 20) bytes += fs.writeSync(fd, prose)
  fs.closeSync(fd)
  return bytes
}

describe("settleChunks, streaming", () => {
  it("passes each chunk's rows and rejects on as it ends, in the order and with the cap and warnings of a settle that holds them all", async () => {
    const { settleChunks, ROW_STREAMS } = await import("../packages/load/dist/settle-chunks.js")
    const bytes = new TextEncoder().encode(seedText())
    // Each chunk also yields a broken copy of its first indicator and policy: rejects in several chunks.
    function* withRejects(): Generator<ChunkRows, ChunksEnd, void> {
      const g = extractChunks(bytes, { docId: "doc", path: "doc.txt", chunkChars: 20_000 })
      let step = g.next()
      for (; !step.done; step = g.next()) {
        const c = step.value
        const broken = c.indicators.slice(0, 1).map((i) => ({ ...i, value: "many" }))
        const badPolicy = c.policies.slice(0, 1).map((p) => ({ ...p, title: null }))
        yield { ...c, indicators: [...c.indicators, ...broken], policies: [...c.policies, ...badPolicy] }
      }
      return step.value
    }
    const input = { docId: "doc", sourcePath: "doc.txt" }
    // A cap the later chunks reach.
    const cap = Math.floor(settleChunks(input, withRejects()).result.rows.indicators.length * 0.7)
    const held = settleChunks(input, withRejects(), cap)
    const parts: Array<[string, Array<unknown>]> = []
    const streamed = settleChunks(input, withRejects(), cap, { out: (s: string, rows: Array<unknown>) => parts.push([s, [...rows]]), listed: 5 })
    expect(held.whole).toBe(false)
    expect(held.streamed).toBeNull()
    // Streamed: the result holds no rows; the parts, stream by stream, are the rows settle held.
    expect(streamed.result.rows).toEqual({ documents: [], indicators: [], projects: [], policies: [] })
    expect(streamed.result.rejects).toEqual([])
    expect(parts.filter(([s]) => s === "indicators").length).toBeGreaterThan(1)
    const of = (s: string) => parts.filter(([p]) => p === s).flatMap(([, rows]) => rows)
    for (const t of ["documents", "indicators", "projects", "policies"] as const) expect(of(t)).toEqual(held.result.rows[t])
    expect(ROW_STREAMS.filter((s: string) => s.startsWith("rejects:")).flatMap(of)).toEqual(held.result.rejects)
    expect(parts.filter(([s]) => s === "rejects:indicators").length).toBeGreaterThan(1)
    expect(streamed.streamed).toEqual({
      counts: { documents: 1, indicators: cap, projects: held.result.rows.projects.length, policies: held.result.rows.policies.length },
      rejects: held.result.rejects.length
    })
    // The cap's warning as settle words it; the first `listed` warnings listed, all counted.
    expect(held.result.warnings.some((w: { reason: string }) => w.reason.startsWith("row cap: "))).toBe(true)
    expect(streamed.warnings).toBe(held.result.warnings.length)
    expect(streamed.result.warnings).toEqual(held.result.warnings.slice(0, 5))
  })

  it("a document read whole is settled as one result (not streamed), and may be cached", async () => {
    const { settleChunks } = await import("../packages/load/dist/settle-chunks.js")
    const bytes = new TextEncoder().encode(seedText())
    const parts: Array<unknown> = []
    const s = settleChunks({ docId: "doc", sourcePath: "doc.txt" }, extractChunks(bytes, { docId: "doc", path: "doc.txt" }), undefined, { out: (...p: Array<unknown>) => parts.push(p), listed: 1000 })
    expect(s.whole).toBe(true)
    expect(s.streamed).toBeNull()
    expect(parts).toEqual([])
    expect(s.result.rows.indicators.length).toBeGreaterThan(100)
  })
})

describe("the coordinating thread and a document read in chunks", () => {
  it("holds none of its rows until its turn (they wait in a spill file), and writes the bytes a one-message answer gives, for any --jobs", async () => {
    const { listInputs } = await import("../packages/load/dist/inputs.js")
    const { makePool } = await import("../packages/load/dist/pool.js")
    const { processDocument, writeVersion } = await import("@govstat/load")
    const input = tmp("in")
    writeProse(path.join(input, "big.txt"), 8)
    const [big] = listInputs([input]).inputs
    const write = async (outcome: unknown, pool: unknown) => {
      const staging = tmp("out")
      await writeVersion({
        runId: "r", startedAt: new Date(0), staging, before: staging, formats: ["csv", "parquet"], compression: "snappy", bom: false, full: true,
        skipped: [], removed: [], total: 1, pool: pool as never
      }, (async function* () { yield { input: big!, outcome: outcome as never } })())
      return staging
    }
    const outs: Array<string> = []
    for (const jobs of [1, 2]) {
      const pool = makePool(jobs)
      const spillDir = tmp("spill")
      try {
        const ctx = { pool, maxDocumentBytes: 64 * 2 ** 20, reuseFrom: null, cacheDir: null, encode: { csv: true, parquet: true } }
        const one = await processDocument(big!, ctx)
        const streamed = await processDocument(big!, { ...ctx, spillDir })
        // The one-message answer carries every row; the streamed one none: they are in its spill file.
        expect(one.encoded!.csv.indicators!.length).toBeGreaterThan(1_000_000)
        expect(one.spill).toBeUndefined()
        expect(Object.keys(streamed.encoded!.csv)).toEqual([])
        expect(Object.keys(streamed.encoded!.parquet)).toEqual([])
        expect(streamed.encoded!.counts).toEqual(one.encoded!.counts)
        expect(streamed.spill).toBeDefined()
        expect(fs.statSync(streamed.spill!.file).size).toBeGreaterThan(one.encoded!.csv.indicators!.length)
        expect(streamed.sha256).toBe(one.sha256)
        outs.push(await write(one, pool), await write(streamed, pool))
        // Written, the spill file is gone.
        expect(fs.readdirSync(spillDir)).toEqual([])
      } finally {
        await pool.close()
      }
    }
    for (const out of outs.slice(1)) for (const f of TABLE_FILES) expect(fs.readFileSync(path.join(out, f)).equals(fs.readFileSync(path.join(outs[0]!, f))), `${out} ${f}`).toBe(true)
  })

  it("a document that fails in a later chunk leaves no rows and no spill file: an error of its own", () => {
    const input = tmp("in")
    const out = tmp("out")
    const file = path.join(input, "broken.txt")
    writeProse(file, 4)
    fs.appendFileSync(file, Buffer.from([0xe5, 0xb9, 0x0a]))
    fs.copyFileSync(path.join(SEEDS, fs.readdirSync(SEEDS).sort()[0]!), path.join(input, "small.txt"))
    const r = spawnSync(process.execPath, [BIN, "run", "--input", input, "--out", out, "--jobs", "2", "--quiet", "--fail-on", "never"], { cwd: ROOT, encoding: "utf8", timeout: 300_000 })
    expect(r.status, r.stderr).toBe(0)
    const manifest = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8"))
    expect(manifest.errors.map((e: { doc_id: string; tag: string }) => `${e.doc_id}:${e.tag}`)).toEqual(["broken:EncodingError"])
    expect(fs.readFileSync(path.join(out, "indicators.csv"), "utf8")).not.toContain(",broken,")
    expect(fs.readFileSync(path.join(out, "indicators.csv"), "utf8")).toContain(",small,")
    // Nothing of the spill is published.
    expect(fs.readdirSync(fs.realpathSync(path.join(out, "current"))).filter((f) => f.includes("spill"))).toEqual([])
  })
})

describe("a large document read as a stream", () => {
  it("gives the chunks, rows and documents row of its bytes read whole, and its hash", async () => {
    const { openInput, hashInput, InputStream } = await import("../packages/load/dist/input-stream.js")
    const { listInputs } = await import("../packages/load/dist/inputs.js")
    const { sha256Hex } = await import("@govstat/extract")
    const input = tmp("in")
    writeProse(path.join(input, "big.txt"), 5)
    const [big] = listInputs([input]).inputs
    const bytes = fs.readFileSync(big!.file)
    const all = (g: Generator<ChunkRows, ChunksEnd, void>) => {
      const yields: Array<ChunkRows> = []
      let step = g.next()
      for (; !step.done; step = g.next()) yields.push(step.value)
      return { yields, end: step.value }
    }
    const f = openInput(big!)
    try {
      const sha256 = hashInput(f)
      expect(sha256).toBe(sha256Hex(bytes))
      const stream = new InputStream(f, sha256)
      const streamed = all(extractChunks(stream, { docId: "big", path: "big.txt", sha256, chunkChars: 300_000 }))
      stream.finish()
      const whole = all(extractChunks(bytes, { docId: "big", path: "big.txt", chunkChars: 300_000 }))
      expect(streamed.yields.length).toBeGreaterThan(5)
      expect(streamed).toEqual(whole)
    } finally {
      fs.closeSync(f.fd)
    }
  })

  it("refuses bytes that differ from the ones it hashed (rewritten in place between its two reads, size and time kept): FileChanged", async () => {
    const { openInput, hashInput, InputStream } = await import("../packages/load/dist/input-stream.js")
    const { listInputs } = await import("../packages/load/dist/inputs.js")
    const input = tmp("in")
    const file = path.join(input, "big.txt")
    writeProse(file, 2)
    const [big] = listInputs([input]).inputs
    const f = openInput(big!)
    try {
      const sha256 = hashInput(f)
      const st = fs.statSync(file)
      const fd = fs.openSync(file, "r+")
      fs.writeSync(fd, Buffer.from("9"), 0, 1, 1_500_000)
      fs.closeSync(fd)
      fs.utimesSync(file, st.atime, st.mtime)
      // The time as it reads now (utimes may round it): what is left to tell the change is the hash.
      const stream = new InputStream({ ...f, mtimeMs: fs.fstatSync(f.fd).mtimeMs }, sha256)
      const g = extractChunks(stream, { docId: "big", path: "big.txt", sha256 })
      for (let step = g.next(); !step.done; step = g.next());
      expect(() => stream.finish()).toThrow(/changed while being read/)
    } finally {
      fs.closeSync(f.fd)
    }
  })

  it("is never held whole by its worker: a 384 MB text that fails in its third chunk peaks below its size, and its hash is recorded", () => {
    const input = tmp("in")
    const out = tmp("out")
    const file = path.join(input, "big.txt")
    const MB = 384
    // Lines of text, a stray byte after the first 3 MB, then more lines to 384 MB.
    const line = Buffer.from("全年地区生产总值增长百分之五，城镇新增就业一百万人。\n")
    const block = Buffer.concat(Array(Math.floor(2 ** 20 / line.length)).fill(line))
    const fd = fs.openSync(file, "w")
    for (let k = 0; k < MB; k++) {
      fs.writeSync(fd, block)
      if (k === 2) fs.writeSync(fd, Buffer.from([0xff, 0x0a]))
    }
    fs.closeSync(fd)
    const r = spawnSync(process.execPath, ["--max-old-space-size=128", BIN, "run", "--input", input, "--out", out, "--jobs", "1", "--quiet", "--format", "csv", "--max-document-mb", "400", "--fail-on", "never"], {
      cwd: ROOT, encoding: "utf8", timeout: 300_000
    })
    // 384 MB is not left in the temporary folder.
    fs.rmSync(input, { recursive: true, force: true })
    expect(r.status, r.stderr).toBe(0)
    const manifest = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8"))
    const big = manifest.inputs[0]
    expect(big).toMatchObject({ status: "error", bytes: MB * Math.floor(2 ** 20 / line.length) * line.length + 2, error: { tag: "EncodingError" } })
    expect(big.sha256).toMatch(/^[0-9a-f]{64}$/)
    // Read whole by its worker it took a copy of its bytes (384 MB) besides what extracting takes; read as a stream, a window of a few MB (289 MB measured).
    expect(manifest.resources.peak_rss_mb).toBeLessThan(MB)
  })

  it("records a null sha256, not an empty one, for a document it could not read (too large, vanished)", async () => {
    const { listInputs } = await import("../packages/load/dist/inputs.js")
    const { makePool } = await import("../packages/load/dist/pool.js")
    const { processDocument, WORKER_READS_BYTES } = await import("@govstat/load")
    const input = tmp("in")
    fs.writeFileSync(path.join(input, "gone.txt"), "全年地区生产总值增长百分之五。\n".repeat(Math.ceil(WORKER_READS_BYTES / 40) + 1))
    const [gone] = listInputs([input]).inputs
    fs.rmSync(gone!.file)
    const pool = makePool(1)
    try {
      const ctx = { pool, maxDocumentBytes: 64 * 2 ** 20, reuseFrom: null, cacheDir: null, encode: { csv: true, parquet: false } }
      const vanished = await processDocument(gone!, ctx)
      expect(vanished.result.error?.tag).toBe("FileVanished")
      expect(vanished.sha256).toBeNull()
      const large = await processDocument(gone!, { ...ctx, maxDocumentBytes: 1000 })
      expect(large.result.error?.tag).toBe("DocumentTooLarge")
      expect(large.sha256).toBeNull()
    } finally {
      await pool.close()
    }
  })

  it("read whole (1–3 MB of Chinese text: more than 1 MB, fewer than 1M characters), it is cached and reused by the next run, with the same files", () => {
    const input = tmp("in")
    const out = tmp("out")
    writeProse(path.join(input, "mid.txt"), 1.5)
    const run = () => {
      const r = spawnSync(process.execPath, [BIN, "run", "--input", input, "--out", out, "--jobs", "1", "--quiet"], { cwd: ROOT, encoding: "utf8", timeout: 300_000 })
      expect(r.status, r.stderr).toBe(0)
      return {
        status: JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8")).inputs[0].status,
        files: TABLE_FILES.map((f) => fs.readFileSync(path.join(out, f)))
      }
    }
    const first = run()
    const second = run()
    expect([first.status, second.status]).toEqual(["extracted", "cached"])
    second.files.forEach((b, k) => expect(b.equals(first.files[k]!), TABLE_FILES[k]).toBe(true))
  })
})
