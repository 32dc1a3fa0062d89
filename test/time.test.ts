/**
 * Genres, document time and status on real text: heads and sentences of the seeds, the
 * web excerpts (../shared/web) and the national corpus.
 */
import { describe, expect, it } from "vitest"
import { extractText, normaliseText, readMetadata, subYearPeriod } from "@govstat/extract"
import { seed } from "./helpers.js"

const run = (text: string) => extractText(text, { docId: "t", path: "t.txt" })
const meta = (text: string) => readMetadata(normaliseText(text).clean.text)
const facts = (text: string) => run(text).indicators.map((i) => [i.value, i.period, i.status])

/** The head of the 2024 national report: title over its session line, the premier, the salutation. */
const NATIONAL_2024 = "政府工作报告\n\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n\n国务院总理　\n李　强\n\n各位代表：\n\n现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。\n\n一、2023年工作回顾\n\n过去一年，是全面贯彻党的二十大精神的开局之年。"

describe("genres from cues", () => {
  it("a national work report: issued by 国务院 as its text says, reviewing the year before its session", () => {
    expect(meta(NATIONAL_2024)).toMatchObject({ genre: "work_report", issuer: "国务院", title: "政府工作报告", reviewYear: 2023, planYear: 2024 })
  })
  it("a report that opens with 各位代表: has no title, never the salutation or its first sentence", () => {
    const m = meta("各位代表：\n\n现在，我代表国务院，向大会报告政府工作，请各位代表审议，并请全国政协委员提出意见\n\n一、2011年工作回顾\n\n过去的一年，面对复杂多变的国际政治经济环境。")
    expect(m).toMatchObject({ genre: "work_report", title: null, issuer: "国务院", reviewYear: 2011 })
  })
  it("a congress's resolution on the report is not a work report", () => {
    const m = meta("第十四届全国人民代表大会第三次会议听取和审议了国务院总理李强所作的\n政府工作报告\n。会议充分肯定国务院过去一年的工作，同意报告提出的2025年经济社会发展的总体要求、政策取向和工作任务，决定批准这个报告。")
    expect(m.genre).toBe("resolution")
    expect(m.title).toBeNull()
  })
  it("a budget report: title set over two lines, issued by the finance bureau, 执行情况 year and 草案 year", () => {
    const m = meta("南开区2023年预算执行情况和\n2024年预算草案的报告\n2024年1月11日在南开区第十八届\n人民代表大会第五次会议上\n南开区财政局\n各位代表:\n受区人民政府委托,现将南开区2023年预算执行情况和2024年预算草案提请大会审议。\n2023年预算执行情况\n2023年,财政工作坚持稳中求进。")
    expect(m).toMatchObject({ genre: "budget_report", title: "南开区2023年预算执行情况和2024年预算草案的报告", issuer: "南开区财政局", reviewYear: 2023, planYear: 2024 })
  })
  it("a plan report by its title", () => {
    const m = meta("关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n\n各位代表：\n\n受国务院委托，现将2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案提请十四届全国人大二次会议审议。")
    expect(m.genre).toBe("plan_report")
    expect(m.reviewYear).toBe(2023)
  })
  it("a communiqué is about the year its title names, not the year it came out", () => {
    const m = meta("您的位置 首页 > 教育学习\n\n【河南中招成绩查询时间2022】专题2021年河南省国民经济和社会发展统计公报\n\n河南省统计局国家统计局河南调查总队\n\n2022年3月12日\n\n2021年是河南发展历程中极为关键、极不平凡的一年。")
    expect(m).toMatchObject({ genre: "statistical_communique", issuer: "河南省统计局", publishedOn: "2022-03-12", reviewYear: 2021 })
  })
  it("a statistics bureau's briefing covers the period its title states", () => {
    const m = meta("彩票之家\n\n当前位置: 彩票之家 > 政府数据 > 数据要闻\n\n市统计局召开2016年前三季度全市经济形势新闻通报会(图)\n\n来源:株洲市统计局  发布时间:2016-10-24 15:43:02  作者:统计局\n\n近日, 市统计局召开新闻通报会,对外通报2016年前三季度全市经济发展有关情况。")
    expect(m).toMatchObject({ genre: "press_conference", title: "市统计局召开2016年前三季度全市经济形势新闻通报会(图)", period: "2016M01-09" })
  })
  it("a release on a month range", () => {
    const m = meta("2023年1—8月全市经济运行情况\n\n1—8月,全市规模以上工业增加值同比增长5.1%。")
    expect(m).toMatchObject({ genre: "statistical_release", period: "2023M01-08" })
  })
  it("a dated release's lead gives its period with 今年", () => {
    const m = meta("西宁市上半年经济运行情况\n发布时间:2023-07-20\n据了解,今年上半年,西宁市坚持稳中求进工作总基调,经济运行整体回升向好。其中,规上工业总产值达到1106.6亿元,增长13.1%。")
    expect(m).toMatchObject({ genre: "statistical_release", reviewYear: 2023, period: "2023H1" })
    // Undated, a release's 今年上半年 has no year: no period.
    const undated = meta("據了解,今年上半年,西寧市堅持穩中求進工作總基調,主要指標領先全省,經濟運行整體回升向好。其中,規上工業總產值達到1106.6億元,增長13.1%。")
    expect(undated).toMatchObject({ genre: "statistical_release", period: null, reviewYear: null })
  })
  it("a speech by its title", () => {
    expect(meta("在全市经济工作会议上的讲话\n\n同志们:\n\n这次会议的主要任务是,总结2023年经济工作,部署2024年经济工作。").genre).toBe("speech")
  })
  it("a policy document: its own figures are stipulations, dated by the years it speaks of", () => {
    const text = "各州、市、县、区人民政府,省直各委、办、厅、局:\n为认真贯彻落实中央经济工作会议关于稳增长的各项决策部署,现提出以下意见:\n一、推进重大项目建设\n省财政新增筹措重大建设项目前期工作经费3亿元,确保一批重大工程项目开工建设。发展改革、财政部门2017年3月底前拨付省预算内前期工作经费。全省各部门预算内专项资金须于2017年6月底前下达60%以上、9月底前下达80%以上。"
    expect(meta(text)).toMatchObject({ genre: "policy_notice", title: null, reviewYear: 2017 })
    expect(facts(text)).toEqual([[3, "2017", "target"], [60, "2017M01-06", "target"], [80, "2017M01-09", "target"]])
  })
  it("an award scheme's rates are targets", () => {
    const r = run("河南省新乡高新区重大招商引资项目奖励办法为充分调动社会各界招商引资积极性,现将主要奖励办法公告如下: 1.对于成功引进的制造业投资项目,首期完成固定资产投资额1亿元~5亿元(含5亿元)且资金到期为12个月内的制造业项目,奖励标准为投资额的1‰。")
    expect(r.document.genre).toBe("policy_notice")
    expect(r.indicators.length).toBeGreaterThan(0)
    expect(new Set(r.indicators.map((i) => i.status))).toEqual(new Set(["target"]))
  })
  it("an excerpt that opens at the report's first part is a work report on that year", () => {
    const m = meta("一、2024年工作回顾\n2024年,在地委的坚强领导下,我们坚持以习近平新时代中国特色社会主义思想为指导。全年完成地区生产总值998.72亿元,同比增长6.6%。")
    expect(m).toMatchObject({ genre: "work_report", reviewYear: 2024, title: null })
  })
  it("a county report's issuer is the government of the county whose congress hears it", () => {
    const m = meta("政府工作报告\n\n  ——2023年2月2日在长沙县第十八届人民代表大会第三次会议上\n\n  县长 陈永高\n\n  各位代表:\n\n  现在,我代表县人民政府向大会报告工作,请予审议。")
    expect(m).toMatchObject({ genre: "work_report", issuer: "长沙县人民政府", reviewYear: 2022 })
  })
  it("a period's figures up front make a release; with no year stated, no period", () => {
    const r = run("锦屏县工业总产值首次突破10亿元\n今年以来,锦屏县突出“加速发展、扩大总量”主基调,全县工业经济实现持续快速增长。\n1-8月,该县工业总产值完成10.58亿元,同比增长134.7%。")
    expect(r.document.genre).toBe("statistical_release")
    expect(r.indicators.map((i) => i.period)).toEqual([null, null, null])
  })
  it("a dated lead makes news", () => {
    expect(meta("3月18日,諸城市煙葉復烤倉儲設施等46個總投資389億元的重點項目集中開工,該市今年項目建設實現強勁開局。").genre).toBe("news")
  })
  it("a story that quotes a policy's name stays a story", () => {
    const m = meta("本报讯(记者 韩小珍)近日,市政府办公室印发《关于促进民营经济高质量发展的若干措施》,提出到2025年全市民营经济增加值占比达到60%以上,每年新增市场主体3万户。")
    expect(m.genre).toBe("news")
  })
  it("a 工作要点 only plans, for the year its title names", () => {
    const r = run("重庆高新区2024年工作要点\n一、推动制造业高质量发展\n地区生产总值增长8%左右,固定资产投资增长10%。")
    expect(r.document.genre).toBe("work_plan")
    expect(r.indicators.map((i) => [i.value, i.period, i.status])).toEqual([[8, "2024", "target"], [10, "2024", "target"]])
  })
  it("keeps the seeds' genres", () => {
    expect(["000", "001", "002", "003", "004"].map((p) => meta(seed(p).text).genre)).toEqual([
      "press_conference", "work_report", "meeting_digest", "work_plan", "news"
    ])
  })
})

