#!/usr/bin/env node
/**
 * pnpm bench: govstat's cost, stage by stage and as a whole, side by side with the floor
 * (read + NFKC), a peer (Microsoft Recognizers-Text) and DuckDB's Parquet writer, on the
 * seeds, the national reports of ../shared/corpus and generated corpora of 50–200 MB.
 * Ratios are measured in the same process run, so machine noise largely cancels.
 *
 *   pnpm bench [--mb 50] [--scaling 50,100,200] [--stage-mb 20] [--repeat 2] [--quick] [--only queue] [--queue-mb 10]
 *
 * Prints one table and writes it to bench/results.json. Nothing here is a test: there are
 * no thresholds that fail, only figures and the goals they are read against.
 */
import { DuckDBInstance } from "@duckdb/node-api"
import { decodeBytes, extractDocument, normaliseText } from "@govstat/extract"
import { codebookFiles, DUCKDB_FILE, openCsv, openParquet, settle, writeDuckdb } from "@govstat/load"
import { RejectTable, TableNames, Tables } from "@govstat/schema"
import { spawn, spawnSync } from "node:child_process"
import * as fs from "node:fs"
import { createRequire } from "node:module"
import * as os from "node:os"
import * as path from "node:path"
import { parseArgs } from "node:util"
import { corpusReports, generateCorpus, ROOT, seedFiles, writeCorpus } from "./corpus.mjs"
import { queueBench } from "./queue.mjs"

const { values } = parseArgs({
  options: {
    mb: { type: "string", default: "50" },
    scaling: { type: "string", default: "50,100,200,400" },
    "stage-mb": { type: "string", default: "20" },
    quick: { type: "boolean", default: false },
    // Only one part: "queue" (BullMQ workers against govstat run; needs redis-server).
    only: { type: "string" },
    "queue-mb": { type: "string", default: "10" },
    // Runs of each whole-run measurement; the fastest is reported (see wholeRun).
    repeat: { type: "string", default: "2" }
  }
})
const quick = values.quick
const MB = 1024 * 1024
const BIN = path.join(ROOT, "packages/load/dist/bin.js")
const WORK = fs.mkdtempSync(path.join(os.tmpdir(), "govstat-bench-"))
const rows = []
const mbOf = (bytes) => bytes / MB
const now = () => performance.now()
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024)

function record(name, { seconds, bytes, docs, records, rssMb, note }) {
  const r = {
    name,
    seconds: +seconds.toFixed(3),
    mb: +mbOf(bytes).toFixed(1),
    mb_per_s: +(mbOf(bytes) / seconds).toFixed(2),
    docs_per_s: docs == null ? null : +(docs / seconds).toFixed(1),
    records_per_s: records == null ? null : Math.round(records / seconds),
    peak_rss_mb: rssMb ?? null,
    note: note ?? ""
  }
  rows.push(r)
  console.error(`  ${name}: ${r.seconds}s, ${r.mb_per_s} MB/s${r.peak_rss_mb ? `, peak RSS ${r.peak_rss_mb} MB` : ""}`)
  return r
}

const filesIn = (dir) => fs.readdirSync(dir).sort().map((f) => path.join(dir, f))
const bytesOf = (files) => files.reduce((s, f) => s + fs.statSync(f).size, 0)

/**
 * The whole CLI as users run it: a child process, timed; its peak RSS and the busy shares of
 * its coordinating thread and workers from the manifest. CSV and Parquet, as in earlier runs
 * (the DuckDB file is measured on its own below). `keep` leaves the output folder in place.
 */
