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
