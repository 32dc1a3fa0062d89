import type { Genre } from "@govstat/schema"
import type { GenreParser } from "./context.js"
import { meetingDigest } from "./meeting-digest.js"
import { generic, news } from "./news.js"
import { policyNotice } from "./policy-notice.js"
import { pressConference } from "./press-conference.js"
import { budgetReport, planReport, resolution, speech } from "./reports.js"
import { statisticalCommunique, statisticalRelease } from "./statistics.js"
import { workPlan } from "./work-plan.js"
import { workReport } from "./work-report.js"

export type { GenreParser } from "./context.js"
export { reportingYears } from "./context.js"
export { detectGenre } from "./detect.js"

const PARSERS: Record<Genre, GenreParser> = {
  work_report: workReport,
  press_conference: pressConference,
  meeting_digest: meetingDigest,
  work_plan: workPlan,
  news,
  unknown: generic,
  plan_report: planReport,
  budget_report: budgetReport,
  statistical_communique: statisticalCommunique,
  statistical_release: statisticalRelease,
  speech,
  policy_notice: policyNotice,
  resolution
}

/** The parser that owns a genre. */
export const parserFor = (genre: Genre): GenreParser => PARSERS[genre]
