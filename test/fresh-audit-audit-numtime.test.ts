/**
 * Classes of number and time error found by reading the output on fresh public texts (health
 * communiqués and news of life expectancy, county communiqués' birth sex ratios, national and
 * county releases of the contributions to GDP growth, monthly releases, a 1999 national report
 * converted from a PDF). Each case is a short real sentence and the class it stands for.
 */
import { describe, expect, it } from "vitest"
import { extractOne, factOf } from "./helpers.js"

describe("an age or a life expectancy in 岁", () => {
  it("is read as a value in years, a result (not a target: 预期寿命 is no 预期 of a plan)", () => {
    const text = "我国居民人均预期寿命由2017年的76.7岁提高到2018年的77.0岁,孕产妇死亡率从19.6/10万下降到18.3/10万。"
    const start = factOf(text, 76.7)
    expect([start?.unit, start?.period, start?.status, start?.indicator_code]).toEqual(["岁", "2017", "actual", "LIFE_EXPECTANCY"])
    expect(factOf(text, 77)?.period).toBe("2018")
    expect(factOf("人均预期寿命再提高1岁。", 1)?.measure).toBe("change")
  })

  it("is no value when it bounds a class of people (3岁以下婴幼儿, 60岁以上人口)", () => {
    expect(factOf("完善三孩生育政策配套措施，将3岁以下婴幼儿照护费用纳入个人所得税专项附加扣除。", 3)).toBeUndefined()
    const rows = extractOne("我国60岁以上人口已达2.5亿。").indicators
    expect(rows.map((r) => r.value)).toEqual([2.5])
  })
})

describe("a ratio written to its base (110.77:100, 1.18:1)", () => {
  it("is one ratio of the first number; the base is no fact", () => {
    const text = "出生人口6312人,出生率为8.25‰,人口自然增长率为3.03‰,出生人口男女性别比为110.77:100。"
    const ratio = factOf(text, 110.77)
    expect([ratio?.measure, ratio?.unit]).toEqual(["ratio", ""])
    expect(factOf(text, 100)).toBeUndefined()
    const one = extractOne("出生人口男女性别比为1.18:1(即118)。").indicators
    expect(one.map((r) => [r.value, r.measure])).toEqual([[1.18, "ratio"]])
  })

  it("leaves a structure of three parts its shares", () => {
    const rows = extractOne("三次产业比调整为11.8︰48.3︰39.9。").indicators
    expect(rows.map((r) => [r.value, r.measure])).toEqual([[11.8, "share"], [48.3, "share"], [39.9, "share"]])
  })
})

describe("a middle dot typed for the decimal point (19·5％)", () => {
  it("reads the number as a decimal when a unit follows", () => {
    const text = "下半年国有单位固定资产投资增长显著加快，全年增长19·5％，全社会固定资产投资增长14·1％。"
    expect(factOf(text, 14.1)?.measure).toBe("growth_rate")
    expect(factOf(text, 1)).toBeUndefined()
    expect(factOf(text, 5)).toBeUndefined()
  })

  it("leaves a date in a name alone (“7·20”特大暴雨)", () => {
    expect(extractOne("妥善应对“7·20”特大暴雨灾害。").indicators).toEqual([])
  })
})

describe("points of growth contributed (拉动…增长X个百分点)", () => {
  it("names the driver and what it drives, not the growth itself; a drag is negative", () => {
    const text = "公报显示,最终消费支出拉动国内生产总值增长4.3个百分点,资本形成总额拉动国内生产总值增长1.5个百分点,货物和服务净出口向下拉动国内生产总值0.6个百分点。"
    const consumption = factOf(text, 4.3)
    expect(consumption?.indicator).toBe("最终消费支出拉动国内生产总值增长")
    expect(consumption?.indicator_code).toBeNull()
    expect(factOf(text, -0.6)?.indicator).toContain("货物和服务净出口")
  })

  it("takes the driver from its share of the growth before it in the sentence", () => {
    const text = "三季度,第一产业对全县地区生产总值的贡献率为6.6%,拉动GDP增长0.2个百分点。"
    const pulled = factOf(text, 0.2)
    expect([pulled?.indicator, pulled?.indicator_code]).toEqual(["第一产业拉动GDP增长", null])
  })
})

describe("a month alone heading its clause (今年9月，…; 8月当月…)", () => {
  it("dates the figure by that month, not by the year", () => {
    const text = "2023年全市经济运行情况。今年9月，全市规模以上工业增加值增长5.1%。"
    expect(factOf(text, 5.1)?.period).toBe("2023M09")
    const month = "2021年1—8月份，全市规模以上工业增加值增长12.9%，增速比全省高4.3个百分点。其中，8月当月增长4.0%。"
    expect(factOf(month, 12.9)?.period).toBe("2021M01-08")
    expect(factOf(month, 4)?.period).toBe("2021M08")
  })

  it("leaves a date (9月1日起) and a month counted up to (截至9月) alone", () => {
    expect(factOf("2023年全市经济运行情况。自9月1日起，全市发放消费券5000万元。", 5000)?.period).toBe("2023")
  })
})

