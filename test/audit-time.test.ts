/**
 * Periods and statuses the audit sample (docs/audit-sample.md) found wrong, on the real
 * sentences of the national corpus and the web excerpts: years spelled digit by digit
 * (一九八三年), a report that names its year as 刚刚过去的1984年, a heading that names a
 * five-year plan while reviewing, and a news title's quarter that names a batch of projects.
 */
import { describe, expect, it } from "vitest"
import { extractOne as run, metadataOf as meta, factOf as fact, REPORT_SALUTE as SALUTE } from "./helpers.js"

describe("years spelled digit by digit date their clause", () => {
  it("一九八三年，… (1984 report): the clause's year", () => {
    const t = SALUTE + "国民经济在继续贯彻执行调整、改革、整顿、提高的方针中稳步前进。一九八三年，职工家庭按人口平均的生活费收入达到５２６元，比上年增长６．４％；农民按人口平均的纯收入达到３０９．８元，比上年增长１４．７％。"
    expect(fact(t, 526)?.period).toBe("1983")
    expect(fact(t, 6.4)?.period).toBe("1983")
  })
  it("由一九七八年的…增加到一九八二年的… (1983 report): each figure its own year", () => {
    const t = SALUTE + "我国进出口贸易总额，由一九七八年的三百五十五亿元增加到一九八二年的七百七十二亿元，四年增长一点二倍。"
    expect(fact(t, 355)?.period).toBe("1978")
    expect(fact(t, 772)?.period).toBe("1982")
  })
  it("一八五四年 (1959 report, of Britain) dates its own clause, not the year the sentence before names", () => {
    const t = SALUTE + "我国的钢产量在一九五二年是一百三十五万吨，到一九五八年就增加到一千一百零八万吨。拿煤来说，英国早在一八五四年就已经能够生产六千五百七十万吨，同我国一九五二年生产六千六百四十九万吨的水平大体相等。"
    expect(fact(t, 6570)?.period).toBe("1854")
    expect(fact(t, 6649)?.period).toBe("1952")
  })
  it("比五年计划原定１９５７年…的水平 (1956 report): a comparison's base year dates nothing after it", () => {
    const t = SALUTE + "１９５６年的农业和农村副业生产，将有进一步的发展。如果没有特大的灾荒，粮食产量将要达到３，９８９亿斤，比１９５５年增长８．４％，比五年计划原定１９５７年３，８５６亿斤的水平超过１３３亿斤；棉花产量将要达到３，５５６万担，比１９５５年增长１７．１％。"
    expect(fact(t, 3556)?.period ?? fact(t, 35560000)?.period).toBe("1956")
  })
})

describe("a report's year from what it says", () => {
  it("刚刚过去的１９８４年 opens the 1985 report: it reviews 1984", () => {
    const m = meta("各位代表：\n\n　　刚刚过去的１９８４年，是我国各族人民在实现八十年代以至九十年代的三大任务方面取得伟大成就的一年，是全国政治、经济、文化等各条战线的形势越来越好的一年。\n\n　　在过去的一年中，我们继续坚持独立自主的外交政策。")
    expect(m).toMatchObject({ reviewYear: 1984, planYear: 1985 })
  })
  it("第二个五年计划的第一年——一九五八年的伟大成就 (1959 report) reviews 1958: a plan's name is no plan cue", () => {
    const t = "各位代表：\n\n我现在根据国务院的决定，向第二届全国人民代表大会第一次会议作政府工作报告。\n\n一、第一个五年计划时期内和第二个五年计划的第一年——一九五八年的伟大成就\n\n使钢产量由一九五七年的五百三十五万吨增长到一千一百零八万吨。"
    expect(fact(t, 11080000) ?? fact(t, 1108)).toMatchObject({ period: "1958", status: "actual" })
    expect(fact(t, 5350000) ?? fact(t, 535)).toMatchObject({ period: "1957", status: "actual" })
  })
})

describe("a news title's quarter that names a batch of ground-breakings (w27)", () => {
  it("2023年第二季度重大重点项目集中开工: the story covers 2023, not 2023Q2", () => {
    const m = meta("总投资123.65亿元 江西南昌县第二季度重大重点项目集中开工-世界播报\n\n时间:2023-04-28 15:28:14 来源: 新华社\n\n4月27日上午,江西省南昌县(小蓝经开区)举行2023年第二季度重大重点项目集中开工仪式。本次集中开工项目共45个,总投资近123.65亿元。")
    expect(m.period).toBeNull()
  })
  it("a release's own quarter still dates it", () => {
    expect(meta("2023年第二季度全市经济运行情况\n\n时间:2023-07-20\n\n上半年,全市地区生产总值增长5.1%。").period).not.toBeNull()
  })
})

describe("bases and ranges", () => {
  it("预计在一九五四年又将等于一九五三年的两倍多 (1954 report): the base year of a multiple does not date it", () => {
    const t = SALUTE + "公私合营工业的产值在一九五三年已经达到一九四九年的九倍多，预计在一九五四年又将等于一九五三年的两倍多。"
    expect(fact(t, 2)?.period).not.toBe("1953")
  })
  it("5000万元~1亿元 (w31): a range over two magnitudes of one unit", () => {
    const r = run("3.对于成功引进的服务业投资项目,首期完成固定资产投资额5000万元~1亿元(含1亿元)且资金到期为12个月的服务业项目,奖励标准为投资额的1‰。").indicators
    expect(r.find((i) => i.value === 5000)).toMatchObject({ unit: "万元", qualifier: "lower_bound" })
    expect(r.find((i) => i.value === 1 && i.unit === "亿元")).toMatchObject({ qualifier: "upper_bound" })
  })
})

describe("counts that are not statistics", () => {
  it("等十个方面 (1984 report), 以下十个方面 (1986): the parts of a policy, not things counted", () => {
    expect(run("在生产经营计划、产品销售、价格、物资选购、资金使用、工资奖金、联合经营等十个方面，给企业以应有的权力。").indicators).toEqual([])
    expect(run("我国奉行的独立自主的和平外交政策的主要内容和基本原则包括以下十个方面。").indicators).toEqual([])
  })
})
