import type { Genre } from "@govstat/schema"
import type { GenreParser } from "./context.js"
import { meetingDigest } from "./meeting-digest.js"
import { generic, news } from "./news.js"
import { pressConference } from "./press-conference.js"
import { workPlan } from "./work-plan.js"
import { workReport } from "./work-report.js"

export type { GenreParser } from "./context.js"
export { reportingYears } from "./context.js"

const PARSERS: Record<Genre, GenreParser> = {
  work_report: workReport,
  press_conference: pressConference,
  meeting_digest: meetingDigest,
  work_plan: workPlan,
  news,
  unknown: generic
}

/** The parser that owns a genre. */
export const parserFor = (genre: Genre): GenreParser => PARSERS[genre]
