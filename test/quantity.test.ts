import fc from "fast-check"
import { findUnit } from "@govstat/schema"
import { describe, expect, it } from "vitest"
import { formatChineseNumeral, parseArabic, parseChineseNumeral, scanQuantities } from "@govstat/extract"

const read = (s: string) => scanQuantities(s).map((m) => [m.value, m.unit, m.qualifier])

describe("numerals", () => {
  it.each([
    ["二十五", 25], ["一千二百", 1200], ["两", 2], ["三万", 30000], ["十五", 15], ["一百一十", 110], ["〇", 0],
    ["四亿零七百万", 407000000], ["一万五千亿", 1.5e12], ["二〇二三", 2023], ["一千二", 1200], ["三万五", 35000]
  ])("%s = %d", (s, n) => expect(parseChineseNumeral(s)).toBe(n))
  it.each(["十四五", "二二", "亿亿", "万万"])("%s is not a number", (s) => expect(parseChineseNumeral(s)).toBeNull())
  it("parses Arabic numbers with separators and refuses malformed ones", () => {
    expect(parseArabic("1,234.5")).toBe(1234.5)
    expect(parseArabic("1.2.3")).toBeNull()
    expect(parseArabic(",,,")).toBeNull()
    expect(parseArabic("9".repeat(400))).toBeNull()
  })
  it("inverts the formatter for every integer up to 10^12", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => parseChineseNumeral(formatChineseNumeral(n)) === n), { numRuns: 5000 })
  })
})

describe("quantity scanner on seed sentences", () => {
  it("reads number, unit and growth in one clause", () => {
    expect(read("地区生产总值实现983亿元、增长7.2%")).toEqual([[983, "亿元", null], [7.2, "%", null]])
  })
  it("reads qualifiers before and after the number", () => {
    expect(read("璧山城区拥有大小公园40余个")).toEqual([[40, "个", "lower_bound"]])
    expect(read("助企融资近7000万元、累计突破10亿元")).toEqual([[7000, "万元", "approx"], [10, "亿元", "lower_bound"]])
    expect(read("全区旅游人次和收入均增长16%以上")).toEqual([[16, "%", "lower_bound"]])
    expect(read("主流媒体上百次关注点赞")).toEqual([[100, "次", "lower_bound"]])
  })
  it("reads ranges as two bounded facts", () => {
    expect(read("增长6%-6.5%")).toEqual([[6, "%", "lower_bound"], [6.5, "%", "upper_bound"]])
  })
  it("reads Chinese numerals with units, and percentages and fractions in words", () => {
    // A trailing 万/亿 heads the unit, so the unit stays as written (3.05亿吨 = 30500万吨).
    expect(read("粮食产量达到三亿零五百万吨")).toEqual([[30500, "万吨", null]])
    expect(read("成立八个重点产业发展工作专班")).toEqual([[8, "个", null]])
    expect(read("百分之五")).toEqual([[5, "%", null]])
    expect(scanQuantities("三分之一")[0]!.value).toBeCloseTo(1 / 3)
  })
  it("leaves out names, dates, ordinals and codes", () => {
    for (const s of ["贯彻二十大", "第三场", "“1361”整体构架", "轨道27号线", "新建5G", "“1+12”化债", "四大产业", "十项行动", "十四五", "1月10日", "2023年", "2024-03-01", "50亿级项目", "党的二十届三中全会"]) {
      expect(read(s), s).toEqual([])
    }
    expect(read("新建5G基站301个")).toEqual([[301, "个", null]])
  })
  it("reads a magnitude before any listed unit (national report 2025: 万亿美元, 万亿斤)", () => {
    expect(read("外汇储备超过3.2万亿美元")).toEqual([[3.2, "万亿美元", "lower_bound"]])
    // (迈上 a mark, as 突破 it: the figure is at least the mark.)
    expect(read("粮食产量首次迈上1.4万亿斤新台阶")).toEqual([[1.4, "万亿斤", "lower_bound"]])
    expect(findUnit("万亿美元")).toMatchObject({ base: "USD", factor: 1e12 })
  })
  it("reports malformed numbers instead of reading them", () => {
    const bad: Array<{ reason: string }> = []
    expect(scanQuantities("投资1.2.3亿元", 0, 8, bad)).toEqual([])
    expect(bad[0]!.reason).toMatch(/malformed/)
  })
})