function cliRun(input, jobs, { keep = false, format = "csv,parquet" } = {}) {
  const out = path.join(WORK, `out-${path.basename(input)}-${jobs}`)
  const t0 = now()
  const r = spawnSync(process.execPath, [BIN, "run", "--input", input, "--out", out, "--full", "--jobs", String(jobs), "--format", format, "--quiet", "--fail-on", "never"], { encoding: "utf8" })
  const seconds = (now() - t0) / 1000
  if (r.status !== 0) throw new Error(`govstat run failed (${r.status}): ${r.stderr}`)
  const manifest = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8"))
  if (!keep) fs.rmSync(out, { recursive: true, force: true })
  const records = manifest.counts.indicators + manifest.counts.projects + manifest.counts.policies
  const res = manifest.resources
  const { coordinator_busy_share: coordinator, workers_busy_share: workers } = res
  // CPU seconds: the whole process, the coordinating thread, each worker (idle share of its life);
  // the rest is V8's own threads (optimising compiler, concurrent GC).
  const cpu = {
    process: +(res.cpu_user_s + res.cpu_system_s).toFixed(1), coordinator: res.coordinator_cpu_s ?? null,
    workers: (res.workers ?? []).map((w) => ({ cpu_s: w.cpu_s, idle: +(w.idle_s / (w.busy_s + w.idle_s)).toFixed(3), gc_s: w.gc_s, startup_s: w.startup_s }))
  }
  const note = coordinator === undefined ? "" : `busy: coordinator ${(coordinator * 100).toFixed(0)}%, workers ${(workers * 100).toFixed(0)}%` +
    (cpu.workers.length ? `; CPU s: process ${cpu.process}, coordinator ${cpu.coordinator}, workers ${cpu.workers.map((w) => `${w.cpu_s} (idle ${(w.idle * 100).toFixed(0)}%)`).join(" + ")}` : "")
  return { seconds, docs: manifest.inputs.length, records, rssMb: manifest.resources.peak_rss_mb, note, coordinator, workers, cpu, out }
}

/**
 * A whole run measured `--repeat` times (once with --quick): the fastest time, since on a
 * shared VM a run is only ever slowed by others, never sped up; the highest peak RSS, so that
 * memory is not understated. The note lists every run's seconds.
 */
const REPEAT = quick ? 1 : Math.max(1, Number(values.repeat))
function wholeRun(input, jobs, options = {}) {
  const runs = []
  for (let k = 0; k < REPEAT; k++) runs.push(cliRun(input, jobs, { ...options, keep: options.keep === true && k === REPEAT - 1 }))
  const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a))
  const rssMb = Math.max(...runs.map((r) => r.rssMb ?? 0)) || null
  const kept = runs[runs.length - 1]
  const note = REPEAT > 1 ? `${best.note}; fastest of ${REPEAT} runs (${runs.map((r) => r.seconds.toFixed(2)).join(", ")} s), peak RSS the highest` : best.note
  return { ...best, rssMb, note, out: kept.out }
}

/**
 * The ceiling of `--jobs 2`: the corpus split in two halves (copies: the CLI skips links), each
 * run by its own `--jobs 1` process, both at once. Two runs that share nothing are the best any
 * division of the work between two workers of one run can do. Fastest of `--repeat`.
 */
async function sideBySide(dir) {
  const files = fs.readdirSync(dir).sort()
  const halves = [0, 1].map((h) => {
    const half = path.join(WORK, `${path.basename(dir)}-half-${h}`)
    fs.rmSync(half, { recursive: true, force: true })
    fs.mkdirSync(half)
    for (const f of files.slice(h * Math.ceil(files.length / 2), (h + 1) * Math.ceil(files.length / 2))) fs.copyFileSync(path.join(dir, f), path.join(half, f))
    return half
  })
  const once = (half) => new Promise((resolve, reject) => {
    const out = path.join(WORK, `out-${path.basename(half)}`)
    const child = spawn(process.execPath, [BIN, "run", "--input", half, "--out", out, "--full", "--jobs", "1", "--format", "csv,parquet", "--quiet", "--fail-on", "never"], { stdio: "ignore" })
    child.on("error", reject)
    child.on("exit", (code) => { fs.rmSync(out, { recursive: true, force: true }); code === 0 ? resolve() : reject(new Error(`govstat run on ${half} failed (${code})`)) })
  })
  const times = []
  for (let k = 0; k < REPEAT; k++) {
    const t0 = now()
    await Promise.all(halves.map(once))
    times.push((now() - t0) / 1000)
  }
  for (const half of halves) fs.rmSync(half, { recursive: true, force: true })
  return { seconds: Math.min(...times), note: `two --jobs 1 processes on halves of ${files.length} files, side by side; fastest of ${REPEAT} (${times.map((t) => t.toFixed(2)).join(", ")} s)` }
}

/** The floor: read each file and NFKC-normalise it, the least a text pipeline must do. */
function floor(files) {
  const t0 = now()
  let chars = 0
  for (const f of files) chars += new TextDecoder().decode(fs.readFileSync(f)).normalize("NFKC").length
  return { seconds: (now() - t0) / 1000, chars }
}

