/**
 * A plan's indicator table dumped one cell per line (指标 ⏎ 2020年 ⏎ 2025年 ⏎ 属性 ⏎ 1.学前教育毛入园率(%)
 * ⏎ 99% ⏎ 99%以上 ⏎ 约束性 …): the heading's year columns say which figure is the base year's result
 * and which the target year's; a 年均增长 or 累计 column is a rate over the plan, dated by its last year.
 * A communiqué's table comes the same way (指 标 ⏎ 年末数(万人) ⏎ 比重(%) ⏎ 全县户籍人口 ⏎ 85.64 ⏎ 100.0),
 * or a row per line with its cells spaced (产品名称 产量(吨) 比上年增长% ⏎ 粮 食 199008.5 6.3): its
 * columns (table-columns.ts) say level, rate of change or share; its figures are the text's year's.
 * Only rows whose layout reads without guessing give facts: a name, then exactly one cell per
 * numeric column (a row split into 其中 sub-rows gives none), and a unit the name or the cell states.
 */
import { findUnit, type Measure } from "@govstat/schema"
import type { Span } from "../document/spans.js"
import { isRateUnit } from "./rate-unit.js"
import { INDEX_HEAD, LEVEL_HEAD, RATE_HEAD, SHARE_HEAD, UNIT_HEAD } from "./table-columns.js"

export type PlanColumn =
  | { readonly kind: "year"; readonly year: number }
  | { readonly kind: "growth" }
  | { readonly kind: "cumulative" }
  | { readonly kind: "attribute" }
  // A communiqué's columns: the year's level (its unit if the heading states it), rate of change, share,
  // each row's unit, an index (read as no fact).
  | { readonly kind: "level"; readonly unit: string | null }
  | { readonly kind: "rate" }
  | { readonly kind: "share" }
  | { readonly kind: "unit" }
  | { readonly kind: "index" }

export interface PlanTableFact {
  readonly name: string
  readonly nameAt: number
  readonly value: number
  readonly unit: string
  readonly known: ReturnType<typeof findUnit> | null
  readonly measure: Measure
  /** The plan column's year; null for a communiqué's cell, which the text's own year dates. */
  readonly period: string | null
  readonly status: "actual" | "target" | null
  readonly qualifier: "approx" | "lower_bound" | "upper_bound" | null
  readonly span: Span
}

const HEAD_NAME = /^(?:主要)?指标(?:名称)?$|^(?:项目|产品名称|名称)$/
/** The first characters of a heading's first cell: the cheap test before any other. */
const HEAD_FIRST = new Set([..."主指项产名"].map((c) => c.charCodeAt(0)))
const YEAR_COLUMN = /^((?:19|20)\d{2})年(?:[(（]?(?:基期|基数|现状|实际|目标|预期|规划目标|目标值)(?:值)?[)）]?)?$/
const GROWTH_COLUMN = /^(?:[“"]?十[一二三四五]五[”"]?)?年均增[长速](?:[(（]%[)）])?$/
const CUMULATIVE_COLUMN = /^[〔\[【(（]?累计[〕\]】)）]?(?:[(（]%[)）])?$/
const ATTRIBUTE = /^(?:指标)?属性$/
const ATTRIBUTE_CELL = /^(?:预期性|约束性)$/
const GROUP = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])/
/** 99%以上, 11.4年, 〔18〕, 6左右: a number, its unit as written, a bracket for a cumulative figure, a qualifier. */
const VALUE_CELL = /^[〔\[【]?([-−]?\d+(?:\.\d+)?)(%|‰|‱|[\u4e00-\u9fff]{1,2})?[〕\]】]?(以上|以下|以内|左右)?$/
const EMPTY_CELL = /^[-—–/]+$/
const BARE_VALUE = /^[-−]?\d+(?:\.\d+)?%?$/
/** 表3:2022年畜禽产品产量及存栏量: the title of the next table. */
const TABLE_TITLE = /^表\s*[0-9一二三四五六七八九十]/
const NAME_UNIT = /[(（]\s*([^()（）]{1,4}?)\s*[)）]$/
const NUMBERING = /^(?:\d{1,2}[.、．]\s*|[（(]\d{1,2}[)）]\s*)/

