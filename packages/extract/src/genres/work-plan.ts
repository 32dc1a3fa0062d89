import { sectionsByHeadings } from "../document/sections.js"
import { type GenreParser, reportingYears } from "./context.js"

/** 2024年工作要点 / 工作计划 / 实施方案: a document that only plans (no 总结 or 情况 in its title). */
const PLAN_ONLY = /工作(?:要点|计划|方案|安排)|实施方案/
const REVIEWS = /总结|情况|回顾/

/**
 * 工作情况 … 工作打算: a zone's or department's review of one year and plan for the next; a
 * 工作要点 only plans, for the year its title names (else the plan year).
 */
export const workPlan: GenreParser = {
  name: "work_plan",
  genre: "work_plan",
  sections(text, meta, carry) {
    const years = reportingYears(meta)
    if (meta.title && PLAN_ONLY.test(meta.title) && !REVIEWS.test(meta.title)) {
      const year = meta.titleYear ?? years.plan
      return sectionsByHeadings(text, { year, mode: "plan", region: meta.region, period: null, yearStated: meta.titleYear !== null }, year, carry)
    }
    return sectionsByHeadings(text, { year: years.review, mode: "review", region: meta.region, period: null, yearStated: meta.yearStated }, years.plan, carry)
  }
}
