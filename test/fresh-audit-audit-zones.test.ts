/**
 * Classes of error found by reading the output on fresh public texts about development zones and
 * new areas (滨海新区's 2024 work report and 2023 plan report, 南沙 reports and releases, 雄安新区
 * news and a provincial briefing, 经开区 and 高新区 releases). Each case is a short real quote.
 */
import { describe, expect, it } from "vitest"
import { extractOne, factOf, metadataOf } from "./helpers.js"

describe("a story of January on this year's first ground-breakings", () => {
  const text = [
    "雄安新区开工43个重点项目 总投资416亿元",
    "2023-01-30 09:36:18",
    "雄安新区28日在启动区举行今年一季度重点项目集中开工活动。",
    "本次集中开工项目共43个、总投资416亿元,涵盖基础设施、公共服务、智能城市等领域。今年雄安新区预计实施重点项目共270个,计划完成年度投资2000多亿元。"
  ].join("\n")

  it("dates its figures by the year it came out in, not the year just ended", () => {
    expect(factOf(text, 270)?.period).toBe("2023")
    expect(factOf(text, 2000)?.period).toBe("2023")
  })

  // The web gold dates a quarter's batch by the quarter (notes-w27: 45 projects / 123.65亿元 of the
  // 2023年第二季度 集中开工 → 2023Q2), in the 本次 sentence as in the headline.
  it("reads the batch's quarter (一季度…集中开工) as the period of the batch's figures (本次…), not of the year's", () => {
    const started = extractOne(text).indicators.filter((r) => r.value === 416 && r.char_start > text.indexOf("本次"))
    expect(started.length).toBeGreaterThan(0)
    for (const r of started) expect(r.period).toBe("2023Q1")
  })

  it("still reads a story of January without this year's opening weeks as about the year just ended", () => {
    const last = "雄安新区完成投资同比增长12.1%\n2023-01-20\n雄安新区完成投资同比增长12.1%,拉动全省投资增长1.3个百分点。"
    expect(factOf(last, 12.1)?.period).toBe("2022")
  })
})

describe("a work report's unnumbered heading 2024年经济社会发展主要预期目标", () => {
  const text = [
    "2024年政府工作报告 ——2024年1月10日在天津市滨海新区第四届人民代表大会第四次会议上",
    "2023年工作回顾",
    "经济指标支撑引领。一般公共预算收入同比增长11.9%。",
    "2024年经济社会发展主要预期目标",
    "地区生产总值同比增长4.8%左右;一般公共预算收入同比增长6%;固定资产投资同比持平。"
  ].join("\n")

  it("opens the plan part: its figures are the plan year's targets", () => {
    expect(factOf(text, 4.8)).toMatchObject({ period: "2024", status: "target" })
    expect(factOf(text, 6)).toMatchObject({ period: "2024", status: "target" })
  })

  it("leaves the review part's figures as results of the review year", () => {
    expect(factOf(text, 11.9)).toMatchObject({ period: "2023", status: "actual" })
  })
})

describe("a release dated by month and day alone, early in a year", () => {
  const text = [
    "南方财经全媒体记者 南沙报道",
    "2月20日,广州市南沙区2023年经济运行情况数据出炉。根据广州市地区生产总值统一核算结果,2023年南沙全区实现地区生产总值2323.54亿元,同比增长4.3%。",
    "工业方面,规模以上工业总产值3862.52亿元,同比增长2.9%。"
  ].join("\n")

  it("does not take the one year it names for the year it was written in (2023年经济运行情况 comes out in 2024)", () => {
    expect(metadataOf(text).publishedOn).toBeNull()
    expect(factOf(text, 3862.52)?.period).toBe("2023")
  })

  it("still dates it by the latest year when the year before is named too (written in 2023, on 2022)", () => {
    const both = "2月8日,南沙区第四届人民代表大会第四次会议开幕。报告指出,2022年是南沙改革发展历程中具有里程碑意义的一年。全年实现地区生产总值2252.58亿元。2023年预期目标是地区生产总值增长10%。"
    expect(metadataOf(both).publishedOn).toBe("2023-02-08")
  })
})

describe("a count of zones whose noun runs into the amount they produce", () => {
  const text = "根据初步核算,2023年,全国229家国家级经开区地区生产总值15.7万亿元,同比增长6.4%。东部地区103家国家级经开区地区生产总值9.3万亿元。"

  it("counts the zones (国家级经开区), leaving the indicator to the amount after it", () => {
    expect(factOf(text, 229)?.indicator).toBe("国家级经开区")
    expect(factOf(text, 103)?.indicator).toBe("国家级经开区")
    expect(factOf(text, 15.7)?.indicator).toBe("国家级经开区地区生产总值")
  })

  it("does not cut a counted noun down to a bare modifier (592个重点贫困县)", () => {
    const poor = "对592个重点贫困县1700万名贫困家庭学生免除学杂费。"
    expect(factOf(poor, 592)?.indicator).toBe("重点贫困县")
  })
})

