/**
 * Classes of error found by reading the output on fresh public texts of the west and the
 * autonomous areas (a 兵团 division's communiqué, autonomous prefectures' and counties' reports,
 * Tibetan and Guangxi city reports, a Hainan county's monthly release, Tianjin district reports,
 * some mirrored in traditional script). Each case is a short real sentence and the class it stands for.
 */
import { describe, expect, it } from "vitest"
import { extractOne, factOf } from "./helpers.js"

describe("预计 opening a run of ；-joined statements", () => {
  const text = "政府工作报告指出,2012年是我县经济社会快速发展的一年。预计实现生产总值20.37亿元,同比增长15.3%;固定资产投资完成33.68亿元,同比增长40%;财政收入完成1.49亿元,同比增长16.1%。全县新建通村公路120公里。"

  it("makes estimates of the statements after the semicolon up to the full stop", () => {
    expect(factOf(text, 20.37)?.status).toBe("estimate")
    expect(factOf(text, 33.68)?.status).toBe("estimate")
    expect(factOf(text, 16.1)?.status).toBe("estimate")
  })

  it("ends with its sentence", () => {
    expect(factOf(text, 120)?.status).toBe("actual")
  })

  it("does not govern a statement with a target of its own, nor open where it is only a base (比…预计)", () => {
    const target = "预计全年地区生产总值增长8%;力争明年增长9%。"
    expect(factOf(target, 9)?.status).toBe("target")
    const base = "1981年钢产量比1980年预计增加9万吨;纸520万吨,增加20万吨。"
    expect(factOf(base, 520)?.status).toBe("actual")
  })
})

describe("a three-sector structure written with colons", () => {
  const rowsOf = (text: string) => extractOne(text).indicators.map((r) => [r.indicator, r.value, r.measure, r.period])

  it("reads the parts across the vertical colon some editors insert (︰), from–to pair and all", () => {
    const text = "2017年,三次產業結構由19.8︰41︰39.2優化為17.9︰43︰39.1,第二產業占比提高2個百分點。"
    const parts = rowsOf(text).filter((r) => r[2] === "share")
    expect(parts.map((r) => r[1])).toEqual([19.8, 41, 39.2, 17.9, 43, 39.1])
    expect(new Set(parts.map((r) => r[0])).size).toBe(1)
  })

  it("gives every part the measure and the year of the first (比为, 由2016年的…调整为2020年的…)", () => {
    const ratio = "2015年三次产业结构比为25.72:26.84:47.44,与上年比,第一产业比重上升。"
    expect(rowsOf(ratio).map((r) => r[2])).toEqual(["share", "share", "share"])
    const pair = "三大产业结构比由2016年的42.5∶2.8∶54.7调整为2020年的32.4:8:59.6。"
    expect(rowsOf(pair).map((r) => r[3])).toEqual(["2016", "2016", "2016", "2020", "2020", "2020"])
    expect(new Set(rowsOf(pair).map((r) => r[0])).size).toBe(1)
  })
})
