import { describe, expect, it } from "vitest"
import { admits, extractText, indicatorEntry, unitDimension } from "@govstat/extract"
import { findIndicator, findIndicators, findUnit, IndicatorCatalog, type IndicatorEntry } from "@govstat/schema"

const run = (text: string) => extractText(`一、工作回顾\n${text}。`, { docId: "t", path: "t.txt" }).indicators
const rows = (text: string) => run(text).map((i) => [i.indicator, i.indicator_code, i.value])

describe("subjects cut at word boundaries (real sentences)", () => {
  it("drops comparison frames and takes the subject of 由X增加到Y from the sentence (national report 1959)", () => {
    expect(rows("钢产量在一九五二年是一百三十五万吨，到一九五八年就增加到一千一百零八万吨")).toEqual([
      ["钢产量", "STEEL", 135], ["钢产量", "STEEL", 1108]
    ])
  })
  it("takes the subject from the clause before when the number's clause has only a year and a verb (national report 1988)", () => {
    const got = run("农民人均纯收入，１９８２年为２７０元，１９８７年提高到４６３元")
    expect(got.map((i) => i.indicator)).toEqual(["农民人均纯收入", "农民人均纯收入"])
    expect(got.every((i) => i.indicator_code === "INCOME_PC_RURAL_NET")).toBe(true)
  })
  it("drops frame verbs inside the phrase and the leading verb (web w11, seed 001)", () => {
    const w11 = run("规模以上工业完成产值9.46亿元,同比增长176.7%;实现工业增加值3.44亿元,同比增长129.5%,规模以上工业实现增加值3.12亿元")
    expect(w11.map((i) => i.indicator)).toEqual(["规模以上工业产值", "规模以上工业产值", "工业增加值", "工业增加值", "规模以上工业增加值"])
    expect(w11[4]!.indicator_code).toBe("IND_VALUE_ADDED")
    expect(run("新培育百亿级龙头企业1家,力争产值突破700亿元").map((i) => i.indicator)).toEqual(["新培育百亿级龙头企业", "产值"])
  })
  it("never cuts inside a word: 平均 stays out of 城镇调查失业率, 化学需氧量 stays whole (national reports)", () => {
    expect(run("城镇新增就业1244万人，城镇调查失业率平均为5.2%").map((i) => i.indicator)).toEqual(["城镇新增就业", "城镇调查失业率"])
    expect(run("二氧化硫、化学需氧量排放量分别下降3.5%、2.9%").map((i) => i.indicator)).toEqual(["二氧化硫排放量", "化学需氧量排放量"])
  })
  it("shares a per-unit frame and a modifier across an enumeration (national report 2011, seed 001)", () => {
    expect(run("单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%").map((i) => [i.indicator, i.indicator_code])).toEqual([
      ["单位国内生产总值能耗", "ENERGY_INTENSITY"], ["单位国内生产总值二氧化碳排放", "CARBON_INTENSITY"]
    ])
    expect(run("规上制造业亩均增加值、税收分别达到186.3万元、15.8万元").map((i) => i.indicator)).toEqual([
      "规上制造业亩均增加值", "规上制造业亩均税收"
    ])
  })
})

