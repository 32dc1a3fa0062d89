import { spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { parse } from "csv-parse/sync"
import { beforeAll, describe, expect, it } from "vitest"
import { markText } from "../packages/load/src/review/marks.js"
import { BIN, ROOT, SEEDS, seed } from "./helpers.js"

const out = fs.mkdtempSync(path.join(os.tmpdir(), "govstat-review-"))
const csv = (name: string) => parse(fs.readFileSync(path.join(out, name), "utf8"), { columns: true }) as Array<Record<string, string>>
const govstat = (...args: Array<string>) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8" })
const stripTags = (html: string) => html.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&")

beforeAll(() => {
  const r = govstat("run", "--input", SEEDS, "--out", out, "--quiet", "--format", "csv,parquet")
  expect(r.status, r.stderr).toBe(0)
})

describe("markText", () => {
  const text = seed("001").text
  const at = text.indexOf("地区生产总值实现983亿元")
  const span = (start: number, end: number, name: string) => ({ start, end, rank: 0, open: (c: number | null) => `<b data-n="${name}"${c === null ? "" : ` data-clip="${c}"`}>`, close: "</b>" })

  it("writes the text once, with one element per span, nested when one contains another", () => {
    const spans = [span(at, at + 13, "outer"), span(at + 8, at + 13, "number"), span(at + 8, at + 13, "same")]
    const html = markText(text, spans)
    expect(stripTags(html)).toBe(text)
    expect(html.match(/<b /g)).toHaveLength(3)
    expect(html).toContain(`<b data-n="outer">地区生产总值实现<b data-n="number"><b data-n="same">983亿元</b></b></b>`)
  })

  it("draws a span that crosses the end of an open one up to that end, and says so", () => {
    // 983亿元 and 亿元、增长 overlap without either containing the other.
    const spans = [span(at + 8, at + 13, "a"), span(at + 11, at + 16, "b")]
    const html = markText(text, spans)
    expect(stripTags(html)).toBe(text)
    expect(html.match(/<b /g)).toHaveLength(2)
    expect(html).toContain(`<b data-n="a">983<b data-n="b" data-clip="${at + 13}">亿元</b></b>、增长`)
  })

  it("escapes markup in the source and clamps spans outside the text", () => {
    const html = markText("a<b>&c", [span(1, 4, "x"), span(5, 99, "y")])
    expect(html).toBe(`a<b data-n="x">&lt;b&gt;</b>&amp;<b data-n="y">c</b>`)
  })
})

describe("govstat review", () => {
  const s = seed("001")
  let page = ""
  beforeAll(() => {
    const r = govstat("review", out, "--doc", s.docId, "--input", SEEDS)
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout.trim()).toBe(path.join(out, "review", "index.html"))
    page = fs.readFileSync(path.join(out, "review", `${s.docId}.html`), "utf8")
  })

  it("marks every row of the document once, carrying its id, at the span the table gives", () => {
    const ids = (["indicators", "projects", "policies"] as const).flatMap((t) => csv(`${t}.csv`).filter((r) => r.doc_id === s.docId).map((r) => r.id))
    const marked = [...page.matchAll(/<mark class="m[^"]*" id="[^"]*" data-i="\d+" data-id="([^"]+)"/g)].map((m) => m[1])
    expect(marked.length).toBe(ids.length)
    expect(new Set(marked)).toEqual(new Set(ids))
    const text = page.slice(page.indexOf('<div id="text" lang="zh">') + 25, page.indexOf("</div>\n<aside>"))
    expect(stripTags(text)).toBe(s.text)
    const gdp = csv("indicators.csv").find((r) => r.doc_id === s.docId && r.indicator_code === "GDP" && r.measure === "level")!
    expect(page).toContain(`data-id="${gdp.id}" data-table="indicators" data-status="${gdp.status}">${s.text.slice(+gdp.char_start, +gdp.char_end)}</mark>`)
  })

  it("writes only the pages asked for, and an index of every document with inline SVG charts and nothing fetched", () => {
    expect(fs.readdirSync(path.join(out, "review")).sort()).toEqual([`${s.docId}.html`, "index.html"])
    const index = fs.readFileSync(path.join(out, "review", "index.html"), "utf8")
    expect(index.match(/<tr data-doc=/g)).toHaveLength(fs.readdirSync(SEEDS).length)
    expect(index.match(/<svg /g)!.length).toBeGreaterThanOrEqual(3)
    for (const p of [index, page]) {
      expect(p).not.toMatch(/(src|href)="(https?:)?\/\//)
      expect(p).not.toMatch(/<link /)
    }
  })

  it("refuses a document the run does not have (exit 2), and shows a page without marks when the source has changed", () => {
    expect(govstat("review", out, "--doc", "no-such-doc", "--input", SEEDS).status).toBe(2)
    const moved = fs.mkdtempSync(path.join(os.tmpdir(), "govstat-review-src-"))
    fs.writeFileSync(path.join(moved, s.name), s.text + "\n追加一行。")
    const r = govstat("review", out, "--doc", s.docId, "--input", moved)
    expect(r.status, r.stderr).toBe(0)
    const changed = fs.readFileSync(path.join(out, "review", `${s.docId}.html`), "utf8")
    expect(changed).toContain("has changed since the run")
    expect(changed).not.toContain('<mark class="m')
  })
})

describe("rejects and warnings on the page", () => {
  it("lists each warning the run counted with its reason and position, and underlines its span", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8")) as { inputs: Array<{ doc_id: string; warnings: number }> }
    const warned = manifest.inputs.filter((i) => i.warnings > 0)
    expect(warned.length).toBeGreaterThan(0)
    for (const input of warned) {
      const r = govstat("review", out, "--doc", input.doc_id, "--input", SEEDS)
      expect(r.status, r.stderr).toBe(0)
      const page = fs.readFileSync(path.join(out, "review", `${input.doc_id}.html`), "utf8")
      expect(page).toContain(`<span id="n-warnings">${input.warnings}</span>`)
      const items = [...page.matchAll(/<li data-target="(p-\d+)"><span class="pos">@(\d+)–(\d+)<\/span> ([^<]+)/g)]
      expect(items.length).toBe(input.warnings)
      const text = fs.readFileSync(path.join(SEEDS, `${input.doc_id}.txt`), "utf8")
      for (const [, id, a, b, reason] of items) {
        expect(reason!.trim().length).toBeGreaterThan(0)
        // The underlined element holds exactly the text at that position.
        const el = page.match(new RegExp(`<span class="w" id="${id}" title="[^"]*">([^<]*)</span>`))
        expect(el?.[1]).toBe(text.slice(+a!, +b!))
      }
    }
  })
})

