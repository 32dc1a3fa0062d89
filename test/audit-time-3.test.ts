/**
 * Time, status, measure and qualifier classes docs/audit-sample-2.md left open, on real sentences
 * of the national corpus: the span a named five-year plan, 今后五年 or 五年内 covers (dated by its
 * end year, as the gold format dates multi-year spans); a budget report's budget-year figures; a
 * rate noun far from its number; bracketed figures of another time; 大约 far from its number and
 * 一倍多.
 */
import { describe, expect, it } from "vitest"
import { extractOne as run, factOf as fact, REPORT_SALUTE as SALUTE } from "./helpers.js"

describe("a named five-year plan, 今后N年 and 五年内 date a figure by the span's end year", () => {
  it("1982 report on the sixth plan: 六五计划…投资占总投资的百分之三十八点五 → 1985; 五年内 → the plan's 1985", () => {
    const t = "各位代表：\n\n　　现在，我代表国务院，作关于我国国民经济和社会发展第六个五年计划的报告，请大会审议。\n\n二、关于基本建设的规模、重点和布局\n\n　　第六个五年计划期间，全国基本建设投资总额计划安排二千三百亿元，大体保持第五个五年计划期间的水平。五年内施工的大中型建设项目共八百九十个，比第五个五年计划期间少得多。六五计划基本建设投资的重点是能源、交通建设，这方面的投资占总投资的百分之三十八点五，比过去有所提高。"
    expect(fact(t, 38.5)).toMatchObject({ period: "1985", period_start: "1985-01-01", period_end: "1985-12-31", status: "target" })
    expect(fact(t, 890)?.period).toBe("1985")
    expect((fact(t, 2300) ?? fact(t, 230000000000))?.period).toBe("1985")
  })
  it("1955 report on the first plan: 五年计划对…作了适当的规定。五年内，就业人数共增加约四百二十万人 → 1957, not five years from 1955", () => {
    const t = "各位代表：\n\n　　中华人民共和国国务院向第一届全国人民代表大会第二次会议提出关于发展国民经济第一个五年计划的议案，我现在代表国务院向本次大会作关于第一个五年计划的报告。\n\n一、国家在过渡时期的总任务\n\n　　五年计划对人民物质生活水平的提高作了适当的规定。五年内，就业人数共增加约四百二十万人，工人职员的平均工资以货币计算约增长百分之三十三。"
    expect(fact(t, 420) ?? fact(t, 4200000)).toMatchObject({ period: "1957", status: "target", qualifier: "approx" })
  })
  it("1983 report: 五年内 under 今后五年的主要任务 → 1983 + 4", () => {
    const t = "各位代表：\n\n　　我代表国务院，向第六届全国人民代表大会第一次会议作政府工作报告，请予审议。\n\n过去五年的回顾\n\n　　一九八二年，工农业总产值比上年增长百分之八。\n\n今后五年的主要任务\n\n　　要进一步抓紧中等教育结构的改革。五年内使职业高中在校学生数占到整个高中学生总数的百分之四十以上。"
    expect(fact(t, 40)).toMatchObject({ period: "1987", status: "target" })
    expect(fact(t, 8)?.period).toBe("1982")
  })
  it("2006 report: 今后五年国内生产总值年均增长7.5% → 2010; 2016: 今后五年…分别下降23%、15%、18% → 2020", () => {
    const r2006 = "政府工作报告\n\n——2006年3月5日在第十届全国人民代表大会第四次会议上\n\n各位代表：\n\n一、去年工作回顾\n\n国内生产总值18.2万亿元。\n\n二、今年主要任务\n\n《纲要》提出，今后五年国内生产总值年均增长7.5%，这是综合考虑各方面因素，根据需要和可能提出的。"
    expect(fact(r2006, 7.5)).toMatchObject({ period: "2010", status: "target", measure: "growth_rate" })
    const r2016 = "政府工作报告\n\n——2016年3月5日在第十二届全国人民代表大会第四次会议上\n\n各位代表：\n\n一、2015年工作回顾\n\n国内生产总值67.7万亿元。\n\n二、“十三五”时期主要目标任务和重大举措\n\n今后五年，单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%，森林覆盖率达到23.04%。"
    for (const v of [-23, -15, -18, 23.04]) expect(fact(r2016, v)?.period).toBe("2020")
  })
  it("2007 report: “十一五”期间关停5000万千瓦…，今年要关停1000万千瓦 — the plan's figure 2010, 今年's 2007", () => {
    const t = "政府工作报告\n\n——2007年3月5日在第十届全国人民代表大会第五次会议上\n\n各位代表：\n\n一、2006年工作回顾\n\n国内生产总值20.9万亿元。\n\n二、2007年工作的总体要求和主要任务\n\n加快淘汰落后生产能力。“十一五”期间关停5000万千瓦小火电机组，今年要关停1000万千瓦。"
    expect(fact(t, 5000)?.period).toBe("2010")
    expect(fact(t, 1000)?.period).toBe("2007")
  })
  it("1986 report: 其中增长较快的“一五”时期平均每年增长百分之四点五 → 1957; a plan named as a start (从第三个五年计划开始) dates nothing", () => {
    const t = SALUTE + "建国以来，我国农业总产值平均每年增长百分之三点四，其中增长较快的“一五”时期平均每年增长百分之四点五。"
    expect(fact(t, 4.5)?.period).toBe("1957")
    const start = SALUTE + "一九七八年，三届人大的政府工作报告曾经提出，从第三个五年计划开始，我国国民经济的发展，可以按两步来设想：第一步，用十五年时间，建成一个独立的比较完整的工业体系。"
    expect(run(start).indicators.every((i) => i.period !== "1970")).toBe(true)
  })
})

