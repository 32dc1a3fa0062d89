/**
 * The README's API snippet, run as written: saved as a module in the repository (where the
 * packages resolve) and run with node from a folder holding the seeds.
 */
import { spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { describe, expect, it } from "vitest"
import { ROOT, SEEDS } from "./helpers.js"

describe("README", () => {
  it("the API snippet runs as written on Node 20 and prints facts and the run's counts", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8")
    const block = /<!-- readme-snippet:start -->\n```js\n([\s\S]*?)```\n<!-- readme-snippet:end -->/.exec(readme)
    expect(block).not.toBeNull()
    const script = path.join(ROOT, `.readme-snippet-${process.pid}.mjs`)
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), "govstat-readme-"))
    fs.cpSync(SEEDS, path.join(cwd, "seeds"), { recursive: true })
    fs.writeFileSync(script, block![1]!)
    try {
      const r = spawnSync(process.execPath, [script], { cwd, encoding: "utf8" })
      expect(r.status, r.stderr).toBe(0)
      expect(r.stdout.split("\n").slice(0, 3).every((l) => / true$/.test(l))).toBe(true)
      expect(r.stdout).toMatch(/indicators: \d{3}/)
      expect(fs.existsSync(path.join(cwd, "output", "indicators.csv"))).toBe(true)
    } finally {
      fs.rmSync(script, { force: true })
    }
  })
})
