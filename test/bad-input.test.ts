/**
 * Documents nobody curated: other encodings and line endings, empty and binary files, web
 * pages, hostile names and broken numbers. Each ends in a correct result or a specific
 * error for that document, and the rest of the run goes on.
 */
import { spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { DuckDBInstance } from "@duckdb/node-api"
import { decodeBytes, extractDocument, extractText, type ExtractResult } from "@govstat/extract"
import { parse } from "csv-parse/sync"
import iconv from "iconv-lite"
import { describe, expect, it } from "vitest"
import { settle } from "@govstat/load"
import { BIN, ROOT, seed } from "./helpers.js"

const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `govstat-${name}-`))
const govstat = (...args: Array<string>) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8" })
const extract = (bytes: Uint8Array, name = "doc.txt") => {
  const r = extractDocument(bytes, { docId: name.replace(/\.[^.]*$/, ""), path: name })
  if (!r.ok) throw new Error(`${r.error._tag}: ${r.error.message}`)
  return r.result
}
const facts = (r: ExtractResult) => r.indicators.map((i) => `${i.indicator}|${i.value}|${i.unit}|${i.measure}|${i.period}|${i.status}|${i.region}`)
/** The source text each record's span covers, in the decoded source. */
const evidence = (bytes: Uint8Array, r: ExtractResult) => {
  const d = decodeBytes(bytes, "x")
  if (!("text" in d)) throw new Error("undecodable")
  return r.indicators.map((i) => d.text.slice(i.char_start, i.char_end))
}

describe("encodings and line endings: the same facts as the UTF-8 original, spans that slice back", () => {
  const { text } = seed("001")
  const utf8 = new TextEncoder().encode(text)
  const original = extract(utf8)
  const expected = facts(original)
  const expectedEvidence = evidence(utf8, original)

  const variants: Array<[string, Uint8Array, string]> = [
    ["GB18030", iconv.encode(text, "gb18030"), "gb18030"],
    ["GBK", iconv.encode(text, "gbk"), "gb18030"],
    ["UTF-16 LE with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf-16le")]), "utf-16le"],
    ["UTF-16 BE with BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, "utf-16be")]), "utf-16be"],
    ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(utf8)]), "utf-8"]
  ]
  for (const [name, bytes, encoding] of variants) {
    it(name, () => {
      const r = extract(bytes)
      expect(r.document.encoding).toBe(encoding)
      expect(facts(r)).toEqual(expected)
      expect(evidence(bytes, r)).toEqual(expectedEvidence)
    })
  }
  it("CRLF and CR line endings", () => {
    for (const eol of ["\r\n", "\r"]) {
      const bytes = new TextEncoder().encode(text.replace(/\n/g, eol))
      const r = extract(bytes)
      expect(facts(r)).toEqual(expected)
      // The spans point into the CRLF source: the same evidence once the line ends are folded.
      expect(evidence(bytes, r).map((e) => e.replace(/\r\n?/g, "\n"))).toEqual(expectedEvidence)
    }
  })
})

