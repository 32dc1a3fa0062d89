/**
 * A scheduled run as a demanding operator sees it: it never wipes a published dataset, never
 * publishes a mix of two runs, never stalls, and a bad entry fails alone. Child processes on
 * real files: FIFOs from mkfifo, sockets, symlinks, a vanishing file, a growing file, stale
 * locks, signals, a kill at each step of publication, a size-limited disk.
 */
import { spawn, spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import * as fs from "node:fs"
import * as net from "node:net"
import * as os from "node:os"
import * as path from "node:path"
import { parse } from "csv-parse/sync"
import { describe, expect, it } from "vitest"
import { BIN, ROOT, SEEDS } from "./helpers.js"

const TABLES = ["documents", "indicators", "projects", "policies"]
const FILES = TABLES.flatMap((t) => [`${t}.csv`, `${t}.parquet`]).concat("rejects.csv", "manifest.json")

const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `govstat-rel-${name}-`))
const govstat = (args: Array<string>, env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env }, timeout: 120_000 })
const seedFiles = () => fs.readdirSync(SEEDS).sort()
const copySeeds = (dir: string, copies = 1, only?: number) => {
  const files = seedFiles().slice(0, only)
  for (const f of files) for (let k = 0; k < copies; k++) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, copies === 1 ? f : `${k}_${f}`))
}
const hashes = (dir: string) =>
  Object.fromEntries(FILES.filter((f) => fs.existsSync(path.join(dir, f))).map((f) => [f, createHash("sha256").update(fs.readFileSync(path.join(dir, f))).digest("hex")]))
const manifest = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as {
  run_id: string
  errors: Array<{ source_path: string; tag: string; message: string }>
  skipped: Array<{ path: string; reason: string }>
  removed: Array<{ doc_id: string; source_path: string }>
  inputs: Array<{ doc_id: string; status: string }>
}
const docIds = (dir: string, table: string) =>
  new Set((parse(fs.readFileSync(path.join(dir, `${table}.csv`), "utf8"), { columns: true }) as Array<{ doc_id: string }>).map((r) => r.doc_id))
const jsonLog = (stderr: string) => stderr.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as Record<string, unknown>)

async function waitFor(ready: () => boolean, ms = 60_000): Promise<void> {
  const until = Date.now() + ms
  while (!ready()) {
    if (Date.now() > until) throw new Error("timed out waiting")
    await new Promise((r) => setTimeout(r, 10))
  }
}
const stagingOf = (out: string) => {
  const v = path.join(out, "versions")
  return fs.existsSync(v) ? fs.readdirSync(v).filter((d) => d.startsWith(".staging-")).map((d) => path.join(v, d)) : []
}

/**
 * As root, an unprivileged user to run the CLI as (nobody, 65534) when it can run node and
 * the CLI from here; undefined when not root (no switch needed); null when root cannot switch.
 */
const unprivileged: { uid: number; gid: number } | null | undefined = (() => {
  if (process.getuid?.() !== 0) return undefined
  const as = { uid: 65534, gid: 65534 }
  const r = spawnSync(process.execPath, [BIN, "--version"], { cwd: ROOT, encoding: "utf8", ...as })
  return r.status === 0 ? as : null
})()

/** A published output of the five seeds, and its file hashes. */
function published(name: string) {
  const input = tmp(`${name}-in`)
  const out = tmp(`${name}-out`)
  copySeeds(input)
  const r = govstat(["run", "--input", input, "--out", out, "--quiet"])
  expect(r.status, r.stderr).toBe(0)
  return { input, out, before: hashes(out) }
}

