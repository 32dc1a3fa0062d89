/**
 * Classes of error the lead found reading fresh public texts in session 10: a county page whose
 * navigation line (返回顶部) stood above its title, and a provincial notice whose rule of splitting
 * costs (按照4:3:3的比例分担) came out as three shares. Each case is a short real quote.
 */
import { describe, expect, it } from "vitest"
import { extractOne, metadataOf } from "./helpers.js"

describe("a page's navigation above its title", () => {
  // 镇巴县人民政府 (Shaanxi), 2024: the page opens with its back-to-top link, then the metadata table.
  const text = "返回顶部\n\n镇巴县人民政府工作规则\n\n  • 索引号:\n\n    6107280000/2024-001005\n  • 发文字号:\n\n    镇政发〔2024〕7号\n  • 发文日期:\n\n    2024年04月06日 16:40\n\n" +
    "镇巴县人民政府工作规则\n\n第一章总则\n\n一、根据《中华人民共和国宪法》《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》,参照《陕西省人民政府工作规则》《汉中市人民政府工作规则》的有关规定,结合本县实际,制定本规则。"
  it("is not the title; the rules' own name is", () => {
    expect(metadataOf(text).title).toBe("镇巴县人民政府工作规则")
  })
  it("gives a law the rules cite no year from the page's dates above it, and quotes only its own sentence", () => {
    const law = extractOne(text).policies.find((p) => p.title === "中华人民共和国宪法")!
    expect(law.year).toBeNull()
    expect(law.quote.startsWith("一、根据《中华人民共和国宪法》")).toBe(true)
  })
})

describe("a ratio that splits costs, not a structure", () => {
  // 湖南省人民政府办公厅, 湘政办发〔2009〕24号.
  it("gives no shares when its parts do not make a hundred", () => {
    const rows = extractOne("从2009年起,“三支一扶”期间大学生的各项生活与交通补助所需经费由省、市、县三级财政按照4:3:3的比例分担。").indicators
    expect(rows).toEqual([])
    expect(extractOne("省级财政按1:1比例配套。").indicators).toEqual([])
  })
  it("still gives each part of an industrial structure as its share", () => {
    // 河南省 2021 communiqué.
    const rows = extractOne("全年全省三次产业结构为9.5∶41.3∶49.1。").indicators
    expect(rows.map((r) => [r.measure, r.value])).toEqual([["share", 9.5], ["share", 41.3], ["share", 49.1]])
  })
})

describe("a base year of comparison", () => {
  it("is not the year a text with no other year is about (比2010年翻一番)", () => {
    // The 2012 national party congress target, as county texts quote it.
    const r = extractOne("力争实现国内生产总值和城乡居民人均收入比2010年翻一番。")
    expect(r.document.report_year).toBeNull()
    expect(r.indicators.every((i) => i.period !== "2010")).toBe(true)
  })
  it("ends a subject the segmenter fused with 比 (收入比 read as a ratio)", () => {
    expect(extractOne("全年城乡居民收入比上年增长8%。").indicators.map((i) => i.indicator)).toEqual(["城乡居民收入"])
    // …while the ratio itself keeps its name.
    expect(extractOne("城乡居民收入比为2.5。").indicators.map((i) => [i.indicator, i.measure])).toEqual([["城乡居民收入比", "ratio"]])
  })
})

describe("a mark passed (跨过, 迈上, 跃上 … 台阶)", () => {
  it("is a lower bound of the figure, as 突破 is, and no part of its subject", () => {
    // 内蒙古 2025 report (traditional mirror), 2024 national report.
    const a = extractOne("全区工业增加值跨过万亿元大关。").indicators
    expect(a.map((i) => [i.indicator, i.value, i.unit, i.qualifier])).toEqual([["工业增加值", 1, "万亿元", "lower_bound"]])
    const b = extractOne("粮食产量首次跃上1.4万亿斤新台阶。").indicators
    expect(b.map((i) => [i.indicator, i.qualifier])).toEqual([["粮食产量", "lower_bound"]])
    expect(extractOne("全市地区生产总值迈上3000亿元台阶。").indicators.map((i) => i.indicator)).toEqual(["地区生产总值"])
  })
})

