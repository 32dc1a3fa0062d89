/**
 * Classes of period and status error found by reading the output on fresh public texts (a news
 * summary page run into bullets, quarterly batches of projects started together, monthly
 * financial releases, five-year plan targets, national work reports). Each case is a short real
 * quote and the class it stands for.
 */
import { describe, expect, it } from "vitest"
import { extractOne, factOf } from "./helpers.js"

describe("a summary page's points run into one line ( - … [1] - …)", () => {
  const text = "明水经开区:产业集群蓄势聚能,推动章丘工业高质量发展\n齐鲁晚报网·2025-07-29 13:39\n" +
    "工业投资与项目建设 - 2023年及2024年共计完成工业投资162.97亿元 [1] - 每年新开工亿元以上工业项目超15个 [2] - " +
    "雪花啤酒项目2024年营收突破20亿元 [2] - 储备项目110个、签约项目67个 [2]"

  it("are statements of their own: a span's end year stays in its point", () => {
    expect(factOf(text, 162.97)?.period).toBe("2024")
    expect(factOf(text, 15)?.period).toBe("2025")
  })

  it("date each point afresh: a year one point names is not the next one's", () => {
    expect(factOf(text, 20)?.period).toBe("2024")
    expect(factOf(text, 110)?.period).toBe("2025")
    expect(factOf(text, 67)?.period).toBe("2025")
  })

  it("leave a spaced range one statement (增长5% - 6%)", () => {
    const rows = extractOne("2024年1月 政府工作报告\n今年全市地区生产总值增长5% - 6%,居民收入同步增长。").indicators
    expect(rows.map((r) => r.value)).toEqual([5, 6])
  })
})

describe("a batch of projects named by its quarter (第二季度重大重点项目集中开工)", () => {
  it("dates the batch's figures, in the headline and in the 本次 sentence after it", () => {
    const text = "总投资123.65亿元 江西南昌县第二季度重大重点项目集中开工-世界播报\n时间:2023-04-28 15:28:14 来源: 新华社\n" +
      "4月27日上午,江西省南昌县(小蓝经开区)举行2023年第二季度重大重点项目集中开工仪式。本次集中开工项目共45个,总投资近123.65亿元。"
    const rows = extractOne(text).indicators
    expect(rows.map((r) => [r.value, r.period])).toEqual([[123.65, "2023Q2"], [45, "2023Q2"], [123.65, "2023Q2"]])
  })

  it("dates the 此次 sentence and the 其中 breakdown after it; the year's planned amount stays the year's", () => {
    const text = "2022-10-10 项目集中开工\n10月8日, 市举行2022年第四季度项目集中开工活动。此次共有98个项目集中开工,总投资120.14亿元,年预计投资25.88亿元。" +
      "其中,产业项目有77项,总投资101.23亿元;基础设施项目16项,总投资16.6亿元。"
    expect(factOf(text, 98)?.period).toBe("2022Q4")
    expect(factOf(text, 77)?.period).toBe("2022Q4")
    expect(factOf(text, 16.6)?.period).toBe("2022Q4")
    const planned = factOf(text, 25.88)
    expect([planned?.period, planned?.status]).toEqual(["2022", "estimate"])
  })

  it("does not date a sentence that is not about the batch", () => {
    const text = "2022-10-10 项目集中开工\n10月8日, 市举行2022年第四季度项目集中开工活动。全市全年固定资产投资增长8%。本次普查共登记人口5万人。"
    expect(factOf(text, 8)?.period).toBe("2022")
    expect(factOf(text, 5)?.period).toBe("2022")
  })
})

describe("a plan's span heading a ；-run of targets (“十二五”时期,…主要预期目标是:…;…)", () => {
  const text = "2011年2月 青岛市国民经济和社会发展第十二个五年规划纲要\n“十二五”时期,经济社会发展的主要预期目标是:在优化结构、提高效益、降低消耗、保护环境的基础上," +
    "全市生产总值年均增长11%,服务业增加值占生产总值比重达到57%;全社会研发投入占生产总值比重达到2.5%;城镇化率提高到75%左右;城镇登记失业率控制在4%以内。"

  it("dates every statement of the run by the plan's end year", () => {
    expect(factOf(text, 11)?.period).toBe("2015")
    for (const v of [2.5, 75, 4]) expect([factOf(text, v)?.period, factOf(text, v)?.status]).toEqual(["2015", "target"])
  })

  it("dates the run in a page that names no year of its own too", () => {
    const undated = text.slice(text.indexOf("\n") + 1)
    for (const v of [11, 2.5, 75, 4]) expect(factOf(undated, v)?.period).toBe("2015")
  })

  it("gives 今年 in a statement of the run back the year of the report", () => {
    const report = "2007年3月5日 政府工作报告\n各位代表:\n二是坚决淘汰落后生产能力。“十一五”期间，关停5000万千瓦小火电机组，今年要关停1000万千瓦；" +
      "五年淘汰落后炼铁产能1亿吨、落后炼钢产能5500万吨，今年力争分别淘汰3000万吨和3500万吨。"
    expect(factOf(report, 5500)?.period).toBe("2010")
    expect(factOf(report, 3000)?.period).toBe("2007")
  })

  it("heads no run in a review of the plan just ended", () => {
    const review = "2021年1月20日 某市政府工作报告\n各位代表:\n一、“十三五”时期发展成就\n“十三五”时期,全市地区生产总值年均增长7%;城镇化率达到60%。"
    expect([factOf(review, 60)?.period, factOf(review, 60)?.status]).toEqual(["2020", "actual"])
  })
})

