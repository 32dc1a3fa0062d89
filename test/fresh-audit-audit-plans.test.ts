/**
 * Classes of error found by reading the output on fresh public texts of city and county
 * five-year plans (十三五, 十四五) and special plans: news of a county's plan targets, a county
 * plan's outline, a city's and a county's education plans with their indicator tables. Each case
 * is a short real sentence (or table) and the class it stands for.
 */
import { describe, expect, it } from "vitest"
import { extractOne, factOf } from "./helpers.js"

describe("a deadline heading a later clause of a ；-ended statement", () => {
  // A county's 十三五 targets, reported by the city's news site in December 2016.
  const dated = "洞口县确定未来五年发展路径\n\n2016-12-01\n\n"
  const list = "今后五年,该县经济社会发展的主要目标是:到“十三五”末,地区生产总值达到214.9亿元,年均增长10%;财政总收入达到15.14亿元,年均增长12%;城镇居民可支配收入达到33843元,年均增长10%。"

  it("dates the ；-joined statements after it as the deadline's targets (到“十三五”末 → 2020)", () => {
    for (const v of [15.14, 12, 33843]) {
      const f = factOf(dated + list, v)
      expect(f?.status).toBe("target")
      expect(f?.period).toBe("2020")
    }
  })

  it("does so for a year deadline in mid-sentence too (…平均水平,到2020年,…;社会消费品零售总额达到60亿元)", () => {
    const text = "旺苍县发展目标\n\n2016-08-11\n\n经济增长保持中高速,主要经济指标增长速度高于全省平均水平,到2020年,全县地区生产总值达到178亿元;社会消费品零售总额达到60亿元,工业增加值突破100亿元。"
    expect(factOf(text, 60)?.status).toBe("target")
    expect(factOf(text, 60)?.period).toBe("2020")
    expect(factOf(text, 100)?.period).toBe("2020")
  })

  it("does not date a statement with a year of its own, nor carry a deadline already past", () => {
    const own = dated + "到2020年,地区生产总值达到214.9亿元;2015年财政总收入8.15亿元。"
    expect(factOf(own, 8.15)?.period).toBe("2015")
    const review = "县政府工作报告\n\n2021-01-20\n\n过去五年,主要指标稳步增长,到2020年,全县地区生产总值达到178亿元;社会消费品零售总额达到60亿元。"
    expect(factOf(review, 60)?.status).toBe("actual")
  })
})

describe("a plan's indicator table dumped one cell per line", () => {
  // A county's 十四五 education plan (a county-information mirror): heading, a group row, rows, a split row.
  const table = [
    "“十四五”教育事业发展主要指标表", "指  标", "2020年", "2025年", "属性", "一、发展水平", "     ",
    "1.学前教育毛入园率(%)", "99%", "99%以上", "约束性",
    "4.劳动年龄人口平均受教育年限(年)", "11.4年", "12.3年以上", "约束性",
    "4.义务教育标准班额比例(%)", "其中:小学", "初中", "34.52%", "77.34%", "80%以上", "85%以上", "预期性",
    "6.智慧校园比例(%)", "60%", "100%", "预期性"
  ].join("\n\n")
  const rows = () => extractOne(table).indicators

  it("reads the base year's cell as a result and the target year's as a target, with the row's subject and unit", () => {
    const base = rows().find((r) => r.value === 11.4)
    expect([base?.indicator, base?.unit, base?.period, base?.status]).toEqual(["劳动年龄人口平均受教育年限", "年", "2020", "actual"])
    const target = rows().find((r) => r.value === 12.3)
    expect([target?.period, target?.status, target?.qualifier]).toEqual(["2025", "target", "lower_bound"])
    const share = rows().find((r) => r.value === 60)
    expect([share?.indicator, share?.measure, share?.period]).toEqual(["智慧校园比例", "share", "2020"])
  })

  it("gives no fact for a row split into 其中 sub-rows (which cell is whose is not stated in the layout)", () => {
    for (const v of [34.52, 77.34, 80, 85]) expect(rows().find((r) => r.value === v)).toBeUndefined()
  })
})

describe("years a PDF's text spaces off their words (从 2015 年的 … 到 2020 年的)", () => {
  // A county-level city's 十四五 outline, converted from PDF (its review of 十三五).
  const text = "樟树市国民经济和社会发展第十四个五年规划纲要\n\n常住人口人均 GDP 从 2015 年的 51281 元增长到 2020 年的 70790 元。全市财政总收入从 2015 年 的 50.22 亿元增加到 2020 年的 62.89 亿元,年均递增 4.58%。全市固定资产投资年均增速 11%。"

  it("dates a figure by the year written right before it, spaced or not", () => {
    expect(factOf(text, 51281)?.period).toBe("2015")
    expect(factOf(text, 70790)?.period).toBe("2020")
    expect(factOf(text, 50.22)?.period).toBe("2015")
    expect(factOf(text, 62.89)?.period).toBe("2020")
  })

  it("reads 从 2015 年 as a change's start, not the year the sentence and the next are of", () => {
    expect(factOf(text, 4.58)?.period).toBe("2020")
    expect(factOf(text, 11)?.period).toBe("2020")
  })
})

describe("a rate per 10万 written with a slash", () => {
  // The State Council's 十四五 national health plan, as a news site reported it (2022).
  const text = "2015年至2020年,婴儿死亡率从8.1‰降至5.4‰,孕产妇死亡率从20.1/10万降至16.9/10万,个人卫生支出占卫生总费用的比重下降到27.7%。"

  it("is not read as a fraction (20.1/10万 is no 2.01), and the figures around it stay", () => {
    const values = extractOne(text).indicators.map((r) => r.value)
    expect(values.some((v) => Math.abs(v - 2.01) < 1e-6 || Math.abs(v - 1.69) < 1e-6)).toBe(false)
    expect(values).toContain(5.4)
    expect(values).toContain(27.7)
  })
})

describe("a year a story's lead names only as a change's start or a comparison's base", () => {
  // A city paper's summary of the past five years, published in January 2017.
  const text = "广州过去五年发展成绩\n\n2017-01-07\n\n经济综合实力迈上新台阶\n地区生产总值由2011年的1.24万亿元预计提高到2016年的1.95万亿元,年均增长9.4%。人均地区生产总值达到2.14万美元。\n改革开放取得新突破\n南沙自贸试验片区形成209项改革成果,85项经验在全国、全省复制推广。"

  it("does not make the story's year (由2011年的…: the figures after it are not 2011's)", () => {
    expect(factOf(text, 209)?.period).toBe("2016")
    expect(factOf(text, 1.24)?.period).toBe("2011")
  })
})
