/**
 * Classes of error found by reading the output on fresh quarterly and monthly economic releases
 * (a city's and a county's 上半年/前三季度 releases under a boilerplate lead, a national 一季度
 * briefing, county 1—N月 digests) and policy notices (district and city 若干政策, a city's
 * 实施方案). Each case is a short real quote and the class it stands for.
 */
import { describe, expect, it } from "vitest"
import { extractOne, factOf, metadataOf } from "./helpers.js"

describe("a periodic release whose lead is boilerplate states its period with its first figures", () => {
  const text =
    "今年以来,平利县坚持稳中求进工作总基调,认真贯彻落实省、市、县经济工作决策部署,紧盯各项任务目标,全县上下统一思想,抓首要、稳增长、促发展,前三季度经济运行总体呈平稳增长态势。\n" +
    "根据市(区)生产总值统一核算结果,2024年前三季度全县生产总值增长7.4%。其中,第一产业增加值增长7.2%。\n" +
    "二、工业生产保持平稳。前三季度,全县规模以上工业增加值增长15.4%。从三大门类看,采矿业增加值增长27.3%。"

  it("dates the release's figures that name no time of their own by that period", () => {
    expect(metadataOf(text).period).toBe("2024M01-09")
    expect(factOf(text, 7.2)?.period).toBe("2024M01-09")
    expect(factOf(text, 27.3)?.period).toBe("2024M01-09")
  })

  it("not in a release of the whole year that gives one figure of the months so far", () => {
    const annual =
      "今年以来,全县上下坚持稳中求进工作总基调,认真贯彻落实省、市、县经济工作决策部署,紧盯各项任务目标,全县上下统一思想,全年经济运行总体呈平稳增长态势。\n" +
      "全年全县生产总值增长5.2%。2023年1-11月,规模以上工业企业利润增长3.1%。\n全县规模以上工业增加值增长6.4%。"
    expect(metadataOf(annual).period).toBeNull()
    expect(factOf(annual, 6.4)?.period).toBe("2023")
  })
})
