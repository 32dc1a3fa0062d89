/**
 * settle: a document's candidate rows through the schema gate, in position order. Pure, so
 * it runs on the worker thread that extracted the document and the main thread only writes.
 */
import type { DocumentRow, IndicatorRow, PolicyRow, ProjectRow } from "@govstat/schema"
import { gate } from "./gate.js"
import type { DocumentResult } from "./pipeline.js"
import type { ExtractedRows } from "./pool.js"

/**
 * Rows by span; rows of one span (旅游人次和收入均增长16%: one number, several subjects) keep
 * the order extraction gave them, which is the order their subjects are written in — a
 * reader pairs the first such row with the first subject. The sort is stable and extraction
 * deterministic, so the order is too.
 */
export const byPosition = <R extends { char_start: number; char_end: number }>(rows: ReadonlyArray<R>) =>
  [...rows].sort((a, b) => a.char_start - b.char_start || a.char_end - b.char_end)

/**
 * Rows one document may put in each table. A table dumped as text (a statistical yearbook
 * pasted in) yields one row per cell; past this cap the rest are dropped with a warning, so
 * that one document cannot take the memory of the whole run, nor its disk (a document read in
 * chunks passes its rows on as it goes: see settleChunks).
 */
export const MAX_ROWS_PER_TABLE = 100_000

type Warning = DocumentResult["warnings"][number]

/** The warning that says a table's rows past the cap were dropped, from the first one dropped. */
export const capWarning = (table: string, first: { char_start: number; char_end: number }, cap: number, found: number): Warning => ({
  char_start: first.char_start,
  char_end: first.char_end,
  reason: `row cap: ${found} ${table} rows found, the first ${cap} (up to character ${first.char_start}) kept; split the document to read the rest`
})

/** The first `MAX_ROWS_PER_TABLE` rows by position, and the warning that says what was dropped. */
export function capped<R extends { char_start: number; char_end: number }>(
  table: string, rows: Array<R>, warnings: Array<Warning>, cap: number, found = rows.length
): Array<R> {
  if (rows.length <= cap) return rows
  warnings.push(capWarning(table, rows[cap]!, cap, found))
  return rows.slice(0, cap)
}

/** Validates a document's candidate rows, orders them by position and caps each table. */
export function settle(
  input: { readonly docId: string; readonly sourcePath: string }, rows: ExtractedRows, cap = MAX_ROWS_PER_TABLE
): DocumentResult {
  const d = gate<DocumentRow>("documents", [rows.document])
  const i = gate<IndicatorRow>("indicators", rows.indicators)
  const p = gate<ProjectRow>("projects", rows.projects)
  const o = gate<PolicyRow>("policies", rows.policies)
  const warnings: Array<Warning> = [...rows.warnings]
  return {
    docId: input.docId,
    sourcePath: input.sourcePath,
    rows: {
      documents: d.valid,
      indicators: capped("indicators", byPosition(i.valid), warnings, cap),
      projects: capped("projects", byPosition(p.valid), warnings, cap),
      policies: capped("policies", byPosition(o.valid), warnings, cap)
    },
    rejects: [...d.rejects, ...i.rejects, ...p.rejects, ...o.rejects],
    warnings,
    error: null
  }
}

