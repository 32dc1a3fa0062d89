/**
 * Classes of error found by reading the output on fresh public texts in traditional script of
 * Hong Kong, Macao and Taiwan (budget speeches and their press, policy addresses, Hong Kong
 * fiscal releases, Macao DSEC releases on visitors, employment and GDP, Taiwan county budgets,
 * DGBAS and interior-ministry statistics) and simplified texts that quote them. Each case is a
 * short real quote.
 */
import { describe, expect, it } from "vitest"
import { extractOne, factOf, metadataOf } from "./helpers.js"

describe("a number written in parts of 兆, 亿 and 万 (Taiwan's and Hong Kong's way)", () => {
  it("is one number, not its first part and a second figure", () => {
    const text = "內政部表示,依據戶籍登記資料,截至5月底止,共有770萬6202戶,與去年同月比較增加14萬4780戶。"
    const rows = extractOne(text).indicators
    expect(rows.find((r) => r.value === 7706202)?.unit).toBe("户")
    expect(rows.find((r) => r.value === 144780)?.unit).toBe("户")
    expect(rows.some((r) => r.value === 770 || r.value === 6202)).toBe(false)
  })

  it("keeps the magnitude of its last part as its unit", () => {
    const rows = extractOne("縣府提出114年度總預算歲出總案332億60萬元,較這個年度預算數280億6344萬9000元,增加51億餘元。").indicators
    expect(rows.find((r) => r.value === 3320060)?.unit).toBe("万元")
    expect(rows.find((r) => r.value === 28063449000)?.unit).toBe("元")
    expect(factOf("今年前10月零售業營業額達3兆9,603億元,雖創歷年同期次高。", 39603)?.unit).toBe("亿元")
  })

  it("is not joined with a year that follows a magnitude", () => {
    expect(factOf("全年新增就业1万2022年继续推进。", 1)?.unit).toBe("万")
  })
})

describe("a Hong Kong fiscal year written 25/26", () => {
  it("is no fraction", () => {
    const rows = extractOne("財政司司長陳茂波發表財政預算案。25/26年度扭虧為盈餘29億元。").indicators
    expect(rows.some((r) => r.value > 0.9 && r.value < 1)).toBe(false)
    expect(rows.find((r) => r.value === 29)?.unit).toBe("亿元")
  })
})

describe("a split fiscal year written with ○ for the zero", () => {
  it("gives its clause no calendar year", () => {
    const text = "房屋署署长在房屋委员会公开例会发言全文\n根据去年十月的长远房屋策略年度更新,未来10年(即二○二四/二五至二○三三/三四年度)的公营房屋需求为308 000个单位。大型公屋项目合共8 923个单位相继于二○二三/二四年度落成。\n2024年7月12日"
    expect(factOf(text, 308000)?.period).toBeNull()
    expect(factOf(text, 8923)?.period).toBeNull()
  })
})

describe("where visitors come from", () => {
  it("is not the place of a release counting arrivals, nor the document's", () => {
    const text = "二零零四年十月旅客入境數目\n根據統計暨普查局資料顯示,今年十月入境旅客數目較去年同月增加35.4%。香港旅客上升15.4%,而中國台灣旅客亦有16.6%的增長。香港及中國台灣旅客則分別佔28.0%及8.3%。以中國大陸、香港及中國台灣旅客為主。從澳門國際機場入境旅客為680,584人次。"
    expect(metadataOf(text).region?.name).toBe("澳门特别行政区")
    expect(factOf(text, 15.4)?.region).toBe("澳门特别行政区")
  })
})

describe("a body only Hong Kong, Macao or Taiwan has", () => {
  it("places a release that names no place", () => {
    expect(metadataOf("統計暨普查局就業調查結果顯示,今年8月至10月失業率為1.9%。").region?.name).toBe("澳门特别行政区")
    expect(metadataOf("自由時報 主計總處今公布8月失業率3.56%,與7月持平。").region?.name).toBe("台湾省")
    expect(metadataOf("本財政年度首3個月錄得60億元赤字。財經事務及庫務局今天公布,政府整體支出548億元。").region?.name).toBe("香港特别行政区")
  })

  it("tells Macao's 经济财政司司长 from Hong Kong's 财政司司长", () => {
    expect(metadataOf("經濟財政司司長今日表示,本澳財政收入898億元。").region?.name).toBe("澳门特别行政区")
    expect(metadataOf("財政司司長陳茂波發表財政預算案,預計綜合帳目錄得29億元盈餘。").region?.name).toBe("香港特别行政区")
  })
})

