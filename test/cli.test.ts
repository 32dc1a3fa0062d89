/**
 * The CLI as cron runs it: a child process over a folder that changes between runs.
 */
import { spawn, spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { parse } from "csv-parse/sync"
import { describe, expect, it } from "vitest"
import { BIN, ROOT, SEEDS } from "./helpers.js"

const TABLE_FILES = ["documents", "indicators", "projects", "policies"].flatMap((t) => [`${t}.csv`, `${t}.parquet`]).concat("rejects.csv")

const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `govstat-${name}-`))
const govstat = (...args: Array<string>) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8" })
const copySeeds = (dir: string, copies = 1) => {
  for (const f of fs.readdirSync(SEEDS)) {
    for (let k = 0; k < copies; k++) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, copies === 1 ? f : `${k}_${f}`))
  }
}
const hashes = (dir: string) =>
  Object.fromEntries(TABLE_FILES.map((f) => [f, createHash("sha256").update(fs.readFileSync(path.join(dir, f))).digest("hex")]))
const jsonLog = (stderr: string) => stderr.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as Record<string, unknown>)
const docIds = (dir: string, table: string) =>
  (parse(fs.readFileSync(path.join(dir, `${table}.csv`), "utf8"), { columns: true }) as Array<{ doc_id: string }>).map((r) => r.doc_id)

describe("incremental runs", () => {
  it("re-extracts only the changed file, adds new ones and drops removed ones", () => {
    const input = tmp("inc-in")
    const out = tmp("inc-out")
    copySeeds(input)
    expect(govstat("run", "--input", input, "--out", out, "--log", "json").status).toBe(0)
    const before = docIds(out, "indicators").length

    const changed = fs.readdirSync(input).find((f) => f.startsWith("001"))!
    fs.appendFileSync(path.join(input, changed), "\n全年新增就业岗位1.2万个。\n")
    fs.rmSync(path.join(input, fs.readdirSync(input).find((f) => f.startsWith("004"))!))
    fs.writeFileSync(path.join(input, "new.txt"), "各位代表:\n一、2023年工作回顾\n地区生产总值增长6.1%。\n")
    const r = govstat("run", "--input", input, "--out", out, "--log", "json")
    expect(r.status, r.stderr).toBe(0)

    const docs = jsonLog(r.stderr).filter((l) => l.event === "document")
    const extracted = docs.filter((l) => l.cached === false).map((l) => l.doc_id).sort()
    expect(extracted).toEqual([changed.replace(/\.txt$/, ""), "new"])
    expect(docs.filter((l) => l.cached === true)).toHaveLength(3)
    const ids = docIds(out, "indicators")
    expect(ids.some((d) => d!.startsWith("004"))).toBe(false)
    expect(ids.filter((d) => d === "new")).toHaveLength(1)
    // The 004 records went, the changed file's new fact and the new file's came in.
    expect(ids.length).toBe(before - 22 + 1 + 1)
    expect(new Set(docIds(out, "documents")).size).toBe(5)
  })

  it("re-extracts everything with --full", () => {
    const out = tmp("full-out")
    expect(govstat("run", "--input", SEEDS, "--out", out).status).toBe(0)
    const r = govstat("run", "--input", SEEDS, "--out", out, "--full", "--log", "json")
    expect(jsonLog(r.stderr).filter((l) => l.event === "document" && l.cached === false)).toHaveLength(5)
  })
})

describe("determinism", () => {
  it("--jobs 1 and --jobs 2 write byte-identical CSV and Parquet", () => {
    const a = tmp("jobs1")
    const b = tmp("jobs2")
    expect(govstat("run", "--input", SEEDS, "--out", a, "--jobs", "1").status).toBe(0)
    expect(govstat("run", "--input", SEEDS, "--out", b, "--jobs", "2").status).toBe(0)
    for (const f of TABLE_FILES) expect(fs.readFileSync(path.join(a, f)), f).toEqual(fs.readFileSync(path.join(b, f)))
  })
})

