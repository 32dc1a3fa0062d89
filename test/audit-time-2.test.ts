/**
 * Periods, statuses, report years and measures the second audit reading (docs/audit-sample.md,
 * docs/audit-sample-2.md) left open, on real sentences of the national corpus and the web set:
 * 去年 in a report's plan part, a past year's passage in a section that inherits plan mode,
 * reports dated only by their session or their place in a five-year plan, 节约10%, and the start
 * value of 由X增加到Y.
 */
import { describe, expect, it } from "vitest"
import { extractOne as run, metadataOf as meta, factOf as fact, REPORT_SALUTE as SALUTE } from "./helpers.js"

/** The 2008 report's opening: session line, review part, plan part. */
const REPORT_2008 = "政府工作报告\n\n——2008年3月5日在第十一届全国人民代表大会第一次会议上\n\n各位代表：\n\n一、过去五年政府工作回顾\n\n国内生产总值2007年达到24.66万亿元。\n\n二、2008年工作的总体要求和主要任务\n\n"

describe("去年 in a plan part is the year before the report's (2008 report)", () => {
  it("去年全国财政比年度预算超收7239亿元: 2007, a result", () => {
    const t = REPORT_2008 + "合理安排财政超收收入。去年全国财政比年度预算超收7239亿元，其中中央财政超收4168亿元。今年中央财政赤字拟安排1800亿元。"
    expect(fact(t, 7239)).toMatchObject({ period: "2007", status: "actual" })
    expect(fact(t, 4168)).toMatchObject({ period: "2007", status: "actual" })
    // the plan sentence after it keeps the plan year
    expect(fact(t, 1800)).toMatchObject({ period: "2008", status: "target" })
  })
  it("将由去年的1076亿元增加到1562亿元: last year's figure is 2007's, the new level the plan's", () => {
    const t = REPORT_2008 + "三要加大教育事业投入。今年中央财政用于教育的投入，将由去年的1076亿元增加到1562亿元；地方财政也都要增加投入。"
    expect(fact(t, 1076)).toMatchObject({ period: "2007", status: "actual" })
    expect(fact(t, 1562)).toMatchObject({ period: "2008", status: "target" })
  })
  it("比去年, 去年同期 and 超过去年 are comparisons: the plan year stays", () => {
    const t = REPORT_2008 + "今年中央财政赤字拟安排1800亿元，比去年减少650亿元。"
    expect(fact(t, -650)).toMatchObject({ period: "2008", status: "target" })
  })
})

describe("a passage its own past year dates reports results in a section that inherits plan mode", () => {
  it("1955 report (first FYP, plan mode): 在一九五四年曾经…就值八百万元 is 1954's loss, the plan's figure stays a target", () => {
    const t = "各位代表：\n\n中华人民共和国国务院向第一届全国人民代表大会第二次会议提出关于发展国民经济第一个五年计划的议案，我现在代表国务院向本次大会作关于第一个五年计划的报告。\n\n一、第一个五年计划的基本任务\n\n五年内钢产量要达到四百一十二万吨。\n\n二、厉行节约，反对浪费\n\n据国家统计局送来过一个材料，商业部所属的一些企业在一九五四年曾经因为管理不善，单是死猪和臭蛋就值八百万元。\n\n一九五七年，粮食产量将达到三千六百三十亿斤。"
    expect(fact(t, 800) ?? fact(t, 8000000)).toMatchObject({ period: "1954", status: "actual" })
    expect(fact(t, 3630) ?? fact(t, 36300000000)).toMatchObject({ period: "1957", status: "target" })
  })
})

