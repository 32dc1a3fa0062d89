/**
 * Classes of error found by reading the output on fresh public texts: county statistical
 * communiqués with their tables (Henan, Chongqing, Yunnan), budget adjustment plans and final
 * accounts (Ningxia, Guangdong, Hunan, Jiangxi), and press-conference transcripts of the national
 * statistics bureau. Each case is a short real quote and the class it stands for.
 */
import { describe, expect, it } from "vitest"
import { extractOne } from "./helpers.js"

describe("a communiqué's table, one cell per line or a row per line with its cells spaced", () => {
  // A Henan county's 2022 communiqué as a statistics mirror gives it: each row a line, cells spaced.
  const spaced = [
    "2022年嵩县国民经济和社会发展统计公报", "",
    "积极落实奶牛、生猪补贴政策,畜牧业生产发展良好,主要畜产品产量和畜禽存栏量如下:", "",
    "表3:2022年畜禽产品产量及存栏量", "",
    "产品名称 产 量 比上年增长%",
    "肉类总产量(吨) 22426.3 -22.4",
    "禽蛋总产量(吨) 19458.1 15.6",
    "猪年末存栏(万头) 14.2 12.4"
  ].join("\n")
  // A Chongqing county's 2019 communiqué (traditional script): heading and rows one cell per line.
  const perLine = [
    "酉陽土家族苗族自治縣2019年國民經濟和社會發展統計公報", "",
    "表1 2019年年末戶籍人口數及其構成", "",
    "指 標", "", "年末數(萬人)", "", "比重(%)", "",
    "全縣戶籍人口", "", "85.64", "", "100.0", "",
    "#城鎮人口", "", "27.68", "", "32.3", "",
    "35-59歲", "", "28.81", "", "33.6", "",
    "60歲以上", "", "14.01", "", "16.4", "",
    "初步核算,全年實現地區生產總值186.72億元,比上年增長0.1%。"
  ].join("\n")

  it("reads each row's level in its own unit and its rate of change, as the communiqué's year's results", () => {
    const rows = extractOne(spaced).indicators
    const meat = rows.find((r) => r.value === 22426.3)
    expect([meat?.indicator, meat?.unit, meat?.measure, meat?.period, meat?.status]).toEqual(["肉类总产量", "吨", "level", "2022", "actual"])
    expect(rows.find((r) => r.value === -22.4)?.measure).toBe("growth_rate")
    // The row's unit, not another column's: 万头, not 吨.
    expect(rows.find((r) => r.value === 14.2)?.unit).toBe("万头")
  })

  it("reads a table laid out one cell per line: the column's unit for levels, shares in %", () => {
    const rows = extractOne(perLine).indicators
    const urban = rows.filter((r) => r.indicator === "城镇人口")
    expect(urban.map((r) => [r.value, r.unit, r.measure, r.period])).toEqual([[27.68, "万人", "level", "2019"], [32.3, "%", "share", "2019"]])
    // 60岁以上 is a row's name there, not a value with a unit.
    expect(rows.find((r) => r.value === 14.01)?.indicator).toBe("60岁以上")
    expect(rows.find((r) => r.value === 186.72)?.indicator).toBe("地区生产总值")
  })

  it("gives no fact for a row whose name is lost (a number alone on its line)", () => {
    const text = ["2022年嵩县国民经济和社会发展统计公报", "", "产品名称 产量(吨) 比上年增长%", "粮 食 199008.5 6.3", "100.2 3.1", "秋粮 110003.1 11.6"].join("\n")
    const rows = extractOne(text).indicators
    expect(rows.find((r) => r.value === 199008.5)?.indicator).toBe("粮食")
    expect(rows.find((r) => r.value === 100.2)).toBeUndefined()
  })
})
