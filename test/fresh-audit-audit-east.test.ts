/**
 * Classes of error found by reading the output on fresh public texts of East and South China:
 * prefecture and county/district work reports of 浙江, 福建, 广东, 山东 and 上海 (2019–2025), a
 * development zone's target page and press digests of them. Each case is a short real sentence
 * and the class it stands for.
 */
import { describe, expect, it } from "vitest"
import { extractOne, factOf } from "./helpers.js"

describe("a colon lead naming the coming years (今后五年…蓝图:) governs its list", () => {
  const text = "报告明确了今后五年福州发展蓝图:地区生产总值增速保持7.6%左右、总量突破1.7万亿元,常住人口达1000万人左右,省会首位度达25%以上。"

  it("makes targets of the figures after the colon", () => {
    expect(factOf(text, 1.7)?.status).toBe("target")
    expect(factOf(text, 1000)?.status).toBe("target")
    expect(factOf(text, 25)?.status).toBe("target")
  })

  it("governs the statements ；-joined after it up to the full stop", () => {
    const run = "报告明确了今后五年发展蓝图:常住人口达1000万人左右;全社会研究与试验发展经费投入强度接近3%;力争港口集装箱吞吐量突破800万标箱。全年新建学校12所。"
    expect(factOf(run, 3)?.status).toBe("target")
    expect(factOf(run, 12)?.status).toBe("actual")
  })

  it("does not reach a review sentence that only mentions the coming years", () => {
    const review = "过去五年,全市地区生产总值年均增长7.8%,为今后五年发展打下坚实基础。"
    expect(factOf(review, 7.8)?.status).toBe("actual")
  })
})

describe("a heading line naming a year's targets (2024年目标任务)", () => {
  const text = "2024年目标任务\n实现GDP增速6.2%以上;规上工业总产值增长20%以上,规上工业增加值增长9%左右。\n"

  it("makes targets of the figures under it", () => {
    expect(factOf(text, 6.2)?.status).toBe("target")
    expect(factOf(text, 20)?.status).toBe("target")
    expect(factOf(text, 9)?.status).toBe("target")
  })
})

describe("how a growth was measured (同口径, 现价) is no subject", () => {
  it("leaves the subject to the figure the clause continues", () => {
    const text = "预计全市地区生产总值突破9200亿元,同口径增长8.6%;出口总额1803亿元,增长10.2%。"
    expect(factOf(text, 8.6)?.indicator_code).toBe("GDP")
    const price = "规上工业总产值1818亿元,现价增长24.2%。"
    expect(factOf(price, 24.2)?.indicator).toBe("规上工业总产值")
  })
})

describe("过去的一年, 五年来 heading a clause in a press digest of a report", () => {
  it("dates what follows by the year before the report's (a span by its end year)", () => {
    const year = "1月26日上午,莒县第十八届人民代表大会第三次会议开幕。2019年主要预期目标:地区生产总值增长9%。报告指出,过去的一年实现地区生产总值415亿元,可比增长8.5%。"
    expect(factOf(year, 415)?.period).toBe("2018")
    const span = "2023年,江苏目标经济增长5%左右。\n报告在总结江苏过去五年工作时指出,五年来,居民人均可支配收入五年增长42.3%。"
    expect(factOf(span, 42.3)?.period).toBe("2022")
  })

  it("leaves 过去一年多 and a comparison with the past year alone", () => {
    const more = "2019年主要预期目标:地区生产总值增长9%。过去一年多来,新增企业300家。"
    expect(factOf(more, 300)?.period).not.toBe("2018")
  })
})

describe("城乡 figures listed from a pair to a pair (分别从A、B提高到C、D)", () => {
  it("gives the urban and the rural subject to each pair", () => {
    const text = "城乡居民人均可支配收入分别从44026元、21235元提高到63481元、32428元,年均分别增长7.6%、8.8%。"
    expect(factOf(text, 44026)?.indicator_code).toBe("INCOME_PC_URBAN")
    expect(factOf(text, 21235)?.indicator_code).toBe("INCOME_PC_RURAL")
    expect(factOf(text, 63481)?.indicator_code).toBe("INCOME_PC_URBAN")
    expect(factOf(text, 32428)?.indicator_code).toBe("INCOME_PC_RURAL")
  })
})

describe("a rate of growth kept at a level (增速保持7.6%左右)", () => {
  it("is a growth rate, not a share", () => {
    expect(factOf("今后五年,地区生产总值增速保持7.6%左右。", 7.6)?.measure).toBe("growth_rate")
  })
})

describe("a list of point changes whose first item writes only 个 (0.8个、1.3个百分点)", () => {
  it("reads each item in 个百分点", () => {
    const text = "全市地区生产总值6925.5亿元、增长6.3%,增速分别高于全省和全国0.8个、1.3个百分点。"
    const first = factOf(text, 0.8)
    expect(first?.unit).toBe("个百分点")
    expect(first?.measure).toBe("growth_rate")
    expect(factOf(text, 1.3)?.unit).toBe("个百分点")
  })

  it("leaves a count of things listed with other counts alone", () => {
    expect(factOf("新增国家级平台3个、省级平台12个。", 3)?.unit).toBe("个")
  })
})

describe("a mechanism named after projects (挂点服务项目机制)", () => {
  it("is not a project; the projects the next sentence names are", () => {
    const text = "落实挂图作战和领导挂点服务项目机制,137个市重点项目完成投资236.8亿元。绮山湖科创谷一期项目启动建设。"
    const names = extractOne(text).projects.map((p) => p.name)
    expect(names.some((n) => n.endsWith("服务项目"))).toBe(false)
    expect(names).toContain("绮山湖科创谷一期项目")
  })
})
