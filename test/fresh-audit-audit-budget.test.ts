/**
 * Classes of error found by reading the output on fresh budget reports of cities and counties
 * (execution reports, final accounts, a budget adjustment, monthly execution notes; Shaanxi,
 * Zhejiang, Guangdong, Shanghai, Fujian, Yunnan, Henan, Gansu). Each case is a short real
 * sentence and the class it stands for.
 */
import { describe, expect, it } from "vitest"
import { extractOne, factOf } from "./helpers.js"

const REVIEW = "关于凤庆县2022年地方财政预算执行情况和2023年地方财政预算草案的报告\n\n一、2022年地方财政预算执行情况\n\n"

describe("a budget's own figure as the base of a completion rate (完成年初预算X万元的Y%)", () => {
  const text = "全年一般公共预算支出537347万元,占调整预算数539267万元的99.6%,较上年增长5.6%。"

  it("is a fact (not dropped as the base of a share), a target, named after the amount", () => {
    const base = factOf(text, 539267)
    expect(base?.status).toBe("target")
    expect(base?.measure).toBe("level")
    expect(base?.indicator).toBe("一般公共预算支出调整预算数")
    // …and the rate after it stays the amount's, not the base row's just read.
    expect(factOf(text, 99.6)?.indicator).toBe("一般公共预算支出")
  })

  it("is also a target after 完成预算数 (an amount, not a rate)", () => {
    const base = factOf("全年县级一般公共预算收入31751万元,完成预算数31220万元的101.7%。", 31220)
    expect(base?.status).toBe("target")
  })

  it("is dated by the year reviewed, not the budget year the report is read out in", () => {
    const base = factOf(`${REVIEW}全县累计完成地方一般公共预算收入62964万元,完成年初预算65200万元的96.57%。`, 65200)
    expect(base?.period).toBe("2022")
  })

  it("is an annual budget even in a report of the months so far", () => {
    const base = factOf("2024年1-5月财政收支情况。1-5月,全县完成财政总收入4348万元,占年初预算10065万元的43.2%,同比下降6.5%。", 10065)
    expect(base?.period).toBe("2024")
    expect(factOf("2024年1-5月财政收支情况。1-5月,全县完成财政总收入4348万元,占年初预算10065万元的43.2%,同比下降6.5%。", 4348)?.period).toBe("2024M01-05")
  })

  it("still drops a count in the base of a share that is no budget (占全市16个区的60%)", () => {
    expect(factOf("约占全市16个区的60%。", 16)).toBeUndefined()
  })
})

describe("a completion rate against a budget named by words alone (完成年度预算的100.2%)", () => {
  const text = "2021年全区一般公共预算收入完成147.1亿元,完成年度预算的100.2%,同比增长7.2%。"

  it("is the amount's rate, and so is the growth after it", () => {
    expect(factOf(text, 100.2)?.indicator).toBe("一般公共预算收入")
    expect(factOf(text, 7.2)?.indicator).toBe("一般公共预算收入")
  })

  it("reads 为调整预算数的 the same way", () => {
    const t = "2018年市级一般公共预算收入决算数129748万元,为调整预算数的100.66%,比2017年增收12423万元,增长10.59%。"
    expect(factOf(t, 100.66)?.indicator).toBe("市级一般公共预算收入决算数")
    expect(factOf(t, 10.59)?.indicator).toBe("市级一般公共预算收入决算数")
  })
})