describe("a report's year read from its text, or null", () => {
  it("向第六届全国人民代表大会第一次会议作政府工作报告 (1983): the national session's year", () => {
    expect(meta("各位代表：\n\n　　我代表国务院，向第六届全国人民代表大会第一次会议作政府工作报告，请予审议。\n\n过去五年的回顾\n\n　　第五届全国人民代表大会期间，我们的国家取得了很大的成就。")).toMatchObject({ reviewYear: 1982, planYear: 1983 })
  })
  it("我們第一届全國人民代表大會第一次會議 (1954, traditional script): delivered in September 1954, it reviews 1953", () => {
    expect(meta("各位代表：\n\n我們第一届全國人民代表大會第一次會議，在聽了劉少奇同志關於憲法草案的報告並進行了三天的討論以後，已經光榮地完成了一件歷史性的工作。現在，我代表中央人民政府作工作報告。")).toMatchObject({ reviewYear: 1953, planYear: 1954 })
  })
  it("a resolution adopted by 第二届全国人民代表大会第三次会议: 1962", () => {
    expect(meta("第二届全国人民代表大会第三次会议听取了周恩来总理代表国务院所作的政府工作报告，并且进行了充分的讨论。\n\n　　1958年以来，我国各族人民在中国共产党的领导下取得了伟大的成就。")).toMatchObject({ planYear: 1962 })
  })
  it("今年是实行“七五”计划的头一年 (1986 report): plans 1986", () => {
    expect(meta("各位代表：\n\n　　现在，我代表国务院，向大会作关于我国国民经济和社会发展第七个五年计划的报告，请审议。\n\n　　早在一九八三年，国务院就着手进行一九八六年到一九九○年的第七个五年计划的拟定工作。\n\n　　今年是实行“七五”计划的头一年。做好今年的改革和建设工作，意义重大。")).toMatchObject({ reviewYear: 1985, planYear: 1986 })
  })
  it("a session it only refers back to (根据一九八三年六月第六届…第一次会议的决议, 1984 report) dates nothing: null", () => {
    expect(meta("各位代表：\n\n　　我代表国务院向大会作政府工作报告，请予审议。\n\n关于国内建设\n\n　　根据一九八三年六月第六届全国人民代表大会第一次会议的决议，各级政府和全国各族人民一道，进行了不懈的努力。一年来，我国各条战线都取得了令人振奋的成就。")).toMatchObject({ reviewYear: null, planYear: null })
  })
  it("在过去的一年里 with no year anywhere (1987 report): null, not a guess", () => {
    expect(meta("各位代表：\n\n　　现在，我代表国务院向大会作政府工作报告，请予审议。\n\n一、当前国内形势和基本任务\n\n　　我国安定团结的政治局面在过去的一年里继续得到巩固，这是经济和社会发展的重要保证。")).toMatchObject({ reviewYear: null })
  })
})

describe("节约10% is a fall, not a share", () => {
  it("1987 report: 各项开支要比去年预算执行数节约１０％", () => {
    const t = "各位代表：\n\n现在，我代表国务院向大会作政府工作报告。\n\n国务院决定今年行政费、事业费和管理费等各项开支要比去年预算执行数节约１０％的总要求，必须努力实现。"
    expect(fact(t, -10)).toMatchObject({ measure: "growth_rate", unit: "%" })
  })
})