describe("the code gate: name AND unit dimension AND measure", () => {
  it("codes tax revenue but not tax per mu (seed 001)", () => {
    const r = run("一般公共预算收入完成53.2亿元,其中税收收入29.1亿元、增长46.2%;规上制造业亩均增加值、税收分别达到186.3万元、15.8万元")
    expect(r.filter((i) => i.indicator_code === "TAX_REVENUE").map((i) => i.value)).toEqual([29.1, 46.2])
    // 亩均税收 is its own indicator (money per mu), never 税收收入.
    expect(r.find((i) => i.value === 15.8)!.indicator_code).toBe("MFG_TAX_PER_MU")
  })
  it("leaves uncoded one subject written for two listed numbers (web w17: urban and rural income)", () => {
    const r = run("城乡居民收入实现跨越式增长,人均可支配收入分别达38922元和17998元,较2020 年增长25%和38%")
    expect(r.map((i) => i.value)).toEqual([38922, 17998, 25, 38])
    expect(r.every((i) => i.indicator_code === null && i.indicator_name === null)).toBe(true)
  })
  it("admits a unit only of the indicator's dimension and a measure it is published as", () => {
    const entry = (code: string) => IndicatorCatalog.find((e) => e.code === code)!
    expect(admits(entry("TAX_REVENUE"), "亿元", "level")).toBe(true)
    expect(admits(entry("TAX_REVENUE"), "万元/亩", "level")).toBe(false)
    expect(admits(entry("TAX_REVENUE"), "%", "share")).toBe(false)
    expect(admits(entry("URBANISATION"), "%", "share")).toBe(true)
    expect(admits(entry("URBANISATION"), "万人", "level")).toBe(false)
    expect(admits(entry("URBANISATION"), "个百分点", "growth_rate")).toBe(true)
    expect(admits(entry("INCOME_PC"), "元", "level")).toBe(true)
    expect(admits(entry("GRAIN_OUTPUT"), "年", "level")).toBe(false)
    expect(unitDimension("万元/亩")).toBe("money_per_area")
    expect(unitDimension("万人次")).toBe("person_time")
  })
  it("gives the canonical name with the code, and names a subject by alias, 的 or 额 (national reports)", () => {
    const r = run("全年规模以上工业企业实现利润４６５７亿元，增长８．１％")
    expect(r.map((i) => [i.indicator_code, i.indicator_name])).toEqual([
      ["IND_PROFIT", "规上工业企业利润总额"], ["IND_PROFIT", "规上工业企业利润总额"]
    ])
    expect(findIndicator("钢的产量")?.code).toBe("STEEL")
    expect(findIndicator("固定资产投资额")?.code).toBe("FAI")
    expect(findIndicator("钢材")?.code).not.toBe("STEEL")
  })
  it("has at least 300 indicators, each code once and a name shared only by entries of disjoint dimensions", () => {
    expect(IndicatorCatalog.length).toBeGreaterThanOrEqual(300)
    expect(new Set(IndicatorCatalog.map((e) => e.code)).size).toBe(IndicatorCatalog.length)
    const owners = new Map<string, Array<IndicatorEntry>>()
    for (const e of IndicatorCatalog) for (const n of new Set([e.name, ...e.aliases])) owners.set(n, [...(owners.get(n) ?? []), e])
    for (const [, es] of owners) {
      const dims = es.flatMap((e) => e.dimensions)
      expect(new Set(dims).size).toBe(dims.length)
    }
  })
})

describe("growth rates stated as levels and the GDP growth frame (issue 16)", () => {
  it("reads 涨幅控制在/回落到 with % as a growth rate, so CPI gets its code (national reports 2013, 2014)", () => {
    const got = run("国内生产总值增长7.8%，居民消费价格涨幅控制在2.6%，居民消费价格涨幅回落到2.6%")
    expect(got.slice(1).map((i) => [i.indicator_code, i.measure])).toEqual([["CPI", "growth_rate"], ["CPI", "growth_rate"]])
  })
  it("reads a fall stated as 降幅 as a negative growth rate (national report 2023)", () => {
    const got = run("单位国内生产总值能耗降幅超过3%")
    expect(got.map((i) => [i.indicator_code, i.measure, i.value])).toEqual([["ENERGY_INTENSITY", "growth_rate", -3]])
  })
  it("codes 经济增长 as GDP growth only in that frame (national report 2016)", () => {
    expect(run("经济增长预期目标6.5%").map((i) => [i.indicator_code, i.measure])).toEqual([["GDP", "growth_rate"]])
    expect(run("全市经济增幅比一季度提高0.3个百分点").map((i) => i.indicator_code)).toEqual([null])
  })
  it("codes the tariff level; non-financial outward investment is a narrower series than ODI (national reports 2002, 2016)", () => {
    expect(run("关税总水平从9.8%降至7.4%").map((i) => i.indicator_code)).toEqual(["TARIFF_LEVEL", "TARIFF_LEVEL"])
    expect(run("非金融类对外直接投资1180亿美元，增长14.7%").map((i) => i.indicator_code)).toEqual([null, null])
  })
})

describe("a list under 均/各 shares the words its members leave out (seeds 002, 003)", () => {
  it("lends the first member's modifier to a bare head and the last member's noun to a bare verb", () => {
    expect(run("拉动全区旅游人次和收入均增长16%以上").map((i) => i.indicator)).toEqual(["旅游人次", "旅游收入"])
    expect(run("全年新开工、续建、储备道路各超100公里").map((i) => i.indicator)).toEqual(["新开工道路", "续建道路", "储备道路"])
  })
})

