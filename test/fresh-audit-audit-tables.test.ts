/**
 * Classes of error found by reading the output on fresh public texts: county statistical
 * communiqués with their tables (Henan, Chongqing, Yunnan), budget adjustment plans and final
 * accounts (Ningxia, Guangdong, Hunan, Jiangxi), and press-conference transcripts of the national
 * statistics bureau. Each case is a short real quote and the class it stands for.
 */
import { describe, expect, it } from "vitest"
import { extractOne, metadataOf } from "./helpers.js"

describe("a communiqué's table, one cell per line or a row per line with its cells spaced", () => {
  // A Henan county's 2022 communiqué as a statistics mirror gives it: each row a line, cells spaced.
  const spaced = [
    "2022年嵩县国民经济和社会发展统计公报", "",
    "积极落实奶牛、生猪补贴政策,畜牧业生产发展良好,主要畜产品产量和畜禽存栏量如下:", "",
    "表3:2022年畜禽产品产量及存栏量", "",
    "产品名称 产 量 比上年增长%",
    "肉类总产量(吨) 22426.3 -22.4",
    "禽蛋总产量(吨) 19458.1 15.6",
    "猪年末存栏(万头) 14.2 12.4"
  ].join("\n")
  // A Chongqing county's 2019 communiqué (traditional script): heading and rows one cell per line.
  const perLine = [
    "酉陽土家族苗族自治縣2019年國民經濟和社會發展統計公報", "",
    "表1 2019年年末戶籍人口數及其構成", "",
    "指 標", "", "年末數(萬人)", "", "比重(%)", "",
    "全縣戶籍人口", "", "85.64", "", "100.0", "",
    "#城鎮人口", "", "27.68", "", "32.3", "",
    "35-59歲", "", "28.81", "", "33.6", "",
    "60歲以上", "", "14.01", "", "16.4", "",
    "初步核算,全年實現地區生產總值186.72億元,比上年增長0.1%。"
  ].join("\n")

  it("reads each row's level in its own unit and its rate of change, as the communiqué's year's results", () => {
    const rows = extractOne(spaced).indicators
    const meat = rows.find((r) => r.value === 22426.3)
    expect([meat?.indicator, meat?.unit, meat?.measure, meat?.period, meat?.status]).toEqual(["肉类总产量", "吨", "level", "2022", "actual"])
    expect(rows.find((r) => r.value === -22.4)?.measure).toBe("growth_rate")
    // The row's unit, not another column's: 万头, not 吨.
    expect(rows.find((r) => r.value === 14.2)?.unit).toBe("万头")
  })

  it("reads a table laid out one cell per line: the column's unit for levels, shares in %", () => {
    const rows = extractOne(perLine).indicators
    const urban = rows.filter((r) => r.indicator === "城镇人口")
    expect(urban.map((r) => [r.value, r.unit, r.measure, r.period])).toEqual([[27.68, "万人", "level", "2019"], [32.3, "%", "share", "2019"]])
    // 60岁以上 is a row's name there, not a value with a unit.
    expect(rows.find((r) => r.value === 14.01)?.indicator).toBe("60岁以上")
    expect(rows.find((r) => r.value === 186.72)?.indicator).toBe("地区生产总值")
  })

  it("gives no fact for a row whose name is lost (a number alone on its line)", () => {
    const text = ["2022年嵩县国民经济和社会发展统计公报", "", "产品名称 产量(吨) 比上年增长%", "粮 食 199008.5 6.3", "100.2 3.1", "秋粮 110003.1 11.6"].join("\n")
    const rows = extractOne(text).indicators
    expect(rows.find((r) => r.value === 199008.5)?.indicator).toBe("粮食")
    expect(rows.find((r) => r.value === 100.2)).toBeUndefined()
  })
})

describe("a communiqué's table dumped with pipes whose rate column writes its % without brackets", () => {
  // A city's 2024 communiqué (Anhui), as a mirror gives its table of GDP by sector.
  const text = [
    "2024年蚌埠市国民经济和社会发展统计公报", "",
    "2024年全市地区生产总值及其增长速度",
    "| 指  标 | 绝对数(亿元) | 比上年增长% |",
    "| 地区生产总值 | 2313.0 | 5.2 |",
    "| 其中:第一产业 | 287.0 | 2.2 |",
    "| 第二产业 | 714.1 | 6.2 |"
  ].join("\n")

  it("reads the rate column as the year's growth rates in %", () => {
    const rows = extractOne(text).indicators
    const growth = rows.find((r) => r.value === 6.2)
    expect([growth?.indicator, growth?.unit, growth?.measure, growth?.period]).toEqual(["第二产业", "%", "growth_rate", "2024"])
    expect(rows.find((r) => r.value === 2313)?.measure).toBe("level")
  })
})