describe("a running plan named in a review part", () => {
  const R1993 = "政府工作报告\n\n——1993年3月15日在第八届全国人民代表大会第一次会议上\n\n各位代表：\n\n一、过去五年的基本总结\n\n"
  it("1993: 按调整后的“八五”计划，国民经济增长速度由原定平均每年百分之六… — the plan's rate, 1995, a target", () => {
    const t = R1993 + "关于“八五”计划指标的调整，已经印发给各位代表。按调整后的“八五”计划，国民经济增长速度由原定平均每年百分之六调高到百分之八至九。"
    expect(fact(t, 6)).toMatchObject({ period: "1995", status: "target", measure: "growth_rate" })
  })
  it("a review sentence that only mentions the running plan keeps the review year", () => {
    const t = R1993 + "“八五”计划头两年，国内生产总值平均每年增长百分之十点五。"
    expect(fact(t, 10.5)?.period).toBe("1992")
  })
})

describe("a budget report's figures for the year it is read out in are the budget's", () => {
  const BUDGET_1956 = "各位代表：\n\n　　现在我代表中华人民共和国国务院向第一届全国人民代表大会第三次会议提出关于１９５５年国家决算和１９５６年国家预算的报告，请予审查。\n\n一、１９５５年国家决算\n\n　　１９５５年国家决算的收支总数如下：１９５５年本年收入合计２７，２０３，３１９，０００元。\n\n二、１９５６年的国家预算\n\n　　１９５６年国家预算规定社会文教事业支出为３，９１５，９９３，０００元，占本年预算支出的１２．７４％，同１９５５年比较增长１８．３６％。"
  it("１９５６年国家预算规定…同１９５５年比较增长１８．３６％ → 1956 target; the 1955 final accounts stay actual", () => {
    expect(fact(BUDGET_1956, 18.36)).toMatchObject({ period: "1956", status: "target" })
    expect(fact(BUDGET_1956, 3915993000)).toMatchObject({ period: "1956", status: "target" })
    expect(fact(BUDGET_1956, 27203319000)).toMatchObject({ period: "1955", status: "actual" })
  })
  it("a work report's figure for its own year in a review part is not made a target by this rule", () => {
    const t = "政府工作报告\n\n——2008年3月5日在第十一届全国人民代表大会第一次会议上\n\n各位代表：\n\n一、过去五年政府工作回顾\n\n2008年1月，全国粮食库存达到2亿吨。"
    expect(fact(t, 2)?.status).toBe("actual")
  })
})

