/**
 * Properties over generated rows and texts: each table's rows survive their schema, CSV
 * and Parquet (read back by DuckDB) unchanged, and the normaliser's offset map always
 * leads from a clean character back to the source characters it came from.
 */
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { DuckDBInstance } from "@duckdb/node-api"
import { identity, normaliseText, toSimplifiedScript, toSource } from "@govstat/extract"
import { openCsv, openParquet } from "@govstat/load"
import { col, type Field, makeValidator, RejectTable, table, type Table, TableNames, Tables } from "@govstat/schema"
import { parse } from "csv-parse/sync"
import * as Schema from "effect/Schema"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const TABLES: Array<Table> = [...TableNames.map((n) => Tables[n] as Table), RejectTable as Table]
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "govstat-prop-"))

/** Text cells with what breaks writers: separators, quotes, line breaks, formula starts, CJK, emoji. */
const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom(",", "\"", "\n", "\r", "'", "=", "+", "-", "@", "\t", " ", "　", "亿", "元", "璧", "區", "😀", "９"),
    fc.string({ minLength: 1, maxLength: 1 })
  ),
  maxLength: 12
})
const day = fc.integer({ min: Date.UTC(1950, 0, 1) / 86_400_000, max: Date.UTC(2100, 11, 31) / 86_400_000 })

/** A value of a field's kind, drawn from the same field list the writers read. */
function valueOf(f: Field): fc.Arbitrary<unknown> {
  const v: fc.Arbitrary<unknown> = (() => {
    switch (f.kind) {
      case "enum": return fc.constantFrom(...f.values!)
      case "int64": return fc.maxSafeInteger()
      // -0 reads back as 0 from a CSV; the schema does not tell them apart either.
      case "double": return fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x))
      case "date": return day.map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10))
      case "timestamp": return fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }).map((ms) => new Date(ms).toISOString())
      // Nullable text is null or non-empty (an empty CSV field is null).
      default: return f.nullable || f.name === "reason" || f.name === "doc_id" ? text.filter((s) => s.length > 0) : text
    }
  })()
  return f.nullable ? fc.option(v, { nil: null }) : v
}

const rowOf = (t: Table) =>
  fc.record(Object.fromEntries(t.fields.map((f) => [f.name, valueOf(f)]))).filter((r) => makeValidator(t)(r).ok)

/** A CSV cell back to its value: the inverse of the writer, formula apostrophe included. */
function fromCsv(f: Field, cell: string): unknown {
  if (cell === "" && f.nullable) return null
  switch (f.kind) {
    case "int64":
    case "double": return Number(cell)
    case "string": return cell.startsWith("'") ? cell.slice(1) : cell
    default: return cell
  }
}

/** A DuckDB value back to the row's representation. */
function fromDuck(f: Field, v: unknown): unknown {
  if (v === null) return null
  switch (f.kind) {
    case "int64": return Number(v as bigint)
    case "double": return Number(v)
    default: return String(v)
  }
}

describe("every table", () => {
  for (const t of TABLES) {
    it(`${t.name}: rows round-trip through the schema, CSV and Parquet`, async () => {
      const struct = t.schema as Schema.Codec<unknown, unknown>
      const rows = fc.sample(rowOf(t), { numRuns: 150, seed: 7 })
      expect(rows.length).toBeGreaterThan(100)
      for (const r of rows) expect(Schema.decodeUnknownSync(struct)(Schema.encodeSync(struct)(r))).toEqual(r)

      const csvFile = path.join(dir, `${t.name}.csv`)
      const w = openCsv(csvFile, t)
      w.write(rows as Array<Record<string, unknown>>)
      w.close()
      const back = (parse(fs.readFileSync(csvFile, "utf8"), { columns: true, relax_quotes: false }) as Array<Record<string, string>>)
        .map((r) => Object.fromEntries(t.fields.map((f) => [f.name, fromCsv(f, r[f.name]!)])))
      expect(back).toEqual(rows)

      const pqFile = path.join(dir, `${t.name}.parquet`)
      const p = openParquet(pqFile, t, { rowGroupSize: 40 })
      p.write(rows as Array<Record<string, unknown>>)
      p.close()
      const con = await (await DuckDBInstance.create(":memory:")).connect()
      const cols = t.fields.map((f) => f.kind === "date" ? `CAST("${f.name}" AS VARCHAR)` : f.kind === "timestamp"
        ? `strftime("${f.name}" AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%gZ')` : `"${f.name}"`)
      const read = (await con.runAndReadAll(`SELECT ${cols.join(", ")} FROM read_parquet('${pqFile}')`)).getRows()
        .map((r) => Object.fromEntries(t.fields.map((f, k) => [f.name, fromDuck(f, r[k])])))
      expect(read).toEqual(rows)
    }, 60_000)
  }
})

