/**
 * A plan's indicator table dumped one cell per line (指标 ⏎ 2020年 ⏎ 2025年 ⏎ 属性 ⏎ 1.学前教育毛入园率(%)
 * ⏎ 99% ⏎ 99%以上 ⏎ 约束性 …): the heading's year columns say which figure is the base year's result
 * and which the target year's; a 年均增长 or 累计 column is a rate over the plan, dated by its last year.
 * Only rows whose layout reads without guessing give facts: a name, then exactly one cell per
 * numeric column (a row split into 其中 sub-rows gives none), and a unit the name or the cell states.
 */
import { findUnit, type Measure } from "@govstat/schema"
import type { Span } from "../document/spans.js"

export type PlanColumn =
  | { readonly kind: "year"; readonly year: number }
  | { readonly kind: "growth" }
  | { readonly kind: "cumulative" }
  | { readonly kind: "attribute" }

export interface PlanTableFact {
  readonly name: string
  readonly nameAt: number
  readonly value: number
  readonly unit: string
  readonly known: ReturnType<typeof findUnit> | null
  readonly measure: Measure
  readonly period: string
  readonly status: "actual" | "target"
  readonly qualifier: "approx" | "lower_bound" | "upper_bound" | null
  readonly span: Span
}

const HEAD_NAME = /^(?:主要)?指标(?:名称)?$/
const YEAR_COLUMN = /^((?:19|20)\d{2})年(?:[(（]?(?:基期|基数|现状|实际|目标|预期|规划目标|目标值)(?:值)?[)）]?)?$/
const GROWTH_COLUMN = /^(?:[“"]?十[一二三四五]五[”"]?)?年均增[长速](?:[(（]%[)）])?$/
const CUMULATIVE_COLUMN = /^[〔\[【(（]?累计[〕\]】)）]?(?:[(（]%[)）])?$/
const ATTRIBUTE = /^(?:指标)?属性$/
const ATTRIBUTE_CELL = /^(?:预期性|约束性)$/
const GROUP = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])/
/** 99%以上, 11.4年, 〔18〕, 6左右: a number, its unit as written, a bracket for a cumulative figure, a qualifier. */
const VALUE_CELL = /^[〔\[【]?([-−]?\d+(?:\.\d+)?)(%|‰|[\u4e00-\u9fff]{1,2})?[〕\]】]?(以上|以下|以内|左右)?$/
const EMPTY_CELL = /^[-—–/]+$/
const NAME_UNIT = /[(（]\s*([^()（）]{1,4}?)\s*[)）]$/
const NUMBERING = /^(?:\d{1,2}[.、．]\s*|[（(]\d{1,2}[)）]\s*)/

const flat = (s: string) => s.replace(/\s+/g, "")

/** Cheap test before any parsing: the paragraph is the heading's first cell (指  标). */
export const opensPlanTable = (line: string): boolean => line.length < 16 && HEAD_NAME.test(flat(line))

function columnOf(cell: string): PlanColumn | null {
  const t = flat(cell)
  const y = YEAR_COLUMN.exec(t)
  if (y) return { kind: "year", year: Number(y[1]) }
  if (GROWTH_COLUMN.test(t)) return { kind: "growth" }
  if (CUMULATIVE_COLUMN.test(t)) return { kind: "cumulative" }
  if (ATTRIBUTE.test(t)) return { kind: "attribute" }
  return null
}

/**
 * The facts of a one-cell-per-line plan table whose heading opens at `paras[from]`, and where its
 * last cell read ends; null when the paragraphs there are no such table. (Its group rows, 一、发展水平,
 * may open sections of their own: the caller passes the paragraphs of the text, not of a section.)
 */
export function readPlanTable(text: string, paras: ReadonlyArray<Span>, from: number): { facts: Array<PlanTableFact>; end: number } | null {
  const columns: Array<PlanColumn> = []
  let i = from + 1
  for (; i < paras.length; i++) {
    const c = columnOf(text.slice(paras[i]!.start, paras[i]!.end))
    if (!c) break
    columns.push(c)
  }
  const numeric = columns.filter((c) => c.kind !== "attribute")
  const years = numeric.filter((c): c is { kind: "year"; year: number } => c.kind === "year").map((c) => c.year)
  if (years.length === 0 || numeric.length < 2 || numeric.some((c, k) => c !== columns[k])) return null
  const lastYear = Math.max(...years)
  const k = numeric.length
  const facts: Array<PlanTableFact> = []
  // The stream of non-blank cells after the heading, up to the first that is prose.
  const cells: Array<{ text: string; at: number }> = []
  for (; i < paras.length; i++) {
    const raw = text.slice(paras[i]!.start, paras[i]!.end)
    const t = raw.trim()
    if (t === "") continue
    if (t.length > 40 || /[。；;]/.test(t)) break
    cells.push({ text: t, at: paras[i]!.start + raw.indexOf(t) })
  }
  const isValue = (t: string) => VALUE_CELL.test(t) || EMPTY_CELL.test(t)
  const isName = (t: string) => /[\u4e00-\u9fff]/.test(t) && !isValue(t) && !ATTRIBUTE_CELL.test(t)
  let used = 0
  for (let n = 0; n < cells.length; n++) {
    const name = cells[n]!
    if (!isName(name.text) || GROUP.test(name.text) || name.text.startsWith("其中")) continue
    // A name right after another name (1.幼儿教师…比例 ⏎ 其中:本科…比例 ⏎ 97.74% …): the row is split, its cells not its own.
    const prev = cells[n - 1]
    if (prev && isName(prev.text) && !GROUP.test(prev.text)) continue
    const row = cells.slice(n + 1, n + 1 + k)
    if (row.length < k || !row.every((c) => isValue(c.text))) continue
    const after = cells[n + 1 + k]
    if (after && !ATTRIBUTE_CELL.test(after.text) && !isName(after.text)) continue
    const label = name.text.replace(NUMBERING, "")
    const nameUnit = NAME_UNIT.exec(label)?.[1]
    const subject = label.replace(NAME_UNIT, "").replace(/[*★]/g, "").trim()
    row.forEach((c, j) => {
      const m = VALUE_CELL.exec(c.text)
      if (!m) return
      const unit = m[2] ?? nameUnit
      if (!unit) return
      const known = findUnit(unit) ?? null
      if (!known) return
      const column = numeric[j]!
      const decrease = /下降|降低|减少/.test(subject)
      const rate = column.kind !== "year" || /增长|增速/.test(subject)
      const measure: Measure = unit === "%" || unit === "‰" ? (rate ? "growth_rate" : "share") : column.kind === "year" ? "level" : "growth_rate"
      if (measure === "growth_rate" && unit !== "%") return
      const value = Number(m[1]!.replace("−", "-")) * (measure === "growth_rate" && decrease && column.kind !== "year" ? -1 : 1)
      const year = column.kind === "year" ? column.year : lastYear
      const q = m[3]
      const at = c.at + c.text.indexOf(m[1]!)
      facts.push({
        name: subject, nameAt: name.at, value, unit, known, measure,
        period: String(year), status: column.kind === "year" && year < lastYear ? "actual" : "target",
        qualifier: q === "以上" ? "lower_bound" : q === "以下" || q === "以内" ? "upper_bound" : q === "左右" ? "approx" : null,
        span: { start: at, end: at + m[1]!.length }
      })
    })
    used = after && ATTRIBUTE_CELL.test(after.text) ? n + 1 + k : n + k
  }
  if (facts.length === 0) return null
  // Resume after the last cell read: what follows the table is read as prose.
  const last = cells[used]!
  return { facts, end: last.at + last.text.length }
}
