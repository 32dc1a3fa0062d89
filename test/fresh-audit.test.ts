/**
 * Classes of error found by reading the output on fresh public texts unlike the seeds and the
 * web set (a county budget report, a high-tech zone's release, a county communiqué, a 2006
 * banner report, a 1998 national report mirrored in traditional script with spaced digits, a
 * provincial press release). Each case is a short real sentence and the class it stands for.
 */
import { describe, expect, it } from "vitest"
import { placeMentions } from "@govstat/extract"
import { extractOne, factOf, metadataOf } from "./helpers.js"

const rows = (text: string) => extractOne(text).indicators

describe("a sub-year period heading a run of ；-joined statements", () => {
  const text = "2024年经济运行情况。1至9月,全区实现社会消费品零售总额71.06亿元,增长0.5%;限额以上批发业完成销售额37.5亿元,增长0.7%;全年零售业完成销售额19.6亿元。"

  it("dates the statements after the semicolon that name no time of their own", () => {
    expect(factOf(text, 71.06)?.period).toBe("2024M01-09")
    expect(factOf(text, 37.5)?.period).toBe("2024M01-09")
    expect(factOf(text, 0.7)?.period).toBe("2024M01-09")
  })

  it("does not date a statement that names its own time (全年)", () => {
    expect(factOf(text, 19.6)?.period).toBe("2024")
  })

  it("ends with its sentence: a statement after 。 is not in the run", () => {
    const next = factOf("2024年经济运行情况。1至9月,全区实现固定资产投资57.29亿元。全区规上工业企业559家。", 559)
    expect(next?.period).toBe("2024")
  })
})

describe("a stretch since a quarter of another year (自2013年第三季度以来)", () => {
  it("does not date the figure by that quarter", () => {
    const text = "2022年一季度黑龙江全省地区生产总值为2976.6亿元,这是自2013年第三季度以来,连续9年共34个季度首次超过全国平均增幅。"
    expect(factOf(text, 34)?.period).not.toBe("2022Q3")
  })
})

describe("the year a release is about", () => {
  it("is not the year-end a stock is compared with (较2023年末): with no other year, none", () => {
    const out = rows("1至9月,全区实现社会消费品零售总额71.06亿元,增长0.5%。截至9月,高新区市场主体存量为36581户,较2023年末净增11152户。")
    expect(out.length).toBeGreaterThan(0)
    for (const r of out) expect(r.period).toBeNull()
  })
})

describe("subjects", () => {
  it("a rate of change after a share of the budget is the amount's, a change in points stays the share's", () => {
    const budget = "2022年,全县一般公共预算收入预计完成81000万元,占调整预算的100%,同比下降6.8%。"
    expect(factOf(budget, -6.8)?.indicator).toBe("一般公共预算收入")
    expect(factOf(budget, 100)?.indicator).toContain("占调整预算")
    const points = "2022年,民营经济占GDP的比重为66.2%,较上年下降0.8个百分点。"
    expect(factOf(points, -0.8)?.indicator).toBe(factOf(points, 66.2)?.indicator)
  })

  it("a from–to pair of shares keeps the share's subject for both ends", () => {
    const text = "2023年,清洁能源消费占比由20.8%上升到25%以上。"
    expect(factOf(text, 25)?.indicator).toBe(factOf(text, 20.8)?.indicator)
  })

  it("drop how a figure is computed (按可比口径计算, 按可比价) from the words before it", () => {
    const text = "1998年,地方财政收入按可比口径计算增长20%,达到227.3亿元。"
    expect(factOf(text, 20)?.indicator).toBe("地方财政收入")
    const banner = "2005年,全旗地区生产总值达到18.21亿元,按可比价年均增长17.2%。"
    expect(factOf(banner, 17.2)?.indicator).toBe(factOf(banner, 18.21)?.indicator)
  })

  it("of a multiple is the figure compared, not the base it is a multiple of (是“九五”时期的4.08倍)", () => {
    const text = "2005年,全旗累计招商引资18.36亿元,是“九五”时期的4.08倍。"
    expect(factOf(text, 4.08)?.indicator).toBe(factOf(text, 18.36)?.indicator)
  })

  it("of a banner report drop 全旗 like 全县", () => {
    expect(factOf("2005年,全旗地区生产总值达到18.21亿元。", 18.21)?.indicator).toBe("地区生产总值")
  })

  it("of a communiqué paragraph lose the topic run into its first sentence, only there", () => {
    const text = "2022年统计公报\n人口年末常住人口94.9万人,比上年末增加0.1万人。\n国民经济全年实现地区生产总值(GDP)439.19亿元,比上年增长3.3%。"
    expect(factOf(text, 94.9)?.indicator).toBe("常住人口")
    expect(factOf(text, 439.19)?.indicator).toBe("地区生产总值")
    // Not a topic word at the head of a paragraph: the subject stays whole.
    expect(factOf("2022年统计公报\n全县城镇居民全年人均可支配收入38922元。", 38922)?.indicator).toContain("人均可支配收入")
  })
})