describe("a rate noun more than eight characters before its number", () => {
  it("1993: 国民经济增长速度由原定平均每年百分之六调高到百分之八至九 — 6% is a growth rate", () => {
    const t = SALUTE + "按调整后的“八五”计划，国民经济增长速度由原定平均每年百分之六调高到百分之八至九。"
    expect(fact(t, 6)?.measure).toBe("growth_rate")
  })
  it("2001: “十五”期间年均经济增长速度预期目标为7％左右 → growth rate, 2005", () => {
    const t = "政府工作报告\n\n——2001年3月5日在第九届全国人民代表大会第四次会议上\n\n各位代表：\n\n一、“九五”时期经济和社会发展的回顾\n\n国内生产总值8.9万亿元。\n\n二、“十五”计划的主要任务\n\n“十五”期间年均经济增长速度预期目标为7％左右。"
    expect(fact(t, 7)).toMatchObject({ measure: "growth_rate", period: "2005", qualifier: "approx" })
  })
  it("a share with a rate noun far before and another number between stays a share", () => {
    const t = SALUTE + "经济增长速度达到百分之九，第三产业增加值占百分之四十。"
    expect(fact(t, 40)?.measure).toBe("share")
  })
})

describe("a bracketed figure of another time", () => {
  it("1955: 载重汽车：达到四千辆（一九五二年还不能制造） — the bracket's year does not date the figure before it", () => {
    const t = "各位代表：\n\n　　我现在代表国务院向本次大会作关于第一个五年计划的报告。\n\n一、第一个五年计划的基本任务\n\n　　一九五七年主要产品的产量如下：\n\n　　载重汽车：达到四千辆（一九五二年还不能制造）。"
    expect(fact(t, 4000)?.period).not.toBe("1952")
  })
  it("工程岗占…新招员工的55%（2019年为46%） — the bracket's figure takes its own year, the sentence's keeps the sentence's", () => {
    const t = "2025年科技公司招聘数据\n\n大型科技公司总招聘较2019年下降25%，工程岗仅降11%；工程岗占Alphabet、Meta等12家公司新招员工的55%（2019年为46%）。"
    expect(fact(t, 46)?.period).toBe("2019")
    expect(fact(t, 55)?.period).toBe("2025")
  })
  it("1960: …富裕中农的平均收入水平（每人八十元） — a bracket naming no year keeps the sentence's", () => {
    const t = SALUTE + "按全国农村人口平均，一九五九年每人收入八十五元左右，赶上了农业合作化以前富裕中农的平均收入水平（每人八十元），提前达到了纲要要求在一九六二年前后达到的目标。"
    expect(fact(t, 80)?.period).toBe("1959")
  })
})

describe("大约 far from its number, 一倍多", () => {
  it("1978: 全国大约损失工业总产值一千亿元 → approx; 2003: 比前五年增长一倍多 → lower_bound", () => {
    const t = SALUTE + "从一九七四年到一九七六年，由于“四人帮”的干扰破坏，全国大约损失工业总产值一千亿元，钢产量二千八百万吨。"
    expect((fact(t, 1000) ?? fact(t, 100000000000))?.qualifier).toBe("approx")
    expect((fact(t, 2800) ?? fact(t, 28000000))?.qualifier).toBeNull()
    const u = SALUTE + "五年来，国家财政用于科技的投入累计2500亿元，比前五年增长一倍多。"
    expect(fact(u, 1)).toMatchObject({ unit: "倍", qualifier: "lower_bound" })
  })
  it("节约 and 大约 with a numeral between: no approx", () => {
    const t = SALUTE + "大约有三个省份的粮食产量增长百分之十。"
    expect(fact(t, 10)?.qualifier).toBeNull()
  })
})
