/**
 * The coordinating thread only appends what workers encoded: CSV lines per document and
 * Parquet row groups cut from per-document column pieces. These tests hold that the split
 * changes nothing: the files are byte-identical however the rows are cut into documents,
 * and the hand-written CSV lines are csv-stringify's (quoting a lone CR as well).
 */
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { extractDocument } from "@govstat/extract"
import {
  columnPiece, columnStatistics, csvText, encodeRowGroup, openParquet, openParquetFile, parquetElement, piecesToColumns, RowGroupCutter, settle
} from "@govstat/load"
import { type Field, type Table, Tables } from "@govstat/schema"
import { stringify } from "csv-stringify/sync"
import fc from "fast-check"
import { parquetReadObjects } from "hyparquet"
import { createRequire } from "node:module"
import { pathToFileURL } from "node:url"
import { describe, expect, it } from "vitest"

/** hyparquet-writer as the load package has it (the writer whose statistics ours must equal). */
const { ByteWriter, ParquetWriter } = await import(pathToFileURL(
  createRequire(path.resolve(import.meta.dirname, "../packages/load/package.json")).resolve("hyparquet-writer")
).href) as typeof import("hyparquet-writer")

const SEEDS = path.resolve(import.meta.dirname, "../seeds")
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "govstat-split-"))

/** The settled indicator rows of every seed, in order: real rows from real text. */
const rows = fs.readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort().flatMap((f) => {
  const out = extractDocument(fs.readFileSync(path.join(SEEDS, f)), { docId: f.replace(/\.txt$/, ""), path: f })
  if (!out.ok) throw new Error(f)
  return settle({ docId: f, sourcePath: f }, out.result).rows.indicators as unknown as Array<Record<string, unknown>>
})
const t = Tables.indicators as Table

/** Writes `rows` cut into documents at `cuts` the way the pipeline does: pieces, a cutter, row groups encoded apart and appended. */
function writeSplit(file: string, cuts: ReadonlyArray<number>, size: number) {
  const out = openParquetFile(file, t)
  const cutter = new RowGroupCutter(size)
  const encode = (group: Parameters<typeof piecesToColumns>[1]) => out.append(structuredClone(encodeRowGroup(t, piecesToColumns(t, group))))
  const bounds = [0, ...cuts, rows.length]
  for (let k = 1; k < bounds.length; k++) for (const g of cutter.add(columnPiece(t, rows.slice(bounds[k - 1], bounds[k])))) encode(g)
  const last = cutter.rest()
  if (last) encode(last)
  out.close()
}

describe("encoding split between workers", () => {
  it("reads hundreds of indicator rows from the seeds", () => {
    expect(rows.length).toBeGreaterThan(300)
  })

  it("Parquet is byte-identical however the rows are cut into documents, and holds the rows", async () => {
    const size = 64
    const whole = path.join(dir, "whole.parquet")
    const w = openParquet(whole, t, { rowGroupSize: size })
    w.write(rows)
    w.close()
    const expected = fs.readFileSync(whole)
    await fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 1, max: rows.length - 1 }), { maxLength: 12 }), (cuts) => {
      const file = path.join(dir, "split.parquet")
      writeSplit(file, [...cuts].sort((a, b) => a - b), size)
      expect(Buffer.compare(fs.readFileSync(file), expected)).toBe(0)
    }), { numRuns: 25 })
    const buf = new Uint8Array(expected).buffer
    const back = await parquetReadObjects({ file: buf })
    expect(back.length).toBe(rows.length)
    expect(back.map((r) => r.id)).toEqual(rows.map((r) => r.id))
    expect(back.map((r) => r.quote)).toEqual(rows.map((r) => r.quote))
  })

  it("CSV lines are csv-stringify's (CR quoted), for real rows and for cells with separators, quotes and line breaks", () => {
    const viaLib = (rs: ReadonlyArray<Record<string, unknown>>) => rs.length
      ? stringify(rs.map((r) => t.fields.map((f) => r[f.name] === null || r[f.name] === undefined ? "" : String(r[f.name]))), { record_delimiter: "\n", quote_record_delimiter: true })
      : ""
    // Real rows hold no formula starts, so the apostrophe guard plays no part here.
    expect(csvText(t, rows)).toBe(viaLib(rows))
    const cell = fc.string({ unit: fc.constantFrom(",", "\"", "\n", "\r", "亿", "a", " "), maxLength: 8 })
    fc.assert(fc.property(fc.array(cell, { minLength: 1, maxLength: 5 }), (quotes) => {
      const rs = quotes.map((q, k) => ({ ...rows[k]!, quote: `句${q}`, indicator: q ? `x${q}` : "x" }))
      expect(csvText(t, rs)).toBe(viaLib(rs))
    }), { numRuns: 200 })
  })

  it("column statistics are the ones hyparquet-writer computes: UTF-8 order beyond U+FFFF and for lone surrogates, NaN, signed zero, nulls", () => {
    const byKind = (kind: Field["kind"]) => t.fields.find((f) => f.kind === kind && !f.freeText)!
    const theirs = (f: Field, values: Array<unknown>) => {
      const w = new ParquetWriter({ writer: new ByteWriter(), schema: [{ name: "root", num_children: 1 }, { ...parquetElement(f), repetition_type: "OPTIONAL" }] })
      void w.write({ columnData: [{ name: f.name, data: values as Array<never>, nullable: true }], rowGroupSize: Math.max(1, values.length) })
      return w.row_groups[0]!.columns[0]!.meta_data!.statistics
    }
    const text = fc.string({ unit: fc.constantFrom("a", "z", "亿", "\uE000", "\uFFFF", "\u{1F600}", "\u{20000}", "\uD800", "\uDC00"), maxLength: 4 })
    const cases: Array<[Field, fc.Arbitrary<unknown>]> = [
      [byKind("string"), text],
      [byKind("enum"), text],
      [byKind("double"), fc.oneof(fc.double(), fc.constantFrom(0, -0, Number.NaN))],
      [byKind("int64"), fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n })],
      [byKind("date"), fc.integer({ min: -800_000, max: 3_000_000 })]
    ]
    for (const [f, value] of cases) {
      fc.assert(fc.property(fc.array(fc.option(value, { nil: null }), { minLength: 1, maxLength: 30 }), (values) => {
        expect(columnStatistics(f, values)).toStrictEqual(theirs(f, values))
      }), { numRuns: 300 })
    }
  })
})