describe("guards that protect a published dataset (exit 3, nothing touched)", () => {
  it("refuses an empty input folder (a failed mount) and leaves tables and cache as they were", () => {
    const { input, out, before } = published("empty")
    for (const f of fs.readdirSync(input)) fs.rmSync(path.join(input, f))
    const version = fs.readlinkSync(path.join(out, "current"))
    const r = govstat(["run", "--input", input, "--out", out])
    expect(r.status).toBe(3)
    expect(r.stderr).toMatch(/no documents in .*nothing was changed/)
    expect(hashes(out)).toEqual(before)
    expect(fs.readlinkSync(path.join(out, "current"))).toBe(version)
    expect(fs.readdirSync(path.join(out, "current", ".govstat-cache"))).toHaveLength(5)
  })

  it("refuses a run that drops more than half the documents, accepts it with --allow-shrink and names what was removed", () => {
    const { input, out, before } = published("shrink")
    const files = seedFiles()
    for (const f of files.slice(0, 3)) fs.rmSync(path.join(input, f))
    const refused = govstat(["run", "--input", input, "--out", out])
    expect(refused.status).toBe(3)
    expect(refused.stderr).toMatch(/would remove 3 of the 5 documents.*--allow-shrink/)
    expect(hashes(out)).toEqual(before)

    const accepted = govstat(["run", "--input", input, "--out", out, "--allow-shrink", "--log", "json"])
    expect(accepted.status, accepted.stderr).toBe(0)
    const removed = jsonLog(accepted.stderr).filter((l) => l.event === "removed").map((l) => l.doc_id).sort()
    expect(removed).toEqual(files.slice(0, 3).map((f) => f.replace(/\.txt$/, "")))
    expect(manifest(out).removed.map((r) => r.doc_id).sort()).toEqual(removed)
    expect(docIds(out, "documents").size).toBe(2)
  })

  it("names the documents whose rows a smaller run removed in the text log", () => {
    const { input, out } = published("removed-text")
    const one = seedFiles()[0]!
    // Two of five gone: under the threshold, so the run goes on and says what it dropped.
    for (const f of seedFiles().slice(1, 3)) fs.rmSync(path.join(input, f))
    const r = govstat(["run", "--input", input, "--out", out])
    expect(r.status, r.stderr).toBe(0)
    for (const f of seedFiles().slice(1, 3)) expect(r.stderr).toContain(`gone  ${f}: its input is gone; the rows of ${f.replace(/\.txt$/, "")} were removed`)
    expect(r.stderr).not.toContain(`gone  ${one}`)
  })

  it("refuses an output folder inside the input folder, and never reads an output folder found among the inputs", () => {
    const input = tmp("nested-in")
    copySeeds(input)
    const inside = path.join(input, "out")
    const r = govstat(["run", "--input", input, "--out", inside])
    expect(r.status).toBe(3)
    expect(r.stderr).toMatch(/inside the input folder/)
    expect(fs.existsSync(inside)).toBe(false)
    const own = tmp("own-out")
    expect(govstat(["run", "--input", input, "--out", own, "--quiet"]).status).toBe(0)
    const back = govstat(["run", "--input", path.join(own, "current"), "--out", own])
    expect(back.status).toBe(3)
    expect(back.stderr).toMatch(/is inside the output folder/)

    // An earlier output moved into the input folder: skipped with its reason, its CSVs never read as documents.
    const out = tmp("nested-out")
    expect(govstat(["run", "--input", input, "--out", path.join(out, "first"), "--quiet"]).status).toBe(0)
    fs.cpSync(path.join(out, "first"), path.join(input, "old-output"), { recursive: true, verbatimSymlinks: true })
    for (let k = 0; k < 3; k++) {
      const again = govstat(["run", "--input", input, "--out", path.join(out, "second"), "--quiet"])
      expect(again.status, again.stderr).toBe(0)
    }
    const m = manifest(path.join(out, "second"))
    expect(m.inputs).toHaveLength(5)
    expect(m.skipped).toContainEqual({ path: "old-output", reason: "a govstat output folder (never read as input)" })
    expect(hashes(path.join(out, "second"))["indicators.csv"]).toBe(hashes(path.join(out, "first"))["indicators.csv"])
  })
})

