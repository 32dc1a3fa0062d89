/**
 * Classes of error the lead found reading fresh county budget reports in session 11 (Hubei,
 * Chongqing, Yunnan, 2022–2023): a budget as passed and as revised read as results dated the next
 * year, a revenue heading whose verb was dropped (返还性收入 → 性收入), a page's index number taken
 * for its title, and an author named before 关于 in a title left unread. Each case is a short real quote.
 */
import { describe, expect, it } from "vitest"
import { extractOne, factOf, metadataOf } from "./helpers.js"

// 巫溪县 (Chongqing), 2022年预算执行及2023年预算公开的说明: the budget passed and revised during 2022.
const WUXI = "巫溪县2022年预算执行及2023年预算公开的说明\n日期:2023-01-12\n" +
  "巫溪县2022年预算执行及2023年财政预算情况经县第十八届人民代表大会第二次会议通过,现将2022年预算执行、2023年财政预算等情况予以说明。\n" +
  "一、2022年预算执行情况\n" +
  "县十八届人大第一次会议批准的年初预算为:一般公共预算收入76138万元(税收收入47008万元、非税收入29130万元);政府性基金预算收入80000万元。" +
  "年度预算执行中,经县十八届人大常委会第七次会议批准,一般公共预算收入由年初的76138万元调整为89138万元,调增13000万元,其中:税收收入调整为40500万元。\n" +
  "(一)一般公共预算执行情况。\n——一般公共预算收入88435万元,完成调整预算的99.2%,较上年增长19.7%。上级补助405490万元,其中:返还性收入2275万元、一般性转移支付收入336747万元。\n"

describe("a budget as passed and as revised is a plan of the year under review", () => {
  const rows = extractOne(WUXI).indicators
  const at = (value: number, quote: string) => rows.find((r) => r.value === value && r.quote.includes(quote))!
  it("the figures after 批准的年初预算为: are targets of 2022, the ；-joined one too", () => {
    for (const v of [76138, 47008, 29130]) expect([at(v, "预算收入76138").status, at(v, "预算收入76138").period]).toEqual(["target", "2022"])
    expect([at(80000, "政府性基金").status, at(80000, "政府性基金").period]).toEqual(["target", "2022"])
  })
  it("the budget a revision starts from, the revised budget and the revision are targets of 2022", () => {
    for (const [v, q] of [[76138, "由年初"], [89138, "调整为"], [13000, "调增"], [40500, "调整为"]] as const) {
      expect([at(v, q).status, at(v, q).period]).toEqual(["target", "2022"])
    }
    expect(at(13000, "调增").measure).toBe("change")
  })
  it("the revenue collected is still a result", () => {
    expect([at(88435, "88435").status, at(88435, "88435").period]).toEqual(["actual", "2022"])
    expect([at(19.7, "19.7").status, at(19.7, "19.7").measure]).toEqual(["actual", "growth_rate"])
  })
})

describe("a verb before 性 is part of the heading it qualifies", () => {
  it("返还性收入 keeps its 返还", () => {
    expect(factOf("其中:返还性收入2275万元、一般性转移支付收入336747万元。", 2275)?.indicator).toBe("返还性收入")
  })
  it("a verb before a noun with no 性 is still dropped", () => {
    expect(factOf("全年组织外出务工3.5万人次。", 3.5)?.indicator).not.toMatch(/^组织/)
  })
})

describe("a budget page's title and author", () => {
  it("an index number above the title is not the title; 预算执行及…预算公开的说明 is a budget report", () => {
    const text = "  • [ 索引号 ]\n  • 11500238709450498T/2023-00005\n" + WUXI
    const meta = metadataOf(text)
    expect(meta.title).toBe("巫溪县2022年预算执行及2023年预算公开的说明")
    expect(meta.genre).toBe("budget_report")
  })
  it("a title opening with its author before 关于 names the issuer", () => {
    const text = "重庆市长寿区财政局关于重庆市长寿区2022年预算执行情况和2023年预算草案的报告\n\n各位代表:\n\n受区人民政府委托,现将我区2022年预算执行情况和2023年预算草案的报告提请大会审查。\n"
    expect(metadataOf(text).issuer).toBe("重庆市长寿区财政局")
  })
  it("a title that opens with 关于 names no author (null, not a guess)", () => {
    expect(metadataOf("关于沙洋县2022年预算执行情况和2023年预算草案的报告\n\n各位代表:\n\n受县人民政府委托,现将2022年预算执行情况提请审议。\n").issuer).toBeNull()
  })
})

