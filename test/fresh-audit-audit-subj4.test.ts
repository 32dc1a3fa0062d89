/**
 * Subjects, codes and measures read on fresh public texts of the genres where subjects are
 * hardest: county, city and zone economic briefings and press-conference stories (上半年, 前三季度
 * 经济运行情况), leaders' speeches at economic work meetings, zone work summaries, a city's
 * targets, and Taiwan-written stories on the mainland's and Taiwan's economy (2010–2025). Each
 * case is a short real sentence and the class it stands for.
 */
import { describe, expect, it } from "vitest"
import { extractOne, factOf } from "./helpers.js"

const subjectOf = (text: string, value: number) => factOf(text, value)?.indicator
const codeOf = (text: string, value: number) => factOf(text, value)?.indicator_code

describe("a base compared with after 高于/低于 is never the subject", () => {
  it("高于全省平均水平5.1个百分点 is the figure's before it", () => {
    const text = "前三季度全市进出口总额121.14亿元,同比增长26.4%,高于全省平均水平5.1个百分点。"
    expect(subjectOf(text, 5.1)).toBe("进出口总额")
  })

  it("增幅高于全省平均水平1.5个百分点 (a rate noun before 高于 names nothing)", () => {
    const text = "前三季度全市财政总收入148.38亿元,同比增长1.0%,比上半年提高4.8个百分点,增幅高于全省平均水平1.5个百分点。"
    expect(subjectOf(text, 1.5)).toBe("财政总收入")
  })
})

describe("the items of a list keep their own nouns", () => {
  it("豬、牛、羊、家禽出欄: 家禽 is an item, not 家 + a shared 禽", () => {
    const text = "前三季度,全市豬、牛、羊、家禽出欄分別為73.02萬頭、6.38萬頭、17.99萬只、256.87萬只。"
    expect(subjectOf(text, 73.02)).toBe("猪出栏")
    expect(subjectOf(text, 17.99)).toBe("羊出栏")
    expect(subjectOf(text, 256.87)).toBe("家禽出栏")
  })

  it("豬、牛、羊、禽肉產量 still shares 肉 (猪肉产量)", () => {
    const text = "肉類產量12.5萬噸,增長22.7%,其中,豬、牛、羊、禽肉產量分別增長41.4%、17.5%、0.5%和4.7%。"
    expect(subjectOf(text, 41.4)).toBe("猪肉产量")
    expect(subjectOf(text, 4.7)).toBe("禽肉产量")
  })

  it("制造业、基础设施投资: a noun item takes the shared head, not a cut of the catalogue word (制造业施投资)", () => {
    const text = "固定資產投資增長3.8%,其中制造業、基礎設施投資分別增長6%、7.2%。"
    expect(subjectOf(text, 6)).toBe("制造业投资")
    expect(codeOf(text, 6)).toBe("FAI_MANUFACTURING")
    expect(codeOf(text, 7.2)).toBe("FAI_INFRASTRUCTURE")
  })
})

describe("a one-character product is its own subject", () => {
  it("纱增长16.2% is yarn's, not the steel's before it (a wrong code)", () => {
    const text = "从主要工业产品产量看,精制茶增长23.9%,纱增长16.2%,中成药增长14.1%,粗钢增长1.4%。"
    expect(subjectOf(text, 16.2)).toBe("纱")
    expect(codeOf(text, 16.2)).toBe("COTTON_YARN")
  })
})

describe("a target for the economy's growth is of 经济增长", () => {
  it("经济预期增长目标为14%以上: subject 经济增长, coded GDP", () => {
    const text = "今年我市经济预期增长目标为14%以上,工业增加值增长24%以上。"
    expect(subjectOf(text, 14)).toBe("经济增长")
    expect(codeOf(text, 14)).toBe("GDP")
  })

  it("全区经济增长7% (no target) keeps 经济", () => {
    expect(subjectOf("全区经济增长7%。", 7)).toBe("经济")
  })
})

