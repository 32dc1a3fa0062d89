/**
 * Classes of error found by reading the output on fresh public texts with tables and in
 * traditional script: a Hunan district's budget revenue table and a Henan city's monthly budget
 * table as their pages dump them with pipes, a traditional-script mirror of an Anhui city's
 * communiqué table, Hong Kong's statistics release and budget speeches, Macao's indicator page and
 * its press on the government's accounts. Each case is a short real quote and the class it stands for.
 */
import { describe, expect, it } from "vitest"
import { readMeasure } from "../packages/extract/src/facts/measure.js"
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
    "3月份,全市一般公共预算收入当月完成73795万元,下降12.7%,累计完成234267万元,下降10.9%。",
    "市本级及各县区具体情况如下表:",
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

describe("Hong Kong's and Macao's statistics in traditional script", () => {
  // The Hong Kong statistics department's release on GDP by economic activity (2016).
  const release = [
    "二零一五年第四季及二零一五年全年以環比物量計算按經濟活動劃分的本地生產總值", "",
    "  根據初步統計數字,整體本地生產總值在二零一五年第四季較上年同期實質上升1.9%,而二零一五年第三季的升幅為2.2%。二零一五年全年與二零一四年比較,本地生產總值實質上升2.4%。", "",
    "  進出口貿易、批發及零售業的淨產值,繼二零一五年第三季與上年同期比較實質下跌0.7%後,在第四季下跌0.8%。二零一五年全年合計,該行業的淨產值錄得1.0%的實質跌幅,而二零一四年則上升1.2%。"
  ].join("\n")

  it("reads 本地生產總值 (Hong Kong's and Macao's name of GDP) with the catalogue's code, and 實質 (in real terms) as no part of it", () => {
    const gdp = extractOne(release).indicators.find((r) => r.value === 2.4)
    expect([gdp?.indicator, gdp?.indicator_code, gdp?.measure]).toEqual(["本地生产总值", "GDP", "growth_rate"])
    expect(extractOne(release).indicators.find((r) => r.value === -0.7)?.indicator).toBe("进出口贸易、批发及零售业的净产值")
  })

  it("reads a fall named after its number (錄得1.0%的實質跌幅) as a negative growth rate of what recorded it", () => {
    const fall = extractOne(release).indicators.find((r) => Math.abs(r.value) === 1)
    expect([fall?.indicator, fall?.measure, fall?.value]).toEqual(["行业的净产值", "growth_rate", -1])
  })

  it("reads an arrow before a rate on a data page as its rise or fall", () => {
    // Macao's investment promotion page of main indicators (2024): 本地居民總收入 … | 2,322.73 (↓ 6.0%),
    // 進口(Import) … | 1,414.4 (↑ 1.2%): the year's figure, its change in brackets after an arrow.
    expect(readMeasure("%", "億澳門元/ 108 MOP | 2,322.73 (↓ ")).toEqual({ measure: "growth_rate", sign: -1 })
    expect(readMeasure("%", "億澳門元/ 108 MOP | 1,414.4 (↑ ")).toEqual({ measure: "growth_rate", sign: 1 })
  })
})

describe("Macao's press writes the point of a Chinese numeral as ‧", () => {
  // A Macao daily on the government's accounts for the first five months (2013).
  const text = "2013-06-11\n\n【中新社澳門六月十日電】今年一至五月,澳門特區政府公共財政盈餘四百七十六‧六億元(澳門元,下同),增幅三十五‧五%,已超出全年預算。以土地溢價金為主的財產收益十五‧四億元,大幅增加一‧二倍。"

  it("reads 四百七十六‧六億元 as 476.6亿元 and 三十五‧五% as 35.5%, not the digit after the point", () => {
    const rows = extractOne(text).indicators
    expect(rows.map((r) => [r.value, r.unit])).toEqual([[476.6, "亿元"], [35.5, "%"], [15.4, "亿元"], [1.2, "倍"]])
  })
})