describe("subjects around the number (seeds 001, 003)", () => {
  it("takes the subject before 千亿大关, not the words after it", () => {
    expect(run("规上工业总产值突破千亿大关、增加值增长12%").map((i) => [i.indicator, i.indicator_code])[0]).toEqual(["规上工业总产值", "IND_OUTPUT"])
  })
  it("keeps 投用 whole and never gives a number the noun after a list mark", () => {
    expect(run("确保60个项目投用").map((i) => i.indicator)).toEqual(["项目投用"])
    expect(run("建成防火通道190公里、生物防火阻隔带470公里").map((i) => i.indicator)).toEqual(["建成防火通道", "生物防火阻隔带"])
  })
})

describe("borrowed subjects are never coded (national report 1986)", () => {
  it("leaves uncoded a row whose subject came from another sentence, and the rows after it that take it", () => {
    const got = run("农村新建住房三十二亿平方米。四是，城乡居民储蓄大幅度增加。一九八五年末达到一千六百二十三亿元，比一九八○年末增长三倍")
    expect(got[0]!.indicator_code).toBe("RURAL_HOUSING_BUILT")
    expect(got.slice(1).map((i) => i.indicator_code)).toEqual([null, null])
  })
})

describe("the catalogue reaches project, fund and product rows (issue 16, second catalogue pass)", () => {
  const codes = (text: string) => run(text).map((i) => [i.indicator_code, i.value])
  it("codes the investment of counted projects: total, planned for the year, completed; not a bare count of projects (web w25, w17)", () => {
    expect(codes("谋划实施高质量发展重大项目179个,总投资198亿元,年内计划完成投资73亿元")).toEqual([
      [null, 179], ["TOTAL_INVESTMENT_PLANNED", 198], ["PROJECT_INVESTMENT_PLAN_YEAR", 73]
    ])
    // A bare count of key projects is not coded: 纳入方案的11个重点项目 and 停建的大中型项目295个 are not one series.
    expect(codes("项目建设成效显著,累计实施重点项目578个,完成投资435.1亿元")).toEqual([[null, 578], ["PROJECT_INVESTMENT_DONE", 435.1]])
  })
  it("refuses 总投资 that no counted projects frame, and 总投资 in a count (national report 1981, web w39)", () => {
    expect(codes("加上部门和地方的自筹投资、国内银行贷款、利用外资进行的建设等，总的投资额控制在550亿元左右")).toEqual([[null, 550]])
    const w39 = run("佳士博高档速冻食品加工及冷链物流等46个总投资389亿元的重点项目")
    expect(w39.find((i) => i.value === 46)?.indicator_code ?? null).toBeNull()
  })
  it("codes a reward standard stated as a rate of the investment (web w31)", () => {
    const r = run("首期完成固定资产投资额1亿元~5亿元(含5亿元)且资金到期为12个月内的制造业项目,奖励标准为投资额的1‰")
    expect(r.filter((i) => i.indicator_code === "PROJECT_FIRST_PHASE_INVESTMENT").map((i) => i.value)).toEqual([1, 5])
    expect(r.find((i) => i.unit === "‰")?.indicator_code).toBe("REWARD_STANDARD")
    expect(r.find((i) => i.unit === "个月")?.indicator_code ?? null).toBeNull()
  })
  it("names central spending by purpose whatever verb allots it (national reports 2008, 2010)", () => {
    expect(codes("今年中央财政拟安排“三农”投入8183亿元，比上年增加930亿元")).toEqual([["SANNONG_EXPENDITURE", 8183], ["SANNONG_EXPENDITURE", 930]])
    expect(codes("中央财政全年用于社会保障的资金达1465亿元，增长18.1%")).toEqual([
      ["CENTRAL_SOCIAL_SECURITY_SPENDING", 1465], ["CENTRAL_SOCIAL_SECURITY_SPENDING", 18.1]
    ])
  })
  it("reads 担 as a unit of mass after 万, so cotton in 万担 is cotton output (national reports 1955, 1957)", () => {
    expect(findUnit("万担")).toMatchObject({ base: "kg", factor: 5e5, dimension: "mass" })
    const r = run("棉花产量达到３，０３６万担，完成年度计划的１０５％")
    expect(r.map((i) => [i.indicator_code, i.value, i.unit, i.value_base])[0]).toEqual(["COTTON", 3036, "万担", 1518000000])
    expect(codes("粮食增加了三千八百亿斤，棉花增加了三千三百五十八万担")).toEqual([["GRAIN_OUTPUT", 3800], ["COTTON", 3358]])
  })
  it("lets the unit choose between entries that share a name (棉花: output in 万担, area in 万亩)", () => {
    expect(findIndicators("棉花").map((e) => e.code)).toEqual(["COTTON", "COTTON_AREA"])
    expect(indicatorEntry("棉花", "万担", "level")?.code).toBe("COTTON")
    expect(indicatorEntry("棉花", "万亩", "level")?.code).toBe("COTTON_AREA")
    expect(indicatorEntry("棉花", "%", "growth_rate")?.code).toBe("COTTON")
    expect(indicatorEntry("棉花", "万人", "level")).toBeNull()
  })
  it("reads 千瓦小时 and 万匹, but not 五十四匹马力 (national reports 1985, 1956)", () => {
    expect(run("发电量达到４４５５亿千瓦小时，比上年增长６．７％").map((i) => [i.indicator_code, i.unit])[0]).toEqual(["ELECTRICITY", "亿千瓦小时"])
    expect(run("棉布的产量前三年共增加了二千零五十万匹").map((i) => [i.indicator_code, i.unit])).toEqual([["CLOTH", "万匹"]])
    expect(run("我国将能够每年出产五十四匹马力的拖拉机一万五千台").some((i) => i.unit === "匹")).toBe(false)
  })
  it("codes a quantity stated as a multiple of its own earlier level, not a bare 高出 (web w07, national report 1984)", () => {
    expect(codes("实现地区生产总值189亿元,是2011年的1.74倍")).toEqual([["GDP", 189], ["GDP", 1.74]])
    const r = run("社会商品零售总额平均每年增加二百五十三亿元，比一九七八年前的二十六年平均每年增加四十九亿元，高出四倍多")
    expect(r.find((i) => i.unit === "倍")?.indicator_code ?? null).toBeNull()
  })
  it("takes the reporting government's own level as a modifier, not a place of another level (web w21)", () => {
    expect(codes("2023年区级一般公共预算收入预计完成39.1亿元")).toEqual([["BUDGET_REVENUE", 39.1]])
  })
})