const flat = (s: string) => s.replace(/\s+/g, "")

/**
 * Cheap test before any parsing: the paragraph is the heading's first cell (指  标), or a heading row
 * with its cells spaced (产品名称 产量(吨) 比上年增长%).
 */
export function opensPlanTable(line: string): boolean {
  if (line.length >= 60) return false
  let i = 0
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 0x3000)) i++
  if (!HEAD_FIRST.has(line.charCodeAt(i))) return false
  if (line.length < 16 && HEAD_NAME.test(flat(line))) return true
  // A spaced heading row has a space between its cells (most short lines have none).
  const t = line.trim()
  return (t.includes(" ") || t.includes("\u3000") || t.includes("\t")) && headingRow(line, 0) !== null
}

const isCommunique = (c: PlanColumn) => c.kind === "level" || c.kind === "rate" || c.kind === "share" || c.kind === "unit" || c.kind === "index"

function columnOf(cell: string): PlanColumn | null {
  const t = flat(cell)
  const y = YEAR_COLUMN.exec(t)
  if (y) return { kind: "year", year: Number(y[1]) }
  if (GROWTH_COLUMN.test(t)) return { kind: "growth" }
  if (CUMULATIVE_COLUMN.test(t)) return { kind: "cumulative" }
  if (ATTRIBUTE.test(t)) return { kind: "attribute" }
  const level = LEVEL_HEAD.exec(t)
  if (level) return { kind: "level", unit: level[1] ?? null }
  if (RATE_HEAD.test(t)) return { kind: "rate" }
  if (SHARE_HEAD.test(t)) return { kind: "share" }
  if (UNIT_HEAD.test(t)) return { kind: "unit" }
  if (INDEX_HEAD.test(t)) return { kind: "index" }
  return null
}

/** A line's whitespace-separated words with their offsets. */
function words(line: string, offset: number): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = []
  const re = /\S+/g
  for (let m = re.exec(line); m !== null; m = re.exec(line)) out.push({ text: m[0], at: offset + m.index })
  return out
}

/**
 * The columns of a heading row whose cells are spaced on one line (项 目 指数, 产品名称 产 量 比上年增长%):
 * the words up to the heading's first cell, then each column the shortest run of words that names
 * one; null unless every word is read so and some column gives figures.
 */
function headingRow(line: string, offset: number): Array<PlanColumn> | null {
  const w = words(line, offset)
  let i = 0
  let head = ""
  while (i < w.length && !HEAD_NAME.test(head)) head += w[i++]!.text
  if (!HEAD_NAME.test(head) || i === w.length) return null
  const columns: Array<PlanColumn> = []
  while (i < w.length) {
    let cell = ""
    let column: PlanColumn | null = null
    for (let j = i; j < w.length && j < i + 4 && column === null; j++) {
      cell += w[j]!.text
      column = columnOf(cell)
      if (column) i = j + 1
    }
    if (!column || !isCommunique(column)) return null
    columns.push(column)
  }
  return columns.some((c) => c.kind === "level" || c.kind === "rate" || c.kind === "share") ? columns : null
}

/** A row's line split into its name and the value cells spaced at its end (粮 食 199008.5 6.3 → 粮食, 199008.5, 6.3). */
function rowCells(raw: string, at: number, isValue: (t: string) => boolean): Array<Cell> {
  const w = words(raw, at)
  let k = w.length
  while (k > 0 && isValue(w[k - 1]!.text)) k--
  if (k === 0 || k === w.length) return w.length === 0 ? [] : [{ text: raw.trim(), at: w[0]!.at, first: true }]
  return [{ text: w.slice(0, k).map((x) => x.text).join(""), at: w[0]!.at, first: true }, ...w.slice(k).map((x) => ({ ...x, first: false }))]
}

