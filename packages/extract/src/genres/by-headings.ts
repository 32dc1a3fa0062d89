import type { Genre } from "@govstat/schema"
import { sectionsByHeadings } from "../document/sections.js"
import { type GenreParser, reportingYears } from "./context.js"

/**
 * A parser whose sections follow the document's own headings: results of the review year
 * until a heading announces plans for the plan year. Genres differ only in how their
 * reporting years are found (reportingYears).
 */
export const byHeadings = (name: string, genre: Genre): GenreParser => ({
  name,
  genre,
  sections(text, meta) {
    const years = reportingYears(meta)
    return sectionsByHeadings(text, { year: years.review, mode: "review", region: meta.region, period: null }, years.plan)
  }
})
