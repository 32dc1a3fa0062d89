import { byHeadings } from "./by-headings.js"

/** 政府工作报告: 一、2023年工作回顾 reviews the past year; 二、2024年工作安排 sets targets. */
export const workReport = byHeadings("work_report", "work_report")