describe("local-government indicators (seeds 001, 002, 003)", () => {
  const coded = (text: string) => run(text).map((i) => [i.indicator, i.indicator_code, i.value])
  it("codes pipelines laid, land acquired and supplied, in length and area units", () => {
    expect(coded("投用换电站1座,新铺设天然气管线73公里,新建5G基站301个")).toEqual([
      ["投用换电站", null, 1], ["新铺设天然气管线", "GAS_PIPELINES_NEW", 73], ["新建5G基站", "BASE_STATIONS_5G", 301]
    ])
    expect(coded("获批建设用地7341亩,完成征地拆迁6427亩,供应土地1.2万亩")).toEqual([
      ["建设用地", null, 7341], ["征地拆迁", "LAND_ACQUISITION", 6427], ["供应土地", "LAND_SUPPLY", 1.2]
    ])
  })
  it("codes the money of enterprise financing but not the count of firms helped (unit gate)", () => {
    expect(coded("搭建“政银企”对接平台,帮助1719家企业融资244亿元")).toEqual([
      ["企业融资", null, 1719], ["企业融资", "ENTERPRISE_FINANCING", 244]
    ])
  })
  it("reads 总量 as the stock beside the new firms of the year", () => {
    expect(coded("抓实高企、科企“双倍增”,新增高企184家、总量402家,新增科企1065家、总量2515家")).toEqual([
      ["新增高企", "HIGH_TECH_FIRMS_NEW", 184], ["高企总量", "HIGH_TECH_FIRMS", 402],
      ["新增科企", "TECH_SME_NEW", 1065], ["科企总量", "TECH_SME", 2515]
    ])
  })
  it("codes welfare and soil indicators; refuses a duration and a share stated of a threshold", () => {
    expect(coded("新增残疾人就业126名,完成残疾人家庭无障碍改造253户")).toEqual([
      ["新增残疾人就业", "DISABLED_EMPLOYMENT_NEW", 126], ["残疾人家庭无障碍改造", "BARRIER_FREE_HOMES", 253]
    ])
    expect(coded("做好耕地质量监测,受污染耕地安全利用率稳定在92%以上")).toEqual([["受污染耕地安全利用率", "FARMLAND_SAFE_USE", 92]])
    expect(run("征地拆迁工作连续3年获评优秀").every((i) => i.indicator_code === null)).toBe(true)
    expect(run("村集体经济收入10万元以上的村占65%以上").every((i) => i.indicator_code === null)).toBe(true)
  })
  it("keeps 小升规 apart from 新升规 (two series in one sentence)", () => {
    expect(coded("新升规企业6家、小升规企业11家")).toEqual([["新升规企业", "FIRMS_ABOVE_SIZE_NEW", 6], ["小升规企业", null, 11]])
  })
})
