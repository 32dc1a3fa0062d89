/**
 * Sections along the document's own headings, each with the context its facts inherit:
 * the year it reports on, whether it reports results or plans, and its region.
 */
import type { Region } from "@govstat/schema"
import { YEAR_NUMERAL, yearValue } from "./dates.js"
import { paragraphs, type Span } from "./spans.js"
import { subYearPeriod } from "../facts/period.js"

export type Mode = "review" | "plan"

export interface SectionContext {
  readonly year: number | null
  readonly mode: Mode
  readonly region: Region | null
  /** A sub-year period that holds for the whole section (2023Q1 in a first-quarter digest). */
  readonly period: string | null
  /**
   * The year the document was written in, where it is later than `year` (a briefing of
   * January 2023 on 2022's results): the targets it sets without a year are for it.
   */
  readonly currentYear?: number | null
  /**
   * False when `year` is inferred (from the publication date or the years the text mentions
   * most) rather than stated by a title, heading, session line or lead: one-off records such
   * as projects may prefer no year to an inferred one. Absent: stated.
   */
  readonly yearStated?: boolean
  /**
   * Whether a figure of the year the document is written in (currentYear) is planned wherever
   * it stands: a budget report read out in 1956 budgets 1956, even outside a part headed as the budget.
   */
  readonly plansWrittenYear?: boolean
}

/**
 * Where the sections of a text read in chunks stand at the end of one chunk: the open
 * section (its heading and context) and the mode later headings inherit. The next chunk
 * starts inside that section (see chunks.ts).
 */
export interface SectionCarry {
  readonly heading: string | null
  readonly context: SectionContext
  readonly inherited: Mode
}

export interface Section extends Span {
  readonly heading: string | null
  readonly context: SectionContext
}

/** Top-level headings: 一、 二、 … and 第一部分. */
export const TOP_HEADING = /^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)/

/**
 * An unnumbered heading that opens with its year: 2023年预算执行情况, 2024年预算草案, 2024年收支预算总体安排,
 * 2024年经济社会发展主要预期目标, 2024年目标任务 (a zone's page of the year's targets).
 */
const YEAR_HEADING = /^(?:19|20)\d{2}年[^，,。；;：:]{0,16}(?:执行情况|草案|工作回顾|安排|工作计划|主要任务|预期目标|主要目标|目标任务)$/

/**
 * An unnumbered heading line that says what its part does (过去五年的回顾, 今后五年的主要任务,
 * 第六个五年计划的基本任务): older reports number only their sub-parts.
 */
const UNNUMBERED_HEADING = /^[^，,。；;：:！!？?、“”"《》（）()\d\s]{2,14}(?:的回顾|工作回顾|主要任务|基本任务|工作任务|工作安排|工作部署)$/

// (发展背景和总体要求, 发展基础: a plan's first part looks back before it sets its aims.)
const REVIEW_CUES = /回顾|情况|成效|成绩|成就|总结|进展|完成|背景|发展基础|现实基础/
/** 计划 announces plans, but not in a plan's name (第二个五年计划的第一年——一九五八年的伟大成就). */
const PLAN_CUES = /打算|安排|目标|要求|任务|(?<!执行|五年)计划(?!执行|时期)|思路|重点|展望|部署|建议|草案|(?:收入|支出)(?:预算)?调整$/

/** Whether a heading announces results or plans, if it says (1998年工作回顾和1999年工作的总体要求: results first). */
export function headingMode(heading: string): Mode | null {
  const plan = PLAN_CUES.exec(heading)
  const review = REVIEW_CUES.exec(heading)
  if (plan && review) return review.index < plan.index ? "review" : "plan"
  if (plan) return "plan"
  if (review) return "review"
  return null
}

/** The mode the headings after this one inherit: a heading that reviews and then plans hands on plans. */
export const modeAfter = (heading: string, mode: Mode): Mode => (PLAN_CUES.test(heading) ? "plan" : mode)

const HEADING_YEAR = new RegExp(`(${YEAR_NUMERAL})年`)
export const headingYear = (heading: string): number | null => {
  const m = HEADING_YEAR.exec(heading)
  return m ? yearValue(m[1]!) : null
}

/**
 * Splits the text at top-level headings. The part before the first heading takes the
 * document's context; each heading may set the year and the mode for its section.
 */
export function sectionsByHeadings(
  text: string,
  base: SectionContext,
  planYear: number | null,
  carry?: SectionCarry
): Array<Section> {
  const out: Array<Section> = []
  let current: { start: number; heading: string | null; context: SectionContext } = { start: 0, heading: carry?.heading ?? null, context: carry?.context ?? base }
  let inherited: Mode = carry?.inherited ?? base.mode
  for (const p of paragraphs(text)) {
    const line = text.slice(p.start, p.end)
    if (line.length > 40 || !(TOP_HEADING.test(line) || YEAR_HEADING.test(line) || UNNUMBERED_HEADING.test(line.trim()))) continue
    if (p.start > current.start) out.push({ start: current.start, end: p.start, heading: current.heading, context: current.context })
    const mode = headingMode(line) ?? inherited
    const named = headingYear(line)
    const year = named ?? (mode === "plan" ? planYear ?? base.year : base.year)
    inherited = modeAfter(line, mode)
    const yearStated = named !== null || base.yearStated !== false
    // 一、1-6月预算执行情况: a part reporting a stretch of its year dates its results by it.
    const sub = mode === "review" && year !== null ? subYearPeriod(line, year) : null
    current = { start: p.start, heading: line, context: { ...base, mode, year, yearStated, period: sub ?? base.period } }
  }
  out.push({ start: current.start, end: text.length, heading: current.heading, context: current.context })
  return out
}
