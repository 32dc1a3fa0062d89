/**
 * Where each genre's time and frame come from, as data (document/time.ts reads it):
 * - `report`: delivered to a congress — review heading (2023年工作回顾), the title's two years
 *   (2023年预算执行情况和2024年预算草案), the session date (first months of Y → Y−1, from
 *   October → Y), a plan heading or the year its plan part opens with (2013年是…);
 * - `communique`: the year its title names, else the year before its publication;
 * - `review_then_plan`: a department's summary and plans — the year before its publication;
 * - `stated`: the year its title states, else its publication date (the year before in January
 *   and February), else the year its text speaks of most; with a sub-year period stated with
 *   the year in its title or lead (2016年前三季度, 2023年第二季度).
 * `opens` is the frame the text opens in: a policy notice's own figures (rates, caps, deadlines)
 * are stipulations (targets); every other genre opens in results.
 * `plansWrittenYear`: a budget report's figures for the year it is read out in are the budget's,
 * even where no heading marks the budget part (１９５６年国家预算规定…).
 * `planNext` says whether its plans are for the year after its review year; `leadPeriod` whether
 * a period its lead states (2023年第二季度36个工程集中开建) covers the document (a policy's
 * 2017年3月底前 deadline does not); `bodyPeriod` whether, failing those, the first period its body
 * states with the year (根据…核算结果,2023年上半年全市生产总值…, under a lead of boilerplate) covers it.
 */
import type { Genre } from "@govstat/schema"

export type TimeSource = "report" | "communique" | "review_then_plan" | "stated"

export interface GenreTime {
  readonly source: TimeSource
  readonly planNext: boolean
  readonly leadPeriod?: boolean
  /** A periodic release is one period's figures throughout: a period its body states first covers it. */
  readonly bodyPeriod?: boolean
  /** The frame the text opens in until a heading says otherwise: results, or plans and stipulations. */
  readonly opens: "review" | "plan"
  /** Its figures for the year it is written in are planned, wherever they stand (a budget report's budget year). */
  readonly plansWrittenYear?: boolean
  /**
   * Undated (no title year, no date), its year is not the one it mentions most: a speech reviews
   * past years by name and says 今年 of its own, unstated one (null beats a guess).
   */
  readonly undatedYearless?: boolean
}

export const GENRE_TIME: Record<Genre, GenreTime> = {
  work_report: { source: "report", planNext: true, opens: "review" },
  plan_report: { source: "report", planNext: true, opens: "review" },
  budget_report: { source: "report", planNext: true, opens: "review", plansWrittenYear: true },
  resolution: { source: "report", planNext: true, opens: "review" },
  statistical_communique: { source: "communique", planNext: false, opens: "review" },
  work_plan: { source: "review_then_plan", planNext: true, opens: "review" },
  news: { source: "stated", leadPeriod: true, planNext: true, opens: "review" },
  statistical_release: { source: "stated", leadPeriod: true, bodyPeriod: true, planNext: false, opens: "review" },
  press_conference: { source: "stated", leadPeriod: true, planNext: false, opens: "review" },
  meeting_digest: { source: "stated", leadPeriod: true, planNext: false, opens: "review" },
  speech: { source: "stated", planNext: false, opens: "review", undatedYearless: true },
  policy_notice: { source: "stated", planNext: false, opens: "plan" },
  unknown: { source: "stated", leadPeriod: true, planNext: false, opens: "review" }
}
