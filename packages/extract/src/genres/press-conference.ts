import { sectionsByHeadings } from "../document/sections.js"
import { type GenreParser, reportingYears } from "./context.js"

/**
 * A press-conference transcript: the speakers report last year's results and this year's
 * plans in the same paragraphs, so the mode comes from each clause's own cues.
 */
export const pressConference: GenreParser = {
  name: "press_conference",
  genre: "press_conference",
  sections(text, meta) {
    const years = reportingYears(meta)
    return sectionsByHeadings(text, { year: years.review, mode: "review", region: meta.region, period: null }, years.plan)
  }
}