describe("the years a report reviews", () => {
  it("a report delivered in December of Y reviews Y, not a year its text mentions", () => {
    const text = "(湖北省)2017年黄梅县人民政府工作报告(全文)\n政 府 工 作 报 告\n2016年12月16日在黄梅县第十六届人民代表大会第一次会议上\n县长 屈凯军\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n一、过去五年工作回顾\n初步统计,2016年,实现地区生产总值189亿元,是2011年的1.74倍;公共财政预算收入10.6亿元。"
    const r = run(text)
    expect(r.document).toMatchObject({ genre: "work_report", report_year: 2016, issuer: "黄梅县人民政府" })
    expect(r.indicators.map((i) => [i.value, i.period, i.status])).toEqual([[189, "2016", "actual"], [1.74, "2016", "actual"], [10.6, "2016", "actual"]])
  })
  it("a five-year review names its plan year where the plan part opens", () => {
    const text = `各位代表：\n\n现在，我代表国务院，向大会报告过去五年的政府工作，并对今年工作提出建议。\n\n一、过去五年工作回顾\n\n${"五年来，我们有效应对国际金融危机的严重冲击。".repeat(3)}财政收入从2007年的5.1万亿元增加到2012年的11.7万亿元。\n\n二、对今年政府工作的建议\n\n2013年是全面贯彻落实党的十八大精神的开局之年。`
    expect(meta(text)).toMatchObject({ reviewYear: 2012, planYear: 2013, issuer: "国务院" })
  })
  it("the coming year's section of a work report sets targets", () => {
    const r = run("政府工作报告\n——2023年2月2日在长沙县第十八届人民代表大会第三次会议上\n各位代表:\n一、2022年工作回顾\n全年地区生产总值增长5.1%。\n二、2023年工作安排\n地区生产总值增长6.5%以上。")
    expect(r.indicators.map((i) => [i.value, i.period, i.status])).toEqual([[5.1, "2022", "actual"], [6.5, "2023", "target"]])
  })
  it("a heading that reviews one year and then sets the next year's requirements: results first, plans after", () => {
    const r = run("各位代表：\n现在，我代表国务院，向大会作政府工作报告。\n一、1998年工作回顾和1999年工作的总体要求\n国内生产总值达到79396亿元，比上年增长7.8%。\n二、继续扩大内需和实施积极的财政政策\n今年国内生产总值增长7%左右。")
    expect(r.indicators.map((i) => [i.value, i.period, i.status])).toEqual([[79396, "1998", "actual"], [7.8, "1998", "actual"], [7, "1999", "target"]])
  })
  it("a news story's list under 预期目标: is a list of targets", () => {
    const r = run("鄧輝在報告中提出了2019年經濟社會發展主要預期目標:區屬地區生產總值增長9%,全社會固定資產投資增長18%,城鎮登記失業率控制在4%以內。")
    expect(r.indicators.map((i) => [i.value, i.period, i.status])).toEqual([[9, "2019", "target"], [18, "2019", "target"], [4, "2019", "target"]])
  })
})