describe("a balance at a month's end (截至2月末,…存款余额…)", () => {
  const text = "中国经济网 2013-03-18\n中国人民银行成都分行发布的全省2月份金融运行数据显示,截至2月末,四川辖内金融机构本外币各项存款余额达43463.67亿元,比年初增加1876.09亿元,同比多增1209.08亿元。"

  it("is a stock of that month, not of the months up to it; its change since the year began keeps the months", () => {
    expect(factOf(text, 43463.67)?.period).toBe("2013M02")
    expect(factOf(text, 1876.09)?.period).toBe("2013M01-02")
  })

  it("gives the balance's rate of growth the same month; a year-end balance is the year's", () => {
    const release = "2023年10月25日 新闻\n9月末，全市金融机构本外币存款余额8000亿元，同比增长9.1%。"
    expect([factOf(release, 8000)?.period, factOf(release, 9.1)?.period]).toEqual(["2023M09", "2023M09"])
    expect(factOf("2024年1月20日 新闻\n截至12月末，全市金融机构本外币贷款余额6000亿元。", 6000)?.period).toBe("2023")
  })

  it("opening a paragraph, dates the balances of its later sentences too (2015年3月末,…。按可比口径计算,…余额同比增长…)", () => {
    const text = "华西都市报 2015-04-16\n本报讯 昨日,中国人民银行成都分行发布了2015年一季度四川省金融运行情况。\n" +
      "2015年3月末,全省金融机构本外币各项存款余额55935.71亿元,比年初增加1613.43亿元。按可比口径计算,本外币各项存款余额同比增长8.53%,增速较去年同期回落4.98个百分点。" +
      "其中,人民币各项存款余额55128.04亿元,比年初增加1468.96亿元,按可比口径计算,人民币各项存款余额同比增长8.08%。"
    for (const v of [55935.71, 8.53, 4.98, 55128.04, 8.08]) expect([v, factOf(text, v)?.period ?? factOf(text, -v)?.period]).toEqual([v, "2015M03"])
    expect(factOf(text, 1468.96)?.period).toBe("2015Q1")
  })

  it("named after a source's lead-in in the paragraph's first sentence, dates the later sentences too", () => {
    const text = "中国经济网 2013-03-18\n中国人民银行成都分行发布的全省2月份金融运行数据显示,截至2月末,四川辖内金融机构本外币各项存款余额达43463.67亿元,比年初增加1876.09亿元。" +
      "按可比口径计算,本外币存款余额同比增长21.96%。各项贷款余额26931.30亿元,比年初增加736.44亿元。"
    expect([factOf(text, 21.96)?.period, factOf(text, 26931.3)?.period, factOf(text, 736.44)?.period]).toEqual(["2013M02", "2013M02", "2013M01-02"])
  })

  it("leaves a flow counted up to a month's end with the months (截至9月底,全市新增城镇就业…)", () => {
    expect(factOf("2023年10月25日 新闻\n截至9月底，全市新增城镇就业1.2万人。", 1.2)?.period).toBe("2023M01-09")
  })
})

describe("a line of its own naming the year's targets (2024年主要预期目标是 ⏎ …)", () => {
  const report = (heading: string) =>
    `2024年1月20日 某县政府工作报告\n各位代表：\n${heading}\n地区生产总值增长6%左右，一般公共预算收入增长5%。`

  it("makes the figures under it targets of that year, with or without its colon (and with 如下)", () => {
    for (const heading of ["2024年主要预期目标是", "（一）今年经济社会发展主要预期目标", "2024年经济社会发展的主要预期目标如下："]) {
      const rows = extractOne(report(heading)).indicators
      expect(rows.map((r) => [r.value, r.period, r.status])).toEqual([[6, "2024", "target"], [5, "2024", "target"]])
    }
  })

  it("leaves results under a line that only mentions the targets in passing", () => {
    const rows = extractOne(report("全面完成年初确定的预期目标，主要指标好于预期。2023年")).indicators
    expect(rows.every((r) => r.status === "actual")).toBe(true)
  })
})

describe("a move in a ranking (排名提升6个位次)", () => {
  it("is no fact, as the ranking is none; the growth beside it stays", () => {
    const rows = extractOne("2024年1月20日 某市政府工作报告\n2023年，全市地区生产总值增长6.1%，增速在全省排名提升6个位次。规上工业增加值增速前移2个位次。").indicators
    expect(rows.map((r) => r.value)).toEqual([6.1])
  })
})

