import type { Genre } from "@govstat/schema"
import { type Mode, sectionsByHeadings } from "../document/sections.js"
import { type GenreParser, reportingYears } from "./context.js"
import { GENRE_TIME } from "./time-sources.js"

/**
 * A parser whose sections follow the document's own headings: results of the review year
 * until a heading announces plans for the plan year. Genres differ in how their reporting
 * years are found and in the frame their text opens in (both as data: time-sources.ts).
 */
export const byHeadings = (name: string, genre: Genre): GenreParser => ({
  name,
  genre,
  sections(text, meta, carry) {
    const years = reportingYears(meta)
    // A budget adjustment plan speaks of its budget (调整为409959万元) except under an execution heading.
    const opening: Mode = meta.adjustsBudget ? "plan" : GENRE_TIME[genre].opens
    const year = opening === "plan" ? years.plan ?? years.review : years.review
    // Written early in Y about Y−1 (a briefing, a report read out in March): the targets it sets
    // without a year are Y's. An undated report is read out in the year it plans for.
    const source = GENRE_TIME[genre].source
    // …and so is an undated story on a report delivered at a session (meta.asReport).
    const written = meta.publishedOn ? Number(meta.publishedOn.slice(0, 4)) : source === "report" || meta.asReport ? years.plan : null
    const currentYear = (source === "stated" || source === "report") && written !== null && year !== null && written > year ? written : null
    const plansWrittenYear = GENRE_TIME[genre].plansWrittenYear === true
    return sectionsByHeadings(
      text, { year, mode: opening, region: meta.region, period: meta.period, currentYear, yearStated: meta.yearStated, plansWrittenYear }, years.plan, carry
    )
  }
})