describe("a budget's transfers and totals (加上级补助收入…，收入合计…)", () => {
  it("keeps each account's own name", () => {
    const t = "2018年市级一般公共预算收入决算数129748万元,加上级补助收入428905万元,上年结转结余收入41407万元,调入资金348606万元,收入总计968113万元。"
    expect(factOf(t, 428905)?.indicator).toBe("上级补助收入")
    expect(factOf(t, 41407)?.indicator).toBe("上年结转结余收入")
    expect(factOf(t, 348606)?.indicator).toBe("调入资金")
    expect(factOf(t, 968113)?.indicator).toBe("收入总计")
  })

  it("keeps a non-tax item's own name (罚没收入), not the item before it", () => {
    const t = "其中:行政事业性收费收入3452万元,增长88.2%;罚没收入5216万元,下降29.6%。"
    expect(factOf(t, 5216)?.indicator).toBe("罚没收入")
    expect(factOf(t, -29.6)?.indicator).toBe("罚没收入")
  })

  it("names a total by itself, not by the transfer before it", () => {
    const t = "2021年全区一般公共预算收入完成147.1亿元。加上转移性收入49.2亿元,收入合计196.3亿元。加上转移性支出63.4亿元,支出合计196.3亿元。"
    const rows = extractOne(t).indicators.filter((i) => i.value === 196.3).map((i) => i.indicator)
    expect(rows).toEqual(["收入合计", "支出合计"])
  })

  it("keeps the verb that says which way a stabilisation fund moved", () => {
    const t = "加上解市级财政支出18.5亿元、补充预算稳定调节基金33.3亿元、结转下年支出12.9亿元,支出总量为490.7亿元。"
    expect(factOf(t, 33.3)?.indicator).toBe("补充预算稳定调节基金")
    expect(factOf(t, 12.9)?.indicator).toBe("结转下年支出")
  })
})

describe("a budget's change in amount or rate (增支, 同比减, 减幅)", () => {
  it("reads 增支 as an absolute change", () => {
    const f = factOf("2018年市级一般公共预算支出决算数480691万元,比2017年增支8807万元,增长1.87%。", 8807)
    expect(f?.measure).toBe("change")
  })

  it("reads 同比减 as a fall, and 减幅 as a negative rate of the same amount", () => {
    const t = "全县累计完成地方一般公共预算收入62964万元,同比减952万元,减幅1.49%。"
    expect(factOf(t, -952)?.measure).toBe("change")
    const rate = factOf(t, -1.49)
    expect(rate?.measure).toBe("growth_rate")
    expect(rate?.indicator).toBe("地方一般公共预算收入")
  })
})

describe("last year's amount written as the base of a change (较上年28899万元增长9.9%)", () => {
  const text = "2023年全年县级一般公共预算收入31751万元,较上年28899万元增长9.9%。"

  it("is last year's figure; the growth stays the year's", () => {
    expect(factOf(text, 28899)?.period).toBe("2022")
    expect(factOf(text, 9.9)?.period).toBe("2023")
  })

  it("leaves a change stated after 比上年 (比上年增加1800亿元) in the year", () => {
    expect(factOf("2023年地区生产总值比上年增加1800亿元。", 1800)?.period).toBe("2023")
  })
})

describe("a budget execution note of the months so far (2024年1-5月全县财政预算执行情况)", () => {
  const text = "2024年1-5月全县财政预算执行情况\n\n(一)收入情况。1-5月,全县完成财政总收入4348万元,同比下降6.5%。其中:税收收入3511万元,占年初预算8465万元的41.5%,同比下降5.2%。"

  it("is no annual budget report: a sentence naming no time is of the months so far", () => {
    expect(factOf(text, 3511)?.period).toBe("2024M01-05")
    expect(factOf(text, -5.2)?.period).toBe("2024M01-05")
  })

  it("still dates the annual budget it is measured against by the year", () => {
    expect(factOf(text, 8465)?.period).toBe("2024")
  })
})

describe("a debt's parts (其中:一般债务…、专项债务…)", () => {
  it("names the special debt in full, not the special bonds issued (专项债)", () => {
    const t = "年末全市地方政府债务余额1839.10亿元,其中:一般债务502.45亿元、专项债务1336.65亿元。"
    const debt = factOf(t, 1336.65)
    expect(debt?.indicator).toBe("专项债务")
    expect(debt?.indicator_code).not.toBe("LOCAL_BONDS_SPECIAL")
  })
})