describe("periods inside a document", () => {
  it("a period named as a comparison base does not date the figure", () => {
    const text = "市统计局召开2016年前三季度全市经济形势新闻通报会(图)\n初步核算, 前三季度,全市完成地区生产总值1625.8亿元, 增长7.7%。全市经济增幅比一季度和上半年分别提高0.3和0.2个百分点。"
    expect(run(text).indicators.map((i) => i.period)).toEqual(["2016M01-09", "2016M01-09", "2016M01-09", "2016M01-09"])
  })
  it("a year written right before a number dates it; a from–to rise is a result, not a target", () => {
    const r = run("各位代表:\n一、过去五年政府工作的回顾\n城乡居民收入继续增加,城镇居民人均可支配收入由1997年的5160元增加到2002年的7703元,长途光缆线路长度由1997年的15万公里增加到2002年的47万公里。")
    expect(r.indicators.map((i) => [i.value, i.period, i.status])).toEqual([
      [5160, "1997", "actual"], [7703, "2002", "actual"], [15, "1997", "actual"], [47, "2002", "actual"]
    ])
  })
  it("a year past the plan year makes a target and dates its own sentence only", () => {
    const r = run("各位代表：\n一、１９９２年国内工作的回顾\n今后五年,争取１９９７年粮食产量达到４．７５亿吨。五年新增装机容量６５００万千瓦。")
    expect(r.indicators.map((i) => [i.value, i.period, i.status])).toEqual([[4.75, "1997", "target"], [6500, "1992", "actual"]])
  })
  it("截至 and 月底前 give the months up to that month; the nearest named wins", () => {
    expect(subYearPeriod("截至9月底,全市", 2023)).toBe("2023M01-09")
    expect(subYearPeriod("须于2017年6月底前下达60%以上、9月底前下达", 2017)).toBe("2017M01-09")
    expect(subYearPeriod("1—11月", 2023)).toBe("2023M01-11")
  })
  it("a story's event period holds for the event; 年内 plans and 2023年以来 figures take the year", () => {
    const text = "甘肃天祝36个重大工程吹响集中开建冲锋号\n2023年5月25日,甘肃天祝2023年第二季度36个工程集中开建,总投资52.25亿元。\n天祝36个高质量发展重大项目集中开工,总投资达52.25亿元,年内计划投资18.23亿元。\n2023年以来,天祝县谋划实施高质量发展重大项目179个。"
    expect(facts(text).filter(([v]) => [52.25, 18.23, 179].includes(v as number))).toEqual([
      [52.25, "2023Q2", "actual"], [52.25, "2023Q2", "actual"], [18.23, "2023", "target"], [179, "2023", "actual"]
    ])
  })
  it("a year span's figures belong to its end year", () => {
    const r = run("明水经开区:产业集群蓄势聚能\n齐鲁晚报网·2025-07-29 13:39\n2023年及2024年共计完成工业投资162.97亿元。储备项目110个。")
    expect(r.document.published_on).toBe("2025-07-29")
    expect(r.indicators.map((i) => [i.value, i.period])).toEqual([[162.97, "2024"], [110, "2025"]])
  })
  it("a year inferred from the publication date dates figures but is not stated for projects", () => {
    const r = run("明水经开区:产业集群蓄势聚能,推动章丘工业高质量发展\n齐鲁晚报网·2025-07-29 13:39\n明泉集团投资25亿元实施聚苯硫醚项目,推动基础化工向新型高端材料转型。")
    expect(r.indicators.find((i) => i.value === 25)?.period).toBe("2025")
    expect(r.projects.length).toBeGreaterThan(0)
    for (const p of r.projects) expect(p.year).toBeNull()
    expect(run("2023年重庆高新区重点项目\n明泉集团投资25亿元实施聚苯硫醚项目。").projects.map((p) => p.year)).toContain(2023)
  })
  it("what a project yields once in production has no period", () => {
    const r = run("时间:2023-04-28 15:28:14 来源: 新华社\n4月27日上午,南昌县举行2023年第二季度重大重点项目集中开工仪式。一期投资6亿元,建成达产后预计可实现年营收超30亿元。")
    expect(r.indicators.find((i) => i.value === 30)).toMatchObject({ period: null, status: "estimate" })
  })
})

