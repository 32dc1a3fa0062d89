import { sectionsByHeadings } from "../document/sections.js"
import { type GenreParser, reportingYears } from "./context.js"

/** A news article: one story about the year its headline names (else the year before an early-year dateline). */
export const news: GenreParser = {
  name: "news",
  genre: "news",
  sections(text, meta) {
    const years = reportingYears(meta)
    return sectionsByHeadings(text, { year: years.review, mode: "review", region: meta.region, period: null }, years.plan)
  }
}

/** Documents of no known genre are read like news: one context, headings if any. */
export const generic: GenreParser = { ...news, name: "generic", genre: "unknown" }