/** The queue part: its rows in the table, its figures under `queue` in results.json. */
async function runQueue() {
  const q = await queueBench({ work: WORK, bin: BIN, mb: quick ? 2 : Number(values["queue-mb"]) })
  if (!q) return null
  for (const r of q.rows) record(r.name, r)
  return q.summary
}

if (values.only === "queue") {
  const queue = await runQueue()
  console.log(JSON.stringify(queue, null, 2))
  const file = path.join(ROOT, "bench/results.json")
  if (queue && !quick && fs.existsSync(file)) {
    const previous = JSON.parse(fs.readFileSync(file, "utf8"))
    fs.writeFileSync(file, JSON.stringify({ ...previous, queue: { when: new Date().toISOString(), ...queue } }, null, 2) + "\n")
  }
  fs.rmSync(WORK, { recursive: true, force: true })
  process.exit(0)
} else if (values.only !== undefined) throw new Error(`--only takes "queue"`)

// --- (a) stages, in this process, on a generated corpus --------------------------------
console.error(`govstat bench on ${os.cpus().length} cores, Node ${process.version}; work folder ${WORK}`)
const stageMb = quick ? 5 : Number(values["stage-mb"])
const stageDir = generateCorpus(path.join(WORK, `stage-${stageMb}`), stageMb).dir
const stageFiles = filesIn(stageDir)
const stageBytes = bytesOf(stageFiles)
const buffers = stageFiles.map((f) => ({ name: path.basename(f), bytes: fs.readFileSync(f) }))
console.error(`stages (one thread) on ${stageFiles.length} generated documents, ${mbOf(stageBytes).toFixed(1)} MB`)

let t0 = now()
for (const b of buffers) {
  const d = decodeBytes(b.bytes, b.name)
  normaliseText(d.text)
}
const normaliseSeconds = (now() - t0) / 1000
record("decode+normalise", { seconds: normaliseSeconds, bytes: stageBytes, docs: buffers.length, rssMb: peakRssMb() })

// Normalisation alone on the seeds repeated to 50 MB (each copy a document): it must be linear.
{
  const seedBytes = seedFiles().map((f) => ({ name: path.basename(f), bytes: fs.readFileSync(f) }))
  for (const mb of quick ? [5] : [25, 50]) {
    const copies = []
    let total = 0
    for (let k = 0; total < mb * MB; k++) {
      const s = seedBytes[k % seedBytes.length]
      copies.push(s)
      total += s.bytes.length
    }
    const t = now()
    for (const c of copies) normaliseText(decodeBytes(c.bytes, c.name).text)
    record(`decode+normalise, seeds repeated to ${mb} MB`, { seconds: (now() - t) / 1000, bytes: total, docs: copies.length, rssMb: peakRssMb() })
  }
}

t0 = now()
const extracted = buffers.map((b) => extractDocument(b.bytes, { docId: b.name.replace(/\.txt$/, ""), path: b.name }))
const extractSeconds = (now() - t0) / 1000 - normaliseSeconds
const candidates = extracted.reduce((s, e) => s + e.result.indicators.length + e.result.projects.length + e.result.policies.length, 0)
record("extract", { seconds: extractSeconds, bytes: stageBytes, docs: buffers.length, records: candidates, rssMb: peakRssMb(), note: "after decode+normalise" })

t0 = now()
const settled = extracted.map((e, k) => settle({ docId: e.result.document.doc_id, sourcePath: buffers[k].name }, e.result))
const validateSeconds = (now() - t0) / 1000
record("validate", { seconds: validateSeconds, bytes: stageBytes, docs: buffers.length, records: candidates, rssMb: peakRssMb() })
extracted.length = 0

const tables = [...TableNames.map((n) => Tables[n]), RejectTable]
const rowsOf = (name) => name === "rejects" ? settled.flatMap((s) => s.rejects) : settled.flatMap((s) => s.rows[name])
const written = tables.reduce((s, t) => s + rowsOf(t.name).length, 0)
for (const [stage, open, ext] of [["write CSV", (f, t) => openCsv(f, t), "csv"], ["write Parquet", (f, t) => openParquet(f, t), "parquet"]]) {
  t0 = now()
  for (const t of tables) {
    const w = open(path.join(WORK, `stage.${t.name}.${ext}`), t)
    // Per document, as the pipeline writes them.
    for (const s of settled) w.write(t.name === "rejects" ? s.rejects : s.rows[t.name])
    w.close()
  }
  record(stage, { seconds: (now() - t0) / 1000, bytes: stageBytes, docs: buffers.length, records: written, rssMb: peakRssMb() })
}

