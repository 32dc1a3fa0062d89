/**
 * The review page in a real browser: Debian's chromium driven by playwright-core, headless,
 * offline, with a fresh profile. `.ci/run` installs chromium; set GOVSTAT_SCREENSHOT=1 to
 * refresh docs/review.png (otherwise the screenshot goes to the temporary folder).
 */
import { spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { pathToFileURL } from "node:url"
import { parse } from "csv-parse/sync"
import { type BrowserContext, chromium, type Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { BIN, ROOT, SEEDS, seed } from "./helpers.js"

const CHROMIUM = "/usr/bin/chromium"
const out = fs.mkdtempSync(path.join(os.tmpdir(), "govstat-browser-"))
const csv = (name: string) => parse(fs.readFileSync(path.join(out, name), "utf8"), { columns: true }) as Array<Record<string, string>>
const s = seed("001")
let context: BrowserContext
let page: Page
const problems: Array<string> = []

// Without chromium on a developer's machine the suite is skipped; CI installs it and never skips.
describe.skipIf(!fs.existsSync(CHROMIUM) && !process.env.CI)("the review page in chromium", () => {
  beforeAll(async () => {
    const r = spawnSync(process.execPath, [BIN, "run", "--input", SEEDS, "--out", out, "--quiet", "--format", "csv,parquet", "--review"], { cwd: ROOT, encoding: "utf8" })
    expect(r.status, r.stderr).toBe(0)
    context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), "govstat-chromium-")), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 860 },
      offline: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    })
    page = await context.newPage()
    page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`) })
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`))
    page.on("requestfailed", (q) => problems.push(`request failed: ${q.url()}`))
    await page.goto(pathToFileURL(path.join(out, "review", `${s.docId}.html`)).href)
  })
  afterAll(async () => {
    await context?.close()
  })

  const rowsOf = (table: string) => csv(`${table}.csv`).filter((r) => r.doc_id === s.docId)

  it("shows one mark per row of the document's tables, each carrying its row's id", async () => {
    const ids = ["indicators", "projects", "policies"].flatMap((t) => rowsOf(t).map((r) => r.id))
    expect(await page.locator("#text mark.m").count()).toBe(ids.length)
    const marked = await page.locator("#text mark.m").evaluateAll((ms) => ms.map((m) => (m as HTMLElement).dataset.id))
    expect(new Set(marked)).toEqual(new Set(ids))
    expect(await page.locator("#list li").count()).toBe(ids.length)
    expect(await page.locator("#count").textContent()).toBe(`${ids.length} of ${ids.length} rows`)
  })

  it("selecting a mark shows its row: subject, code, value, unit, measure, period, status, region", async () => {
    const row = rowsOf("indicators").find((r) => r.indicator_code === "GDP" && r.measure === "level")!
    const mark = page.locator(`#text mark.m[data-id="${row.id}"]`)
    await mark.hover()
    const field = async (f: string) => (await page.locator(`#details td[data-field="${f}"]`).textContent())?.trim()
    expect(await field("subject")).toBe(row.indicator)
    await mark.click()
    await page.mouse.move(1200, 60)
    // The selection stays when the pointer leaves the text.
    expect(await field("subject")).toBe(row.indicator)
    expect(await field("code")).toBe(row.indicator_code)
    expect(Number((await field("value"))!.replace(/,/g, ""))).toBe(Number(row.value))
    expect(await field("unit")).toBe(row.unit)
    expect(await field("measure")).toBe(row.measure)
    expect(await field("period")).toBe(row.period)
    expect(await field("status")).toBe(row.status)
    expect(await field("region")).toBe(row.region)
    expect(await page.locator(`#list li.sel`).count()).toBe(1)
    expect(await mark.getAttribute("class")).toContain("sel")
  })

  it("filtering the list by status target leaves the document's target rows, and a list row jumps to its mark", async () => {
    const targets = ["indicators", "projects", "policies"].flatMap((t) => rowsOf(t)).filter((r) => r.status === "target")
    expect(targets.length).toBeGreaterThan(0)
    await page.selectOption("#f-status", "target")
    expect(await page.locator("#count").getAttribute("data-shown")).toBe(String(targets.length))
    expect(await page.locator("#list li:not([hidden])").count()).toBe(targets.length)
    expect(await page.locator("#text mark.m:not(.off)").count()).toBe(targets.length)
    const term = targets[0]!.indicator!
    await page.fill("#f-q", term)
    const both = targets.filter((r) => [r.indicator, r.quote, r.region].some((t) => t?.includes(term)))
    expect(both.length).toBeGreaterThan(0)
    expect(await page.locator("#list li:not([hidden])").count()).toBe(both.length)
    await page.locator("#list li:not([hidden])").first().click()
    const selected = page.locator("#text mark.m.sel")
    expect(await selected.count()).toBe(1)
    await expect.poll(() => selected.evaluate((m) => {
      const r = m.getBoundingClientRect()
      const box = document.getElementById("text")!.getBoundingClientRect()
      return r.top >= box.top && r.bottom <= box.bottom
    })).toBe(true)
    expect(await page.locator("#details td[data-field=status]").textContent()).toBe("target")
    // j steps to the next row the filters leave.
    await page.fill("#f-q", "")
    const first = await page.locator("#list li:not([hidden])").first().getAttribute("data-i")
    await page.locator("#list li:not([hidden])").first().click()
    await page.keyboard.press("j")
    const second = await page.locator("#list li:not([hidden])").nth(1).getAttribute("data-i")
    expect(await page.locator("#list li.sel").getAttribute("data-i")).toBe(second)
    expect(second).not.toBe(first)
    expect(await page.locator("#details td[data-field=status]").textContent()).toBe("target")
  })

  it("logs no console error, fetches nothing, and takes the README's screenshot", async () => {
    // The README's picture: the target filter on, one target selected.
    await page.fill("#f-q", "")
    await page.locator("#list li:not([hidden])").nth(2).click()
    const file = process.env.GOVSTAT_SCREENSHOT ? path.join(ROOT, "docs", "review.png") : path.join(out, "review.png")
    await page.screenshot({ path: file })
    expect(fs.statSync(file).size).toBeGreaterThan(20_000)
    const index = await context.newPage()
    index.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`))
    await index.goto(pathToFileURL(path.join(out, "review", "index.html")).href)
    expect(await index.locator("tr[data-doc]").count()).toBe(fs.readdirSync(SEEDS).length)
    expect(await index.locator(".charts svg").count()).toBeGreaterThanOrEqual(3)
    expect(problems).toEqual([])
  })

  it("a 1 MB document gets one page with every row marked once, and filters", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "govstat-browser-big-"))
    const texts = fs.readdirSync(SEEDS).map((f) => fs.readFileSync(path.join(SEEDS, f), "utf8"))
    let big = ""
    while (Buffer.byteLength(big) < 1_000_000) big += texts.join("\n\n") + "\n\n"
    fs.mkdirSync(path.join(dir, "in"))
    fs.writeFileSync(path.join(dir, "in", "big.txt"), big)
    const r = spawnSync(process.execPath, [BIN, "run", "--input", path.join(dir, "in"), "--out", path.join(dir, "out"), "--quiet", "--format", "csv", "--review"], { cwd: ROOT, encoding: "utf8" })
    expect(r.status, r.stderr).toBe(0)
    const rows = ["indicators", "projects", "policies"].flatMap((t) =>
      parse(fs.readFileSync(path.join(dir, "out", `${t}.csv`), "utf8"), { columns: true }) as Array<Record<string, string>>)
    const p = await context.newPage()
    p.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`))
    await p.goto(pathToFileURL(path.join(dir, "out", "review", "big.html")).href)
    expect(await p.locator("#text mark.m").count()).toBe(rows.length)
    await p.selectOption("#f-status", "target")
    expect(await p.locator("#count").getAttribute("data-shown")).toBe(String(rows.filter((x) => x.status === "target").length))
    expect(problems).toEqual([])
    await p.close()
  })
})