describe("a communiqué's table whose heading cells wrap over lines", () => {
  // A Henan district's 2023 communiqué as a mirror dumps its table 1: the heading's cells wrap inside their pipes.
  const text = [
    "2023年驻马店市驿城区国民经济和社会发展统计公报", "",
    "表1 2023年全区生产总值",
    "| 指 标 | 绝对数", "(亿元) |", "比上年增长", "(%) |",
    "| 生产总值 | 613.52 | 4.7 |",
    "| 第一产业 | 31.16 | 1.6 |",
    "| 第二产业 | 241.26 | 4.2 |"
  ].join("\n")

  it("joins the heading's lines and reads the rows under it (and leaves 比上年增长 on its own line, no predicate)", () => {
    const rows = extractOne(text).indicators
    const level = rows.find((r) => r.value === 241.26)
    expect([level?.indicator, level?.unit, level?.measure, level?.period]).toEqual(["第二产业", "亿元", "level", "2023"])
    expect(rows.find((r) => r.value === 1.6)?.measure).toBe("growth_rate")
  })
})

describe("budget adjustment plans and final accounts", () => {
  // A Ningxia county's 2024 adjustment plan, as published for comment.
  const helan = [
    "贺兰县2024年县本级财政预算调整方案公示", "",
    "二、收入调整",
    "经贺兰县第十九届人民代表大会第三次会议及常务委员会第二十二次会议批准的2024年贺兰县本级财政一般公共预算总收入由397959万元调整为409959万元,调增12000万元。其中,地方政府一般债券转贷收入调增12000万元。"
  ].join("\n")
  // A Shenzhen district's 2023 adjustment plan: its execution so far, each amount against its budget.
  const baoan = [
    "宝安区2023年财政综合预算第一次调整方案",
    "一、1-6月预算执行情况",
    "(一)收入情况",
    "1-6月,我区财政综合预算收入463.8亿元,完成预算(700亿元)的66.3%。",
    "1.一般公共预算总收入343.7亿元,完成预算(540.9亿元)的63.5%。"
  ].join("\n")

  it("reads an adjustment plan or final accounts as a budget report of the year its title names", () => {
    expect([metadataOf(baoan).genre, metadataOf(baoan).reviewYear]).toEqual(["budget_report", 2023])
    expect([metadataOf(helan).genre, metadataOf(helan).reviewYear]).toEqual(["budget_report", 2024])
    const accounts = "2023年政府决算公开\n目 录\n第一部分 决算报告\n一、2023年财政决算情况\n2023年,全县地方一般公共预算收入完成109489万元,增长3%。"
    expect(metadataOf(accounts).genre).toBe("budget_report")
    expect(metadataOf(accounts).title).toBe("2023年政府决算公开")
  })

  it("reads the budget it adjusts, the adjusted budget and the adjustment as the year's planned figures", () => {
    const rows = extractOne(helan).indicators
    const from = rows.find((r) => r.value === 397959)
    const to = rows.find((r) => r.value === 409959)
    for (const r of [from, to]) expect([r?.indicator.endsWith("一般公共预算总收入"), r?.period, r?.status]).toEqual([true, "2024", "target"])
    const up = rows.find((r) => r.value === 12000 && r.indicator.endsWith("一般公共预算总收入"))
    expect([up?.measure, up?.status]).toEqual(["change", "target"])
    expect(rows.find((r) => r.indicator.startsWith("地方政府一般债券转贷收入"))?.measure).toBe("change")
  })

  it("reads its execution part as results and the budgets the amounts are measured against as targets", () => {
    const rows = extractOne(baoan).indicators
    expect([rows.find((r) => r.value === 343.7)?.status, rows.find((r) => r.value === 343.7)?.period?.startsWith("2023")]).toEqual(["actual", true])
    const budget = rows.find((r) => r.value === 540.9)
    expect([budget?.status, budget?.period]).toEqual(["target", "2023"])
  })
})