describe("status", () => {
  it("a briefing early in Y reports Y−1's results and sets Y's targets", () => {
    const r = run("1月10日,新闻办举行新闻发布会第三场璧山打造生态之城发展机会清单新闻发布会,璧山区区长介绍情况并回答记者提问。\n今年比亚迪动力电池的产值已经达到220多亿元。力争城市建成区拓展至80平方公里。")
    expect(r.document.published_on).toBeNull()
    const dated = run(`发布时间:2023-01-10\n${"1月10日,新闻办举行新闻发布会,璧山区区长介绍情况并回答记者提问。记者提问:"}\n今年比亚迪动力电池的产值已经达到220多亿元。力争城市建成区拓展至80平方公里。`)
    expect(dated.document).toMatchObject({ genre: "press_conference", report_year: 2022 })
    expect(dated.indicators.map((i) => [i.value, i.period, i.status])).toEqual([[220, "2022", "actual"], [80, "2023", "target"]])
    expect(r.indicators.length).toBe(2)
  })
  it("a report's targets for 今年 in its review part are the plan year's; 营养改善计划 and 计划生育 are names", () => {
    const r = run("各位代表：\n现在，我代表国务院向大会作政府工作报告。\n首先报告２００１年的工作\n全年国内生产总值增长7.3%。今年拟发行１５００亿元长期建设国债。学生营养改善计划惠及3200万孩子。")
    expect(r.indicators.map((i) => [i.value, i.period, i.status])).toEqual([[7.3, "2001", "actual"], [1500, "2002", "target"], [3200, "2001", "actual"]])
  })
  it("a deadline makes a target, dated by the months up to it", () => {
    const r = run("2023年第一季度例会交流发言摘登\n全力推动储能项目建设,8月5日前建成10万千瓦独立储能电站。")
    expect(r.indicators[0]).toMatchObject({ value: 10, status: "target", period: "2023M01-08" })
  })
  it("预计 governs its sentence; a budget's own figure is a target", () => {
    const r = run("南开区2023年预算执行情况和\n2024年预算草案的报告\n2023年预算执行情况\n2023年区级一般公共预算收入预计完成39.1亿元,完成区第十八届人大常委会第十九次会议批准收入调整预算37.5亿元的104.3%。加上税收返还和转移支付等资金27.23亿元。")
    expect(r.indicators.map((i) => [i.value, i.status])).toEqual([[39.1, "estimate"], [37.5, "target"], [104.3, "estimate"], [27.23, "actual"]])
  })
  it("a budget category before a number is not a budget figure", () => {
    expect(run("全年一般公共预算收入106.94亿元,比上年下降0.3%。").indicators[0]!.status).toBe("actual")
    expect(run("全区一般公共预算106.94亿元。").indicators[0]!.status).toBe("actual")
  })
  it("初步统计 qualifies its own clause only, and 预期效益 is not a target", () => {
    expect(run("初步统计,2016年,实现地区生产总值189亿元。").indicators[0]!.status).toBe("actual")
    expect(run("經濟和社會預期效益好的汽車及零部件製造等高端技術及新興產業領域的項目28個。").indicators[0]!.status).toBe("actual")
  })
  it("a communiqué's figures are actuals of its year", () => {
    const r = run("晋中市2024年国民经济和社会发展统计公报\n晋中市统计局 国家统计局晋中调查队\n来源:晋中日报时间:2025-04-04\n一、综 合\n初步核算,全年全市地区生产总值2458.8亿元,按不变价格计算,比上年增长2.3%。")
    expect(r.document).toMatchObject({ genre: "statistical_communique", report_year: 2024, report_period: "2024" })
    expect(r.indicators.map((i) => [i.period, i.status])).toEqual([["2024", "actual"], ["2024", "actual"]])
  })
})