describe("a zone's briefing quoting the province it lies in", () => {
  const text = [
    "前三季度雄安新区基础设施投资同比增长84.3%",
    "中新社石家庄10月24日电 2023-10-25",
    "河北省统计局副局长、新闻发言人周国华介绍说,前三季度,雄安新区投资同比增长18.2%,拉动该省投资同比增长1.8个百分点。",
    "前三季度,河北固定资产投资同比增长6.3%。河北前三季度承接京津转入基本单位1724家。"
  ].join("\n")

  it("gives the province's own figures to the province, not the zone", () => {
    expect(factOf(text, 6.3)?.region).toBe("河北省")
    expect(factOf(text, 1724)?.region).toBe("河北省")
  })

  it("keeps the zone's figures the zone's", () => {
    expect(factOf(text, 18.2)?.region).toBe("河北雄安新区")
  })

  it("keeps a city named only as part of an institution's name (重庆市第四人民医院…封顶) from taking the zone's figure", () => {
    const hospital = "重庆高新区2023年工作总结\n2023年,重庆市第四人民医院科学城院区一期主体结构封顶,投用后将新增床位4000张。"
    expect(factOf(hospital, 4000)?.region).toBe("重庆高新区")
  })
})

describe("an amount in 亿元人民币 (a news agency's spelling)", () => {
  const text = "2025-04-22\n周国华说,根据地区生产总值统一核算结果,一季度,河北实现生产总值11246.7亿元人民币,按不变价格计算,同比增长5.7%。"

  it("keeps 人民币 with the amount: the subject is what was produced, not the currency", () => {
    expect(factOf(text, 11246.7)).toMatchObject({ indicator: "生产总值", unit: "亿元" })
    expect(factOf(text, 5.7)?.indicator).toBe("生产总值")
  })

  it("reads 10亿元人民币以上在建项目 as a class of projects, not an amount", () => {
    const big = "2023-10-25\n前三季度,大项目挑起稳投资的大梁,10亿元人民币以上在建项目942个,同比增长12.7%。"
    expect(factOf(big, 10)).toBeUndefined()
    expect(factOf(big, 942)).toBeDefined()
  })
})

describe("words opening a clause before a zone's name", () => {
  const names = (text: string) => extractOne(text).projects.map((p) => p.name)

  it("a verb of contribution or share (拉动园区…, 占雄安新区…) is not part of a project's name", () => {
    const park = names("上半年,新(扩)建汇龙环保、矽盛电子等27个项目实现达产达效,新增规上工业产值近10亿元,拉动园区规上工业产值增长17.1个百分点。")
    expect(park).not.toContain("拉动园区")
    const share = names("前三季度雄安新区基础设施投资同比增长84.3%\n其中,基础设施投资同比增长84.3%,占雄安新区全部投资比重为60.3%。")
    expect(share).not.toContain("占雄安新区")
  })

  it("a period opening a heading (上半年经开区工业经济…) is not part of the zone's name", () => {
    expect(names("上半年经开区工业经济持续稳居全市第一\n来源:雅安经济开发区\n上半年,经开区规上工业增加值同比增长23.5%。")).not.toContain("上半年经开区")
  })
})

describe("a zone is not at the stage of the projects it hosts", () => {
  const zone = (text: string) => extractOne(text).projects.find((p) => p.name === "雄安新区")

  it("starting a batch of projects in it (开工43个重点项目, 重点项目集中开工) does not start the zone", () => {
    expect(zone("雄安新区开工43个重点项目 总投资416亿元\n2023-01-30 09:36:18\n雄安新区28日在启动区举行今年一季度重点项目集中开工活动。")?.status ?? null).toBeNull()
  })

  it("investment completed in it (完成投资同比增长12.1%) does not put the zone under construction", () => {
    expect(zone("前三季度雄安新区完成投资同比增长12.1%\n2024-10-24\n分区域看,雄安新区完成投资同比增长12.1%。")?.status ?? null).toBeNull()
  })
})

describe("a firm moving into a zone (中国卫星网络集团有限公司正式迁驻雄安新区)", () => {
  it("does not make the firm and its verb part of the zone's name", () => {
    const text = "前三季度雄安新区完成投资同比增长12.1%\n2024-10-24\n截至目前,中国卫星网络集团有限公司正式迁驻雄安新区;中国中化控股有限责任公司总部办公楼主体结构封顶。"
    const names = extractOne(text).projects.map((p) => p.name)
    expect(names.some((n) => n.includes("迁驻"))).toBe(false)
  })
})

describe("a zone's sub-area whose name opens with a verb's characters (启动区)", () => {
  it("keeps 启动区 whole in a project's name", () => {
    const text = "2023-01-30\n雄安新区28日在启动区举行今年一季度重点项目集中开工活动。在启动区东南居住片区一期项目现场,一排挖掘机整齐排列。"
    const names = extractOne(text).projects.map((p) => p.name)
    expect(names).toContain("启动区东南居住片区一期项目")
    expect(names).not.toContain("区东南居住片区一期项目")
  })
})

describe("the venue of a congress (在南沙区行政中心大会堂开幕)", () => {
  it("is not a project", () => {
    const text = "大洋网讯 2月8日,南沙区第四届人民代表大会第四次会议在南沙区行政中心大会堂开幕。"
    expect(extractOne(text).projects.map((p) => p.name)).not.toContain("南沙区行政中心大会堂")
  })
})