describe("Parquet logical types", () => {
  it("each column kind reads back in DuckDB as its type, timestamps as UTC", async () => {
    const t = table("kinds", "one column of each kind", ["s"], {
      s: col.string("text"), e: col.enum(["a", "b"], "enum"), i: col.int("int"), d: col.double("double"),
      day: col.date("date"), at: col.timestamp("timestamp")
    }) as unknown as Table
    const file = path.join(dir, "kinds.parquet")
    const w = openParquet(file, t)
    w.write([{ s: "x", e: "a", i: 2 ** 53 - 1, d: 286.9, day: "2024-02-29", at: "2024-03-01T08:00:00.000Z" }])
    w.close()
    const con = await (await DuckDBInstance.create(":memory:")).connect()
    const types = (await con.runAndReadAll(`DESCRIBE SELECT * FROM '${file}'`)).getRows().map((r) => String(r[1]))
    expect(types).toEqual(["VARCHAR", "VARCHAR", "BIGINT", "DOUBLE", "DATE", "TIMESTAMP WITH TIME ZONE"])
    const [row] = (await con.runAndReadAll(`SELECT i, d, CAST(day AS VARCHAR), epoch_ms("at") FROM '${file}'`)).getRows()
    expect(row!.map(String)).toEqual([String(2 ** 53 - 1), "286.9", "2024-02-29", String(Date.parse("2024-03-01T08:00:00.000Z"))])
  })
})

describe("the normaliser's offset map", () => {
  // Text as documents bring it: traditional script, pinyin artefacts, full-width forms,
  // words broken across lines, mixed line endings, breadcrumbs.
  const piece = fc.constantFrom(
    "地区生产总值983亿元,", "增长7.2%。", "產業(chǎn)園區(qū)", "榮昌區", "ＧＤＰ１２３", "推\n\n动我市", "\r\n", "\n", "\r",
    "您当前的位置: 首页 > 新闻\n", "  ", "“十四五”", "《关于进一步提升河流水质的实施意见》", "一、2023年工作回顾\n", "&nbsp;", "１０"
  )
  it("slices from every clean character back to source characters that normalise to it", () => {
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), (pieces) => {
      const source = pieces.join("")
      const { clean, script } = normaliseText(source)
      let last = 0
      for (let i = 0; i < clean.text.length; i++) {
        const [s, e] = toSource(clean, i, i + 1)
        expect(s).toBeGreaterThanOrEqual(last)
        expect(e).toBeGreaterThan(s)
        expect(e).toBeLessThanOrEqual(source.length)
        last = s
        const c = clean.text[i]!
        if (/\s/.test(c)) continue
        // The source slice, cleaned on its own with the document's script, gives back the
        // character (區 → 区, ９ → 9, 產(chǎn) → 产).
        const alone = normaliseText(source.slice(s, e)).clean.text
        const back = script === "traditional" ? alone + toSimplifiedScript(identity(alone)).text : alone
        expect(back, `${JSON.stringify(source)} @${i}`).toContain(c)
      }
    }), { numRuns: 300, seed: 11 })
  })
})
