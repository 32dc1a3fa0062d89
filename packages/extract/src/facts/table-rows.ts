/**
 * Rows of a table dumped as text (地区生产总值 | 617.50 | 5.2 |) under a heading row that names
 * each column's unit (| 绝对数(亿元) | 比上年增长(%) |): one fact per numeric cell, its subject the
 * row's name, its unit and measure the column's. A column whose heading names no unit gives no
 * fact: a bare number's unit is not guessed.
 */
import { findUnit, type Measure } from "@govstat/schema"
import type { Span } from "../document/spans.js"
import { isRateUnit } from "./rate-unit.js"
import { AMOUNT_HEAD, CHANGE_HEAD, LEVEL_HEAD, RATE_HEAD, SHARE_HEAD, TABLE_UNIT_LINE } from "./table-columns.js"

export interface TableColumn {
  readonly unit: string
  /** The unit's codebook entry (its base unit and factor); null for %. */
  readonly known: ReturnType<typeof findUnit> | null
  readonly measure: Measure
  /** The year the heading dates the column by (2016年预算数, or 上年完成数 beside it); null: the text's year. */
  readonly year: number | null
  /** A budget's column (预算数) holds targets, an outturn's (完成数, 决算数) results; null: as the text's mode says. */
  readonly status: "actual" | "target" | null
}

export interface TableCell {
  readonly value: number
  /** The cell's number, in text coordinates. */
  readonly span: Span
  readonly column: TableColumn
}

export interface TableRow {
  readonly name: string
  /** Where the row's name starts: a cell's quote runs from there to the cell. */
  readonly nameAt: number
  readonly cells: ReadonlyArray<TableCell>
}

/** A cell's text with its position; the pipes of a line split it into cells. */
interface RawCell {
  readonly text: string
  readonly at: number
}

function cellsOf(line: string, offset: number): Array<RawCell> | null {
  if (!line.includes("|")) return null
  const out: Array<RawCell> = []
  let from = 0
  for (const part of line.split("|")) {
    const lead = part.length - part.trimStart().length
    out.push({ text: part.trim(), at: offset + from + lead })
    from += part.length + 1
  }
  // The pipes that open and close a row leave empty cells at its ends.
  while (out.length && out[0]!.text === "") out.shift()
  while (out.length && out[out.length - 1]!.text === "") out.pop()
  return out.length >= 2 ? out : null
}

const NUMBER = /^[-−+]?\d[\d,]*(?:\.\d+)?$/
/** A year heading a column, with a footnote mark if any (1998②: its figures are estimates). */
const BARE_YEAR = /^((?:19|20)\d{2})\s*[①-⑩*]?$/
const UNIT_IN_BRACKETS = /[(（]\s*([^()（）]{1,6}?)\s*[)）]/
const GROWTH_WORDS = /增长|增速|增幅|比上年|同比|比去年/

/** A heading cell's column, before the heading dates it: its year (null) and whether it is the year before (上年完成数). */
interface HeadColumn {
  readonly column: TableColumn
  readonly prior: boolean
  /** Whether the column compares with the year before (比上年增减额, 比上年增长%): dated and judged as the heading's own-year column. */
  readonly comparing: boolean
}

const column = (unit: string, known: TableColumn["known"], measure: Measure, year: number | null = null, status: TableColumn["status"] = null): TableColumn =>
  ({ unit, known, measure, year, status })

/**
 * A heading cell's column: the unit in its brackets, a growth rate where it says 增长; null when it
 * names no unit. `tableUnit` is the unit the table states above its heading (单位:万元): the unit
 * of its amount columns (绝对数, 2016年预算数, 上年完成数, 比上年增减额) that name none of their own.
 */
function columnOf(cell: string, tableUnit: string | null): HeadColumn | null {
  const flat = cell.replace(/\s+/g, "")
  const unit = UNIT_IN_BRACKETS.exec(flat)?.[1]
  // 比上年增长% (no brackets), 比重: a communiqué's rate and share columns are in % whether or not they say so.
  if (!unit) {
    const measure: Measure | null = RATE_HEAD.test(flat) ? "growth_rate" : SHARE_HEAD.test(flat) ? "share" : null
    if (measure) return { column: column("%", findUnit("%") ?? null, measure), prior: false, comparing: measure === "growth_rate" }
    const known = tableUnit === null ? null : findUnit(tableUnit) ?? null
    if (known === null) return null
    if (CHANGE_HEAD.test(flat)) return { column: column(tableUnit!, known, "change"), prior: false, comparing: true }
    if (LEVEL_HEAD.test(flat)) return { column: column(tableUnit!, known, "level"), prior: false, comparing: false }
    const amount = AMOUNT_HEAD.exec(flat)
    if (!amount || (amount[1] === undefined && amount[2] === undefined)) return null
    const status = amount[3] === undefined ? null : /预算/.test(amount[3]) ? "target" : "actual"
    return { column: column(tableUnit!, known, "level", amount[1] ? Number(amount[1]) : null, status), prior: amount[2] !== undefined, comparing: false }
  }
  const known = findUnit(unit) ?? null
  if (unit !== "%" && !known) return null
  const measure: Measure = unit === "%" ? (GROWTH_WORDS.test(flat) ? "growth_rate" : "share") : "level"
  return { column: column(unit, known, measure), prior: false, comparing: measure === "growth_rate" }
}

/**
 * The heading's columns dated: a heading that names one year (2016年预算数) dates its 上年 column
 * the year before and its columns of change (比上年增减额, %) by that year, with that column's
 * status (a budget's planned change is a target). A 上年 column beside no year gives no fact.
 */
