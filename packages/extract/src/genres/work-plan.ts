import { sectionsByHeadings } from "../document/sections.js"
import { type GenreParser, reportingYears } from "./context.js"

/** 工作情况 … 工作打算: a zone's or department's review of one year and plan for the next. */
export const workPlan: GenreParser = {
  name: "work_plan",
  genre: "work_plan",
  sections(text, meta) {
    const years = reportingYears(meta)
    return sectionsByHeadings(text, { year: years.review, mode: "review", region: meta.region, period: null }, years.plan)
  }
}
