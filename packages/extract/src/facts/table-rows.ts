/**
 * Rows of a table dumped as text (地区生产总值 | 617.50 | 5.2 |) under a heading row that names
 * each column's unit (| 绝对数(亿元) | 比上年增长(%) |): one fact per numeric cell, its subject the
 * row's name, its unit and measure the column's. A column whose heading names no unit gives no
 * fact: a bare number's unit is not guessed.
 */
import { findUnit, type Measure } from "@govstat/schema"
import type { Span } from "../document/spans.js"
import { RATE_HEAD, SHARE_HEAD } from "./table-columns.js"

export interface TableColumn {
  readonly unit: string
  /** The unit's codebook entry (its base unit and factor); null for %. */
  readonly known: ReturnType<typeof findUnit> | null
  readonly measure: Measure
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
const UNIT_IN_BRACKETS = /[(（]\s*([^()（）]{1,6}?)\s*[)）]/
const GROWTH_WORDS = /增长|增速|增幅|比上年|同比|比去年/

/** A heading cell's column: the unit in its brackets, a growth rate where it says 增长; null when it names no unit. */
function columnOf(cell: string): TableColumn | null {
  const flat = cell.replace(/\s+/g, "")
  const unit = UNIT_IN_BRACKETS.exec(flat)?.[1]
  // 比上年增长% (no brackets), 比重: a communiqué's rate and share columns are in % whether or not they say so.
  if (!unit) {
    const measure: Measure | null = RATE_HEAD.test(flat) ? "growth_rate" : SHARE_HEAD.test(flat) ? "share" : null
    return measure ? { unit: "%", known: findUnit("%") ?? null, measure } : null
  }
  const known = findUnit(unit) ?? null
  if (unit !== "%" && !known) return null
  const measure: Measure = unit === "%" ? (GROWTH_WORDS.test(flat) ? "growth_rate" : "share") : "level"
  return { unit, known, measure }
}

/** The columns of a heading row (| 绝 对 数 (亿元) | 比上年增长 (%) |), or null when the line is no heading row. */
export function tableHeading(line: string): ReadonlyArray<TableColumn | null> | null {
  const cells = cellsOf(line, 0)
  if (!cells || cells.some((c) => NUMBER.test(c.text))) return null
  const columns = cells.map((c) => columnOf(c.text))
  return columns.some((c) => c !== null) ? columns : null
}

/**
 * A row of numbers under `columns` (the heading's last columns go with the row's numeric cells),
 * or null when the line is not such a row: its first cell a name with no digit, the rest numbers.
 */
export function tableRow(line: string, offset: number, columns: ReadonlyArray<TableColumn | null>): TableRow | null {
  const cells = cellsOf(line, offset)
  if (!cells) return null
  const [name, ...rest] = cells
  if (/\d/.test(name!.text) || !/[\u4e00-\u9fff]/.test(name!.text) || !rest.every((c) => NUMBER.test(c.text))) return null
  if (rest.length > columns.length) return null
  const own = columns.slice(columns.length - rest.length)
  const out: Array<TableCell> = []
  rest.forEach((c, k) => {
    const column = own[k]
    if (column) out.push({ value: Number(c.text.replace(/,/g, "").replace("−", "-")), span: { start: c.at, end: c.at + c.text.length }, column })
  })
  return { name: name!.text.replace(/\s+/g, ""), nameAt: name!.at, cells: out }
}
