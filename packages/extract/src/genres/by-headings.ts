import type { Genre } from "@govstat/schema"
import { type Mode, sectionsByHeadings } from "../document/sections.js"
import { type GenreParser, reportingYears } from "./context.js"

/**
 * A parser whose sections follow the document's own headings: results of the review year
 * until a heading announces plans for the plan year. Genres differ in how their reporting
 * years are found (document/time.ts) and in the frame their text opens in: results
 * (`review`) or stipulations and plans (`plan`, a policy notice's own figures).
 */
export const byHeadings = (name: string, genre: Genre, opening: Mode = "review"): GenreParser => ({
  name,
  genre,
  sections(text, meta) {
    const years = reportingYears(meta)
    const year = opening === "plan" ? years.plan ?? years.review : years.review
    return sectionsByHeadings(text, { year, mode: opening, region: meta.region, period: meta.period }, years.plan)
  }
})