describe("Big5 and encodings that cannot be told: decoded when sure, EncodingError when not", () => {
  // Seed 004 is traditional script, as Hong Kong and Taiwan mirrors serve it.
  const { text } = seed("004")
  const utf8 = new TextEncoder().encode(text)
  const original = extract(utf8)

  it("Big5 (with HKSCS pinyin): decoded, the same facts as the UTF-8 original, spans that slice back", () => {
    const bytes = iconv.encode(text, "big5")
    const r = extract(bytes)
    expect(r.document.encoding).toBe("big5")
    expect(r.document.script).toBe("traditional")
    expect(facts(r)).toEqual(facts(original))
    expect(evidence(bytes, r)).toEqual(evidence(utf8, original))
  })

  it("traditional text in GBK stays GB18030, not Big5", () => {
    const r = extract(iconv.encode(text, "gbk"))
    expect(r.document.encoding).toBe("gb18030")
    expect(facts(r)).toEqual(facts(original))
  })

  const refused: Array<[string, Uint8Array, RegExp]> = [
    ["Shift-JIS", iconv.encode("日本の経済は緩やかに回復しています。政府は来年度の予算案を閣議決定しました。国内総生産は前年比で二パーセント増加する見込みです。", "shift_jis"), /Shift-JIS/],
    ["Shift-JIS without kana", iconv.encode("国内総生産前年比増加見込閣議決定予算案政府経済回復緩慢国民生活安定雇用確保", "shift_jis"), /no Chinese encoding reads it/],
    ["EUC-KR", iconv.encode("대한민국 정부는 올해 경제성장률이 2.5퍼센트에 이를 것으로 전망했다. 국내총생산은 전년 대비 증가했으며 수출도 크게 늘었다.", "euc-kr"), /no Chinese encoding reads it/],
    ["Latin-1", iconv.encode("Le produit intérieur brut a progressé de 6,1 % en 2023. Les dépenses publiques ont été réduites à 40,2 milliards.", "latin1"), /single-byte|no Chinese encoding reads it/],
    ["Windows-1252", iconv.encode("Überblick: Das Bruttoinlandsprodukt wuchs 2023 um 6,1 %. Öffentliche Ausgaben – 40,2 Mrd. € – wurden gekürzt.", "cp1252"), /single-byte|no Chinese encoding reads it/],
    // Each of these characters' GBK bytes read as another common character in Big5 (代→測, 体→极 …).
    ["short and ambiguous: as common in GB18030 as in Big5", iconv.encode("代体修倍借", "gbk"), /reads as GB18030 \(100% common characters\) as well as Big5 \(100%\): cannot tell which/],
    ["three characters", iconv.encode("经济好", "gbk"), /too short to tell GB18030 from Big5 \(3 double-byte characters\)/],
    ["short UTF-8 with one stray byte", Buffer.concat([Buffer.from("地区生产总值增长5%"), Buffer.from([0xff])]), /invalid UTF-8 at byte offset 26/]
  ]
  for (const [name, bytes, reason] of refused) {
    it(`${name}: EncodingError, no rows`, () => {
      const r = extractDocument(bytes, { docId: "x", path: "x.txt" })
      expect(r.ok).toBe(false)
      if (!r.ok) {
        expect(r.error._tag).toBe("EncodingError")
        expect(r.error.message).toMatch(reason)
      }
    })
  }

  it("a short text decodes when one reading is clearly right: GBK 地区生产总值, Big5 地區生產總值", () => {
    const gb = decodeBytes(iconv.encode("地区生产总值增长百分之五", "gbk"), "a.txt")
    expect(gb).toMatchObject({ text: "地区生产总值增长百分之五", encoding: "gb18030" })
    const big5 = decodeBytes(iconv.encode("地區生產總值增長百分之五", "big5"), "b.txt")
    expect(big5).toMatchObject({ text: "地區生產總值增長百分之五", encoding: "big5" })
  })

  it("extractDocument given a string returns a typed error, not a TypeError", () => {
    const r = extractDocument(text as unknown as Uint8Array, { docId: "x", path: "x.txt" })
    expect(r.ok ? null : r.error).toMatchObject({ _tag: "ReadError", message: expect.stringMatching(/a string \(use extractText/) })
  })
})

describe("one document cannot take the run's memory", () => {
  it("rows past the per-table cap are dropped with a warning that says how many and where", () => {
    const { text, docId, name } = seed("001")
    const r = extract(new TextEncoder().encode(text))
    const all = settle({ docId, sourcePath: name }, r)
    const capped = settle({ docId, sourcePath: name }, r, 50)
    expect(all.rows.indicators.length).toBeGreaterThan(50)
    expect(capped.rows.indicators).toEqual(all.rows.indicators.slice(0, 50))
    const w = capped.warnings.find((x) => x.reason.startsWith("row cap"))!
    expect(w.reason).toBe(`row cap: ${all.rows.indicators.length} indicators rows found, the first 50 (up to character ${w.char_start}) kept; split the document to read the rest`)
    expect(w.char_start).toBe(all.rows.indicators[50]!.char_start)
  })

  it("a document over --max-document-mb fails alone with DocumentTooLarge", () => {
    const input = tmp("big-in")
    const out = tmp("big-out")
    fs.copyFileSync(seed("001").file, path.join(input, "small.txt"))
    fs.writeFileSync(path.join(input, "huge.txt"), "地区生产总值增长6%。\n".repeat(60_000))
    const r = govstat("run", "--input", input, "--out", out, "--max-document-mb", "1", "--log", "json")
    expect(r.status).toBe(1)
    const manifest = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8"))
    expect(manifest.errors.map((e: { source_path: string; tag: string }) => `${e.source_path}:${e.tag}`)).toEqual(["huge.txt:DocumentTooLarge"])
    expect(manifest.counts.indicators).toBeGreaterThan(200)
  })
})

describe("empty and numberless documents: a document row, no records, no error", () => {
  for (const [name, content] of [["empty", ""], ["whitespace only", " \n\t\r\n　\n"], ["no numbers", "各位代表:\n现在,我代表区人民政府向大会报告工作。\n"]] as const) {
    it(name, () => {
      const r = extract(new TextEncoder().encode(content))
      expect(r.document.doc_id).toBe("doc")
      expect(r.indicators.length + r.projects.length + r.policies.length).toBe(0)
    })
  }
})

describe("binary and broken files: a typed error naming the file, and the run goes on", () => {
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0])
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
  const good = new TextEncoder().encode("地区生产总值实现983亿元、增长7.2%。".repeat(10))
  const brokenUtf8 = new Uint8Array([...good.slice(0, 61), 0xc3, 0x28, ...good.slice(61)])

  it("refuses each with its reason and byte offset", () => {
    for (const [bytes, tag, name] of [[zip, "BinaryInputError", "a.zip.txt"], [png, "BinaryInputError", "scan.txt"]] as const) {
      const r = extractDocument(bytes, { docId: "x", path: name })
      expect(r.ok).toBe(false)
      if (!r.ok) {
        expect(r.error._tag).toBe(tag)
        expect(r.error.message).toContain(name)
      }
    }
    const r = extractDocument(brokenUtf8, { docId: "x", path: "mid.txt" })
    expect(r.ok ? null : r.error).toMatchObject({ _tag: "EncodingError", byteOffset: 61 })
  })

  it("reports them in the manifest and writes every other document", () => {
    const input = tmp("bad-in")
    const out = tmp("bad-out")
    fs.writeFileSync(path.join(input, "archive.txt"), zip)
    fs.writeFileSync(path.join(input, "scan.txt"), png)
    fs.writeFileSync(path.join(input, "mid.txt"), brokenUtf8)
    fs.writeFileSync(path.join(input, "empty.txt"), "")
    fs.copyFileSync(seed("001").file, path.join(input, "report.txt"))
    const r = govstat("run", "--input", input, "--out", out, "--log", "json")
    expect(r.status).toBe(1)
    const manifest = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8"))
    expect(manifest.errors.map((e: { source_path: string; tag: string }) => `${e.source_path}:${e.tag}`).sort())
      .toEqual(["archive.txt:BinaryInputError", "mid.txt:EncodingError", "scan.txt:BinaryInputError"])
    expect(manifest.errors.find((e: { source_path: string }) => e.source_path === "mid.txt").byteOffset).toBe(61)
    const docs = parse(fs.readFileSync(path.join(out, "documents.csv"), "utf8"), { columns: true }) as Array<Record<string, string>>
    expect(docs.map((d) => d.doc_id).sort()).toEqual(["empty", "report"])
    expect(manifest.counts.indicators).toBeGreaterThan(200)
  })
})

