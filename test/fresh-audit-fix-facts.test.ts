/**
 * Classes of error in indicator facts that earlier audits of fresh real texts left open: a
 * sentence a web scrape split with a blank line, the Japanese form 増 for 增, meeting attendance
 * read as statistics, a capacity inside a project's name, units written in another case and
 * wafer sizes, the period of a figure compared with, and the divisions of the 兵团. Each case is
 * a short real sentence (or one in the phrasing of real pages) and the class it stands for.
 */
import { describe, expect, it } from "vitest"
import { normaliseText } from "@govstat/extract"
import { extractOne, factOf } from "./helpers.js"

const rows = (text: string) => extractOne(text).indicators
const values = (text: string) => rows(text).map((r) => r.value)

describe("a sentence a scrape split between its subject and its predicate", () => {
  it("is one sentence again when the next line opens with a change and its number", () => {
    const text = "2023年,全市经济运行稳中向好。全年地区生产总值\n\n增长6.5%,规模以上工业增加值增长7.1%。"
    expect(factOf(text, 6.5)?.indicator).toBe("地区生产总值")
    expect(factOf(text, 6.5)?.measure).toBe("growth_rate")
  })

  it("joins a Latin symbol's subscript digit (广义货币M⏎2⏎增长13.6%, a national report)", () => {
    const text = "去年财政赤字控制在预算范围内，广义货币M\n2\n增长13.6%，符合调控要求。"
    expect(factOf(text, 13.6)?.indicator).toContain("M2")
  })

  it("keeps a heading's break and a line that ends a sentence", () => {
    expect(normaliseText("全年地区生产总值\n\n增长6.5%。").clean.text).toBe("全年地区生产总值增长6.5%。")
    expect(normaliseText("全年地区生产总值增长\n\n6.5%。").clean.text).toBe("全年地区生产总值增长6.5%。")
    expect(normaliseText("(一)农业\n\n增长3%的是粮食。").clean.text).toBe("(一)农业\n增长3%的是粮食。")
    expect(normaliseText("一、综合\n\n全年地区生产总值增长6.5%。").clean.text).toBe("一、综合\n全年地区生产总值增长6.5%。")
    expect(normaliseText("经济运行稳中向好。\n\n增长6.5%的是地区生产总值。").clean.text).toContain("\n")
  })
})

describe("the Japanese form 増 (U+5897) in a Chinese text", () => {
  const text = "2023年,全市地区生产总值完成1250亿元,同比増长6.5%;规模以上工业増加值増速为7.1%。"

  it("reads as 增: 増长 is a growth rate, 増加值 the catalogued value added", () => {
    expect(factOf(text, 6.5)?.measure).toBe("growth_rate")
    expect(factOf(text, 7.1)?.indicator).toBe("规模以上工业增加值")
    expect(factOf(text, 7.1)?.measure).toBe("growth_rate")
  })

  it("stays in a Japanese text (kana)", () => {
    expect(normaliseText("人口が増加した。").clean.text).toContain("増")
  })
})

describe("meeting attendance", () => {
  it("is not a statistic of the region (应到/实到, 出席/缺席)", () => {
    const text = "会议应到代表180名，实到175名，符合法定人数。全县常住人口52万人。"
    expect(values(text)).not.toContain(180)
    expect(values(text)).not.toContain(175)
    expect(values(text)).toContain(52)
    const npc = "今天的预备会议,出席2855人,缺席128人,出席人数符合法定人数。"
    expect(rows(npc)).toEqual([])
  })
})

describe("a capacity inside a project's name", () => {
  it("is the project's, not a fact of the region", () => {
    expect(values("宁波欧达松山滩20万千瓦风电、天堂镇星级民宿建设等9个企业投资项目,总投资31.68亿元。")).not.toContain(20)
    expect(values("2023年，宁国运100万千瓦风光同场项目开工建设。")).not.toContain(100)
  })

  it("stays a fact where the text states it (a verb or a total before it)", () => {
    expect(values("中国风电集团有限公司将投资5亿元在平原县建设40兆瓦光伏发电基地。")).toContain(40)
    expect(values("青山、赣锋、吉利共计72GWh动力电池项目落地。")).toContain(72)
    expect(values("其中包括年产各30万吨的扬子和齐鲁乙烯工程。")).toContain(30)
  })
})