describe("numerals that belong to a name stay in it", () => {
  it("一产业增加值 (not 产业增加值), coded as 第一产业增加值; 二产业, 三产业 too", () => {
    const text = "初步预计,全市生产总值将达到103.22亿元左右。其中:一产业增加值12.8亿元,增长3.5%以上;二产业增加值52.22亿元,增长20%以上;三产业增加值38.2亿元。"
    expect(subjectOf(text, 12.8)).toBe("一产业增加值")
    expect(codeOf(text, 12.8)).toBe("GDP_PRIMARY")
    expect(codeOf(text, 52.22)).toBe("GDP_SECONDARY")
    expect(codeOf(text, 38.2)).toBe("GDP_TERTIARY")
  })

  it("三大主导产业产值 (not 大主导产业产值)", () => {
    expect(subjectOf("上半年,三大主导产业产值同比增长31.9%,持续保持两位数增长。", 31.9)).toBe("三大主导产业产值")
  })
})

describe("a time of the year is no part of a subject", () => {
  it("全省高新区上半年实现营业收入 → 高新区营业收入", () => {
    expect(subjectOf("全省高新区上半年实现营业收入13977.46亿元,同比增长28.09%。", 13977.46)).toBe("高新区营业收入")
  })

  it("Taiwan's quarters: 第1季國內生產總值, 民間消費第一季成長", () => {
    expect(subjectOf("統計局表示,第1季國內生產總值增長18.3%,受到上年較低基數影響。", 18.3)).toBe("国内生产总值")
    expect(subjectOf("除了出口優於預期,民間消費第一季成長4.14%也高於今年2月的預測。", 4.14)).toBe("民间消费成长")
  })
})

describe("Taiwan's words of growth", () => {
  it("成长 and 负成长 are growth rates, 年增 is the verb", () => {
    const text = "今年第一季商品及服務輸出實質成長10.21%。因此第一季資本形成實質負成長4.47%,不如原預測。"
    expect(factOf(text, 10.21)?.measure).toBe("growth_rate")
    expect(factOf(text, -4.47)?.measure).toBe("growth_rate")
    expect(subjectOf("大陸第一季GDP年增18.3%。", 18.3)).not.toContain("年增")
  })
})

describe("the rest of an amount after 兆 is never the amount", () => {
  it("24兆9310億元 gives no 9310亿元", () => {
    const text = "初步覈算,第一季國內生產總值24兆9310億元(人民幣,下同),按可比價格計算,較去年同期增長18.3%。"
    expect(extractOne(text).indicators.some((f) => f.value === 9310)).toBe(false)
  })
})

describe("the size of the field a place is ranked in is no fact of the place", () => {
  it("在全国217家国家级开发区综合考评中位列第13位", () => {
    const text = "2022年,经开区在2021年度全国217家国家级开发区综合考评中位列第13位,在全省126家省级以上开发区综合考评中位列第3位。"
    const values = extractOne(text).indicators.map((f) => f.value)
    expect(values).not.toContain(217)
    expect(values).not.toContain(126)
  })

  it("增速在全省27个…基地中居第7位", () => {
    const text = "战略性集聚发展基地产值同比增长41.6%,增速在全省27个战略性新兴产业集聚发展基地中居第7位。"
    expect(extractOne(text).indicators.map((f) => f.value)).toEqual([41.6])
  })
})

describe("a year compared with dates nothing", () => {
  it("比2019年同期 in a story dated 8月5日 gives it no year (not 2019)", () => {
    const text = "8月5日,記者從上半年全市國民經濟運行情況新聞發布會上獲悉,我市農業生產形勢良好。\n全市規模以上工業增加值同比增長13.3%,比2019年同期增長13.5%,兩年平均增長6.5%。"
    const f = factOf(text, 13.3)
    expect(f).toBeDefined()
    expect(f?.period).toBeNull()
  })
})

describe("other names the catalogue knows", () => {
  it("规模工业增加值, 规模工业总产值 (規模工業: above designated size); 节能环保支出 whole", () => {
    expect(codeOf("規模工業增加值增長18%,規模工業總產值增長21%。", 18)).toBe("IND_VALUE_ADDED")
    expect(codeOf("規模工業增加值增長18%,規模工業總產值增長21%。", 21)).toBe("IND_OUTPUT")
    expect(subjectOf("其中,文化旅游体育与传媒支出增长70.9%,节能环保支出增长29.3%。", 29.3)).toBe("节能环保支出")
  })

  it("入选企业数占全市50%: the share's verb 占 is no part of the subject", () => {
    expect(subjectOf("入选企业数占全市50%。", 50)).not.toMatch(/占$/)
  })
})
