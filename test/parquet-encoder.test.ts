/**
 * Our column-chunk encoder (packages/load/src/writers/column-chunk.ts) replaces
 * hyparquet-writer's generic one for speed. These tests hold that it writes the very bytes
 * hyparquet-writer writes for the same columns and choices (enums as dictionaries, free text
 * PLAIN, the rest as hyparquet-writer decides; our statistics), on real rows of every table
 * and on generated columns with nulls, signed zeros, huge integers, lone surrogates, astral
 * characters and text long enough to cut pages.
 */
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { extractDocument } from "@govstat/extract"
import { type Compression, columnStatistics, encodeRowGroup, openParquet, parquetSchema, settle } from "@govstat/load"
import { RejectTable, type Table, TableNames, Tables } from "@govstat/schema"
import fc from "fast-check"
import { createRequire } from "node:module"
import { gzipSync } from "node:zlib"
import { pathToFileURL } from "node:url"
import { describe, expect, it } from "vitest"

/** hyparquet-writer and hysnappy as the load package has them, and our snappy compressor. */
const load = createRequire(path.resolve(import.meta.dirname, "../packages/load/package.json"))
const { ByteWriter, ParquetWriter } = await import(pathToFileURL(load.resolve("hyparquet-writer")).href) as typeof import("hyparquet-writer")
const { snappyUncompress } = await import(pathToFileURL(load.resolve("hysnappy")).href) as { snappyUncompress: (b: Uint8Array, n: number) => Uint8Array }
const { snappyCompressor } = await import("../packages/load/dist/writers/snappy.js")

const SEEDS = path.resolve(import.meta.dirname, "../seeds")
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "govstat-encoder-"))

const settled = fs.readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort().map((f) => {
  const out = extractDocument(fs.readFileSync(path.join(SEEDS, f)), { docId: f.replace(/\.txt$/, ""), path: f })
  if (!out.ok) throw new Error(f)
  return settle({ docId: out.result.document.doc_id, sourcePath: f }, out.result)
})
type Row = Record<string, unknown>
const rowsOf = (t: Table): Array<Row> =>
  settled.flatMap((s) => (t.name === "rejects" ? s.rejects : s.rows[t.name as keyof typeof s.rows]) as unknown as Array<Row>)

const snappy = snappyCompressor()
const CODEC = { snappy: "SNAPPY", gzip: "GZIP", none: "UNCOMPRESSED" } as const

/**
 * The file hyparquet-writer writes for the same rows: its own column encoder, with the
 * choices ours makes (dictionary for enums, PLAIN for free text) and our statistics.
 */
function theirs(t: Table, rows: ReadonlyArray<Row>, size: number, compression: "snappy" | "gzip" | "none"): Uint8Array {
  const sink = new ByteWriter()
  const w = new ParquetWriter({
    writer: sink, schema: parquetSchema(t), codec: CODEC[compression], createdBy: "govstat",
    compressors: { SNAPPY: (b: Uint8Array) => snappy(b), GZIP: (b: Uint8Array) => new Uint8Array(gzipSync(b)) },
    kvMetadata: [{ key: "govstat.table", value: t.name }]
  })
  for (let s = 0; s < rows.length; s += size) {
    const data = physical(t, rows.slice(s, s + size)).map((c, k) =>
      ["int64", "timestamp"].includes(t.fields[k]!.kind) ? c.map((v) => v === null ? null : BigInt(v as number)) : c)
    void w.write({
      columnData: t.fields.map((f, k) => ({
        name: f.name, data: data[k] as Array<never>, nullable: f.nullable, statistics: false,
        ...(f.kind === "enum" ? { encoding: "RLE_DICTIONARY" as const } : f.freeText ? { encoding: "PLAIN" as const } : {})
      })),
      rowGroupSize: size
    })
    const group = w.row_groups.at(-1)!
    t.fields.forEach((f, k) => {
      if (f.freeText) return
      const m = group.columns[k]!.meta_data!
      const pages = w.pendingIndexes[w.pendingIndexes.length - t.fields.length + k]?.offsetIndex?.page_locations.length ?? 1
      m.statistics = columnStatistics(f, data[k]!)
      m.encoding_stats = [
        ...(m.dictionary_page_offset !== undefined ? [{ page_type: "DICTIONARY_PAGE" as const, encoding: "PLAIN" as const, count: 1 }] : []),
        { page_type: "DATA_PAGE_V2" as const, encoding: m.encodings.at(-1)!, count: pages }
      ]
    })
  }
  void w.finish()
  return sink.getBytes()
}

/** Columns of physical values (dates as days, timestamps as milliseconds), not through JSON, which writes -0 as 0. */
const physical = (t: Table, rows: ReadonlyArray<Row>): Array<Array<unknown>> => t.fields.map((f) => rows.map((r) => {
  const v = r[f.name] ?? null
  if (v === null) return null
  return f.kind === "date" ? Date.parse(`${v as string}T00:00:00Z`) / 86_400_000 : f.kind === "timestamp" ? Date.parse(v as string) : v
}))