describe("the start value of 由X增加到Y", () => {
  it("w07: 规模以上工业企业由115家增加到173家 after 是2011年的…倍: the start is 2011's, the end 2016's", () => {
    const t = "黄梅县2017年政府工作报告\n\n各位代表:\n\n综合实力大幅提升。初步统计,2016年,实现地区生产总值189亿元,是2011年的1.74倍;固定资产投资207亿元,是2011年的2.7倍。工业增量提质。规模以上工业企业由115家增加到173家,规模工业年产值突破200亿元。"
    expect(fact(t, 115)?.period).toBe("2011")
    expect(fact(t, 173)?.period).toBe("2016")
  })
  it("1979 report: 这两年中，钢产量由…增加到… after two different bases: the start's year is not stated (null)", () => {
    const t = "各位代表：\n\n现在，我受国务院的委托，向全国人民代表大会报告政府工作。\n\n工业总产值一九七七年比一九七六年增长百分之十四点三，一九七八年又比一九七七年增长百分之十三点五。这两年中，钢产量由二千零四十六万吨增加到三千一百七十八万吨，增长百分之五十五点三。"
    expect((fact(t, 2046) ?? fact(t, 20460000))?.period).toBeNull()
    expect((fact(t, 3178) ?? fact(t, 31780000))?.period).toBe("1978")
  })
  it("2003 report: 其中高速公路由4771公里增加到2.52万公里 after 由1997年的…增加到2002年的…: the start is 1997's", () => {
    const t = "政府工作报告\n\n——2003年3月5日在第十届全国人民代表大会第一次会议上\n\n一、过去五年政府工作回顾\n\n五年全国公路建设投资12343亿元，扣除价格变动因素，是1950年到1997年全国公路建设投资总和的1.7倍。公路通车里程由1997年的123万公里增加到2002年的176万公里，其中高速公路由4771公里增加到2.52万公里。"
    expect(fact(t, 4771)?.period).toBe("1997")
    expect(fact(t, 2.52)?.period).toBe("2002")
  })
  it("seed 002: 由6.1%降至0.15% with no base in its paragraph takes the context's period", () => {
    const t = "积极培育新动能 打造成渝中部产业新高地\n\n时间:2023-04-20\n\n铜梁区委书记 谭庆\n\n今年以来,铜梁区坚持党建统领,一季度全区地区生产总值增长6.1%,列全市第九位。增收不力户的比例由6.1%降至0.15%。"
    const rows = run(t).indicators.filter((i) => (i.value === 6.1 && i.unit === "%" && i.measure === "share") || i.value === 0.15)
    expect(rows).toHaveLength(2)
    const periods = new Set(rows.map((r) => r.period))
    expect(periods.size).toBe(1)
    expect([...periods][0]).not.toBeNull()
  })
})

describe("classes the second sample (docs/audit-sample-2.md) found", () => {
    it("2006 report: 2005年与2000年相比，…年均增长9.5% is 2005's result, not the plan's", () => {
    const t = "政府工作报告\n\n——2006年3月5日在第十届全国人民代表大会第四次会议上\n\n各位代表：\n\n一、“十五”时期的发展成就\n\n五年来，我国经济实力显著增强。\n\n二、“十一五”时期的主要目标和任务\n\n五年来，我国经济实力显著增强。2005年与2000年相比，国内生产总值增长57.3%，年均增长9.5%。"
    expect(fact(t, 9.5)).toMatchObject({ period: "2005", status: "actual" })
  })
  it("1980 report: 棉纱产量286.5万吨，比1980年预计增加9万吨 is a 1981 plan figure, the estimate is its base", () => {
    const t = "各位代表：\n\n　　我受国务院的委托，现在向大会提出关于1980、1981年国民经济计划安排的报告，请予审议。\n\n　　国务院确定，今年提前制定1981年国民经济计划，提请这次大会审议。\n\n　　根据上述要求，1981年国民经济计划主要指标安排如下。\n\n轻工业，总产值比1980年预计增长8％。棉纱产量286.5万吨，比1980年预计增加9万吨。"
    // not an estimate: the same status as the plan figure it compares (here undated, so its plan frame is not known)
    expect(fact(t, 9)?.status).not.toBe("estimate")
    expect(fact(t, 9)?.status).toBe(fact(t, 286.5)?.status)
    expect(fact(t, 8)?.status).not.toBe("estimate")
  })
  it("1995 report: 涨幅仍然高达百分之二十一点七 is a growth rate", () => {
    const t = SALUTE + "去年我在政府工作报告中曾提出，要把全年商品零售物价上涨幅度控制在百分之十以内。虽然在这方面做了很大努力，涨幅仍然高达百分之二十一点七。"
    expect(fact(t, 21.7)?.measure).toBe("growth_rate")
  })
  it("1979 report: 节约煤和电百分之二到三，节约油百分之五到十 are falls", () => {
    const t = SALUTE + "我们要求各地区、各部门在各企业今年计划定额的基础上节约煤和电百分之二到三，节约油百分之五到十。"
    expect(fact(t, -5)).toMatchObject({ measure: "growth_rate" })
    expect(fact(t, -3)).toMatchObject({ measure: "growth_rate" })
  })
  it("1985 report: 在１９７９到１９８３年平均每年递增７．９％的基础上 is a span's result, not a deadline", () => {
    const t = "各位代表：\n\n　　刚刚过去的１９８４年，是我国各族人民取得伟大成就的一年。\n\n　　１９８４年，我国工农业总产值突破一万亿元，在１９７９到１９８３年平均每年递增７．９％的基础上，比上年增长１４．２％。"
    expect(fact(t, 7.9)).toMatchObject({ period: "1983", status: "actual" })
  })
  it("1956 budget report: 完成年度计划的102%, 比1954年增长9% are 1955's results", () => {
    const t = SALUTE + "１９５５年全国绝大部分地区的农业获得了丰收。粮食总产量达到３，６８０亿斤，完成年度计划的１０２％，比１９５４年增长９％。"
    expect(fact(t, 102)).toMatchObject({ period: "1955", status: "actual" })
    expect(fact(t, 9)).toMatchObject({ period: "1955", status: "actual" })
  })
  it("1958 report: 拟定为…，比一九五七年的预计数增加了二十二亿元 shares the plan's status; 按一九五二年不变价格 dates nothing", () => {
    const t = SALUTE + "一九五八年的基本建设总投资额，拟定为一百四十五亿七千七百万元，比一九五七年的预计数增加了二十二亿元，增长百分之十七点八。\n\n一九五七年农业和农副业总产值达到六百零三亿五千万元（按一九五二年不变价格计算），比一九五六年增长百分之三点五。"
    expect(fact(t, 22) ?? fact(t, 2200000000)).toMatchObject({ period: "1958", status: "target" })
    expect(fact(t, 17.8)).toMatchObject({ period: "1958", status: "target" })
    expect(fact(t, 3.5)?.period).toBe("1957")
  })
  it("1983 report: unnumbered 今后五年的主要任务 opens the plan part", () => {
    const t = "各位代表：\n\n　　我代表国务院，向第六届全国人民代表大会第一次会议作政府工作报告，请予审议。\n\n过去五年的回顾\n\n　　一九八二年，工农业总产值比上年增长百分之八。\n\n今后五年的主要任务\n\n　　要进一步抓紧中等教育结构的改革。五年内使职业高中在校学生数占到整个高中学生总数的百分之四十以上。"
    expect(fact(t, 8)).toMatchObject({ period: "1982", status: "actual" })
    expect(fact(t, 40)?.status).toBe("target")
  })
  it("1960 report: 争取提前实现…达到九亿亩的要求 is a target", () => {
    const t = SALUTE + "我们要继续努力，争取提前实现纲要所提出的能够充分发挥效益的灌溉面积在十二年内达到九亿亩的要求。"
    expect((fact(t, 9) ?? fact(t, 900000000))?.status).toBe("target")
  })
})