describe("govstat run --review", () => {
  it("publishes review/ with the run, one page per document", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "govstat-run-review-"))
    const r = govstat("run", "--input", SEEDS, "--out", dir, "--quiet", "--format", "csv", "--review")
    expect(r.status, r.stderr).toBe(0)
    expect(fs.readdirSync(path.join(dir, "review")).length).toBe(fs.readdirSync(SEEDS).length + 1)
    expect(fs.readdirSync(dir).filter((f) => f.startsWith(".staging"))).toEqual([])
  })

  it("reads the rows from gzip Parquet when the run wrote no CSV", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "govstat-run-review-pq-"))
    const r = govstat("run", "--input", SEEDS, "--out", dir, "--quiet", "--format", "parquet", "--compression", "gzip", "--review")
    expect(r.status, r.stderr).toBe(0)
    const s = seed("001")
    const ids = (["indicators", "projects", "policies"] as const).flatMap((t) => csv(`${t}.csv`).filter((x) => x.doc_id === s.docId).map((x) => x.id))
    const page = fs.readFileSync(path.join(dir, "review", `${s.docId}.html`), "utf8")
    expect(new Set([...page.matchAll(/ data-id="([^"]+)"/g)].map((m) => m[1]))).toEqual(new Set(ids))
  })
})
