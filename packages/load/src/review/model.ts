/**
 * What the review shows of a row: one flat record per indicator, project or policy with the
 * fields a reader checks (subject, code, value, unit, measure, period, status, qualifier,
 * region) and the span it was read from. The page carries these as JSON.
 */
import type { Row } from "./tables.js"

export type ReviewTable = "indicators" | "projects" | "policies"

export interface ReviewRow {
  readonly id: string
  readonly table: ReviewTable
  readonly subject: string
  readonly code: string | null
  readonly value: number | null
  readonly unit: string | null
  readonly measure: string | null
  readonly period: string | null
  readonly status: string | null
  readonly qualifier: string | null
  readonly region: string | null
  readonly quote: string
  readonly start: number
  readonly end: number
  /** The table's other columns worth a look (base value, kind, issuer …). */
  readonly more: Record<string, string | number>
}

const str = (v: unknown) => (v === null || v === undefined ? null : String(v))
const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null)
const more = (r: Row, keys: ReadonlyArray<string>) =>
  Object.fromEntries(keys.filter((k) => r[k] !== null && r[k] !== undefined && r[k] !== "").map((k) => [k, r[k] as string | number]))

const base = (table: ReviewTable, r: Row) => ({
  id: String(r.id), table, region: str(r.region), quote: String(r.quote ?? ""),
  start: Number(r.char_start), end: Number(r.char_end)
})

export const indicatorRow = (r: Row): ReviewRow => ({
  ...base("indicators", r), subject: String(r.indicator), code: str(r.indicator_code), value: num(r.value), unit: str(r.unit),
  measure: str(r.measure), period: str(r.period), status: str(r.status), qualifier: str(r.qualifier),
  more: more(r, ["value_base", "base_unit", "period_start", "period_end", "region_code", "extractor"])
})

export const projectRow = (r: Row): ReviewRow => ({
  ...base("projects", r), subject: String(r.name), code: str(r.kind), value: num(r.investment_yuan), unit: r.investment_yuan == null ? null : "元",
  measure: null, period: str(r.year), status: str(r.status), qualifier: null,
  more: more(r, ["area_km2", "region_code", "extractor"])
})

export const policyRow = (r: Row): ReviewRow => ({
  ...base("policies", r), subject: String(r.title), code: str(r.kind), value: num(r.article_count), unit: r.article_count == null ? null : "条",
  measure: null, period: str(r.year), status: null, qualifier: null,
  more: more(r, ["issuer", "region_code", "extractor"])
})

/** A reject or warning as the review lists it: reason and position (null when the row had none). */
export interface Problem {
  readonly kind: "reject" | "warning"
  readonly reason: string
  readonly detail: string
  readonly start: number | null
  readonly end: number | null
}

export const rejectProblem = (r: Row): Problem => {
  let start: number | null = null
  let end: number | null = null
  try {
    const row = JSON.parse(String(r.row)) as Record<string, unknown>
    if (typeof row.char_start === "number" && typeof row.char_end === "number") [start, end] = [row.char_start, row.char_end]
  } catch {
    // Not JSON: listed without a position.
  }
  return { kind: "reject", reason: `${r.table}${r.field ? `.${r.field}` : ""}: ${r.reason}`, detail: String(r.value ?? ""), start, end }
}
