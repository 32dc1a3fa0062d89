/**
 * Distributed runs on a real queue: a loopback Redis started here, BullMQ jobs, three
 * worker processes of which one is killed outright mid-run, and finalise; the output must
 * be the one a single-machine `govstat run` writes over the same documents.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as net from "node:net"
import * as os from "node:os"
import * as path from "node:path"
import { DuckDBInstance } from "@duckdb/node-api"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { BIN, ROOT, SEEDS } from "./helpers.js"

const CORPUS = path.resolve(ROOT, "../shared/corpus/chinese-political-corpora/government_work_reports.jsonl")
const TABLES = ["documents", "indicators", "projects", "policies", "rejects"]

/** The redis-server binary, or null; in CI (.ci/run) it must be there. */
const redisBinary = (() => {
  const r = spawnSync("sh", ["-c", "command -v redis-server"], { encoding: "utf8" })
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : null
})()
const required = process.env.GOVSTAT_REQUIRE_REDIS === "1"
if (!redisBinary && required) throw new Error("redis-server is not installed, and .ci/run requires it (apt-get install -y redis-server)")
if (!redisBinary) console.warn("queue tests SKIPPED: no redis-server binary on this machine (apt-get install -y redis-server); .ci/run installs it")
if (!fs.existsSync(CORPUS)) console.warn(`queue tests SKIPPED: the national reports are not at ${CORPUS}`)

const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `govstat-q-${name}-`))
const govstat = (...args: Array<string>) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 240_000 })
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const jsonLines = (stderr: string) => stderr.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as Record<string, unknown>)
const enqueued = (r: ReturnType<typeof govstat>) => {
  expect(r.status, r.stderr).toBe(0)
  return jsonLines(r.stderr).find((l) => l.event === "enqueued")!
}
const readManifest = (out: string) => JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8")) as {
  inputs: Array<{ source_path: string; status: string }>; errors: Array<{ source_path: string; tag: string; byteOffset: number | null }>
}
const freePort = () => new Promise<number>((resolve) => {
  const s = net.createServer().listen(0, "127.0.0.1", () => {
    const port = (s.address() as net.AddressInfo).port
    s.close(() => resolve(port))
  })
})
const exited = (p: ChildProcess) => new Promise<number | null>((resolve) => (p.exitCode !== null ? resolve(p.exitCode) : p.on("exit", (code) => resolve(code))))

async function waitFor(what: string, check: () => boolean, ms = 120_000) {
  const until = Date.now() + ms
  while (!check()) {
    if (Date.now() > until) throw new Error(`gave up waiting for ${what}`)
    await sleep(100)
  }
}

/** The seeds, the 72 national reports, and two documents that cannot be read (as in bad-input.test.ts). */
function writeInputs(dir: string) {
  for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, f))
  const reports = fs.readFileSync(CORPUS, "utf8").trim().split("\n")
  reports.forEach((l, i) => fs.writeFileSync(path.join(dir, `corpus_${String(i).padStart(3, "0")}.txt`), (JSON.parse(l) as { content: string }).content))
  fs.writeFileSync(path.join(dir, "scan.txt"), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]))
  const good = new TextEncoder().encode("地区生产总值实现983亿元、增长7.2%。".repeat(10))
  fs.writeFileSync(path.join(dir, "mid.txt"), new Uint8Array([...good.slice(0, 61), 0xc3, 0x28, ...good.slice(61)]))
  return 5 + reports.length + 2
}

const expectSameTables = (a: string, b: string) => {
  for (const t of TABLES) expect(fs.readFileSync(path.join(b, `${t}.csv`)).equals(fs.readFileSync(path.join(a, `${t}.csv`))), `${t}.csv`).toBe(true)
}

