/**
 * settleChunks: a document's rows through the schema gate as its extractor yields them
 * chunk by chunk (extractChunks), keeping at most the row cap per table as they come, so the
 * worker never holds more than one chunk's candidates and the capped rows. For a document
 * read in one chunk the result is settle's.
 */
import type { ChunkRows, ChunksEnd } from "@govstat/extract"
import type { DocumentRow, IndicatorRow, PolicyRow, ProjectRow, RejectRow } from "@govstat/schema"
import { gate } from "./gate.js"
import { type DocumentError, failed, type DocumentResult } from "./pipeline.js"
import { byPosition, capped, MAX_ROWS_PER_TABLE } from "./settle.js"

type Located = { char_start: number; char_end: number; id: string }
type Warning = DocumentResult["warnings"][number]

/** One table's rows: those kept (up to the cap), how many were found, the first one dropped. */
class Kept<R extends Located> {
  readonly rows: Array<R> = []
  readonly rejects: Array<RejectRow> = []
  found = 0
  dropped: R | null = null
  constructor(readonly table: "indicators" | "projects" | "policies", readonly cap: number) {}
  add(candidates: ReadonlyArray<unknown>) {
    if (!candidates.length) return
    const g = gate<R>(this.table, candidates)
    this.rejects.push(...g.rejects)
    for (const r of byPosition(g.valid)) {
      this.found++
      if (this.rows.length < this.cap) this.rows.push(r)
      else this.dropped ??= r
    }
  }
  /** The kept rows, with the cap's warning when rows were dropped (as settle words it). */
  settled(warnings: Array<Warning>): Array<R> {
    if (this.dropped === null) return this.rows
    // The first dropped row stands for all of them: capped() words the warning as settle does.
    capped(this.table, [...this.rows, this.dropped], warnings, this.cap, this.found)
    return this.rows
  }
}

export function settleChunks(
  input: { readonly docId: string; readonly sourcePath: string },
  chunks: Generator<ChunkRows, ChunksEnd, void>,
  cap = MAX_ROWS_PER_TABLE
): DocumentResult {
  const indicators = new Kept<IndicatorRow>("indicators", cap)
  const projects = new Kept<ProjectRow>("projects", cap)
  const policies = new Kept<PolicyRow>("policies", cap)
  const warnings: Array<Warning> = []
  let step = chunks.next()
  for (; !step.done; step = chunks.next()) {
    indicators.add(step.value.indicators)
    projects.add(step.value.projects)
    policies.add(step.value.policies)
    warnings.push(...step.value.warnings)
  }
  const end = step.value
  if (!end.ok) {
    const e = end.error
    const error: DocumentError = { tag: e._tag, message: e.message, byteOffset: "byteOffset" in e ? e.byteOffset : null }
    return failed(input, error)
  }
  const d = gate<DocumentRow>("documents", [end.document])
  return {
    docId: input.docId,
    sourcePath: input.sourcePath,
    rows: { documents: d.valid, indicators: indicators.settled(warnings), projects: projects.settled(warnings), policies: policies.settled(warnings) },
    rejects: [...d.rejects, ...indicators.rejects, ...projects.rejects, ...policies.rejects],
    warnings,
    error: null
  }
}