describe("a half after the unit", () => {
  it("adds a half to a whole count (十三斤半, 六倍半, 五天半) and keeps the 半 in the span", () => {
    // Quotes of the 1954 and 1994 national reports.
    expect(read("使每百斤大豆的出油量在一九五四年提高到十三斤半")).toEqual([[13.5, "斤", null]])
    expect(read("经济建设的支出等于一九五〇年的六倍半")).toEqual([[6.5, "倍", null]])
    const m = scanQuantities("全国实行了职工每周五天半工作制").find((q) => q.unit === "天")!
    expect([m.value, "全国实行了职工每周五天半工作制".slice(m.start, m.end)]).toEqual([5.5, "五天半"])
    expect(read("增长一倍半以上")).toEqual([[1.5, "倍", "lower_bound"]])
  })
  it("leaves a 半 that opens a word or a span of time, and a percentage or a bound count, as they were", () => {
    expect(read("产值增长两倍半导体产业加快发展")).toEqual([[2, "倍", null]])
    expect(read("全市粮食增产12%半数以上来自良种")).toEqual([[12, "%", null]])
    expect(read("种植面积增加十多亩半")).toEqual([[10, "亩", "lower_bound"]])
  })
})

describe("tenths after 成", () => {
  it("reads 二成五 as 2.5 成, and leaves a digit that opens a quantity of its own", () => {
    expect(read("全区固定资产投资同比增长二成五，")).toEqual([[2.5, "成", null]])
    expect(read("约有三成五的企业")).toEqual([[3.5, "成", null]])
    expect(read("利润增长三成五万元")).toEqual([[3, "成", null], [5, "万元", null]])
    expect(read("利润增长三成五年来首次")).toEqual([[3, "成", null]])
  })
})

describe("units of weather, air, energy and containers", () => {
  it("reads temperatures (below zero too), precipitation, PM2.5, standard coal and containers with their units", () => {
    expect(read("全市年平均气温-2.5℃")).toEqual([[-2.5, "℃", null]])
    expect(read("全年降水量1200毫米")).toEqual([[1200, "毫米", null]])
    expect(read("PM2.5平均浓度为35微克/立方米")).toEqual([[35, "微克/立方米", null]])
    // Quotes of the 2010 and 2014 national reports.
    expect(read("今年要新增8000万吨标准煤的节能能力")).toEqual([[8000, "万吨标准煤", null]])
    expect(read("平板玻璃3500万标准箱等落后产能")).toEqual([[3500, "万标准箱", null]])
  })
  it("gives 标准箱 no conversion (containers or cases of glass) and standard coal its own base", () => {
    expect(findUnit("万标准箱")).toMatchObject({ base: "标准箱", factor: 1e4 })
    expect(findUnit("万吨标准煤")).toMatchObject({ base: "tce", factor: 1e4, dimension: "energy" })
    expect(findUnit("℃")).toMatchObject({ dimension: "temperature" })
  })
})

describe("a minus written 负", () => {
  it("reads 增长负2.3% and 增速为负0.5% as negative, not 税负 (a burden) or 正负 (a tolerance)", () => {
    expect(read("全年进出口总额增长负2.3%")).toEqual([[-2.3, "%", null]])
    expect(read("工业增加值增速为负0.5%")).toEqual([[-0.5, "%", null]])
    // A quote of the 2016 national report.
    expect(read("降低企业税负5700多亿元")).toEqual([[5700, "亿元", "lower_bound"]])
    expect(read("误差控制在正负0.5%以内")).toEqual([[0.5, "%", "upper_bound"]])
  })
})

describe("bounds and rates written out", () => {
  it("reads 2个多百分点 as more than 2 percentage points (a quote of the 2012 national report)", () => {
    expect(read("占国际市场份额比2007年提高2个多百分点")).toEqual([[2, "个百分点", "lower_bound"]])
  })
  it("reads 万分之五 as 5 per ten thousand", () => {
    expect(read("全县贫困发生率降至万分之五")).toEqual([[5, "‱", null]])
    expect(findUnit("‱")).toMatchObject({ base: "permyriad", dimension: "percent" })
  })
})