describe("a saved web page", () => {
  const page = `<!DOCTYPE html><html><head><title>区政府工作报告</title><script>var total = "9999亿元";</script>
<style>.x{width:100%}</style></head><body><div class="nav">首页 &gt; 政务公开</div>
<p>2023年,全区实现地区生产总值983&#20159;元,增长7.2%;&nbsp;一般公共预算收入40.2亿元。</p>
<!-- 注释里的 123亿元 不是事实 --></body></html>`

  it("reads the text, not the markup, and spans point at the source", () => {
    const r = extractText(page, { docId: "page", path: "page.html" })
    expect(r.indicators.map((i) => [i.value, i.unit])).toEqual([[983, "亿元"], [7.2, "%"], [40.2, "亿元"]])
    expect(page.slice(r.indicators[0]!.char_start, r.indicators[0]!.char_end)).toBe("983&#20159;元")
    expect(page.slice(r.indicators[2]!.char_start, r.indicators[2]!.char_end)).toBe("40.2亿元")
  })
})

describe("hostile input", () => {
  it("finishes on adversarial runs of digits, 、, brackets and numerals", () => {
    // Each would take minutes with a backtracking pattern; linear scanning takes milliseconds.
    for (const s of [
      "1".repeat(50_000) + "亿元", "、".repeat(50_000), "(".repeat(50_000), "《".repeat(20_000) + "》",
      "一二三四五六七八九十百千万亿".repeat(5_000), "1.".repeat(30_000), "“".repeat(30_000),
      "增长".repeat(20_000) + "%", ("重点项目、").repeat(20_000), "出台" + "政策".repeat(20_000)
    ]) {
      const r = extractText(`各位代表:\n${s}\n`, { docId: "x", path: "x.txt" })
      expect(r.document.doc_id).toBe("x")
    }
  })

  it("never writes NaN or Infinity for malformed numbers, and reports them", () => {
    const text = "各位代表:\n收入1.2.3亿元,,,增长亿亿元,总额" + "9".repeat(400) + "元,增长3.5%。\n"
    const r = extractText(text, { docId: "x", path: "x.txt" })
    for (const i of r.indicators) {
      expect(Number.isFinite(i.value)).toBe(true)
      if (i.value_base !== null) expect(Number.isFinite(i.value_base)).toBe(true)
    }
    expect(r.indicators.map((i) => i.value)).toContain(3.5)
    expect(r.warnings.some((w) => /malformed number "1\.2\.3/.test(w.reason))).toBe(true)
    expect(r.warnings.some((w) => /9{20}/.test(w.reason))).toBe(true)
  })

  it("takes file names with spaces, quotes, dots, newlines and non-ASCII; neutralises formulas in CSV only", async () => {
    const input = tmp("names-in")
    const out = tmp("names-out")
    const names = ["with space.txt", "quote\"d'.txt", "a..b...txt", "line\nbreak.txt", "璧山 报告.txt", "=HYPERLINK(1).txt", "+1.txt", "@cmd.txt", "-2.txt"]
    for (const n of names) fs.writeFileSync(path.join(input, n), "各位代表:\n一、2023年工作回顾\n地区生产总值增长6.1%。\n")
    const r = govstat("run", "--input", input, "--out", out)
    expect(r.status, r.stderr).toBe(0)
    const docs = parse(fs.readFileSync(path.join(out, "documents.csv"), "utf8"), { columns: true }) as Array<Record<string, string>>
    const ids = docs.map((d) => d.doc_id)
    expect(ids).toHaveLength(names.length)
    expect(ids).toContain("'=HYPERLINK(1)")
    expect(ids).toContain("'+1")
    expect(ids).toContain("'@cmd")
    expect(ids).toContain("'-2")
    expect(ids).toContain("line\nbreak")
    const duck = await (await DuckDBInstance.create(":memory:")).connect()
    const rows = (await duck.runAndReadAll(`SELECT doc_id FROM read_parquet('${path.join(out, "documents.parquet")}') ORDER BY doc_id`)).getRows()
    expect(rows.map((x) => x[0])).toContain("=HYPERLINK(1)")
    expect(govstat("validate", out).status).toBe(0)
  })
})
