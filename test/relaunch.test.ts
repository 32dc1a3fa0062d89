/**
 * The CLI's relaunch with fewer malloc arenas (relaunch.ts): which command lines relaunch, and
 * that a run's child really gets the variable while an operator's own value is kept. Signals
 * through the launcher are in reliability.test.ts.
 */
import { spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { describe, expect, it } from "vitest"
import { RELAUNCHED_ENV, wantsRelaunch } from "../packages/load/src/relaunch.js"
import { BIN, ROOT, SEEDS } from "./helpers.js"

describe("which command lines relaunch", () => {
  const plain: NodeJS.ProcessEnv = { PATH: "/usr/bin" }
  it("runs, queue workers and finalise do, on Linux, when nobody set MALLOC_ARENA_MAX", () => {
    for (const cmd of ["run", "worker", "finalise"]) expect(wantsRelaunch([cmd, "--out", "x"], plain, "linux"), cmd).toBe(true)
  })
  it("short commands, help and other platforms do not", () => {
    for (const argv of [["status"], ["validate", "out"], ["inspect", "a.txt"], ["--version"], [], ["run", "--help"], ["run", "-h"]]) {
      expect(wantsRelaunch(argv, plain, "linux"), argv.join(" ")).toBe(false)
    }
    expect(wantsRelaunch(["run"], plain, "darwin")).toBe(false)
    expect(wantsRelaunch(["run"], plain, "win32")).toBe(false)
  })
  it("an operator's MALLOC_ARENA_MAX, a relaunched child and a debugger keep one process", () => {
    expect(wantsRelaunch(["run"], { ...plain, MALLOC_ARENA_MAX: "8" }, "linux")).toBe(false)
    expect(wantsRelaunch(["run"], { ...plain, [RELAUNCHED_ENV]: "1" }, "linux")).toBe(false)
    expect(wantsRelaunch(["run"], plain, "linux", ["--inspect-brk"])).toBe(false)
    expect(wantsRelaunch(["run"], { ...plain, NODE_OPTIONS: "--inspect" }, "linux")).toBe(false)
  })
})

describe.runIf(process.platform === "linux")("a run through the command", () => {
  const run = (env: NodeJS.ProcessEnv) => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "govstat-relaunch-"))
    const input = fs.mkdtempSync(path.join(os.tmpdir(), "govstat-relaunch-in-"))
    fs.copyFileSync(path.join(SEEDS, fs.readdirSync(SEEDS).sort()[4]!), path.join(input, "a.txt"))
    const r = spawnSync(process.execPath, [BIN, "run", "--input", input, "--out", out, "--quiet", "--format", "csv"], { cwd: ROOT, encoding: "utf8", env, timeout: 120_000 })
    expect(r.status, r.stderr).toBe(0)
    return JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8")) as { resources: { malloc_arena_max: string | null } }
  }
  const without = () => {
    const env = { ...process.env }
    delete env.MALLOC_ARENA_MAX
    delete env[RELAUNCHED_ENV]
    return env
  }
  it("runs with two arenas, as its manifest records", () => {
    expect(run(without()).resources.malloc_arena_max).toBe("2")
  })
  it("keeps the operator's value", () => {
    expect(run({ ...without(), MALLOC_ARENA_MAX: "4" }).resources.malloc_arena_max).toBe("4")
  })
})
