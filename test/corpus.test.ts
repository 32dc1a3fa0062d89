/**
 * The national corpus (../shared/corpus): 52 State Council work reports and 20 NPC
 * resolutions. The extractor reads only each record's `content`; the record's `year` (the
 * year the report was delivered) checks what it read: every report from 1992 on reviews the
 * year before, is issued by 国务院 and has its own title or none.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "vitest"
import { extractText } from "@govstat/extract"
import { ROOT } from "./helpers.js"

const CORPUS = path.join(ROOT, "..", "shared", "corpus", "chinese-political-corpora", "government_work_reports.jsonl")
const records: Array<{ title: string; content: string; year: string | number | null }> = fs.existsSync(CORPUS)
  ? fs.readFileSync(CORPUS, "utf8").trim().split("\n").map((l) => JSON.parse(l))
  : []
const read = (content: string) => extractText(content, { docId: "c", path: "c.txt" }).document

describe.skipIf(records.length === 0)("national work reports", () => {
  const reports = records.filter((r) => r.year !== null && Number(r.year) >= 1992)
  it("holds the 32 reports from 1992 on", () => expect(reports.length).toBe(32))
  it.each(reports.map((r) => [Number(r.year), r] as const))("%i: reviews the year before, issued by 国务院, titled or null", (year, r) => {
    const d = read(r.content)
    expect(d.genre).toBe("work_report")
    expect(d.report_year).toBe(year - 1)
    expect(d.issuer).toBe("国务院")
    if (d.title !== null) {
      expect(d.title).toMatch(/政府工作报告/)
      expect(d.title).not.toMatch(/各位代表|我代表/)
    }
  })
  it("recognises the NPC resolutions as resolutions, not work reports", () => {
    const resolutions = records.filter((r) => r.year === null)
    expect(resolutions.length).toBe(20)
    for (const r of resolutions) expect(["resolution", "unknown"]).toContain(read(r.content).genre)
  })
})