describe("a from–to pair whose end is dated (从56.1%提高到2020年的63.9%)", () => {
  it("does not date the start by the end's year: undatable when nothing else dates it", () => {
    const text = "城镇化率从56.1%提高到2020年的63.9%。"
    expect(factOf(text, 56.1)?.period).toBeNull()
    expect(factOf(text, 63.9)?.period).toBe("2020")
    expect(factOf("城镇化率从2015年的56.1%提高到2020年的63.9%。", 56.1)?.period).toBe("2015")
  })

  it("does not date the start of a plan span's change by the span's end", () => {
    const text = "“十三五”时期，常住人口城镇化率从56.1%提高到63.9%。"
    expect(factOf(text, 56.1)?.period).toBeNull()
    expect(factOf(text, 63.9)?.period).toBe("2020")
  })
})

describe("a five-year plan that lies ahead of the year a text is about (“十四五”时期 in 2021)", () => {
  it("makes targets of its end year of the figures a clause dates by it", () => {
    const text = "2021年3月5日 新华社\n“十四五”期间，全市地区生产总值年均增长6%以上，常住人口城镇化率提高到65%。"
    const gdp = factOf(text, 6)
    expect([gdp?.period, gdp?.status]).toEqual(["2025", "target"])
    expect(factOf(text, 65)?.status).toBe("target")
  })

  it("opening a paragraph of a part that reviews and then plans, makes targets of the rest of the part", () => {
    const text = [
      "政府工作报告", "2021年3月5日", "二、“十三五”时期发展成就和“十四五”时期主要目标任务",
      "过去五年，国内生产总值年均增长5.7%。",
      "“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。",
      "——全面推进乡村振兴，完善新型城镇化战略。深入推进以人为核心的新型城镇化战略，常住人口城镇化率提高到65%。"
    ].join("\n")
    expect([factOf(text, 5.7)?.period, factOf(text, 5.7)?.status]).toEqual(["2020", "actual"])
    expect([factOf(text, 65)?.period, factOf(text, 65)?.status]).toEqual(["2025", "target"])
  })

  it("leaves a plan already running to its text (“十四五”期间 in 2023)", () => {
    expect(factOf("2023年5月 新闻\n“十四五”期间，全市累计完成投资500亿元。", 500)?.status).toBe("actual")
  })
})

describe("the months up to a month of this year (截至今年9月底)", () => {
  it("date a figure by the months so far", () => {
    expect(factOf("2025年11月10日 新闻发布会\n截至今年9月底,全省新能源和清洁能源装机占比达到54.55%。", 54.55)?.period).toBe("2025M01-09")
  })
})

describe("预计 opening a ；-run, and a statement of the months so far after it", () => {
  // Two real sentences (a 2025 provincial report digest, a city's 1—11月 release) joined as a speech joins them.
  const text = "2024年12月 经济工作会议\n预计全省地区生产总值增长6%左右；1—11月份，全市规上工业增加值同比增长1.7%，全省排名第5位。"

  it("leaves the months so far a result: they were counted, not estimated", () => {
    expect(factOf(text, 6)?.status).toBe("estimate")
    const counted = factOf(text, 1.7)
    expect([counted?.status, counted?.period]).toEqual(["actual", "2024M01-11"])
  })
})

describe("a streak (连续N年, 连续N个月)", () => {
  it("is a count of what was kept up, never a value of the indicator named before it", () => {
    const text = "粮食综合生产能力跃上新台阶，粮食总产量连续6年稳定在万亿斤以上并逐年增加。"
    const streak = factOf(text, 6)
    expect(streak?.indicator).toContain("连续稳定在万亿斤以上")
    expect(streak?.indicator_code).toBeNull()
  })

  it("leaves a figure kept up after it in the clause its own subject", () => {
    const text = "地区生产总值连续三个季度保持7%以上增速。"
    expect(factOf(text, 7)?.indicator_code).toBe("GDP")
    expect(factOf(text, 3)?.indicator_code).toBeNull()
  })
})

describe("a figure after a streak (贸易顺差连续两年下降，2010年比上年减少6.4%)", () => {
  it("is of the thing named before 连续, and keeps its code", () => {
    const fall = factOf("贸易顺差连续两年下降，2010年比上年减少6.4%。", -6.4)
    expect([fall?.indicator, fall?.indicator_code]).toEqual(["贸易顺差", "TRADE_BALANCE"])
  })
})