// --- the extractor by rule family: shares of its busy time under the sampling profiler ---
const extractProfile = JSON.parse(spawnSync(process.execPath, [path.join(ROOT, "bench/profile-extract.mjs"), stageDir, String(quick ? 2 : 10)], { encoding: "utf8" }).stdout)
console.error(`  extractor by rule family: ${JSON.stringify(extractProfile.shares)}`)

// --- writer ratio: our Parquet writer against DuckDB's COPY of the same indicator rows ---
// Both write the same rows with snappy, in this process, timed in CPU seconds (process.cpuUsage
// counts DuckDB's threads and V8's compiler and GC threads alike, and shares of the two cores
// taken by other processes not at all): the median of 5 writes after an untimed one. Ours
// starts from JS row objects, as the pipeline has them, so it includes turning rows into
// columns; DuckDB copies from its own in-memory table, columnar already. Our first write of
// the rows (the stage section above wrote them once, document by document) is reported apart.
const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6 }
async function medianCpu(f) {
  await f()
  const xs = []
  for (let k = 0; k < 5; k++) { const c = cpuNow(); await f(); xs.push(cpuNow() - c) }
  return xs.sort((a, b) => a - b)[2]
}
async function writerRatio(name, toWrite) {
  const ours = path.join(WORK, `${name}.ours.parquet`)
  const write = () => { const w = openParquet(ours, Tables.indicators); w.write(toWrite); w.close() }
  const c0 = cpuNow(), w0 = now()
  write()
  const first = { cpu_s: +(cpuNow() - c0).toFixed(4), wall_s: +((now() - w0) / 1000).toFixed(4) }
  const oursCpu = await medianCpu(write)
  const db = await (await DuckDBInstance.create(":memory:")).connect()
  await db.run(`CREATE TABLE t AS SELECT * FROM read_parquet('${ours}')`)
  const copy = () => db.run(`COPY (SELECT * FROM t) TO '${path.join(WORK, `${name}.duck.parquet`)}' (FORMAT parquet, COMPRESSION snappy)`)
  const threads = (await (await db.runAndReadAll("SELECT current_setting('threads')")).getRows())[0][0]
  await copy()
  const w1 = now()
  await copy()
  const duckWall = (now() - w1) / 1000
  await db.run("SET threads = 1")
  const duckCpu = await medianCpu(copy)
  const r = {
    rows: toWrite.length, ours_cpu_s: +oursCpu.toFixed(4), duckdb_one_thread_cpu_s: +duckCpu.toFixed(4), ratio: +(oursCpu / duckCpu).toFixed(2),
    ours_first_write: first, duckdb_threads: Number(threads), duckdb_wall_s: +duckWall.toFixed(4),
    bytes: { ours: fs.statSync(ours).size, duckdb: fs.statSync(path.join(WORK, `${name}.duck.parquet`)).size }
  }
  console.error(`  Parquet of ${r.rows} indicator rows (${name}), CPU: govstat ${r.ours_cpu_s}s (first write ${first.cpu_s}s), DuckDB COPY on 1 thread ${r.duckdb_one_thread_cpu_s}s: ${r.ratio}×; files ${r.bytes.ours} and ${r.bytes.duckdb} bytes`)
  return r
}
const writer = await writerRatio("stage", rowsOf("indicators"))
// The same on the national reports' rows: real text, whose quotes repeat far less than the
// generated corpus's (sampled paragraphs), so DuckDB's dictionaries gain less there.
const reportRows = corpusReports().flatMap((r) => {
  const out = extractDocument(new TextEncoder().encode(r.text), { docId: r.name.replace(/\.txt$/, ""), path: r.name })
  return out.ok ? settle({ docId: out.result.document.doc_id, sourcePath: r.name }, out.result).rows.indicators : []
})
const writerReports = reportRows.length ? await writerRatio("reports", reportRows) : null

