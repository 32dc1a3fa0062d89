/**
 * settleChunks: a document's rows through the schema gate as its extractor yields them
 * chunk by chunk (extractChunks), keeping at most the row cap per table as they come. For a
 * document read whole (one chunk) the result is settle's. For one read in chunks, a caller
 * may take the settled rows as each chunk ends (`out`), so that neither the worker nor the
 * thread that writes ever holds more than one chunk's rows: they go, in the order the files
 * hold them, to the streams of `ROW_STREAMS`.
 */
import type { ChunkRows, ChunksEnd } from "@govstat/extract"
import type { DocumentRow, IndicatorRow, PolicyRow, ProjectRow, RejectRow, TableName } from "@govstat/schema"
import { gate } from "./gate.js"
import { type DocumentError, failed, type DocumentResult } from "./pipeline.js"
import { byPosition, capWarning, MAX_ROWS_PER_TABLE } from "./settle.js"

type Located = { char_start: number; char_end: number; id: string }
type Warning = DocumentResult["warnings"][number]

/**
 * Where a chunked document's settled rows go, in the order the output holds them: each
 * table's rows, and the rejects table as settle orders it (the documents row's rejects, then
 * those of indicators, projects and policies). Within a stream, parts come in text order.
 */
export const ROW_STREAMS = [
  "documents", "indicators", "projects", "policies", "rejects:documents", "rejects:indicators", "rejects:projects", "rejects:policies"
] as const
export type RowStream = (typeof ROW_STREAMS)[number]

/** The table a stream's rows are written to. */
export const streamTable = (s: RowStream): TableName | "rejects" => (s.startsWith("rejects:") ? "rejects" : (s as TableName))

/** Takes one stream's newly settled rows (never empty). */
export type RowsOut = (stream: RowStream, rows: ReadonlyArray<Record<string, unknown>>) => void

/** One table's rows: those kept (up to the cap) and not yet passed on, how many were found and kept, the first one dropped. */
class Kept<R extends Located> {
  rows: Array<R> = []
  rejects: Array<RejectRow> = []
  found = 0
  kept = 0
  dropped: R | null = null
  constructor(readonly table: "indicators" | "projects" | "policies", readonly cap: number) {}
  add(candidates: ReadonlyArray<unknown>) {
    if (!candidates.length) return
    const g = gate<R>(this.table, candidates)
    this.rejects.push(...g.rejects)
    for (const r of byPosition(g.valid)) {
      this.found++
      if (this.kept < this.cap) {
        this.rows.push(r)
        this.kept++
      } else this.dropped ??= r
    }
  }
  /** Passes the rows and rejects held on to `out`, and holds them no more. */
  flush(out: RowsOut) {
    if (this.rows.length) out(this.table, this.rows as never)
    if (this.rejects.length) out(`rejects:${this.table}`, this.rejects as never)
    this.rows = []
    this.rejects = []
  }
  /** The cap's warning when rows were dropped (as settle words it). */
  warn(warnings: Warnings) {
    if (this.dropped !== null) warnings.push(capWarning(this.table, this.dropped, this.cap, this.found))
  }
}

/** A document's warnings: all of them, or (`listed` given) the first `listed` and a count of all. */
class Warnings {
  readonly list: Array<Warning> = []
  count = 0
  constructor(readonly listed = Infinity) {}
  push(...ws: ReadonlyArray<Warning>) {
    for (const w of ws) if (this.count++ < this.listed) this.list.push(w)
  }
}

export interface Settled {
  /** The settled document. Its rows and rejects are empty when they were passed to `out` (`streamed`). */
  readonly result: DocumentResult
  /** The document was read as one text (its result is extractDocument's, and may be cached). */
  readonly whole: boolean
  /** For a document whose rows went to `out`: how many rows each table got, and rejects. */
  readonly streamed: { readonly counts: Record<TableName, number>; readonly rejects: number } | null
  /** How many warnings the document has; `result.warnings` lists the first `listed` of them when streamed. */
  readonly warnings: number
}

export function settleChunks(
  input: { readonly docId: string; readonly sourcePath: string },
  chunks: Generator<ChunkRows, ChunksEnd, void>,
  cap = MAX_ROWS_PER_TABLE,
  stream?: { readonly out: RowsOut; readonly listed: number }
): Settled {
  const indicators = new Kept<IndicatorRow>("indicators", cap)
  const projects = new Kept<ProjectRow>("projects", cap)
  const policies = new Kept<PolicyRow>("policies", cap)
  const kept = [indicators, projects, policies]
  let warnings = new Warnings()
  let whole = true
  let rejected = 0
  /** Rows go out as each chunk ends, once the document is known to be read in chunks. */
  let out: RowsOut | null = null
  let step = chunks.next()
  for (; !step.done; step = chunks.next()) {
    const c = step.value
    if (!c.whole && whole) {
      whole = false
      if (stream) {
        out = (s, rows) => {
          if (s.startsWith("rejects:")) rejected += rows.length
          stream.out(s, rows)
        }
        warnings = new Warnings(stream.listed)
      }
    }
    indicators.add(c.indicators)
    projects.add(c.projects)
    policies.add(c.policies)
    warnings.push(...c.warnings)
    if (out) for (const k of kept) k.flush(out)
  }
  const end = step.value
  if (!end.ok) {
    const e = end.error
    const error: DocumentError = { tag: e._tag, message: e.message, byteOffset: "byteOffset" in e ? e.byteOffset : null }
    return { result: failed(input, error), whole, streamed: null, warnings: 0 }
  }
  const d = gate<DocumentRow>("documents", [end.document])
  for (const k of kept) k.warn(warnings)
  const result = (rows: DocumentResult["rows"], rejects: ReadonlyArray<RejectRow>): DocumentResult =>
    ({ docId: input.docId, sourcePath: input.sourcePath, rows, rejects, warnings: warnings.list, error: null })
  if (!out) {
    const rows = { documents: d.valid, indicators: indicators.rows, projects: projects.rows, policies: policies.rows }
    return { result: result(rows, [...d.rejects, ...indicators.rejects, ...projects.rejects, ...policies.rejects]), whole, streamed: null, warnings: warnings.count }
  }
  if (d.valid.length) out("documents", d.valid as never)
  if (d.rejects.length) out("rejects:documents", d.rejects as never)
  const counts = { documents: d.valid.length, indicators: indicators.kept, projects: projects.kept, policies: policies.kept }
  return { result: result({ documents: [], indicators: [], projects: [], policies: [] }, []), whole, streamed: { counts, rejects: rejected }, warnings: warnings.count }
}