function ours(t: Table, rows: ReadonlyArray<Row>, size: number, compression: Compression): Buffer {
  const file = path.join(dir, `${t.name}.parquet`)
  const w = openParquet(file, t, { compression, rowGroupSize: size })
  w.write(rows)
  w.close()
  return fs.readFileSync(file)
}

const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0

describe("our Parquet column encoder", () => {
  it("writes hyparquet-writer's bytes for the real rows of every table, whatever the codec and row-group size", () => {
    for (const t of [...TableNames.map((n) => Tables[n] as Table), RejectTable as Table]) {
      const rows = rowsOf(t)
      for (const compression of ["snappy", "gzip", "none"] as const) {
        for (const size of [32_768, 50, 3]) expect(same(ours(t, rows, size, compression), theirs(t, rows, size, compression)), `${t.name} ${compression} ${size}`).toBe(true)
      }
    }
    expect(rowsOf(Tables.indicators as Table).length).toBeGreaterThan(300)
  })

  it("writes hyparquet-writer's bytes for generated columns: nulls, -0, large integers, surrogates, repeats", () => {
    const t = Tables.indicators as Table
    const base = rowsOf(t)
    const unit = fc.constantFrom("a", "Z", "亿", "é", "\u{1F600}", "\uD800", "\uDC00", "\uFFFF", "\u0000", " ")
    const text = (max: number) => fc.string({ unit, minLength: 1, maxLength: max })
    const row = fc.record({
      k: fc.nat(base.length - 1),
      indicator: fc.oneof(text(6), fc.constantFrom("地区生产总值", "粮食产量")),
      region: fc.option(fc.constantFrom("重庆市", "璧山区", "\u{20000}区"), { nil: null }),
      qualifier: fc.option(text(3), { nil: null }),
      quote: text(40),
      value: fc.oneof(fc.constantFrom(0, -0, 7.8, 1e300), fc.double({ noNaN: true, noDefaultInfinity: true })),
      value_base: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }),
      char_start: fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 })
    })
    fc.assert(fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 25 }), (gen, size) => {
      const rows = gen.map(({ k, ...r }) => ({ ...base[k]!, ...r }))
      expect(same(ours(t, rows, size, "none"), theirs(t, rows, size, "none"))).toBe(true)
    }), { numRuns: 150 })
  })

  it("compresses a page to the same snappy bytes whatever was compressed before, and they decompress to it", () => {
    // hysnappy's compressor gave the second page other bytes after the first than alone: a
    // worker's history changed the file. Real pages of the bench corpus, cut down.
    const fixture = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "fixtures/snappy-history.json"), "utf8")) as { before: string; page: string }
    const before = new Uint8Array(Buffer.from(fixture.before, "base64")), page = new Uint8Array(Buffer.from(fixture.page, "base64"))
    const alone = snappyCompressor()(page)
    const compress = snappyCompressor()
    compress(before)
    expect(same(compress(page), alone)).toBe(true)
    expect(same(snappyUncompress(alone, page.length), page)).toBe(true)
    // And the seeds' own pages, in any order.
    const rows = rowsOf(Tables.indicators as Table)
    const plain = (xs: Array<string>) => {
      const bytes = xs.map((x) => new TextEncoder().encode(x))
      const out = new Uint8Array(bytes.reduce((s, b) => s + 4 + b.length, 0))
      let at = 0
      for (const b of bytes) { new DataView(out.buffer).setUint32(at, b.length, true); out.set(b, at + 4); at += 4 + b.length }
      return out
    }
    const pages = [before, page, plain(rows.map((r) => r.id as string)), plain(rows.map((r) => r.quote as string))]
    const each = pages.map((p) => snappyCompressor()(p))
    fc.assert(fc.property(fc.array(fc.nat(pages.length - 1), { minLength: 1, maxLength: 8 }), (order) => {
      const c = snappyCompressor()
      for (const k of order) expect(same(c(pages[k]!), each[k]!)).toBe(true)
    }), { numRuns: 40 })
  })

  it("cuts pages of long text where hyparquet-writer cuts them (1 MiB of UTF-8)", () => {
    const t = Tables.indicators as Table
    const base = rowsOf(t)
    // About 4 MB of quotes of 50 B to 2 KB in one row group, a few of 300 KB: pages cut between values of every size.
    const rows = Array.from({ length: 4000 }, (_, i) => ({
      ...base[i % base.length]!,
      quote: i % 997 === 500 ? "长".repeat(100_000) : `${base[i % base.length]!.quote as string}\u{1F600}`.repeat(1 + (i % 23))
    }))
    for (const compression of ["snappy", "none"] as const) expect(same(ours(t, rows, 32_768, compression), theirs(t, rows, 32_768, compression))).toBe(true)
    const group = encodeRowGroup(t, physical(t, rows))
    const quote = t.fields.findIndex((f) => f.name === "quote")
    expect(group.indexes[quote]!.offsetIndex!.page_locations.length).toBeGreaterThan(1)
  })
})
