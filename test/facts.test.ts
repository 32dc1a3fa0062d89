import { describe, expect, it } from "vitest"
import { extractText } from "@govstat/extract"
import { seed } from "./helpers.js"

const run = (text: string) => extractText(text, { docId: "t", path: "t.txt" })

describe("policies", () => {
  it("reads titled policies with article counts and leaves out books and films (seed 001 sentences)", () => {
    const r = run("各位代表:\n一、2023年工作回顾\n出台《璧山区鼓励科技创新二十五条政策》,编撰出版《璧山历史文物图谱》,拍摄《伊莎白与兴隆场》。落实“百团千企”国际市场开拓计划。")
    const titles = r.policies.map((p) => p.title)
    expect(titles).toContain("璧山区鼓励科技创新二十五条政策")
    expect(titles).toContain("“百团千企”国际市场开拓计划")
    expect(titles).not.toContain("璧山历史文物图谱")
    expect(titles).not.toContain("伊莎白与兴隆场")
    expect(r.policies.find((p) => p.title.startsWith("璧山区鼓励"))).toMatchObject({ article_count: 25, kind: "policy" })
  })
})

describe("indicators on seed sentences", () => {
  it("pairs enumerated subjects with their numbers and shares the verb", () => {
    const r = run("一季度,房地产开发投资、商品房销售面积分别增长7.6%、5.2%。")
    expect(r.indicators.map((i) => [i.indicator, i.value, i.measure])).toEqual([
      ["房地产开发投资", 7.6, "growth_rate"], ["商品房销售面积", 5.2, "growth_rate"]
    ])
  })
  it("reads a decrease as a negative growth rate and 降至 as a level", () => {
    const r = run("运营成本降低24%,失业率降至5.1%。")
    expect(r.indicators.map((i) => [i.value, i.measure])).toEqual([[-24, "growth_rate"], [5.1, "share"]])
  })
  it("takes the subject after the number when the noun follows it", () => {
    const r = run("帮助24家企业争取本地订单。")
    expect(r.indicators[0]!.indicator).toContain("企业")
  })
  it("marks targets in plan sections and by cue words", () => {
    const { text } = seed("001")
    const r = run(text)
    const target = r.indicators.filter((i) => i.status === "target")
    expect(target.length).toBeGreaterThan(50)
    expect(target.every((i) => i.period === "2024")).toBe(true)
  })
  it("gives each speech of the digest its speaker's district (seed 002)", () => {
    const r = run(seed("002").text)
    const regions = new Set(r.indicators.map((i) => i.region))
    for (const d of ["万州区", "涪陵区", "九龙坡区", "长寿区", "永川区", "大足区", "璧山区", "铜梁区", "石柱土家族自治县"]) expect(regions).toContain(d)
    expect(r.indicators.filter((i) => i.period === "2023Q1").length).toBeGreaterThan(80)
  })
})

describe("a range's two ends", () => {
  it("are both growth rates when the growth noun follows the high end (a quote of the 2016 national report)", () => {
    const rows = extractText("一、目标\n经济保持6.5%－7%的增速。", { docId: "t", path: "t.txt" }).indicators
    expect(rows.map((r) => [r.value, r.measure, r.qualifier])).toEqual([[6.5, "growth_rate", "lower_bound"], [7, "growth_rate", "upper_bound"]])
  })
})