describe("money in Taiwan's texts", () => {
  it("a plain 元 of Taiwan is the New Taiwan dollar", () => {
    expect(factOf("date 2025-11-25 經濟部25日發布10月零售業營業額為4,186億元,年增率1.9%。經濟部統計處指出。", 4186)?.base_unit).toBe("TWD")
  })

  it("so in a county's text the gazetteer cannot place", () => {
    expect(factOf("嘉義縣長張花冠在縣議會定期會施政報告時強調,期能有效彌補財政收支缺口22.8億元。", 22.8)?.base_unit).toBe("TWD")
  })

  it("the currency named before the number is its money, and 兆元 a trillion", () => {
    const row = factOf("國發會指出,台商回台三大投資方案,創造額外的新台幣2.17兆元投資。", 2.17)
    expect(row?.unit).toBe("兆元")
    expect(row?.base_unit).toBe("TWD")
    expect(row?.value_base).toBe(2.17e12)
  })

  it("a mainland text keeps the yuan", () => {
    expect(factOf("中宁县2025年全年完成地区生产总值181.8亿元,同比增长7%。", 181.8)?.base_unit).toBe("CNY")
  })
})

describe("a Hong Kong text that counts in 港元", () => {
  it("gives its plain 元 the Hong Kong dollar", () => {
    expect(factOf("本財政年度首九個月錄705億元赤字。政府今日公布,整體開支及收入分別為5242億港元及3497億港元。", 705)?.base_unit).toBe("HKD")
  })
})

describe("a release of a quarter and the whole year", () => {
  it("dates its figures of the year by the year, not by the quarter", () => {
    const text = "根據中國澳門特區政府統計暨普查局發布的2023年四季度及全年本地生產總值初步數據。\n2023年按當年市場價格計算,澳門名義本地生產總值(GDP)為3794.78億澳門元,同比增長92.3%。2023年澳門年平均人口數量為67.83萬人。"
    expect(factOf(text, 3794.78)?.period).toBe("2023")
    expect(factOf(text, 67.83)?.period).toBe("2023")
  })
})

describe("a yearbook table headed by bare years", () => {
  const text = "| 23-9 生产法国内生产总值① | ||||\n| 单位: 百万澳门元 | ||||\n| 经济活动 | 1995 | 1996 | 1997 | 1998② |\n| 第二产业 | 7676 | 7073 | 7248 | 6999 |\n| 公共行政、社会服务及个人服务 | 22152 | 22096 | 22135 | 20346 |\n| (包括博彩业) | ||||\n| 加产品税 | 6287 | 6310 | 6743 | 6603 |\n"

  it("reads each cell in the table's unit, dated by its column's year", () => {
    const second = extractOne(text).indicators.filter((r) => r.indicator === "第二产业")
    expect(second.map((r) => [r.value, r.period, r.unit])).toEqual([[7676, "1995", "百万澳门元"], [7073, "1996", "百万澳门元"], [7248, "1997", "百万澳门元"], [6999, "1998", "百万澳门元"]])
  })

  it("reads on past a row that only notes what the row above holds", () => {
    expect(factOf(text, 6603)?.period).toBe("1998")
  })

  it("gives no fact when no unit is stated above it", () => {
    expect(factOf("| 经济活动 | 1995 | 1996 |\n| 第二产业 | 7676 | 7073 |\n", 7676)).toBeUndefined()
  })
})

describe("a digest spaced throughout", () => {
  it("reads thousands set apart by a space though a space stands before the unit", () => {
    expect(factOf("澳門統計暨普查局勞動力流動調查:有 3.43 萬人在 2007 年加入本澳的勞動力市場;而有 5 500 人則由勞動人口轉變為非勞動人口。", 5500)?.unit).toBe("人")
  })
})

describe("a year of the Republic written with its era", () => {
  it("is the calendar year, in any text", () => {
    expect(factOf("民国三十七年,全县粮食产量为1.2万吨。", 1.2)?.period).toBe("1948")
    expect(factOf("民國102年全縣人口為23,354人。", 23354)?.period).toBe("2013")
  })

  it("a bare year of Taiwan's count gives no year", () => {
    expect(factOf("主計總處概估,114年第4季實質GDP年增率達12.68%。", 12.68)?.period).toBeNull()
  })
})

describe("a list of figures of one magnitude whose last writes the unit out", () => {
  it("gives each the unit (约78億及156億元: both in 亿元)", () => {
    const rows = extractOne("陳茂波表示,即較2025／26年度分別再節省約78億及156億元的開支。").indicators
    expect(rows.find((r) => r.value === 78)?.unit).toBe("亿元")
    expect(rows.find((r) => r.value === 156)?.unit).toBe("亿元")
  })

  it("guesses no unit where the list names two magnitudes", () => {
    expect(factOf("两项投资分别为3亿和5万元。", 3)?.unit).toBe("亿")
  })
})

describe("全国 in a text of Taiwan's", () => {
  it("is Taiwan's whole, as its texts call it; in Hong Kong's it stays the nation", () => {
    const taiwan = "台內政部統計:5月底人口數2306萬餘人\n內政部今天公布最新戶口統計資料,截至5月底,全國共有770萬6202戶,人口增加率最高的是金門縣,減少最多的是連江縣。以縣市來看,台北縣135萬1841戶最多。"
    expect(factOf(taiwan, 7706202)?.region).toBe("台湾省")
    expect(factOf("本港經濟增長。全國經濟總量達134萬億元。", 134)?.region).not.toBe("香港特别行政区")
  })
})
