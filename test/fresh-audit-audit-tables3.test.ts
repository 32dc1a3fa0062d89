/**
 * Classes of error found by reading the output on fresh public texts with tables: a district's
 * budget revenue table (Hunan) and a city's monthly budget table (Henan) as web pages dump them
 * with pipes, Macao and Hong Kong statistics and budget texts in traditional script. Each case is
 * a short real quote and the class it stands for.
 */
import { describe, expect, it } from "vitest"
import { isRateUnit } from "../packages/extract/src/facts/rate-unit.js"
import { extractOne } from "./helpers.js"

describe("a budget table under a line stating its unit, its heading naming each column's year and kind", () => {
  // A Hunan district's 2016 budget revenue table as its site gives it: the unit on the line above
  // the heading, a trailing 备注 column every row leaves empty, rows numbered 1、2、….
  const table = [
    "单位:万元 | |||||",
    "项目 | 2016年预算数 | 上年完成数 | 比上年增减额 | 比上年增减% | 备注 |",
    "一、共享收入 | 24039 | 21561 | 2478 | 11.49 | |",
    "1、增值税 | 2319 | 2070 | 249 | 12.03 | |",
    "2、营业税 | 8365 | 7469 | 896 | 12.00 | |"
  ].join("\n")

  it("reads each cell in the column it stands under (the empty 备注 cell does not shift the row)", () => {
    const rows = extractOne(table).indicators
    // Before: the row's four numbers went with the heading's last four columns, 2478 a growth rate in %.
    expect(rows.find((r) => r.value === 2478)?.measure).not.toBe("growth_rate")
    expect(rows.find((r) => r.value === 11.49)?.measure).toBe("growth_rate")
  })

  it("gives the amount columns the table's unit, and dates the budget, last year's outturn and the change", () => {
    const vat = extractOne(table).indicators.filter((r) => r.indicator === "增值税")
    expect(vat.map((r) => [r.value, r.unit, r.measure, r.period, r.status])).toEqual([
      [2319, "万元", "level", "2016", "target"],
      [2070, "万元", "level", "2015", "actual"],
      [249, "万元", "change", "2016", "target"],
      [12.03, "%", "growth_rate", "2016", "target"]
    ])
    // The row's numbering (一、, 1、) is no part of its name.
    expect(extractOne(table).indicators.find((r) => r.value === 24039)?.indicator).toBe("共享收入")
  })

  it("gives an amount column no unit when no line states one (a bare number's unit is not guessed)", () => {
    const rows = extractOne(table.split("\n").slice(1).join("\n")).indicators
    expect(rows.find((r) => r.value === 2319)).toBeUndefined()
    expect(rows.find((r) => r.value === 12.03)?.measure).toBe("growth_rate")
  })
})

describe("a table row with fewer numbers than its heading has columns", () => {
  // A Henan city's monthly budget table: the heading's second line names eight columns, each row
  // is broken after its first two numbers.
  const text = [
    "3月份,全市一般公共预算收入当月完成73795万元,下降12.7%。市本级及各县区具体情况如下表:",
    "单位:万元",
    "单位名称 | 一般公共预算收入 | 税收比重% | 一般公共预算支出 | ||||||",
    "当月 | 累计 | 为预算的% | 增幅% | 当月 | 累计 | 为预算的% | 增幅% | ||",
    "濮阳市 | 73795 | 234267 |",
    "| -10.9 | 70.9 | 380990 | 744234 |"
  ].join("\n")

  it("reads no cell whose column is not sure (234267 is no growth rate)", () => {
    const rows = extractOne(text).indicators
    expect(rows.filter((r) => r.value === 234267 && r.unit === "%")).toEqual([])
    // The sentence's own figures are read as before.
    expect(rows.find((r) => r.value === 73795)?.unit).toBe("万元")
  })
})

describe("rates per ten thousand (‱) in a plan's indicator table", () => {
  it("is one list of rate units for prose and tables", () => {
    expect(["%", "‰", "‱"].every(isRateUnit)).toBe(true)
    expect(isRateUnit("万人")).toBe(false)
  })

  it("reads a plan cell in ‱ as a share, as the prose reader does", () => {
    // A plan's table one cell per line (its indicator layout), the rate written in ‱ in its cells.
    const text = ["某县“十四五”规划", "", "指标", "2020年", "2025年", "属性", "贫困发生率", "12‱", "5‱", "约束性"].join("\n")
    const rows = extractOne(text).indicators.filter((r) => r.unit === "‱")
    expect(rows.map((r) => [r.value, r.measure, r.period, r.status])).toEqual([[12, "share", "2020", "actual"], [5, "share", "2025", "target"]])
  })
})