describe("per-file faults stay per file", () => {
  it("skips FIFOs, sockets, devices, names that are not UTF-8 and symlinks out of the input folder, each listed with its reason", async () => {
    const input = tmp("entries-in")
    const out = tmp("entries-out")
    const outside = tmp("entries-outside")
    copySeeds(input, 1, 2)
    fs.copyFileSync(path.join(SEEDS, seedFiles()[2]!), path.join(outside, "elsewhere.txt"))
    expect(spawnSync("mkfifo", [path.join(input, "pipe.txt")]).status).toBe(0)
    // A device node needs root (CAP_MKNOD); where it cannot be made, that one case is not checked.
    const device = spawnSync("mknod", [path.join(input, "null.txt"), "c", "1", "3"]).status === 0
    const server = net.createServer()
    await new Promise<void>((resolve) => server.listen(path.join(input, "sock.txt"), resolve))
    // A GBK file name, as unzipping a Windows archive leaves it: 报告.txt.
    fs.writeFileSync(Buffer.concat([Buffer.from(path.join(input, "/")), Buffer.from([0xb1, 0xa8, 0xb8, 0xe6]), Buffer.from(".txt")]), "地区生产总值增长6%。")
    fs.symlinkSync(path.join(outside, "elsewhere.txt"), path.join(input, "link-out.txt"))
    fs.symlinkSync(path.join(input, seedFiles()[0]!), path.join(input, "link-in.txt"))
    fs.symlinkSync(path.join(input, "missing.txt"), path.join(input, "dangling.txt"))
    fs.mkdirSync(path.join(input, "sub"))
    fs.symlinkSync(input, path.join(input, "sub", "loop"))
    try {
      const r = govstat(["run", "--input", input, "--out", out, "--log", "json"])
      expect(r.status, r.stderr).toBe(0)
      const m = manifest(out)
      const reasons = Object.fromEntries(m.skipped.map((s) => [s.path.replace(/[^\x20-\x7e]/g, "?"), s.reason]))
      expect(reasons["pipe.txt"]).toBe("a FIFO (named pipe)")
      expect(reasons["sock.txt"]).toBe("a socket")
      if (device) expect(reasons["null.txt"]).toBe("a device")
      expect(reasons["link-out.txt"]).toBe("symlink points outside the input folder")
      expect(reasons["dangling.txt"]).toBe("symlink to nothing (dangling)")
      expect(reasons["sub/loop"]).toBe("folder already read (symlink loop)")
      expect(Object.values(reasons).some((v) => /file name is not UTF-8 \(bytes b1a8b8e6/.test(v))).toBe(true)
      // Every skipped entry is also in the log.
      expect(jsonLog(r.stderr).filter((l) => l.event === "skipped")).toHaveLength(m.skipped.length)
      // A symlink inside the input folder is read like the file it points at.
      expect(m.inputs.map((i) => i.doc_id).sort()).toEqual([...seedFiles().slice(0, 2).map((f) => f.replace(/\.txt$/, "")), "link-in"].sort())
    } finally {
      server.close()
    }
  })

  it.skipIf(unprivileged === null)("skips an unreadable subfolder with its reason (as root, the run is spawned as an unprivileged user)", () => {
    // Root reads every folder, so as root (CI) the CLI runs as nobody on world-accessible folders.
    const input = tmp("unreadable-in")
    copySeeds(input, 1, 1)
    fs.mkdirSync(path.join(input, "locked"))
    fs.chmodSync(path.join(input, "locked"), 0)
    const out = tmp("unreadable-out")
    if (unprivileged !== undefined) for (const d of [input, out]) fs.chmodSync(d, 0o777)
    const r = spawnSync(process.execPath, [BIN, "run", "--input", input, "--out", out], {
      cwd: ROOT, encoding: "utf8", timeout: 120_000, ...(unprivileged ? { uid: unprivileged.uid, gid: unprivileged.gid } : {})
    })
    fs.chmodSync(path.join(input, "locked"), 0o755)
    expect(r.status, r.stderr).toBe(0)
    expect(manifest(out).skipped[0]).toMatchObject({ path: "locked", reason: expect.stringMatching(/folder not readable \(EACCES\)/) })
  })

  it("a file that vanishes between listing and reading fails alone (FileVanished)", async () => {
    const input = tmp("vanish-in")
    const out = tmp("vanish-out")
    copySeeds(input, 8)
    fs.copyFileSync(path.join(SEEDS, seedFiles()[0]!), path.join(input, "zz_vanishing.txt"))
    const run = spawn(process.execPath, [BIN, "run", "--input", input, "--out", out, "--jobs", "1", "--quiet"], { cwd: ROOT })
    const code = new Promise<number>((resolve) => run.on("exit", (c) => resolve(c ?? -1)))
    // Listing is over once the staging folder exists; the file is read last.
    await waitFor(() => stagingOf(out).length > 0)
    fs.rmSync(path.join(input, "zz_vanishing.txt"))
    expect(await code).toBe(1)
    const m = manifest(out)
    expect(m.errors).toEqual([expect.objectContaining({ source_path: "zz_vanishing.txt", tag: "FileVanished" })])
    expect(m.inputs.filter((i) => i.status === "extracted")).toHaveLength(40)
  })

  it("a file still being written is refused for this run (FileChanged), not published half-read", async () => {
    const input = tmp("grow-in")
    const out = tmp("grow-out")
    copySeeds(input, 4)
    const growing = path.join(input, "zz_download.txt")
    fs.writeFileSync(growing, "各位代表:\n")
    const writer = spawn(process.execPath, ["-e", `const fs=require("fs");setInterval(()=>fs.appendFileSync(${JSON.stringify(growing)},"地区生产总值增长6%。\\n"),2)`])
    try {
      await waitFor(() => fs.statSync(growing).size > 200)
      const r = govstat(["run", "--input", input, "--out", out, "--jobs", "1", "--quiet"])
      expect(r.status, r.stderr).toBe(1)
      expect(manifest(out).errors).toEqual([expect.objectContaining({ source_path: "zz_download.txt", tag: "FileChanged" })])
      expect(docIds(out, "documents").has("zz_download")).toBe(false)
    } finally {
      writer.kill()
    }
  })

  it("a FIFO given as --input is a usage error at once, not a run that hangs holding the lock", () => {
    const dir = tmp("fifo-arg")
    const fifo = path.join(dir, "pipe.txt")
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0)
    const out = path.join(dir, "out")
    const r = govstat(["run", "--input", fifo, "--out", out])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/is a FIFO \(named pipe\), not a file or a folder/)
    expect(fs.existsSync(out)).toBe(false)
    expect(govstat(["inspect", fifo]).status).toBe(2)
  })

  it("a newline in a file name is escaped in the text log, never a forged line", () => {
    const input = tmp("newline-in")
    fs.writeFileSync(path.join(input, "a\nERROR forged.txt"), "地区生产总值增长6%。")
    const r = govstat(["run", "--input", input, "--out", tmp("newline-out")])
    expect(r.status, r.stderr).toBe(0)
    expect(r.stderr.split("\n").filter((l) => l.startsWith("ERROR"))).toEqual([])
    expect(r.stderr).toContain("ok    a\\u000aERROR forged.txt")
  })
})