describe("units", () => {
  it("reads a Latin unit in any case as the listed one (0.7GWH is gigawatt hours)", () => {
    expect(factOf("2023年,储能电池产能0.7GWH。", 0.7)?.unit).toBe("GWh")
  })

  it("does not read wafer sizes (4/6吋) as a fraction", () => {
    const out = rows("2023年,建成4/6吋碳化硅晶圆生产线,年产晶圆12万片。")
    expect(out.map((r) => r.value)).toEqual([12])
  })
})

describe("the period and subject of a figure beside the fact", () => {
  it("dates a figure compared with by the part of the year it names (与上半年的7.3%持平)", () => {
    const text = "2023年前三季度,全市规模以上工业增加值同比增长7.3%,增速与上半年的7.3%持平。"
    const [now, before] = rows(text).filter((r) => r.value === 7.3)
    expect(now?.period).toBe("2023M01-09")
    expect(before?.period).toBe("2023H1")
    expect(before?.measure).toBe("growth_rate")
  })

  it("does not date a change by the months it is compared with (较1-7月份提高0.3个百分点)", () => {
    const text = "2023年1-8月份,全区规上工业增加值同比增长7.5%,较1-7月份提高0.3个百分点。"
    expect(factOf(text, 0.3)?.period).toBe("2023M01-08")
    const figure = "2023年1-9月,全区规上工业增加值增长8.1%,增速比1-8月的7.9%提高0.2个百分点。"
    expect(factOf(figure, 7.9)?.period).toBe("2023M01-08")
    expect(factOf(figure, 0.2)?.period).toBe("2023M01-09")
  })

  it("reads quarters cumulated from the first (1—3季度) as months, not as the last quarter", () => {
    const text = "2020年前三季度泉州市工业经济运行情况\n\n1—3季度,全市规上工业增加值同比增长2.7%,比1—8月份加快了0.8个百分点。"
    expect(factOf(text, 2.7)?.period).toBe("2020M01-09")
    expect(factOf(text, 0.8)?.period).toBe("2020M01-09")
  })

  it("does not keep 持续 in the subject of a duration", () => {
    // (A streak is named by what was kept up, 持续 with it: see fresh-audit-audit-numtime; never the bare indicator.)
    const streak = factOf("2023年,全市空气质量优良天数比例持续6个月稳居全省第一。", 6)
    expect(streak?.indicator).toBe("空气质量优良天数比例持续稳居全省第一")
    expect(streak?.indicator_code).toBeNull()
  })

  it("reads no fact from a count in the base of a share (占全市16个区的60%)", () => {
    expect(values("2023年,中心城区经济总量约占全市16个区的60%。")).not.toContain(16)
  })

  it("does not take 中心城区 for the district 城区 (晋城, 阳泉, 长治)", () => {
    expect(factOf("2023年,中心城区经济总量约占全市16个区的60%。", 60)?.region).toBeNull()
  })
})

describe("divisions of the 新疆生产建设兵团", () => {
  it("places a division by its city (师市合一), in the 兵团's text and its city's", () => {
    const corps = "新疆生产建设兵团2022年国民经济和社会发展统计公报\n\n全年兵团实现生产总值3500亿元。其中,第八师实现生产总值831.5亿元。"
    expect(factOf(corps, 3500)?.region).toBe("新疆生产建设兵团")
    expect(factOf(corps, 831.5)?.region).toBe("石河子市")
    expect(factOf(corps, 831.5)?.indicator).toBe("生产总值")
    const city = "2020年阿拉尔市国民经济和社会发展统计公报\n\n初步核算,全年第一师阿拉尔市生产总值〔2〕332亿元,比上年增长6.2%。"
    expect(factOf(city, 332)?.indicator).toBe("生产总值")
  })

  it("gives no region to a division without a city, and none of a 师范 college", () => {
    const corps = "新疆生产建设兵团2022年国民经济和社会发展统计公报\n\n全年兵团实现生产总值3500亿元,第八师实现生产总值831.5亿元,第十二师实现生产总值200亿元。"
    expect(factOf(corps, 200)?.region).toBeNull()
    expect(factOf("新疆生产建设兵团2022年国民经济和社会发展统计公报\n\n湖南第一师范学院招生3000人。", 3000)?.region).not.toBe("阿拉尔市")
  })
})