describe("what was ensured, and a year noted as forecast", () => {
  // A township's 2021 work report (Sichuan): 确保了 reports what was done.
  it("确保了 is a result, 确保 a target", () => {
    expect(factOf("_西线供水工程顺利竣工,确保了6.8万人的安全饮水问题。", 6.8)?.status).toBe("actual")
    expect(factOf("确保全年粮食产量稳定在50万吨以上。", 50)?.status).toBe("target")
  })
  // A township's year-end summary (traditional script): XX年(預測), its figures.
  it("XX年(预测), opening a sentence makes its figures estimates, not the next sentence's", () => {
    const text = "今年,我們在縣委、縣府的領導下,實現全鎮經濟健康發展。\n\nXX年(預測),全鎮國內生產總值(gdp)為10.74億元,鄉鎮企業總產值實現12.66億元。鎮本級財政收入500萬元。"
    expect(factOf(text, 10.74)?.status).toBe("estimate")
    expect(factOf(text, 12.66)?.status).toBe("estimate")
    expect(factOf(text, 500)?.status).toBe("actual")
  })
})

describe("a five-year plan's background part", () => {
  // 松阳县 (Zhejiang), 十三五规划纲要 (送审稿), mirrored in traditional script with pinyin artefacts.
  const text = "松陽(yáng)縣國(guó)民經(jīng)濟(jì)和社會(huì)發(fā)展\n第十三個(gè)五年規(guī)劃綱要\n(送審稿)\n" +
    "“十三五”時(shí)期是松陽(yáng)縣全面建成小康社會(huì)的關(guān)鍵五年。\n一、發(fā)展背景和總體要求\n(一)發(fā)展背景\n" +
    "綜合實(shí)力大幅增強(qiáng)。初步核算,2015年全縣生產(chǎn)總值達(dá)85.86億元,五年累計(jì)完成固定資產(chǎn)投資380億元,年均增長15.2%。\n"
  it("reports results: 发展背景和总体要求 looks back first", () => {
    expect(factOf(text, 85.86)?.status).toBe("actual")
    expect(factOf(text, 380)?.status).toBe("actual")
  })
  it("is titled by the plan's name set over two lines", () => {
    expect(metadataOf(text).title).toBe("松阳县国民经济和社会发展第十三个五年规划纲要")
  })
})

describe("a zone named by its city and a zone head, and funds that arrived", () => {
  // 常州经开区 (Jiangsu), 党工委(扩大)会议 report, 2023, mirrored in traditional script.
  const text = "常州經開區召開黨工委(擴大)會議\n會上,常州經開區黨工委書記丁一作年度工作報告,2023年,常州經開區預計完成地區生產總值992億元,一般公共預算收入53.5億元,實際到賬外資7456萬美元。"
  it("常州经开区 before the figure is its place, not part of its subject (nor is 预计)", () => {
    expect(factOf(text, 992)?.indicator).toBe("地区生产总值")
    expect(factOf(text, 992)?.indicator_code).toBe("GDP")
    expect(factOf(text, 992)?.region).toBe("常州经济技术开发区")
  })
  it("实际到账外资 keeps 到账 (not 账外资)", () => {
    expect(factOf(text, 7456)?.indicator).toBe("到账外资")
  })
  it("a place before a zone that is no gazetteer zone stays in the subject", () => {
    expect(factOf("川南经济区地区生产总值992亿元。", 992)?.indicator).toBe("川南经济区地区生产总值")
  })
})