describe("locks that recover", () => {
  const lockOf = (out: string) => path.join(out, ".govstat.lock")
  const myStart = () => {
    const stat = fs.readFileSync(`/proc/${process.pid}/stat`, "utf8")
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19])
  }
  const lock = (extra: Record<string, unknown>) => JSON.stringify({ host: os.hostname(), pid: process.pid, boot: null, start: myStart(), started_at: "2026-01-01T00:00:00.000Z", ...extra })

  it("takes over an empty lock (left by a full disk) and a lock whose PID is now another process", () => {
    const { input, out } = published("stale")
    fs.writeFileSync(lockOf(out), "")
    const a = govstat(["run", "--input", input, "--out", out, "--quiet"])
    expect(a.status, a.stderr).toBe(0)
    // Our own (live) PID, but a start time that is not ours: the PID was recycled.
    fs.writeFileSync(lockOf(out), lock({ start: myStart() - 1 }))
    const b = govstat(["run", "--input", input, "--out", out, "--quiet"])
    expect(b.status, b.stderr).toBe(0)
    expect(fs.existsSync(lockOf(out))).toBe(false)
  })

  it("refuses a live holder (same PID and start time) and a holder on another host", () => {
    const { input, out, before } = published("live")
    for (const held of [lock({}), lock({ host: "another-host", pid: 1 })]) {
      fs.writeFileSync(lockOf(out), held)
      const r = govstat(["run", "--input", input, "--out", out])
      expect(r.status).toBe(3)
      expect(r.stderr).toMatch(/another govstat run holds/)
      expect(fs.readFileSync(lockOf(out), "utf8")).toBe(held)
    }
    expect(hashes(out)).toEqual(before)
  })

  it("two runs that find the same stale lock: exactly one takes it", async () => {
    const { input, out } = published("race")
    fs.writeFileSync(lockOf(out), JSON.stringify({ host: os.hostname(), pid: 2 ** 22 + 17, start: 1, started_at: "2026-01-01T00:00:00.000Z" }))
    const start = () => new Promise<{ code: number; stderr: string }>((resolve) => {
      const p = spawn(process.execPath, [BIN, "run", "--input", input, "--out", out, "--quiet", "--full"], { cwd: ROOT })
      let stderr = ""
      p.stderr.on("data", (d) => (stderr += d))
      p.on("exit", (code) => resolve({ code: code ?? -1, stderr }))
    })
    const results = await Promise.all([start(), start()])
    const codes = results.map((r) => r.code).sort()
    // Either one ran while the other was refused, or the second came after the first finished.
    expect(codes[0]).toBe(0)
    expect([0, 3]).toContain(codes[1])
    if (codes[1] === 3) expect(results.find((r) => r.code === 3)!.stderr).toMatch(/another govstat run holds|taking over a stale lock/)
    expect(govstat(["validate", out]).status).toBe(0)
  })

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`${signal} releases the lock and removes staging; the published outputs stay`, async () => {
      const { input, out, before } = published(signal)
      // Enough copies that the run is still extracting when the signal lands, however fast the extractor gets.
      copySeeds(input, 40)
      // --full: copies of cached seeds would otherwise finish within milliseconds of staging, racing the signal.
      const run = spawn(process.execPath, [BIN, "run", "--input", input, "--out", out, "--quiet", "--jobs", "1", "--full"], { cwd: ROOT })
      const exited = new Promise<number | null>((resolve) => run.on("exit", (code) => resolve(code)))
      await waitFor(() => stagingOf(out).some((s) => fs.existsSync(path.join(s, "indicators.csv"))))
      run.kill(signal)
      expect(await exited).toBe(signal === "SIGTERM" ? 143 : 130)
      expect(fs.existsSync(lockOf(out))).toBe(false)
      expect(stagingOf(out)).toEqual([])
      expect(hashes(out)).toEqual(before)
    })
  }

  // On Linux the command runs the run in a child (relaunch.ts); SIGKILL of the command cannot be
  // passed on, so the child must notice it is alone and stop as on SIGTERM.
  it.runIf(process.platform === "linux")("SIGKILL of the command stops the run it relaunched: lock and staging removed, outputs unchanged", async () => {
    const { input, out, before } = published("launcher")
    copySeeds(input, 40)
    // Unset, so that the command relaunches (an operator's own value would keep it in one process).
    const env = { ...process.env }
    delete env.MALLOC_ARENA_MAX
    delete env.GOVSTAT_RELAUNCHED
    const launcher = spawn(process.execPath, [BIN, "run", "--input", input, "--out", out, "--quiet", "--jobs", "1", "--full"], { cwd: ROOT, env })
    const exited = new Promise<NodeJS.Signals | null>((resolve) => launcher.on("exit", (_code, signal) => resolve(signal)))
    await waitFor(() => stagingOf(out).some((s) => fs.existsSync(path.join(s, "indicators.csv"))))
    // The lock names the process that runs: the child, not the command that was started.
    const runner = (JSON.parse(fs.readFileSync(lockOf(out), "utf8")) as { pid: number }).pid
    expect(runner).not.toBe(launcher.pid)
    launcher.kill("SIGKILL")
    expect(await exited).toBe("SIGKILL")
    const alive = () => {
      try {
        process.kill(runner, 0)
        return true
      } catch {
        return false
      }
    }
    await waitFor(() => !alive(), 20_000)
    expect(fs.existsSync(lockOf(out))).toBe(false)
    expect(stagingOf(out)).toEqual([])
    expect(hashes(out)).toEqual(before)
  })
})

