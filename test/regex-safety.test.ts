/**
 * No regular expression in the packages can backtrack catastrophically. Every regex literal
 * in the sources is found with the TypeScript parser and checked by recheck (a ReDoS
 * checker); the adversarial inputs of bad-input.test.ts exercise the same patterns.
 */
import { checkSync } from "recheck"
import * as fs from "node:fs"
import * as path from "node:path"
import ts from "typescript"
import { describe, expect, it } from "vitest"
import { ROOT } from "./helpers.js"

function regexLiterals(): Array<{ file: string; source: string; flags: string }> {
  const out: Array<{ file: string; source: string; flags: string }> = []
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const f = path.join(dir, e.name)
      if (e.isDirectory()) walk(f)
      else if (f.endsWith(".ts")) {
        const sf = ts.createSourceFile(f, fs.readFileSync(f, "utf8"), ts.ScriptTarget.Latest, true)
        const visit = (n: ts.Node) => {
          if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
            const t = n.getText()
            const k = t.lastIndexOf("/")
            out.push({ file: path.relative(ROOT, f), source: t.slice(1, k), flags: t.slice(k + 1) })
          }
          ts.forEachChild(n, visit)
        }
        visit(sf)
      }
    }
  }
  for (const p of ["schema", "extract", "load"]) walk(path.join(ROOT, "packages", p, "src"))
  return out
}

describe("regular expressions", () => {
  it("none is exponential, and every one recheck cannot decide uses bounded repetition only", () => {
    const found = regexLiterals()
    expect(found.length).toBeGreaterThan(100)
    const exponential: Array<string> = []
    const undecided: Array<string> = []
    for (const r of found) {
      const res = checkSync(r.source, r.flags.replace(/[gy]/g, ""), { timeout: 1000 })
      if (res.status === "vulnerable" && res.complexity?.type === "exponential") exponential.push(`${r.file}: /${r.source}/`)
      if (res.status === "unknown") undecided.push(r.source)
    }
    expect(exponential).toEqual([])
    // Undecided within the time limit: then no unbounded repetition may be nested in a group.
    for (const s of undecided) expect(s, s).not.toMatch(/\([^)]*[*+][^)]*\)[*+{]/)
  }, 120_000)
})
