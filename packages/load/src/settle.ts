/**
 * settle: a document's candidate rows through the schema gate, in position order. Pure, so
 * it runs on the worker thread that extracted the document and the main thread only writes.
 */
import type { DocumentRow, IndicatorRow, PolicyRow, ProjectRow } from "@govstat/schema"
import { gate } from "./gate.js"
import type { DocumentResult } from "./pipeline.js"
import type { ExtractedRows } from "./pool.js"

const byPosition = <R extends { char_start: number; char_end: number; id: string }>(rows: ReadonlyArray<R>) =>
  [...rows].sort((a, b) => a.char_start - b.char_start || a.char_end - b.char_end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))

/** Validates a document's candidate rows and orders them by position. */
export function settle(input: { readonly docId: string; readonly sourcePath: string }, rows: ExtractedRows): DocumentResult {
  const d = gate<DocumentRow>("documents", [rows.document])
  const i = gate<IndicatorRow>("indicators", rows.indicators)
  const p = gate<ProjectRow>("projects", rows.projects)
  const o = gate<PolicyRow>("policies", rows.policies)
  return {
    docId: input.docId,
    sourcePath: input.sourcePath,
    rows: { documents: d.valid, indicators: byPosition(i.valid), projects: byPosition(p.valid), policies: byPosition(o.valid) },
    rejects: [...d.rejects, ...i.rejects, ...p.rejects, ...o.rejects],
    warnings: rows.warnings,
    error: null
  }
}