describe.skipIf(!redisBinary || !fs.existsSync(CORPUS))("distributed runs on a BullMQ queue (loopback Redis)", () => {
  let redis: ChildProcess
  let queue = ""
  const workers: Array<ChildProcess> = []
  const startWorker = (id: string, ...extra: Array<string>) => {
    // MALLOC_ARENA_MAX set: one process (no relaunch, relaunch.ts), so SIGKILL kills the worker outright.
    const w = spawn(process.execPath, [BIN, "worker", "--queue", queue, "--concurrency", "1", "--part-docs", "3", "--stall-seconds", "3", "--id", id, "--quiet", ...extra], {
      cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, MALLOC_ARENA_MAX: "2" }
    })
    let log = ""
    w.stderr!.on("data", (d) => (log += d))
    workers.push(w)
    return Object.assign(w, { log: () => log })
  }

  beforeAll(async () => {
    const port = await freePort()
    const dir = tmp("redis")
    redis = spawn(redisBinary!, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir], { stdio: ["ignore", "pipe", "pipe"] })
    let out = ""
    redis.stdout!.on("data", (d) => (out += d))
    await waitFor("redis-server to start", () => out.includes("Ready to accept connections"), 20_000)
    queue = `redis://127.0.0.1:${port}/0`
  })

  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill("SIGKILL")
    if (redis) {
      redis.kill("SIGTERM")
      await exited(redis)
    }
  })

  const input = tmp("in")
  const single = tmp("single")
  const out = path.join(tmp("out"), "dataset")
  let total = 0

  it("three workers, one killed outright and one stopped by SIGTERM mid-run: finalise writes exactly the tables of govstat run", async () => {
    total = writeInputs(input)
    expect(govstat("run", "--input", input, "--out", single, "--quiet", "--fail-on", "never").status).toBe(0)

    expect(enqueued(govstat("enqueue", "--input", input, "--queue", queue, "--out", out, "--log", "json"))).toMatchObject({ documents: total, added: total, queued: 0 })
    // The same documents again: every job id is already there, nothing is added.
    expect(enqueued(govstat("enqueue", "--input", input, "--queue", queue, "--out", out, "--log", "json"))).toMatchObject({ added: 0, queued: total })

    // w2 starts alone and is killed outright right after its first part: it holds more jobs
    // than a part (a part plus two per thread), so some of its jobs are left unfinished.
    const w2 = startWorker("w2")
    await waitFor("the first part of w2", () => /^part {2}w2-000000/m.test(w2.log()))
    w2.kill("SIGKILL")
    expect(await exited(w2)).toBe(null)
    const status = JSON.parse(govstat("status", "--queue", queue, "--json").stdout) as { active: number; waiting: number }
    expect(status.active).toBeGreaterThan(0)
    expect(status.waiting).toBeGreaterThan(0)
    const [w1, w3] = ["w1", "w3"].map((id) => startWorker(id))
    // SIGTERM mid-run: w3 finishes the jobs it holds (their part is written) and stops cleanly.
    await waitFor("the first part of w3", () => /^part {2}w3-000000/m.test(w3!.log()))
    w3!.kill("SIGTERM")
    expect(await exited(w3!), w3!.log()).toBe(0)
    expect(w3!.log()).toMatch(/SIGTERM received; finishing the jobs it holds/)

    const f = govstat("finalise", "--queue", queue, "--out", out, "--fail-on", "never", "--log", "json")
    expect(f.status, f.stderr).toBe(0)
    expect(jsonLines(f.stderr).some((l) => l.event === "progress")).toBe(true)
    expectSameTables(single, out)
    // Every document has its status; the two unreadable ones failed alone, with their typed errors.
    const [m, s] = [readManifest(out), readManifest(single)]
    expect(m.inputs.map((i) => `${i.source_path}:${i.status}`)).toEqual(s.inputs.map((i) => `${i.source_path}:${i.status}`))
    expect(m.errors.map((e) => `${e.source_path}:${e.tag}:${e.byteOffset}`)).toEqual(["mid.txt:EncodingError:61", "scan.txt:BinaryInputError:null"])

    // The parts read as one table (a document redone after w2 died may be there twice).
    const db = await (await DuckDBInstance.create()).connect()
    const rows = (await db.runAndReadAll(`select count(distinct id) ids, count(distinct doc_id) docs from read_parquet('${out}/parts/indicators/*.parquet')`)).getRowObjects()[0]!
    const single_ = (await db.runAndReadAll(`select count(*) ids, count(distinct doc_id) docs from read_csv('${single}/indicators.csv', all_varchar = true)`)).getRowObjects()[0]!
    expect(rows).toEqual(single_)

    w1!.kill("SIGTERM")
    expect(await exited(w1!), w1!.log()).toBe(0)
  })

  it("queues nothing for unchanged documents, one job for a changed one, and the newest content wins", async () => {
    // Unchanged: the published state holds them; the two failed jobs are still in the queue.
    expect(enqueued(govstat("enqueue", "--input", input, "--queue", queue, "--out", out, "--log", "json"))).toMatchObject({ added: 0, unchanged: total - 2, queued: 2 })
    const changed = path.join(input, fs.readdirSync(input).find((n) => n.startsWith("001_"))!)
    fs.appendFileSync(changed, "\n全年新增就业岗位1.2万个。\n")
    expect(enqueued(govstat("enqueue", "--input", input, "--queue", queue, "--out", out, "--log", "json"))).toMatchObject({ added: 1, unchanged: total - 3 })

    const w = startWorker("w4", "--exit-when-drained")
    expect(await exited(w), w.log()).toBe(0)
    expect(govstat("finalise", "--queue", queue, "--out", out, "--fail-on", "never").status).toBe(0)
    expect(govstat("run", "--input", input, "--out", single, "--quiet", "--fail-on", "never").status).toBe(0)
    expectSameTables(single, out)
    const m = readManifest(out)
    expect(m.inputs.filter((i) => i.status === "extracted").map((i) => i.source_path)).toEqual([path.basename(changed)])
    expect(m.inputs.filter((i) => i.status === "cached")).toHaveLength(total - 3)
  })

  it("retries a failure that may pass with backoff, then records it with its error; the others complete", async () => {
    const dir = tmp("vanish")
    const dest = path.join(tmp("vanish-out"), "dataset")
    for (const f of fs.readdirSync(SEEDS).slice(0, 2)) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, f))
    fs.writeFileSync(path.join(dir, "gone.txt"), "地区生产总值增长6.1%。\n")
    const name = ["--queue-name", "vanish"]
    expect(enqueued(govstat("enqueue", "--input", dir, "--queue", queue, ...name, "--out", dest, "--attempts", "2", "--log", "json"))).toMatchObject({ added: 3 })
    fs.rmSync(path.join(dir, "gone.txt"))
    const w = spawn(process.execPath, [BIN, "worker", "--queue", queue, ...name, "--concurrency", "1", "--id", "v1", "--exit-when-drained"], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] })
    let log = ""
    w.stderr!.on("data", (d) => (log += d))
    workers.push(w)
    // The job comes back after its backoff: the worker must stay until it has failed for good.
    const f = spawnSync(process.execPath, [BIN, "finalise", "--queue", queue, ...name, "--out", dest, "--log", "json"], { cwd: ROOT, encoding: "utf8", timeout: 120_000 })
    expect(f.status, f.stderr).toBe(1)
    // (spawnSync held this process: the worker's log is read once it has stopped by itself)
    expect(await exited(w)).toBe(0)
    expect(log).toMatch(/^retry gone\.txt: FileVanished/m)
    expect(log).toMatch(/^ERROR gone\.txt: FileVanished/m)
    const m = readManifest(dest)
    expect(m.errors.map((e) => `${e.source_path}:${e.tag}`)).toEqual(["gone.txt:FileVanished"])
    expect(m.inputs.filter((i) => i.status === "extracted")).toHaveLength(2)
  })
})