describe("a budget's execution: the part of the year a heading names, last year's base, the share of a plan done", () => {
  const baoan = [
    "宝安区2023年财政综合预算第一次调整方案",
    "一、1-6月预算执行情况",
    "(1)一般公共预算收入203.8亿元,完成预算(368亿元)的55.4%,同比(154.6亿元)增长31.8%。"
  ].join("\n")

  it("dates results under 一、1-6月预算执行情况 by those months, and the bracketed 同比 base by the same months a year before", () => {
    const rows = extractOne(baoan).indicators
    expect([rows.find((r) => r.value === 203.8)?.period, rows.find((r) => r.value === 31.8)?.period]).toEqual(["2023M01-06", "2023M01-06"])
    const base = rows.find((r) => r.value === 154.6)
    expect([base?.period, base?.status]).toEqual(["2022M01-06", "actual"])
  })

  it("takes no subject from a figure inside a bracketed note for the share after it", () => {
    const text = "宝安区2023年财政综合预算第一次调整方案\n一、1-6月预算执行情况\n1-6月,我区财政综合预算收入463.8亿元(剔除重复计算的国有资本经营预算调入资金0.9亿元),完成预算(700.亿元)的66.3%。"
    expect(extractOne(text).indicators.find((r) => r.value === 66.3)?.indicator).toBe("区财政综合预算收入")
  })

  // A Jiangxi county's report on its 2023 budget execution.
  const hukou = "2023年全县财政总收入完成545876万元,完成年初上报县人民代表大会预算收入计划552200万元的98.9%,完成调整预算收入计划550000万元的99.3%,同比增长4%。"

  it("reads the plan an amount is measured against as the year's budget, and the share of it done as a result", () => {
    const rows = extractOne("一、2023年度县本级财政预算执行情况\n" + hukou).indicators
    for (const v of [552200, 550000]) expect([rows.find((r) => r.value === v)?.status, rows.find((r) => r.value === v)?.period]).toEqual(["target", "2023"])
    for (const v of [98.9, 99.3]) expect(rows.find((r) => r.value === v)?.status).toBe("actual")
  })
})

describe("press-conference transcripts of the statistics bureau", () => {
  // The bureau's spokesman answering on the first half of 2015.
  const qa = [
    "2015年上半年国民经济运行情况新闻发布会答记者问", "", "(2015年7月15日)", "",
    "中央电视台记者:", "",
    "我们注意到,你公布上半年GDP同比增长是7.0%,这个数字比不少机构预测的要高。请问,您认为原因是什么?怎么样评价上半年经济的走势?谢谢。", "",
    "盛来运:", "",
    "上半年GDP增长是7%,我看了一下机构的预计,尽管出乎有些机构的预料,实际上也在大家预测的中位数附近,应该说是一个不错的增长速度。"
  ].join("\n")

  it("reads no fact from a journalist's question, and the spokesman's 增长是7% as a growth rate", () => {
    const rows = extractOne(qa).indicators
    expect(rows.map((r) => r.value)).toEqual([7])
    expect([rows[0]?.indicator_code, rows[0]?.measure, rows[0]?.period]).toEqual(["GDP", "growth_rate", "2015H1"])
  })

  it("reads a spokesman's Q&A as a press conference of the bureau whose spokesman answers", () => {
    const meta = metadataOf("国家统计局发言人就一季度经济运行情况答记者问(实录)\n\n中国日报网涂恬 2015-04-15 16:45:42\n\n以下为问答实录:")
    expect([meta.genre, meta.issuer]).toEqual(["press_conference", "国家统计局"])
  })

  // The State Council Information Office's conference on the first quarter of 2009.
  const estimate = "初步核算,一季度国内生产总值65745亿元,按可比价格计算,同比增长6.1%。\n预计全年全国粮食播种面积10814万公顷,比上年增加135万公顷,已连续6年增加。其中,夏粮面积2716万公顷,增加34万公顷;早稻面积586万公顷,增加15万公顷。"

  it("reads the parts (其中…) of a whole year's estimate as estimates of that year", () => {
    const text = "2009年4月16日国新办就09年一季度国民经济运行情况举行发布会\n\n" + estimate
    const rows = extractOne(text).indicators
    for (const v of [2716, 586]) expect([rows.find((r) => r.value === v)?.status, rows.find((r) => r.value === v)?.period]).toEqual(["estimate", "2009"])
    expect(rows.find((r) => r.value === 65745)?.period).toBe("2009Q1")
  })

  it("does not date a figure by the quarter of last year its speed is compared with (和去年四季度持平)", () => {
    // A wire story on the bureau's spokesman at the 2018 first-quarter press conference.
    const text = "国新办今天上午举行新闻发布会,请国家统计局新闻发言人邢志宏介绍2018年一季度国民经济运行情况,并答记者问。\n经济增长平稳,今年一季度我国经济增长6.8%,这个增速和去年四季度持平,经济增长率已经连续11个季度稳定在6.7%-6.9%的区间。"
    const rows = extractOne(text).indicators
    expect(rows.find((r) => r.value === 6.9)?.period).toBe("2018Q1")
  })
})