function dated(head: ReadonlyArray<HeadColumn | null>): Array<TableColumn | null> {
  const years = new Set<number>()
  let own: TableColumn | null = null
  for (const h of head) {
    if (h?.column.year != null) {
      years.add(h.column.year)
      own = h.column
    }
  }
  const year = years.size === 1 ? own!.year : null
  return head.map((h) => {
    if (h === null) return null
    if (h.prior) return year === null ? null : { ...h.column, year: year - 1, status: "actual" }
    if (h.comparing && year !== null) return { ...h.column, year, status: own!.status }
    return h.column
  })
}

/** The unit a line states for the table under it (单位:万元, 计量单位：亿元), or null. */
export function tableUnitOf(line: string): string | null {
  if (!line.includes("单位")) return null
  const unit = TABLE_UNIT_LINE.exec(line)?.[1]
  return unit !== undefined && findUnit(unit) !== undefined ? unit : null
}

/** The columns of a heading row (| 绝 对 数 (亿元) | 比上年增长 (%) |), or null when the line is no heading row. */
export function tableHeading(line: string, tableUnit: string | null = null): ReadonlyArray<TableColumn | null> | null {
  const cells = cellsOf(line, 0)
  if (!cells) return null
  // | 经济活动 | 1995 | 1996 | 1998② |: a yearbook's columns are its years, bare (and in the table's unit).
  const years = tableUnit === null ? null : cells.slice(1).map((c) => BARE_YEAR.exec(c.text)?.[1])
  const named = years && years.every((y) => y !== undefined) ? [cells[0]!.text, ...years.map((y) => `${y}年`)] : cells.map((c) => c.text)
  if (named.some((c) => NUMBER.test(c))) return null
  const columns = dated(named.map((c) => columnOf(c, tableUnit)))
  return columns.some((c) => c !== null) ? columns : null
}

/**
 * 1、增值税, (2)营业税, 一、共享收入, 其中:第一产业, #工业: a row's numbering, and the mark of a part of
 * the row above, are no part of its name.
 */
const NUMBERING = /^(?:\d{1,2}[.、．]\s*|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]\s*|[一二三四五六七八九十]{1,3}、\s*|其中\s*[:：]\s*|#\s*)/

/**
 * A row of numbers under `columns`, or null when the line is not such a row: its first cell a name
 * with no digit (past its numbering), the rest numbers. The numbers go with the heading's columns in
 * order after its name column; a row with fewer numbers than the heading has columns is read only
 * where the columns it lacks give no fact (备注): which column a cell is under is not guessed.
 * (A heading with no name column of its own has exactly one column per number.)
 */
export function tableRow(line: string, offset: number, columns: ReadonlyArray<TableColumn | null>): TableRow | null {
  const cells = cellsOf(line, offset)
  if (!cells) return null
  const [first, ...rest] = cells
  const numbering = NUMBERING.exec(first!.text)?.[0] ?? ""
  const label = first!.text.slice(numbering.length)
  if (/\d/.test(label) || !/[\u4e00-\u9fff]/.test(label) || !rest.every((c) => NUMBER.test(c.text))) return null
  const own = rowColumns(columns, rest.length)
  if (own === null) return null
  // 人均地区生产总值(元) | 96872 | 11.4: the row's own unit before its amount column's.
  const written = ROW_UNIT.exec(label)?.[1]
  const rowUnit = written !== undefined && (isRateUnit(written) || findUnit(written) !== undefined) ? written : null
  const out: Array<TableCell> = []
  rest.forEach((c, k) => {
    const column = own[k] && rowUnit !== null ? ownUnit(own[k]!, rowUnit) : own[k]
    if (column) out.push({ value: Number(c.text.replace(/,/g, "").replace("−", "-")), span: { start: c.at, end: c.at + c.text.length }, column })
  })
  return { name: (rowUnit === null ? label : label.replace(ROW_UNIT, "")).replace(/\s+/g, ""), nameAt: first!.at + numbering.length, cells: out }
}

/** A table's line that only notes what the row above holds (| (包括博彩业) | ||||): one short cell, no figure. */
export function noteRow(line: string): boolean {
  const filled = line.split("|").filter((c) => c.trim() !== "")
  return filled.length === 1 && filled[0]!.trim().length <= 16 && !/\d/.test(filled[0]!)
}

/** A unit in brackets ending a row's name: 人均地区生产总值(元), 城镇化率(%). */
const ROW_UNIT = /[(（]\s*([^()（）]{1,6}?)\s*[)）]$/

/**
 * A column as a row that states its own unit reads it: an amount (or its change) in the row's unit,
 * a level in % a share; a rate of change of a row that is itself a rate may be in points: no fact.
 */
function ownUnit(column: TableColumn, rowUnit: string): TableColumn | null {
  if (column.measure === "level" || column.measure === "change") {
    if (column.unit === rowUnit) return column
    if (isRateUnit(rowUnit)) return column.measure === "level" ? { ...column, unit: rowUnit, known: findUnit(rowUnit) ?? null, measure: "share" } : null
    return { ...column, unit: rowUnit, known: findUnit(rowUnit) ?? null }
  }
  return column.measure === "growth_rate" && isRateUnit(rowUnit) ? null : column
}

/** The columns a row of `n` numbers is under, or null when that is not sure. */
function rowColumns(columns: ReadonlyArray<TableColumn | null>, n: number): ReadonlyArray<TableColumn | null> | null {
  // A heading with no cell over the rows' names: one column per number.
  if (n === columns.length) return columns
  // The heading's first cell names the rows (项目, 指标): its data columns follow it.
  if (columns[0] !== null) return null
  const data = columns.slice(1)
  if (n === data.length) return data
  return n < data.length && data.slice(n).every((c) => c === null) ? data.slice(0, n) : null
}
