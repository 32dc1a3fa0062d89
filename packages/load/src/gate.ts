/**
 * The schema gate: every candidate row is validated against its table's schema before it
 * is written; a row that fails becomes a reject with its field, reason and raw value.
 */
import { makeValidator, type RejectRow, type Table, Tables, type TableName } from "@govstat/schema"

const validators = Object.fromEntries(
  Object.entries(Tables).map(([name, t]) => [name, makeValidator(t as Table)])
) as Record<TableName, ReturnType<typeof makeValidator>>

const json = (v: unknown) => {
  if (v === undefined) return "undefined"
  if (typeof v === "number" && !Number.isFinite(v)) return String(v)
  return JSON.stringify(v) ?? String(v)
}

export function gate<R>(
  table: TableName, rows: ReadonlyArray<unknown>
): { valid: Array<R>; rejects: Array<RejectRow> } {
  const validate = validators[table]
  const valid: Array<R> = []
  const rejects: Array<RejectRow> = []
  for (const row of rows) {
    const r = validate(row)
    if (r.ok) {
      valid.push(r.row as R)
      continue
    }
    const docId = row !== null && typeof row === "object" && "doc_id" in row ? String((row as { doc_id: unknown }).doc_id) : null
    for (const issue of r.issues) {
      rejects.push({ table, doc_id: docId, field: issue.field, reason: issue.reason, value: json(issue.value), row: json(row) })
    }
  }
  return { valid, rejects }
}