// --- peer ratio: Recognizers-Text, sentence by sentence, against govstat on the seeds ---
const peer = createRequire(path.join(ROOT, "bench/package.json"))("@microsoft/recognizers-text-suite")
const seeds = seedFiles().map((f) => ({ name: path.basename(f), bytes: fs.readFileSync(f) }))
const seedBytes = seeds.reduce((s, b) => s + b.bytes.length, 0)
for (const s of seeds) extractDocument(s.bytes, { docId: "warm", path: s.name }) // warm the JIT, as for the peer
t0 = now()
let govRecords = 0
for (let k = 0; k < 5; k++) {
  for (const s of seeds) {
    const r = extractDocument(s.bytes, { docId: s.name, path: s.name }).result
    govRecords += r.indicators.length
  }
}
const govSeconds = (now() - t0) / 1000 / 5
const sentences = seeds.flatMap((s) => new TextDecoder().decode(s.bytes).split(/(?<=[。！？；\n])/)).filter((x) => x.trim())
peer.recognizeCurrency("983亿元", peer.Culture.Chinese) // warm
t0 = now()
let peerHits = 0
for (const s of sentences) {
  peerHits += peer.recognizeCurrency(s, peer.Culture.Chinese).length
  peerHits += peer.recognizeDimension(s, peer.Culture.Chinese).length
  peerHits += peer.recognizePercentage(s, peer.Culture.Chinese).length
}
const peerSeconds = (now() - t0) / 1000
record("seeds: govstat extract", { seconds: govSeconds, bytes: seedBytes, docs: seeds.length, records: govRecords / 5, note: "mean of 5 passes" })
record("seeds: Recognizers-Text", { seconds: peerSeconds, bytes: seedBytes, docs: seeds.length, records: peerHits, note: `${sentences.length} sentences, currency+dimension+percentage` })

// --- (b) the national reports, and (c) generated corpora through the whole CLI ---------
const reports = corpusReports()
let corpusRow = null
if (reports.length) {
  const dir = writeCorpus(path.join(WORK, "corpus"))
  const bytes = bytesOf(filesIn(dir))
  console.error(`whole run on the ${reports.length} national reports (${mbOf(bytes).toFixed(1)} MB)`)
  corpusRow = record("corpus: whole run", { ...cliRun(dir, os.availableParallelism()), bytes })
}

const mainMb = quick ? 10 : Number(values.mb)
const mainDir = generateCorpus(path.join(WORK, `gen-${mainMb}`), mainMb).dir
const mainFiles = filesIn(mainDir)
const mainBytes = bytesOf(mainFiles)
console.error(`whole run on ${mainFiles.length} generated documents, ${mbOf(mainBytes).toFixed(1)} MB`)
const fl = floor(mainFiles)
const floorRow = record(`${mainMb} MB: read + NFKC (floor)`, { seconds: fl.seconds, bytes: mainBytes, docs: mainFiles.length })
const jobs1Run = wholeRun(mainDir, 1)
const jobs1 = record(`${mainMb} MB: whole run, --jobs 1`, { ...jobs1Run, bytes: mainBytes })
const jobs2Run = wholeRun(mainDir, 2, { keep: true })
const jobs2 = record(`${mainMb} MB: whole run, --jobs 2`, { ...jobs2Run, bytes: mainBytes })
const apart = record(`${mainMb} MB: two halves, --jobs 1 each, side by side`, { ...(await sideBySide(mainDir)), bytes: mainBytes, docs: mainFiles.length })

// The DuckDB file on its own, from that run's Parquet files, as `--format …,duckdb` builds it.
{
  const published = fs.realpathSync(path.join(jobs2Run.out, "current"))
  const tables = [...TableNames.map((n) => Tables[n]), RejectTable]
  t0 = now()
  await writeDuckdb(published, tables, codebookFiles())
  const duckdbFile = path.join(published, DUCKDB_FILE)
  record(`${mainMb} MB: DuckDB file from the run's Parquet`, { seconds: (now() - t0) / 1000, bytes: mainBytes, docs: jobs2Run.docs, records: jobs2Run.records, note: `${(fs.statSync(duckdbFile).size / MB).toFixed(1)} MB file, DuckDB on every core` })
  fs.rmSync(jobs2Run.out, { recursive: true, force: true })
}

const scaling = []
const sizes = quick ? [5, 10, 20] : values.scaling.split(",").map(Number)
// --jobs 1 against --jobs 2 also at 200 MB (or the largest size below it).
const pairMb = Math.max(...sizes.filter((mb) => mb <= 200))
let pair = null
for (const mb of sizes) {
  const dir = mb === mainMb ? mainDir : generateCorpus(path.join(WORK, `gen-${mb}`), mb).dir
  const bytes = bytesOf(filesIn(dir))
  const run2 = mb === mainMb ? jobs2Run : wholeRun(dir, 2)
  const r = mb === mainMb ? jobs2 : record(`${mb} MB: whole run, --jobs 2`, { ...run2, bytes })
  scaling.push({ mb, seconds: r.seconds, s_per_mb: +(r.seconds / mbOf(bytes)).toFixed(3), peak_rss_mb: r.peak_rss_mb })
  if (mb === pairMb && mb !== mainMb) pair = { mb, jobs1: record(`${mb} MB: whole run, --jobs 1`, { ...wholeRun(dir, 1), bytes }), jobs2: r }
  if (dir !== mainDir) fs.rmSync(dir, { recursive: true, force: true })
}

