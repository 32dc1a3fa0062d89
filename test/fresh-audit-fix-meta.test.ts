/**
 * Classes of error in document metadata, and in the period and region the facts inherit from
 * it, that earlier audits of fresh public texts left open: a zone administered by its province
 * (平潭综合实验区) read as the city listed before it, a county zone's half-year story whose lead
 * names 上半年 without a year, a news account of a district's work report with no dated header.
 * Each case is a short real quote and the class it stands for.
 */
import { describe, expect, it } from "vitest"
import { extractOne, metadataOf } from "./helpers.js"

/** The indicator whose quote holds `words` and whose value is `value`. */
const factIn = (text: string, words: string, value: number) =>
  extractOne(text).indicators.find((i) => i.value === value && i.quote.includes(words))

describe("a zone its province administers (平潭综合实验区), listed after a city", () => {
  const text =
    "三季度集中開工重大項目中,福州25個、總投資348億元,寧德24個、總投資205億元,平潭綜合實驗區7個、總投資3億元。"

  it("is the zone's own figure, not the city listed before it", () => {
    const f = factIn(text, "平潭", 7)
    expect(f?.region).toContain("平潭综合实验区")
    expect(f?.region_code).toBe("350000")
    expect(factIn(text, "寧德", 24)?.region).toBe("宁德市")
  })
})

describe("a half-year story whose lead names the period without a year (上半年,)", () => {
  const text =
    "高新区发展态势良好 主要经济指标实现“双过半”\n发布时间:2018-08-10 来源:太仓日报\n" +
    "8月3日,高新区召开党工委扩大会议暨2018年半年度工作会议。记者从会上获悉,上半年,高新区主要经济指标实现稳健增长,较好实现“双过半”。\n" +
    "全区完成全口径财政税收收入68.46亿元,增长13.3%;工业总产值483.1亿元,增长6.6%。"

  it("carries the lead's half year, in the year it was published, to the story's figures", () => {
    expect(metadataOf(text).period).toBe("2018H1")
    expect(factIn(text, "工业总产值", 483.1)?.period).toBe("2018H1")
  })

  it("not a period that has not run its course when the story came out (a January 上半年, is a plan's)", () => {
    const early = text.replace("2018-08-10", "2018-01-10").replace("8月3日", "1月3日")
    expect(metadataOf(early).period).toBeNull()
  })
})

describe("a news account of a district's work report with no dated header", () => {
  const text =
    "大洋网讯 2月8日,南沙区第四届人民代表大会第四次会议在南沙区行政中心大会堂开幕。\n" +
    "根据会议议程,南沙区区长吴扬向大会作政府工作报告。报告指出,2022年是南沙改革发展历程中具有里程碑意义的一年。\n" +
    "报告显示,过去一年,南沙坚持创新驱动、质效双升,经济高质量发展迈出坚实步伐。全年实现地区生产总值2252.58亿元,同比增长4.2%、增速全市第一。\n" +
    "报告还显示,南沙今年经济社会发展的主要预期目标是:地区生产总值增长10%,规模以上工业产值增长16%。"

  it("reviews the year the report names as its year (报告指出,2022年是…的一年)", () => {
    expect(metadataOf(text).reviewYear).toBe(2022)
    expect(factIn(text, "地区生产总值", 2252.58)?.period).toBe("2022")
  })

  it("dates the report's 今年 targets by the year after", () => {
    const f = factIn(text, "地区生产总值增长10%", 10)
    expect(f?.status).toBe("target")
    expect(f?.period).toBe("2023")
  })
})
