import { byHeadings } from "./by-headings.js"

/** 国民经济和社会发展计划执行情况与计划草案: results of the review year, then the plan year's targets. */
export const planReport = byHeadings("plan_report", "plan_report")

/** 预算执行情况和预算草案: 执行情况 figures are results, the 草案's are targets (headings say which). */
export const budgetReport = byHeadings("budget_report", "budget_report")

/** A congress's resolution on a report: it approves the plan year's targets. */
export const resolution = byHeadings("resolution", "resolution")

/** A speech (讲话): a leader's review and plans, read along its headings. */
export const speech = byHeadings("speech", "speech")