/** A cell, and whether it opens its line (a spaced table's row is its line). */
interface Cell {
  readonly text: string
  readonly at: number
  readonly first: boolean
}

/**
 * The facts of a one-cell-per-line plan table whose heading opens at `paras[from]`, and where its
 * last cell read ends; null when the paragraphs there are no such table. (Its group rows, 一、发展水平,
 * may open sections of their own: the caller passes the paragraphs of the text, not of a section.)
 */
export function readPlanTable(text: string, paras: ReadonlyArray<Span>, from: number): { facts: Array<PlanTableFact>; end: number } | null {
  // The heading's cells one per line after its first, or spaced on its own line (then so are its rows').
  const spaced = headingRow(text.slice(paras[from]!.start, paras[from]!.end), paras[from]!.start)
  const columns: Array<PlanColumn> = spaced ?? []
  let i = from + 1
  for (; spaced === null && i < paras.length; i++) {
    const c = columnOf(text.slice(paras[i]!.start, paras[i]!.end))
    if (!c) break
    columns.push(c)
  }
  const numeric = columns.filter((c) => c.kind !== "attribute")
  const years = numeric.filter((c): c is { kind: "year"; year: number } => c.kind === "year").map((c) => c.year)
  // A plan's table has year columns; a communiqué's has none, and no plan column.
  const communique = columns.length > 0 && columns.every(isCommunique)
  const figures = columns.some((c) => c.kind === "level" || c.kind === "rate" || c.kind === "share" || c.kind === "index")
  // A year column beside a communiqué's (2023年 | 比上年增长%) is no plan's target: such a table is not read.
  if (communique ? !figures : figures || years.length === 0 || numeric.length < 2 || numeric.some((c, k) => c !== columns[k])) return null
  const lastYear = years.length ? Math.max(...years) : 0
  const k = numeric.length
  const facts: Array<PlanTableFact> = []
  // A communiqué's cells are bare numbers, its units in the heading (60岁以上 is a row's name there).
  const isValue = communique ? (t: string) => BARE_VALUE.test(t) || EMPTY_CELL.test(t) : (t: string) => VALUE_CELL.test(t) || EMPTY_CELL.test(t)
  // The stream of non-blank cells after the heading, up to the first that is prose, a lead-in
  // (…存栏量如下:), the next table's title or heading.
  const cells: Array<Cell> = []
  for (; i < paras.length; i++) {
    const raw = text.slice(paras[i]!.start, paras[i]!.end)
    const t = raw.trim()
    if (t === "") continue
    if (t.length > 40 || /[。；;]/.test(t) || /[:：]$/.test(t) || TABLE_TITLE.test(t) || opensPlanTable(t)) break
    if (spaced) cells.push(...rowCells(raw, paras[i]!.start, isValue))
    else cells.push({ text: t, at: paras[i]!.start + raw.indexOf(t), first: true })
  }
  const isName = (t: string) => /[\u4e00-\u9fff]/.test(t) && !isValue(t) && !ATTRIBUTE_CELL.test(t)
  // A cell of a 单位 column: a unit the codebook knows, or %.
  const fits = (c: PlanColumn, t: string) => (c.kind === "unit" ? isRateUnit(t) || findUnit(t) !== undefined : isValue(t))
  let used = 0
  for (let n = 0; n < cells.length; n++) {
    const name = cells[n]!
    // A communiqué's 其中:第一产业 (#城镇人口) is a row of its own; a plan's 其中 splits the row above.
    const own = communique ? name.text.replace(/^(?:#|其中\s*[:：]?)/, "") : name.text
    if (!isName(own) || GROUP.test(own) || own.startsWith("其中")) continue
    // A name right after another name (1.幼儿教师…比例 ⏎ 其中:本科…比例 ⏎ 97.74% …): the row is split, its cells not its own.
    const prev = cells[n - 1]
    if (!spaced && prev && isName(prev.text) && !GROUP.test(prev.text)) continue
    const row = cells.slice(n + 1, n + 1 + k)
    if (row.length < k || !row.every((c, j) => fits(numeric[j]!, c.text))) continue
    const after = cells[n + 1 + k]
    // A spaced row is its whole line; a row one cell per line ends where the next name (or attribute) starts.
    if (spaced ? !name.first || row.some((c) => c.first) || (after !== undefined && !after.first) : after && !ATTRIBUTE_CELL.test(after.text) && !isName(after.text)) continue
    used = after && ATTRIBUTE_CELL.test(after.text) ? n + 1 + k : n + k
    const label = own.replace(NUMBERING, "")
    const nameUnit = NAME_UNIT.exec(label)?.[1]
    const subject = label.replace(NAME_UNIT, "").replace(/[*★]/g, "").replace(/\s+/g, "").trim()
    if (communique) {
      const rowUnit = row.find((c, j) => numeric[j]!.kind === "unit")?.text
      row.forEach((c, j) => {
        const f = communiqueFact(numeric[j]!, c, subject, name.at, rowUnit ?? nameUnit)
        if (f) facts.push(f)
      })
      continue
    }
    // 地区生产总值 ⏎ 亿元 ⏎ 1200 ⏎ 1800: a 单位 column states the row's unit, as a communiqué's does.
    const planUnit = row.find((c, j) => numeric[j]!.kind === "unit")?.text
    row.forEach((c, j) => {
      if (numeric[j]!.kind === "unit") return
      const m = VALUE_CELL.exec(c.text)
      if (!m) return
      const unit = m[2] ?? planUnit ?? nameUnit
      if (!unit) return
      const known = findUnit(unit) ?? null
      if (!known) return
      const column = numeric[j]!
      const decrease = /下降|降低|减少/.test(subject)
      const rate = column.kind !== "year" || /增长|增速/.test(subject)
      const measure: Measure = isRateUnit(unit) ? (rate ? "growth_rate" : "share") : column.kind === "year" ? "level" : "growth_rate"
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
  }
  if (facts.length === 0) return null
  // Resume after the last cell read: what follows the table is read as prose.
  const last = cells[used]!
  return { facts, end: last.at + last.text.length }
}

/**
 * The fact of a communiqué table's cell: a level in the column's unit (else the row's), a rate of
 * change in %, a share in %; none for an index, an empty cell, or a level whose unit no one states.
 * A rate of change of a row that is itself a rate (城镇化率 | % | … | 1.2) may be in points: none.
 */
function communiqueFact(column: PlanColumn, c: { text: string; at: number }, name: string, nameAt: number, rowUnit: string | undefined): PlanTableFact | null {
  const m = VALUE_CELL.exec(c.text)
  if (!m || m[3] !== undefined) return null
  let unit: string | undefined
  let measure: Measure
  if (column.kind === "level") {
    // The row's own unit (猪年末存栏(万头) under 产量(吨)) before the column's.
    unit = m[2] ?? rowUnit ?? column.unit ?? undefined
    measure = isRateUnit(unit) ? "share" : "level"
  } else if (column.kind === "rate") {
    if (isRateUnit(rowUnit) || (m[2] !== undefined && m[2] !== "%")) return null
    unit = "%"
    measure = "growth_rate"
  } else if (column.kind === "share") {
    if (m[2] !== undefined && m[2] !== "%") return null
    unit = "%"
    measure = "share"
  } else return null
  if (!unit) return null
  const known = findUnit(unit) ?? null
  if (!known) return null
  const at = c.at + c.text.indexOf(m[1]!)
  return {
    name, nameAt, value: Number(m[1]!.replace("−", "-")), unit, known, measure,
    period: null, status: null, qualifier: null,
    span: { start: at, end: at + m[1]!.length }
  }
}