describe("a budget report read out in the year it reviews", () => {
  it("reports that year's figures without 预计 as results, not budget targets (a county's December session)", () => {
    const text = "关于沙洋县2022年预算执行情况和2023年预算草案的报告\n——2022年12月18日在沙洋县第六届人民代表大会第二次会议上\n" +
      "一、2022年财政预算执行情况\n2022年,县级一般公共预算收入预计完成64000万元,同比下降16.7%。加上转移性收入486923万元,收入总计550923万元。"
    expect(factOf(text, 64000)?.status).toBe("estimate")
    expect(factOf(text, 486923)?.status).toBe("actual")
    expect(factOf(text, 486923)?.period).toBe("2022")
  })
})

describe("a traditional-script mirror with years spelled digit by digit", () => {
  const text = "——1 9 9 8 年3 月5 日在第九屆全國人民代表大會第一次會議上\n國務院總理 李鵬\n各位代表:\n" +
    "本屆政府從1 9 9 3 年3 月就職,到現在已經五年了,任期即將結束。我代表國務院向大會報告過去五年的工作。\n" +
    "1 9 9 7 年國內生產總值達到7 4 7 7 2億元,按可比價格計算,平均每年增長1 1 %。去年經濟增長8.8 %。"

  it("is read as a work report delivered in 1998, reviewing 1997", () => {
    const meta = metadataOf(text)
    expect(meta.genre).toBe("work_report")
    expect(meta.reviewYear).toBe(1997)
  })

  it("dates a figure by its spaced year, and 去年 from the session's year", () => {
    expect(factOf(text, 74772)?.period).toBe("1997")
    expect(factOf(text, 8.8)?.period).toBe("1997")
  })
})

describe("a press office named after the date of its briefing", () => {
  it("loses the day and the time of day run into its name", () => {
    const text = "一季度黑龙江省地区生产总值同比增长5.4%\n记者从4月24日下午黑龙江省人民政府新闻办公室召开的新闻发布会上了解到,2022年一季度黑龙江全省地区生产总值为2976.6亿元。"
    expect(metadataOf(text).issuer).toBe("黑龙江省人民政府新闻办公室")
  })
})

describe("a place outside the gazetteer whose name holds a known form", () => {
  it("is no mention of that form (义县 in 嘉义县, 新北 in 新北市), which still stands alone", () => {
    expect(placeMentions("今天是嘉义县议会第20届第2次定期大会").map((m) => m.form)).toEqual([])
    expect(placeMentions("新北市").map((m) => m.form)).toEqual([])
    expect(placeMentions("锦州市义县").map((m) => m.form)).toContain("义县")
    expect(placeMentions("常州市新北区").map((m) => m.form)).toContain("新北区")
  })
})

describe("words between a subject and its number", () => {
  it("a footnote's mark (生产总值[2]82553亿元) does not cut the subject off", () => {
    expect(factOf("根据国家统一初步核算,2023年全省生产总值[2]82553亿元,比上年增长6.0%。", 82553)?.indicator).toBe("生产总值")
  })

  it("a conversion (按年平均汇率折算为, 约合) leaves the converted figure with the subject it converts", () => {
    const text = "2023年,人均地区生产总值为125043元(按年平均汇率折算为17745美元),增长5.3%。人均生产总值约合20533美元。"
    expect(factOf(text, 17745)?.indicator).toBe("人均地区生产总值")
    expect(factOf(text, 20533)?.indicator).toBe("人均生产总值")
  })

  it("a verb of change the dictionary joins to 价格 (价格下降, 价格上涨) is not the subject's", () => {
    const text = "2023年,全年居民消费价格比上年上涨0.3%。其中,消费品价格下降0.1%,服务价格上涨0.9%。"
    expect(factOf(text, -0.1)?.indicator).toBe("消费品价格")
    expect(factOf(text, 0.9)?.indicator).toBe("服务价格")
  })
})

describe("rows of a table dumped as text under a heading row that names the units", () => {
  const text = "玉环市2019年国民经济和社会发展统计公报\n一、综 合\n表1 2019年玉环市生产总值\n| 绝 对 数 (亿元) | 比上年增长 (%) |\n" +
    "地区生产总值 | 617.50 | 5.2 |\n第一产业 | 37.11 | 2.6 |\n二、农 业\n全年蔬菜播种面积3938公顷。"

  it("give one fact per numeric cell, its unit and measure from the column's heading", () => {
    const level = factOf(text, 617.5)
    expect(level).toMatchObject({ indicator: "地区生产总值", unit: "亿元", measure: "level", period: "2019" })
    expect(factOf(text, 5.2)).toMatchObject({ indicator: "地区生产总值", unit: "%", measure: "growth_rate" })
    expect(factOf(text, 2.6)?.indicator).toBe("第一产业")
  })

  it("end where the table ends, and give nothing under a heading that names no unit", () => {
    expect(factOf(text, 3938)?.unit).toBe("公顷")
    const bare = "2019年统计公报\n| 指标 | 数值 |\n地区生产总值 | 617.50 |"
    expect(factOf(bare, 617.5)).toBeUndefined()
  })
})