describe("a bare kind of document in 《》", () => {
  it("is the short name of a title given elsewhere, not a policy (《实施意见》和《实施方案》)", () => {
    // 衡阳市 2017 notice on the supply and marketing co-operatives.
    const titles = extractOne("根据省深化供销合作社综合改革领导小组办公室的要求,6月底前要完成《实施意见》和《实施方案》的出台。").policies.map((p) => p.title)
    expect(titles).toEqual([])
  })
})

describe("多达, which the segmenter tags as a name", () => {
  it("is a frame before the number, not the end of the subject", () => {
    // 滨海新区 2023 story on its people's livelihood spending.
    expect(extractOne("区域民生领域投入多达363亿元、增长14.5%。").indicators.map((i) => i.indicator)).toEqual(["区域民生领域投入", "区域民生领域投入"])
  })
})

describe("district names that are common words, and places inside other names", () => {
  it("does not read the urban area, the suburbs or a mining area as 阳泉's or 晋城's districts", () => {
    for (const t of ["全县城区绿化覆盖率达到40%。", "郊区农民人均收入增长8%。", "矿区治理面积100公顷。", "古城区游客增长20%。"]) {
      const r = extractOne(t)
      expect([r.document.region, ...r.indicators.map((i) => i.region)]).toEqual([null, null])
    }
  })
  it("still reads them in their city's own text, where they are its districts", () => {
    const r = extractOne("阳泉市统计局\n2023年阳泉市国民经济和社会发展统计公报\n全年城区地区生产总值增长5%，矿区增长6%，郊区增长7%。")
    expect(r.indicators.map((i) => i.region_code)).toEqual(["140302", "140303", "140311"])
    // …but 全市城区 is the city's urban area.
    expect(extractOne("阳泉市统计局\n2023年阳泉市国民经济和社会发展统计公报\n全市城区绿化覆盖率达到40%。").document.region).toBe("阳泉市")
  })
  it("gives no place for a road or a village named after one (南通路, 永兴村)", () => {
    // 永定区 story, 2025 (traditional mirror); 林场 report with 永兴村.
    const road = extractOne("全区雨水收集排涝项目总投资1.11亿元。南堤路、枫南路、南通路等16个子项目已完工。")
    expect(road.document.region).toBeNull()
    const village = extractOne("政府工作报告\n这一年,全区实施达里村、永兴村3个示范村建设,在全市试点综合考核中,永兴村位列第4名,投资3650万元。")
    expect(village.document.region).toBeNull()
  })
})

describe("头N个月 (the first N months)", () => {
  it("is a time before the subject, not part of it", () => {
    // 广东 2019 half-year tourism story.
    expect(extractOne("头5个月全省组团出游人数达139万人次，增长83.3%。").indicators.map((i) => i.indicator)).toEqual(["组团出游人数", "组团出游人数"])
  })
})

describe("负增长 and 力争 before a rate", () => {
  // Quotes of fresh releases (a city's 2020 GDP, a county's 1–5 months), as audit-time3 met them.
  it("reads 负增长 as a fall (it was read as a rise, or a share after 为)", () => {
    expect(extractOne("固定资产投资负增长3.2%。").indicators.map((i) => [i.indicator, i.measure, i.value])).toEqual([["固定资产投资", "growth_rate", -3.2]])
    expect(extractOne("全市工业增加值负增长为7.59%。").indicators.map((i) => [i.measure, i.value])).toEqual([["growth_rate", -7.59]])
  })
  it("reads a growth target after 力争 as growth, in the GDP frame", () => {
    expect(extractOne("全年经济增长力争9%。").indicators.map((i) => [i.indicator_code, i.measure, i.value])).toEqual([["GDP", "growth_rate", 9]])
  })
})

describe("a 分别 clause with a subject of its own", () => {
  it("keeps it, not the list of figures before it (包头 2021 communiqué, traditional mirror)", () => {
    const rows = extractOne("三次产业增加值占地区生产总值的比重分别为3.2%、54.6%和42.2%，对地区生产总值增长的贡献率分别为1.8%、65.0%和33.2%。").indicators
    expect(rows.filter((r) => r.value === 65).map((r) => [r.indicator, r.indicator_code])).toEqual([["地区生产总值增长的贡献率", null]])
  })
})