// One long line and many short lines: linear in size, whatever the shape.
const seedText = seeds.map((s) => new TextDecoder().decode(s.bytes)).join("\n")
const shapes = []
// Sizes: one line of about 5 and 10 MB; about 50,000 and 100,000 short lines (2.3 and 4.6 MB).
for (const [name, make, sizes] of [
  ["one line", (n) => seedText.replace(/\n/g, "").repeat(n), quick ? [1, 2] : [50, 100]],
  ["short lines", (n) => seedText.split(/(?<=[,，。；])/).join("\n").repeat(n), quick ? [1, 2] : [20, 40]]
]) {
  for (const n of sizes) {
    const dir = path.join(WORK, `shape-${name.replace(" ", "-")}-${n}`)
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(path.join(dir, "doc.txt"), make(n))
    const bytes = bytesOf(filesIn(dir))
    const lines = make(1).split("\n").length * n
    const r = record(`${name}, ${mbOf(bytes).toFixed(1)} MB (${lines} lines)`, { ...wholeRun(dir, 1), bytes })
    shapes.push({ shape: name, mb: r.mb, seconds: r.seconds, s_per_mb: +(r.seconds / r.mb).toFixed(3) })
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

// Streaming the writers: 1,000,000 generated indicator rows, validated and written in chunks.
const writeRows = quick ? 100_000 : 1_000_000
console.error(`writing ${writeRows} generated indicator rows (own process)`)
const w1m = JSON.parse(spawnSync(process.execPath, [path.join(ROOT, "bench/write-rows.mjs"), String(writeRows)], { encoding: "utf8" }).stdout)
rows.push({ name: `${writeRows} indicator rows: validate + CSV + Parquet`, seconds: w1m.seconds, mb: w1m.csv_mb, mb_per_s: +(w1m.csv_mb / w1m.seconds).toFixed(2), docs_per_s: null, records_per_s: w1m.rows_per_s, peak_rss_mb: w1m.peak_rss_mb, note: `CSV ${w1m.csv_mb} MB, Parquet ${w1m.parquet_mb} MB` })
console.error(`  ${JSON.stringify(w1m)}`)

// The queue: BullMQ workers (1 and 2 processes) against govstat run on the same documents.
const queue = await runQueue()

const spread = (xs) => +((Math.max(...xs) / Math.min(...xs) - 1) * 100).toFixed(1)
const last = scaling[scaling.length - 1]
const pairRow = scaling.find((x) => x.mb === pairMb)
// Time is linear when it is a fixed start-up cost plus a constant cost per MB: the marginal
// seconds per MB between consecutive sizes should agree.
const marginal = scaling.slice(1).map((s, k) => (s.seconds - scaling[k].seconds) / (s.mb - scaling[k].mb))
const fixedSeconds = scaling[0].seconds - marginal[0] * scaling[0].mb
const ratios = {
  floor_ratio: { value: +(jobs2.seconds / floorRow.seconds).toFixed(1), goal: "≤ 5", what: "whole run (--jobs 2) ÷ read + NFKC of the same files" },
  peer_ratio: { value: +(peerSeconds / govSeconds).toFixed(1), goal: "≥ 20", what: "Recognizers-Text ÷ govstat extract, seeds" },
  writer_ratio: { value: writer.ratio, goal: "≤ 2", what: `govstat Parquet ÷ DuckDB COPY on 1 thread, CPU, median of 5 after a warm-up, ${writer.rows} indicator rows of the stage corpus, snappy` },
  ...(writerReports ? { writer_ratio_reports: { value: writerReports.ratio, goal: "≤ 2", what: `the same on the ${writerReports.rows} indicator rows of the national reports` } } : {}),
  writer_first_write_cpu_s: { value: writer.ours_first_write.cpu_s, goal: "", what: `CPU of our first write of the stage rows (median after it: ${writer.ours_cpu_s} s)` },
  parallel_speedup: { value: +(jobs1.seconds / jobs2.seconds).toFixed(2), goal: "≥ 1.7", what: `--jobs 1 ÷ --jobs 2 on ${mainMb} MB` },
  parallel_ceiling: { value: +(jobs1.seconds / apart.seconds).toFixed(2), goal: "", what: `--jobs 1 ÷ its two halves as two --jobs 1 processes side by side on ${mainMb} MB (what two workers sharing nothing reach)` },
  ...(pair ? { parallel_speedup_large: { value: +(pair.jobs1.seconds / pair.jobs2.seconds).toFixed(2), goal: "≥ 1.8", what: `--jobs 1 ÷ --jobs 2 on ${pair.mb} MB` } } : {}),
  coordinator_busy_share: { value: jobs2Run.coordinator, goal: "", what: `share of the --jobs 2 run on ${mainMb} MB the coordinating thread was busy (reading, ordering, appending); workers ${jobs2Run.workers}` },
  // The ratio's ceiling: --jobs 1 already runs V8's compiler and GC threads on the second core.
  cpu_jobs1_over_worker: { value: jobs1Run.cpu.workers[0]?.cpu_s ? +(jobs1Run.cpu.process / jobs1Run.cpu.workers[0].cpu_s).toFixed(2) : null, goal: "", what: `process CPU ÷ its worker's CPU, --jobs 1 on ${mainMb} MB (cores --jobs 1 already uses)` },
  cpu_jobs2_over_jobs1: { value: +(jobs2Run.cpu.process / jobs1Run.cpu.process).toFixed(2), goal: "", what: `process CPU of --jobs 2 ÷ --jobs 1 on ${mainMb} MB (the extra work two workers do)` },
  whole_run_mb_per_s: { value: +(pairRow.mb / pairRow.seconds).toFixed(2), goal: "≥ 10", what: `whole run, --jobs 2, on ${pairRow.mb} MB` },
  scaling_marginal_spread_pct: { value: spread(marginal), goal: "≤ 20", what: `spread of the marginal seconds per MB between ${scaling.map((x) => x.mb).join("/")} MB (${marginal.map((m) => m.toFixed(3)).join(", ")}); fixed start-up ${fixedSeconds.toFixed(1)} s` },
  scaling_average_spread_pct: { value: spread(scaling.map((s) => s.s_per_mb)), goal: "", what: "spread of the average seconds per MB, start-up included" },
  peak_rss_mb_at_largest: { value: last.peak_rss_mb, goal: "< 512", what: `peak RSS at ${last.mb} MB` },
  projected_1gb_minutes: { value: +((fixedSeconds + marginal[marginal.length - 1] * 1024) / 60).toFixed(1), goal: "< 5", what: "start-up + 1024 MB at the marginal rate of the largest sizes, --jobs 2" }
}

const results = {
  when: new Date().toISOString(),
  machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? "", node: process.version, memory_gb: Math.round(os.totalmem() / 2 ** 30) },
  quick,
  stages: rows,
  scaling,
  shapes,
  shapes_spread_pct: Object.fromEntries(["one line", "short lines"].map((s) => [s, spread(shapes.filter((x) => x.shape === s).map((x) => x.s_per_mb))])),
  ratios,
  extract_profile: extractProfile,
  corpus: corpusRow,
  writer: { stage: writer, reports: writerReports },
  ...(queue ? { queue: { when: new Date().toISOString(), ...queue } } : {})
}

const lines = [
  `| stage / run | s | MB | MB/s | docs/s | records/s | peak RSS MB |`,
  `|---|---:|---:|---:|---:|---:|---:|`,
  ...rows.map((r) => `| ${r.name}${r.note ? ` (${r.note})` : ""} | ${r.seconds} | ${r.mb} | ${r.mb_per_s} | ${r.docs_per_s ?? ""} | ${r.records_per_s ?? ""} | ${r.peak_rss_mb ?? ""} |`),
  "",
  `| ratio | value | goal | what |`,
  `|---|---:|---|---|`,
  ...Object.entries(ratios).map(([k, v]) => `| ${k} | ${v.value} | ${v.goal} | ${v.what} |`)
]
console.log(lines.join("\n"))
if (!quick) fs.writeFileSync(path.join(ROOT, "bench/results.json"), JSON.stringify(results, null, 2) + "\n")
fs.rmSync(WORK, { recursive: true, force: true })