describe("the three sectors' contributions (第一、二、三产业分别拉动…, 三次产业分别拉动…)", () => {
  it("name one sector per number", () => {
    const text = "2023年10月20日 某县统计局\n前三季度，全县地区生产总值增长5.2%。分产业看，第一、二、三产业分别拉动经济增长0.3、2.1和2.8个百分点。三次产业分别拉动GDP增长0.2、1.1、1.5个百分点。"
    const rows = extractOne(text).indicators.filter((r) => r.unit === "个百分点")
    expect(rows.map((r) => r.indicator)).toEqual([
      "第一产业拉动经济增长", "第二产业拉动经济增长", "第三产业拉动经济增长", "第一产业拉动GDP增长", "第二产业拉动GDP增长", "第三产业拉动GDP增长"
    ])
    expect(rows.every((r) => r.period === "2023M01-09" && r.measure === "growth_rate")).toBe(true)
  })
})

describe("本次 a paragraph after the batch it speaks of (2021年全市四季度重点项目集中开工…⏎本次集中开工项目90个)", () => {
  it("is of that batch's quarter; the year's planned investment stays the year's", () => {
    const text = "安康新闻网 2021-12-02\n本网讯 12月1日,2021年全市四季度重点项目集中开工和投产投用现场会在恒口示范区(试验区)归雁经济产业园主会场召开。市委书记赵俊民宣布开工令,市长武文罡出席并讲话。\n" +
      "本次集中开工项目90个、总投资82.3亿元、年度投资20.4亿元。"
    expect([factOf(text, 90)?.period, factOf(text, 82.3)?.period, factOf(text, 20.4)?.period]).toEqual(["2021Q4", "2021Q4", "2021"])
  })

  it("dates the 其中 clause after a year's planned amount by the batch too (…年度投资20.4亿元,其中产业项目53个)", () => {
    const text = "安康新闻网 2021-12-02\n本网讯 12月1日,2021年全市四季度重点项目集中开工和投产投用现场会在恒口示范区(试验区)归雁经济产业园主会场召开。\n" +
      "本次集中开工项目90个、总投资82.3亿元、年度投资20.4亿元,其中产业项目53个、总投资43.3亿元、年度投资11.2亿元。"
    expect([factOf(text, 53)?.period, factOf(text, 43.3)?.period, factOf(text, 11.2)?.period]).toEqual(["2021Q4", "2021Q4", "2021"])
  })
})

describe("届时 after a deadline (计划到2027年…。届时，…; 将于2026年建成投用，届时…)", () => {
  // (No real sentence with 届时 and a figure was found in the stored pages; these follow the wording of plan summaries.)
  it("dates the figures after it by the deadline, as targets", () => {
    const text = "2024年1月20日 某市政府工作报告\n各位代表：\n计划到2027年建成5G基站1万个。届时，全市数字经济规模将达到800亿元，占比达到40%。"
    for (const v of [800, 40]) expect([factOf(text, v)?.period, factOf(text, v)?.status]).toEqual(["2027", "target"])
    const same = "2024年1月20日 某市政府工作报告\n各位代表：\n某某新城一期工程将于2026年建成投用，届时可新增就业岗位5000个。"
    expect([factOf(same, 5000)?.period, factOf(same, 5000)?.status]).toEqual(["2026", "target"])
  })

  it("leaves a past year's figures results", () => {
    const text = "2024年1月20日 某市政府工作报告\n各位代表：\n2023年全市建成5G基站1万个。届时已有800家企业上云。"
    expect([factOf(text, 800)?.period, factOf(text, 800)?.status]).toEqual(["2023", "actual"])
  })
})

describe("one record of what the sentence before governed (its period and whether it was an estimate)", () => {
  it("carries a 其中 sentence's period through its ；-run (1—10月份,…。其中,…；…)", () => {
    const text = "2024年1月20日 某市政府工作报告\n各位代表：\n过去一年，全市经济持续向好。1—10月份，全市规模以上工业增加值增长6.8%。其中，金属制品业增长43.8%；通用设备制造业增长20.1%。"
    expect([factOf(text, 43.8)?.period, factOf(text, 20.1)?.period]).toEqual(["2023M01-10", "2023M01-10"])
  })

  it("keeps the parts of a whole-year estimate estimates of the year (预计全年…。其中,夏粮面积…)", () => {
    const text = "2023年12月1日 新闻\n预计全年全国粮食播种面积10814万公顷。其中,夏粮面积2716万公顷；早稻面积475万公顷。"
    for (const v of [2716, 475]) expect([factOf(text, v)?.period, factOf(text, v)?.status]).toEqual(["2023", "estimate"])
  })
})

describe("the share of a year's plan reached (…累计完成投资629.0亿元,占年度投资计划的97.2%)", () => {
  it("is a result, though 计划 stands before it", () => {
    const text = "今年安排全市重点建设项目444项,项目总投资5141亿元,年度投资计划647.4亿元。1-10月项目累计完成投资629.0亿元,占年度投资计划的97.2%,超过时间进度13.8个百分点。"
    expect(factOf(text, 97.2)?.status).toBe("actual")
    expect(factOf(text, 647.4)?.status).toBe("target")
  })
})