describe("two years with a slash, and the older kilowatt", () => {
  it("reads 1994/1995年 and 2024/25财政年度 as years, not fractions; 1/3 stays a fraction", () => {
    // A quote of the 1995 national report, as normalisation folds its full-width digits and slash.
    expect(read("中英两国政府代表关于香港1994/1995年选举安排谈判终止")).toEqual([])
    expect(read("2024/25财政年度预算")).toEqual([])
    expect(read("专项转移支付项目比上年减少1/3以上")).toEqual([[1 / 3, "", "lower_bound"]])
  })
  it("reads 瓩 as kilowatts (a quote of the 1956 national report)", () => {
    expect(read("功率为7,000瓩的重水型原子反应堆")).toEqual([[7000, "瓩", null]])
    expect(findUnit("万瓩")).toMatchObject({ base: "kW", factor: 1e4 })
  })
})

describe("rates with a slash", () => {
  it("keeps a rate's denominator in the unit (speed, daily capacity, a price per kWh) and no base unit for it", () => {
    expect(read("设计时速350公里/小时")).toEqual([[350, "公里/小时", null]])
    expect(read("污水处理能力达到10万立方米/日")).toEqual([[10, "万立方米/日", null]])
    expect(read("工业用电价格下降至0.6元/千瓦时")).toEqual([[0.6, "元/千瓦时", null]])
    expect(findUnit("公里/小时")).toBeUndefined()
  })
  it("leaves two quantities split by a slash, and per year, as they were", () => {
    expect(read("新增装机10万千瓦/20万千瓦时")).toEqual([[10, "万千瓦", null], [20, "万千瓦时", null]])
    expect(read("农民人均收入1.2万元/年")).toEqual([[1.2, "万元", null]])
  })
})

describe("percentages in words: bounds and ranges", () => {
  it("reads 百分之二十几 as a lower bound and a range's high end with its own 百分之", () => {
    expect(read("粮食产量增长百分之二十几")).toEqual([[20, "%", "lower_bound"]])
    const t = "农村居民人均纯收入平均每年实际增长百分之四至百分之五"
    const [low, high] = scanQuantities(t)
    expect([low?.value, high?.value, t.slice(high!.start, high!.end)]).toEqual([4, 5, "百分之五"])
  })
})

describe("the square metre of the 1950s", () => {
  it("reads 平方公尺 as square metres (a quote of the 1955 national report)", () => {
    expect(read("将约达四千六百万平方公尺")).toEqual([[4600, "万平方公尺", "approx"]])
    expect(findUnit("万平方公尺")).toMatchObject({ base: "m2", factor: 1e4 })
  })
})

describe("about, written with its verb", () => {
  it("reads 约为/约达/大约为 as approximate, not 节约达 (a saving) or 其中约有 (the words of a part)", () => {
    expect(read("则增加的铁路总长度约为一万公里")).toEqual([[1, "万公里", "approx"]])
    expect(read("食品价格上涨的因素大约为13个百分点")).toEqual([[13, "个百分点", "approx"]])
    expect(read("节约达10%")).toEqual([[10, "%", null]])
    expect(scanQuantities("其中约有三分之二左右将用于铁路").map((m) => m.start)).toEqual([4])
  })
})

describe("counters and volumes of older reports, and numbers that count nothing", () => {
  // Quotes of the 1955, 1957, 1958 and 1992–1997 national reports.
  it("reads 枚, 门 and 公方 as the units they are (not a bare 万 with the counter lost)", () => {
    expect(read("纱锭七十万枚")).toEqual([[70, "万枚", null]])
    expect(read("城乡电话总容量达到2860万门")).toEqual([[2860, "万门", null]])
    expect(read("混凝土60万公方")).toEqual([[60, "万公方", null]])
    expect(findUnit("万公方")).toMatchObject({ base: "m3", factor: 1e4 })
  })
  it("leaves a voltage, which rates equipment, and a quarter of a century, which is a span of time", () => {
    expect(read("二十二万伏的高压变压器")).toEqual([])
    expect(read("在今后不到四分之一世纪的时间内实现四个现代化")).toEqual([])
    expect(read("占农村青、壮年总人数的三分之二")).toEqual([[2 / 3, "", null]])
  })
})