describe("a year's plan as the base of a completion share", () => {
  // A Hubei city's 2004 half-year review of project building.
  const text = "元至6月,我市完成全社会固定资产投资68585万元,同比增长44.7%,占年度计划15.3亿元的44.8%。"
  it("the plan's figure is a target of its own (it was dropped as the base of a share)", () => {
    expect(factOf(text, 15.3)?.status).toBe("target")
    expect(factOf(text, 15.3)?.indicator).toBe("全社会固定资产投资年度计划")
  })
  it("the share of the plan done is the investment's, and a result", () => {
    expect(factOf(text, 44.8)?.indicator).toBe("全社会固定资产投资")
    expect(factOf(text, 44.8)?.status).toBe("actual")
  })
})

describe("a heading about the projects of a time is no project", () => {
  it("我市上半年项目建设基本特点 names none", () => {
    expect(extractOne("一、我市上半年项目建设基本特点\n元至6月,我市完成全社会固定资产投资68585万元,同比增长44.7%。").projects).toEqual([])
  })
})

describe("last year heading a ；-run, and a base year's figure in brackets", () => {
  // A 2019 story on 赤城县 (Hebei): a county official quoted on the year before.
  const story = "河北赤城发展蔬菜和生态旅游业 脱贫攻坚取得显著成效(2)\n时间:2019-10-29 11:36 来源:互联网\n" +
    "2014年,赤城有贫困村272个,贫困发生率高达28.2%。\n" +
    "“去年,我们建档立卡贫困人口中,有4000户收入过万元,全县农村人均纯收入达10700元,比2017年增长11%;全县个人存款达102亿元,比2017年净增了14.6亿元。”郭新耀说。"
  it("the statements after the one 去年 opens are of that year too (not the year the text names most)", () => {
    expect(factOf(story, 10700)?.period).toBe("2018")
    expect(factOf(story, 102)?.period).toBe("2018")
    expect(factOf(story, 14.6)?.period).toBe("2018")
  })
  it("a statement of the run that names its own year keeps it", () => {
    const text = "时间:2019-10-29 11:36\n去年,全县农村人均纯收入达10700元;2014年全县个人存款达50亿元。"
    expect(factOf(text, 50)?.period).toBe("2014")
  })
  // 山西省民政厅, 2019: a growth rate compared with the year before, that year's rate in brackets.
  it("增速比2017年(10.7%)提高: the bracketed rate is 2017's growth rate", () => {
    const text = "2018年我省贫困地区农村居民人均可支配收入为8250元。全年贫困地区农民收入增速比2017年(10.7%)提高1.9个百分点。"
    expect([factOf(text, 10.7)?.period, factOf(text, 10.7)?.measure, factOf(text, 10.7)?.status]).toEqual(["2017", "growth_rate", "actual"])
    expect(factOf(text, 1.9)?.period).toBe("2018")
  })
})

describe("a year written with a digit zero among its numerals", () => {
  // 中新社, 2006, on the draft of the 11th five-year plan (traditional script).
  it("二0一0年 is 2010", () => {
    const text = "二0一0年,GDP達到二十六點一萬億元人民幣,城鎮化率提高到百分之四十七。"
    expect(factOf(text, 26.1)?.period).toBe("2010")
    expect(factOf(text, 47)?.period).toBe("2010")
  })
})

describe("a loss grown or cut by a rate", () => {
  // A county's industrial release: 增亏 and 减亏 are a loss's rise and fall, not shares.
  it("增亏 is a rise of the loss, 减亏 its fall", () => {
    const text = "1-10月,全县规模以上工业企业亏损额比上年同期增亏33.48%,亏损企业减亏12.5%。"
    expect([factOf(text, 33.48)?.measure, factOf(text, 33.48)?.indicator]).toEqual(["growth_rate", "规模以上工业企业亏损额"])
    expect(factOf(text, -12.5)?.measure).toBe("growth_rate")
  })
})
