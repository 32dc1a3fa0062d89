import { sectionsByHeadings } from "../document/sections.js"
import { type GenreParser, reportingYears } from "./context.js"

/** 政府工作报告: 一、2023年工作回顾 reviews the past year; 二、2024年工作安排 sets targets. */
export const workReport: GenreParser = {
  name: "work_report",
  genre: "work_report",
  sections(text, meta) {
    const years = reportingYears(meta)
    return sectionsByHeadings(text, { year: years.review, mode: "review", region: meta.region, period: null }, years.plan)
  }
}