describe("publication is atomic as a whole", () => {
  for (const step of [1, 2, 3, 4]) {
    it(`killed before publication step ${step}: every table is from one run, and the next run sweeps the leftovers`, () => {
      const { input, out, before } = published(`publish${step}`)
      const oldDocs = docIds(out, "documents")
      fs.rmSync(path.join(input, seedFiles()[4]!))
      fs.writeFileSync(path.join(input, "new.txt"), "各位代表:\n一、2023年工作回顾\n地区生产总值增长6.1%。\n")
      const killed = govstat(["run", "--input", input, "--out", out, "--quiet"], { GOVSTAT_FAULT: `publish:${step}` })
      expect(killed.signal).toBe("SIGKILL")
      const now = hashes(out)
      const docs = docIds(out, "documents")
      // Old or new, never a mix: the indicators' documents are the documents table's.
      for (const t of ["indicators", "projects", "policies"]) for (const d of docIds(out, t)) expect(docs.has(d), `${t} ${d}`).toBe(true)
      if (step <= 2) {
        expect(now).toEqual(before)
        expect(docs).toEqual(oldDocs)
      } else expect(docs.has("new")).toBe(true)
      expect(govstat(["validate", out]).status).toBe(0)

      const next = govstat(["run", "--input", input, "--out", out, "--quiet"])
      expect(next.status, next.stderr).toBe(0)
      expect(docIds(out, "documents").has("new")).toBe(true)
      const versions = fs.readdirSync(path.join(out, "versions"))
      expect(versions.length).toBeLessThanOrEqual(2)
      expect(versions.filter((v) => v.startsWith("."))).toEqual([])
      expect(fs.readdirSync(out).filter((n) => /\.new-|\.old-|^\.staging/.test(n))).toEqual([])
    })
  }

  it("a run killed by a full disk (size-limited file) leaves the previous outputs, and the next run recovers", () => {
    const { input, out, before } = published("fulldisk")
    copySeeds(input, 3)
    // ulimit -f: writes past 256 KB fail as on a full disk (SIGXFSZ, or EFBIG when ignored).
    const r = spawnSync("bash", ["-c", `ulimit -f 512; exec "${process.execPath}" "${BIN}" run --input "${input}" --out "${out}" --quiet`], { cwd: ROOT, encoding: "utf8" })
    expect(r.status === 3 || r.signal === "SIGXFSZ", `${r.status} ${r.signal} ${r.stderr}`).toBe(true)
    expect(hashes(out)).toEqual(before)
    const next = govstat(["run", "--input", input, "--out", out, "--quiet"])
    expect(next.status, next.stderr).toBe(0)
    expect(stagingOf(out)).toEqual([])
  })

  it("the previous version stays until the next run succeeds; older ones are swept", () => {
    const { input, out } = published("versions")
    const first = fs.readlinkSync(path.join(out, "current"))
    fs.appendFileSync(path.join(input, seedFiles()[0]!), "\n全年新增就业岗位1.2万个。\n")
    expect(govstat(["run", "--input", input, "--out", out, "--quiet"]).status).toBe(0)
    const second = fs.readlinkSync(path.join(out, "current"))
    expect(fs.readdirSync(path.join(out, "versions")).sort()).toEqual([first, second].map((v) => path.basename(v)).sort())
    expect(govstat(["run", "--input", input, "--out", out, "--quiet", "--full"]).status).toBe(0)
    const third = fs.readlinkSync(path.join(out, "current"))
    expect(fs.readdirSync(path.join(out, "versions")).sort()).toEqual([second, third].map((v) => path.basename(v)).sort())
    // The paths people open are stable links through current.
    expect(fs.readlinkSync(path.join(out, "indicators.csv"))).toBe("current/indicators.csv")
  })

  it("an output folder of the older layout (plain files) is taken over and its leftovers removed", () => {
    const { input, out } = published("legacy")
    // Rebuild the older layout: plain files in the folder itself, state and cache beside them.
    const legacy = tmp("legacy-old")
    const current = path.join(out, fs.readlinkSync(path.join(out, "current")))
    fs.cpSync(current, legacy, { recursive: true })
    fs.rmSync(out, { recursive: true })
    fs.cpSync(legacy, out, { recursive: true })
    fs.mkdirSync(path.join(out, ".govstat-cache.old-123"))
    const r = govstat(["run", "--input", input, "--out", out, "--log", "json"])
    expect(r.status, r.stderr).toBe(0)
    expect(jsonLog(r.stderr).filter((l) => l.event === "document" && l.cached === true)).toHaveLength(5)
    expect(fs.lstatSync(path.join(out, "indicators.csv")).isSymbolicLink()).toBe(true)
    expect(fs.readdirSync(out).filter((n) => /^\.govstat-(state|cache)|\.old-/.test(n))).toEqual([])
    expect(govstat(["validate", out]).status).toBe(0)
  })
})