describe("a foreign figure takes no period from the document", () => {
  it("1955 report: 而苏联的第一个五年计划，…投资占百分之八十五点九 — no region, no period; China's figure before it keeps both", () => {
    const t = "各位代表：\n\n　　中华人民共和国国务院向第一届全国人民代表大会第二次会议提出关于发展国民经济第一个五年计划的议案。\n\n　　前面说过，在五年内的工业基本建设的投资中，制造生产资料工业的投资占百分之八十八点八，制造消费资料工业的投资占百分之十一点二。而苏联的第一个五年计划，制造生产资料工业的投资占百分之八十五点九，制造消费资料工业的投资占百分之十四点一。"
    expect(fact(t, 85.9)).toMatchObject({ region: null, period: null })
    expect(fact(t, 88.8)?.region).not.toBeNull()
  })
})

describe("the start of a planned change is today's level, not a target", () => {
  it("1998 report plan part: 国务院组成部门从40个减少到29个 — 40 is actual, 29 the target", () => {
    const t = "政府工作报告\n\n——1998年3月5日在第九届全国人民代表大会第一次会议上\n\n一、过去五年政府工作的回顾\n\n国内生产总值1997年达到74772亿元。\n\n二、今年政府工作的主要任务\n\n国务院机构改革的重点，是调整和撤销那些直接管理经济的专业部门。除国务院办公厅外，国务院组成部门从40个减少到29个。"
    expect(fact(t, 40)?.status).toBe("actual")
    expect(fact(t, 29)?.status).toBe("target")
  })
})