describe("safety", () => {
  it("refuses a second run on the same output folder while one is running", async () => {
    const input = tmp("lock-in")
    const out = tmp("lock-out")
    copySeeds(input, 20)
    const first = spawn(process.execPath, [BIN, "run", "--input", input, "--out", out, "--quiet"], { cwd: ROOT })
    const firstDone = new Promise<number>((resolve) => first.on("exit", (code) => resolve(code ?? -1)))
    await waitFor(() => fs.existsSync(path.join(out, ".govstat.lock")))
    const second = govstat("run", "--input", SEEDS, "--out", out)
    expect(second.status).toBe(3)
    expect(second.stderr).toMatch(/another govstat run holds .*\.govstat\.lock/)
    expect(await firstDone).toBe(0)
  })

  it("a run killed with SIGKILL mid-write leaves the previous outputs readable and unchanged", async () => {
    const input = tmp("kill-in")
    const out = tmp("kill-out")
    copySeeds(input)
    expect(govstat("run", "--input", input, "--out", out).status).toBe(0)
    const before = hashes(out)

    copySeeds(input, 30)
    // MALLOC_ARENA_MAX set: one process (no relaunch, relaunch.ts), so the kill hits the process that writes.
    const run = spawn(process.execPath, [BIN, "run", "--input", input, "--out", out, "--quiet"], { cwd: ROOT, env: { ...process.env, MALLOC_ARENA_MAX: "2" } })
    const exited = new Promise<NodeJS.Signals | null>((resolve) => run.on("exit", (_code, signal) => resolve(signal)))
    // Kill once the staging folder holds partly written tables.
    const versions = path.join(out, "versions")
    await waitFor(() => fs.readdirSync(versions).some((d) => d.startsWith(".staging-") && fs.existsSync(path.join(versions, d, "indicators.csv"))))
    run.kill("SIGKILL")
    expect(await exited).toBe("SIGKILL")

    expect(hashes(out)).toEqual(before)
    expect(govstat("validate", out).status).toBe(0)
    // The next run takes over the dead run's lock and sweeps its staging folder.
    const next = govstat("run", "--input", input, "--out", out, "--quiet")
    expect(next.status, next.stderr).toBe(0)
    expect(fs.readdirSync(versions).some((d) => d.startsWith(".staging-"))).toBe(false)
  })
})

describe("exit codes", () => {
  it("0 on success, 1 with a failed document, 0 again with --fail-on never, 2 on a usage error", () => {
    const input = tmp("exit-in")
    copySeeds(input)
    expect(govstat("run", "--input", input, "--out", tmp("exit0")).status).toBe(0)
    fs.writeFileSync(path.join(input, "scan.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))
    const failed = govstat("run", "--input", input, "--out", tmp("exit1"))
    expect(failed.status).toBe(1)
    expect(failed.stderr).toContain("scan.txt")
    expect(govstat("run", "--input", input, "--out", tmp("exit0b"), "--fail-on", "never").status).toBe(0)
    expect(govstat("run", "--jobs", "0").status).toBe(2)
    expect(govstat("frobnicate").status).toBe(2)
  })

  it("3 when the run cannot complete, leaving the output folder as it was", () => {
    const parent = tmp("exit3")
    const out = path.join(parent, "out")
    fs.writeFileSync(out, "a file where the output folder should be")
    const r = govstat("run", "--input", SEEDS, "--out", out)
    expect(r.status).toBe(3)
    expect(fs.readFileSync(out, "utf8")).toBe("a file where the output folder should be")
  })

  it("validate exits non-zero on a file that breaks its schema", () => {
    const out = tmp("val")
    expect(govstat("run", "--input", SEEDS, "--out", out).status).toBe(0)
    const f = path.join(out, "indicators.csv")
    const text = fs.readFileSync(f, "utf8")
    fs.writeFileSync(f, text.replace(/,(level|growth_rate|share|ratio),/, ",not_a_measure,"))
    const r = govstat("validate", out)
    expect(r.status).toBe(1)
    expect(r.stdout + r.stderr).toMatch(/measure/)
  })
})

async function waitFor(ready: () => boolean, ms = 60_000): Promise<void> {
  const until = Date.now() + ms
  while (!ready()) {
    if (Date.now() > until) throw new Error("timed out waiting")
    await new Promise((r) => setTimeout(r, 20))
  }
}