describe("cache and validate", () => {
  it("a malformed cache entry, or cached rows the schema now refuses, are re-extracted", () => {
    const { input, out, before } = published("cache")
    const cache = path.join(out, "current", ".govstat-cache")
    const [a, b] = fs.readdirSync(cache).sort()
    fs.writeFileSync(path.join(cache, a!), JSON.stringify({ docId: 1, rows: "wrong shape" }))
    const entry = JSON.parse(fs.readFileSync(path.join(cache, b!), "utf8"))
    entry.rows.indicators[0].measure = "not_a_measure"
    fs.writeFileSync(path.join(cache, b!), JSON.stringify(entry))
    const r = govstat(["run", "--input", input, "--out", out, "--log", "json"])
    expect(r.status, r.stderr).toBe(0)
    expect(jsonLog(r.stderr).filter((l) => l.event === "document" && l.cached === false)).toHaveLength(2)
    expect(hashes(out)["indicators.csv"]).toBe(before["indicators.csv"])
  })

  it("validate reads the Parquet files: a Parquet-only output validates, a damaged Parquet file is a violation", () => {
    const out = tmp("pq-only")
    expect(govstat(["run", "--input", SEEDS, "--out", out, "--format", "parquet", "--quiet"]).status).toBe(0)
    expect(fs.existsSync(path.join(out, "indicators.csv"))).toBe(false)
    const ok = govstat(["validate", out])
    expect(ok.status, ok.stdout).toBe(0)
    const file = fs.realpathSync(path.join(out, "projects.parquet"))
    const bytes = fs.readFileSync(file)
    fs.writeFileSync(file, bytes.subarray(0, bytes.length - 100))
    const bad = govstat(["validate", out])
    expect(bad.status).toBe(1)
    expect(bad.stdout).toMatch(/projects\.parquet not a readable Parquet file/)
  })

  it("validate finds a Parquet file whose rows differ from its CSV", () => {
    const a = tmp("pq-a")
    const b = tmp("pq-b")
    expect(govstat(["run", "--input", SEEDS, "--out", a, "--quiet"]).status).toBe(0)
    expect(govstat(["run", "--input", path.join(SEEDS, seedFiles()[0]!), "--out", b, "--quiet"]).status).toBe(0)
    fs.copyFileSync(fs.realpathSync(path.join(b, "indicators.parquet")), fs.realpathSync(path.join(a, "indicators.parquet")))
    const r = govstat(["validate", a])
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(/indicators\.parquet \d+ rows, indicators\.csv has \d+/)
  })

  it("inspect DIR is a usage error with a sentence, not a stack", () => {
    const r = govstat(["inspect", SEEDS])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/is a folder; inspect reads one file/)
    expect(r.stderr).not.toMatch(/EISDIR|at .*\.js:\d+/)
  })
})
