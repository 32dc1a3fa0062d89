/**
 * The gate's fast path: a row is accepted on each column's plain test (`Column.test`) and only
 * a refused one goes to the Effect schema for its reasons. The tests must accept exactly what
 * the schema accepts; here both judge real rows from the seeds, each changed in one way.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import * as fc from "fast-check"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import { extractText } from "@govstat/extract"
import { acceptsRow, makeValidator, RejectTable, type Table, Tables } from "@govstat/schema"
import { SEEDS } from "./helpers.js"

const rowsOf = (name: string): Array<Record<string, unknown>> => {
  const out: Array<Record<string, unknown>> = []
  for (const f of fs.readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort()) {
    const r = extractText(fs.readFileSync(path.join(SEEDS, f), "utf8"), { docId: f, path: f })
    const rows = name === "documents" ? [r.document] : (r as unknown as Record<string, Array<Record<string, unknown>>>)[name] ?? []
    out.push(...rows.slice(0, 40))
  }
  return out
}

/** Values that sit on the edges of the column kinds. */
const tricky = [
  null, undefined, "", " ", "x", "0", 0, -0, 1, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, 2 ** 53 - 1, -(2 ** 53),
  "2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "2023-04-31", "2023-13-01", "2023-1-01", "2024-01-01T00:00:00.000Z",
  "2024-01-01T00:00:00Z", "2024-13-01T00:00:00Z", "actual", "target", "level", "county", "indicators", "approx", true, [], {}, ["a"]
]

const schemaAccepts = (t: Table) => {
  const decode = Schema.decodeUnknownResult(t.schema as unknown as Schema.Codec<unknown, unknown>)
  return (row: unknown) => Result.isSuccess(decode(row, { errors: "all", onExcessProperty: "error" }))
}

describe("the gate's fast path", () => {
  for (const t of [...Object.values(Tables), RejectTable] as Array<Table>) {
    const rows = t.name === "rejects" ? [{ table: "indicators", doc_id: null, field: "value", reason: "bad", value: "1", row: "{}" }] : rowsOf(t.name)
    const fields = t.fields.map((f) => f.name)

    it(`accepts exactly what the ${t.name} schema accepts, on real rows changed in one field, short of one or with one too many`, () => {
      expect(rows.length).toBeGreaterThan(0)
      const fast = acceptsRow(t)
      const slow = schemaAccepts(t)
      for (const row of rows) expect(fast(row)).toBe(slow(row))
      const changed = fc.record({
        k: fc.nat({ max: rows.length - 1 }),
        field: fc.constantFrom(...fields),
        how: fc.constantFrom("set", "delete", "extra"),
        value: fc.oneof(fc.constantFrom(...tricky), fc.string(), fc.double(), fc.integer())
      })
      fc.assert(fc.property(changed, ({ k, field, how, value }) => {
        const row: Record<string, unknown> = { ...rows[k] }
        if (how === "set") row[field] = value
        else if (how === "delete") delete row[field]
        else row[`${field}_extra`] = value
        expect(fast(row), `${how} ${field} = ${String(value)}`).toBe(slow(row))
      }), { numRuns: 3000, seed: 20261130 })
    })
  }

  it("passes an accepted row on as the schema's decode would give it, and sends a refused one to the schema for its reasons", () => {
    const t = Tables.indicators as Table
    const validate = makeValidator(t)
    const decode = Schema.decodeUnknownSync(t.schema as unknown as Schema.Codec<unknown, unknown>)
    const row = rowsOf("indicators")[0]!
    const r = validate(row)
    expect(r.ok && r.row).toEqual(decode(row))
    const bad = validate({ ...row, value: Number.NaN, status: "done" })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.issues.map((i) => i.field).sort()).toEqual(["status", "value"])
  })
})