describe("a Hong Kong budget's forecasts (traditional script, 2007)", () => {
  const text = [
    "本地生產(chǎn)總值可望有百分之四點(diǎn)五至五點(diǎn)五的升幅,高于過(guò)去十年趨勢增長(cháng)的水平。",
    "綜合兩者,二○○八至二○一一年中期經(jīng)濟名義趨勢增長(cháng)預測為百分之六。"
  ].join("\n")

  it("reads 可望 (is expected to) as a forecast, not as a result or part of the subject", () => {
    const low = extractOne(text).indicators.find((r) => r.value === 4.5)
    expect([low?.indicator, low?.indicator_code, low?.status]).toEqual(["本地生产总值", "GDP", "target"])
  })

  it("reads the growth a forecast (增長預測為) names as a growth rate, not a share", () => {
    expect(extractOne(text).indicators.find((r) => r.value === 6)?.measure).toBe("growth_rate")
  })
})

describe("a communiqué's pipe table: rows that are parts of the row above, rows in their own unit", () => {
  // Bengbu's 2024 communiqué as a traditional-script mirror gives it (pinyin artefacts and all).
  const mirror = [
    "2024年安徽省蚌埠市人民政府國(guó)民經(jīng)濟(jì)和社會(huì)發(fā)展統(tǒng)計(jì)公報(bào)",
    "2024年全市地區(qū)生產(chǎn)總值及其增長(zhǎng)速度",
    "| 指????標(biāo) | 絕對(duì)數(shù)(億元) | 比上年增長(zhǎng)% |",
    "| 地區(qū)生產(chǎn)總值 | 2313.0 | 5.2 |",
    "| 其中:第一產(chǎn)業(yè) | 287.0 | 2.2 |"
  ].join("\n")

  it("reads 其中:第一產業 as 第一产业, with the catalogue's code", () => {
    const primary = extractOne(mirror).indicators.find((r) => r.value === 287)
    expect([primary?.indicator, primary?.indicator_code, primary?.unit, primary?.period]).toEqual(["第一产业", "GDP_PRIMARY", "亿元", "2024"])
  })

  it("reads a row that names its own unit in that unit, not the column's (人均…(元) under 亿元)", () => {
    // The rows of a city's table 2-1 (2011, 计量单位:亿元) as a pipe dump: the per-capita row is in 元.
    const table = [
      "表2—1 全市地区生产总值",
      "计量单位:亿元",
      "| 指标 | 2011年 | 占地区生产总值比重% |",
      "| 地区生产总值 | 6145.52 | 100 |",
      "| 第一产业 | 164.27 | 2.7 |",
      "| 按常住平均人口计算的人均地区生产总值(元) | 76263 | |"
    ].join("\n")
    const rows = extractOne(table).indicators
    expect(rows.filter((r) => r.unit !== "%").map((r) => [r.value, r.unit, r.period])).toEqual([[6145.52, "亿元", "2011"], [164.27, "亿元", "2011"], [76263, "元", "2011"]])
    expect(rows.find((r) => r.value === 76263)?.indicator).toBe("按常住平均人口计算的人均地区生产总值")
  })
})

describe("a Hong Kong budget speech's forecast of the economy (2026)", () => {
  const text = "財政預算案2026今日（25日）發表，財政司司長陳茂波表示，本港的公共財政狀況改善較預期快，經營帳目恢復盈餘預測，綜合帳目提早恢復平衡，讓政府在力所能及的範圍內，可適度增加對市民和中小企的支援。又預料今年本港經濟增長2.5%至3.5%，整體通脹率1.8%；"

  it("reads 預料 (forecast) as an estimate, and 本港經濟增長 (this port's economy grew) as GDP growth", () => {
    const low = extractOne(text).indicators.find((r) => r.value === 2.5)
    expect([low?.indicator, low?.indicator_code, low?.measure, low?.status]).toEqual(["经济", "GDP", "growth_rate", "estimate"])
  })
})

describe("a Macao daily on the government's first-quarter accounts (2015)", () => {
  it("reads 頭三個月 (the first three months) as the time of the figures, not as a figure of 3 months", () => {
    const text = "其中,作為支撐著政府財政收入的博彩稅收大幅下跌,頭三個月的收入為二百三十九億三千六百萬元,較去年同期下跌百分之三十三點一。"
    const rows = extractOne(text).indicators
    expect(rows.filter((r) => r.unit === "个月")).toEqual([])
    expect(rows.map((r) => r.value)).toEqual([2393600, -33.1])
  })
})
