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
  return (candidate: unknown): Validation<T["schema"]["Type"]> => {
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
