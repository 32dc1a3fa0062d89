/**
 * Subjects and indicator codes read on fresh public texts of other decades and genres than the
 * seeds and the web set: a 1986 provincial communiqué, 1988 and 1990 prefecture yearbook and
 * communiqué pages, 2002–2003 banner and autonomous-prefecture communiqués, a 1996 provincial
 * speech, a 2008 city budget report, a 2009 poverty-alleviation report, a 2017 county poverty
 * report, a county farming report. Each case is a short real sentence and the class it stands for.
 */
import { describe, expect, it } from "vitest"
import { extractOne, factOf } from "./helpers.js"

const subjectOf = (text: string, value: number) => factOf(text, value)?.indicator
const codeOf = (text: string, value: number) => factOf(text, value)?.indicator_code

describe("what a figure is compared with is never its subject", () => {
  it("比全省平均水平高9.6个百分点 is of the rate before it", () => {
    const text = "2016年初,全县精准识别贫困户13715户48693人,贫困发生率20.3%,比全省平均水平高9.6个百分点。"
    expect(subjectOf(text, 9.6)).toBe("贫困发生率")
  })

  it("the noun before 比 is the subject (货币发行还比年初计划少了近500亿元)", () => {
    expect(subjectOf("但全年货币发行还比年初计划少了近500亿元。", 500)).toBe("货币发行")
  })
})

describe("a budget as the congress passed it is the base of a completion rate", () => {
  const text = "2008年,全市财政一般预算收入1,001,233万元,完成人大通过预算的102.89%,按可比口径比上年增收140,062万元,比上年同期增长16.26%。"
  it("the rate and the changes after it are the revenue's", () => {
    expect(subjectOf(text, 102.89)).toBe("财政一般预算收入")
    expect(subjectOf(text, 140062)).toBe("财政一般预算收入")
    expect(subjectOf(text, 16.26)).toBe("财政一般预算收入")
  })
})

describe("a figureless lead sentence names the figures after it", () => {
  const text = "未稳定解决温饱的低收入人口从2005年底的84.7万人减少到2008年底73.8万人,共减少了10.9万人。二是贫困地区农民人均纯收入逐年增加。由2005年底的1300元增加到2008年底的2116元。"
  it("not the paragraph's last subject (people for an income in 元)", () => {
    expect(subjectOf(text, 1300)).toBe("贫困地区农民人均纯收入")
    expect(subjectOf(text, 2116)).toBe("贫困地区农民人均纯收入")
  })

  it("only a lead that says which way a thing moved (这还要尽很大的努力 leads nothing)", () => {
    const effort = "全国粮食总产量应该有七千二百亿斤到七千五百亿斤。这还要尽很大的努力。达到了七千二百亿斤,每人平均一千斤或者稍多一点。"
    expect(extractOne(effort).indicators.every((f) => !f.indicator.includes("努力"))).toBe(true)
  })
})

describe("a negated verb before 的 defines the head and stays", () => {
  it("未解决温饱的绝对贫困人口 (not 温饱的绝对贫困人口)", () => {
    const text = "一是贫困人口大幅减少。未解决温饱的绝对贫困人口从2005年底的34.9万人减少到2008年底的19.9万人。"
    expect(subjectOf(text, 34.9)).toBe("未解决温饱的绝对贫困人口")
  })
})

describe("how a figure is computed is no part of its subject", () => {
  it("按现价计算, 按1980年不变价格计算: the subject is coded", () => {
    const text = "据初步统计,全年国民生产总值按现价计算达到136,694万元,按可比价格计算比上年增长25.6%。农业总产值按1980年不变价格计算达到62,889.2万元,比上年增长50.79%。"
    expect(subjectOf(text, 136694)).toBe("国民生产总值")
    expect(codeOf(text, 136694)).toBe("GNI")
    expect(subjectOf(text, 62889.2)).toBe("农业总产值")
    expect(codeOf(text, 62889.2)).toBe("AGRI_OUTPUT")
  })
})

describe("a modal before the verb ends no subject", () => {
  it("财政总收入预计可净增10亿元, 物价涨幅可控制在7%左右", () => {
    const text = "金融运行平稳,财政总收入预计可净增10亿元;物价涨幅明显回落,全年商品零售物价涨幅可控制在7%左右;"
    expect(subjectOf(text, 10)).toBe("财政总收入")
    expect(codeOf(text, 10)).toBe("FISCAL_REVENUE_TOTAL")
    expect(subjectOf(text, 7)).toBe("商品零售物价涨幅")
  })
})

describe("a short place the segmenter splits is still a place", () => {
  it("克州生產總值 (克/m 州/n) is the prefecture's GDP", () => {
    const text = "初步測算,2003年,克州生產總值12.52億元,按可比價格計算,比上年增長11.18%。"
    expect(subjectOf(text, 12.52)).toBe("生产总值")
    expect(codeOf(text, 12.52)).toBe("GDP")
  })

  it("人均克州生產總值2717元: a place inside a per-person name leaves it", () => {
    const text = "在克州生產總值中,第一、二、三產業增加值占克州生產總值的比重分別為31.7%、18.7%和49.6%。人均克州生產總值2717元。"
    expect(subjectOf(text, 2717)).toBe("人均生产总值")
    expect(codeOf(text, 2717)).toBe("GDP_PER_CAPITA")
  })
})

describe("names spaced out character by character in an old table are one name", () => {
  const text = "主要農產品產量如下:\n1986年 1986年比1985年增長%\n糧 食 1397.7萬噸 14.1\n麻 類 7256噸 -42.9\n烤 煙 1.1萬噸 -30.3\n"
  it("糧 食, 麻 類, 烤 煙", () => {
    expect(subjectOf(text, 1397.7)).toBe("粮食")
    expect(subjectOf(text, 7256)).toBe("麻类")
    expect(subjectOf(text, 1.1)).toBe("烤烟")
  })
})

describe("出栏 after 存栏 (and the other way) is the same animal's", () => {
  it("生猪存栏…，出栏 → 生猪出栏 (coded); 牛存栏…，出栏 → 牛出栏", () => {
    const text = "全县生猪存栏6.69万头,出栏7.62万头,能繁母猪存栏0.7万头;牛存栏0.25万头,出栏797头;"
    expect(subjectOf(text, 7.62)).toBe("生猪出栏")
    expect(codeOf(text, 7.62)).toBe("HOGS_SLAUGHTERED")
    expect(subjectOf(text, 797)).toBe("牛出栏")
  })
})

describe("older and regional names of catalogue entries", () => {
  it("财政一般预算收入, 地方一般预算支出, 农牧民人均纯收入, 油料总产量, 粮食作物种植面积", () => {
    expect(codeOf("全市财政一般预算收入1,001,233万元。", 1001233)).toBe("BUDGET_REVENUE")
    expect(codeOf("地方一般預算支出47499萬元,增長35.4%。", 47499)).toBe("BUDGET_EXPENDITURE")
    expect(codeOf("农牧民人均纯收入达到642元,增长2倍。", 642)).toBe("INCOME_PC_RURAL_NET")
    expect(codeOf("油料总产量达到4.96万吨,增长23.5%。", 4.96)).toBe("OILSEEDS")
    expect(codeOf("粮食作物种植面积12981公顷,比上年同期增长1.32%。", 12981)).toBe("GRAIN_AREA")
  })
})

describe("frames after a subject take no room of the window", () => {
  it("规模以上工业增加值占全部工业增加值的比重比上年提高 keeps its numerator", () => {
    const text = "全县工业增加值占全县生产总值的比重比上年提高10.4个百分点;规模以上工业增加值占全部工业增加值的比重比上年提高11.1个百分点;非公有制经济增加值占全部工业增加值的比重比上年提高8.3个百分点。"
    expect(subjectOf(text, 11.1)).toBe("规模以上工业增加值占全部工业增加值的比重")
    expect(subjectOf(text, 8.3)).toBe("非公有制经济增加值占全部工业增加值的比重")
  })
})

describe("who left to work is who is counted", () => {
  it("外出 stays before 务工 (69.9%的农村外出务工劳动力在东部地区从业)", () => {
    const text = "2003年,69.9%的农村外出务工劳动力在东部地区从业,65.8%的农村外出务工劳动力来自粮食主产区。"
    expect(subjectOf(text, 69.9)).toContain("外出务工劳动力")
  })
})

describe("a place is where a figure is, never what it measures", () => {
  it("2003年中国有1.139亿农村劳动力外出务工: the count's noun follows", () => {
    const text = "2003年中国有1.139亿农村劳动力外出务工,占农村劳动力的23.2%。"
    expect(subjectOf(text, 1.139)).toBe("农村劳动力外出务工")
    expect(subjectOf(text, 23.2)).not.toContain("中国")
  })

  it("a headline's space ends the noun after a count (1.1亿农村劳动力外出务工 半数跨省流动)", () => {
    expect(subjectOf("去年中国1.1亿农村劳动力外出务工 半数跨省流动\n", 1.1)).toBe("农村劳动力外出务工")
  })
})

describe("a target or plan names how a figure is meant, not what it measures", () => {
  it("完成年度计划的105.7%: the plan is the base of the amount's completion rate", () => {
    const text = "预计全年实现现价地区生产总值24.9亿元,比上年增长10.0%,完成年度计划的105.7%。"
    expect(subjectOf(text, 105.7)).toBe("地区生产总值")
  })

  it("完成市定任务130.28%: a task set from above is a base too", () => {
    expect(subjectOf("脱贫人口劳动力务工人数共5400人,完成市定任务130.28%。", 130.28)).toBe("脱贫人口劳动力务工人数")
  })

  it("…的预期目标为, …增长目标为: the target words leave the subject (and its code)", () => {
    const text = "今年全社会固定资产投资调控目标为２５３００亿元。"
    expect(subjectOf(text, 25300)).toBe("全社会固定资产投资")
    expect(codeOf(text, 25300)).toBe("FAI")
  })
})

describe("a price basis is how a figure is computed", () => {
  it("实现现价地区生产总值24.9亿元, 农林牧渔业现价总产值", () => {
    const text = "预计全年实现现价地区生产总值24.9亿元,比上年增长10.0%。全年实现农林牧渔业现价总产值15.42亿元,同比增长17.2%。"
    expect(codeOf(text, 24.9)).toBe("GDP")
    expect(subjectOf(text, 15.42)).toBe("农林牧渔业总产值")
  })
})

describe("分别 with no subject of its own takes the list of figures before it one by one", () => {
  it("两项收入…,分别完成年度计划的113.1%和120.4%,分别增长21.7%和26.1%", () => {
    const text = "县市财政总收入达到2.16亿元,其中地方一般预算收入达到1.26亿元,分别完成年度计划的113.1%和120.4%,分别增长21.7%和26.1%;"
    expect(subjectOf(text, 113.1)).toBe("县市财政总收入")
    expect(subjectOf(text, 120.4)).toBe("地方一般预算收入")
    expect(subjectOf(text, 21.7)).toBe("县市财政总收入")
    expect(subjectOf(text, 26.1)).toBe("地方一般预算收入")
  })
})

describe("a one-character head the segmenter tags zg stays on its noun", () => {
  it("15個重點村、113個整村推進村 (村/zg), 人均小畜5只 (畜/zg)", () => {
    const villages = "建成153個溫飽示範村,15個重點村、113個整村推進村、2個小康示範村,安居溫飽農戶3668戶16510人。"
    expect(subjectOf(villages, 15)).toBe("重点村")
    expect(subjectOf(villages, 113)).toBe("整村推进村")
    const herds = "牧区人均纯收入在250元以上,人均小畜5只以上,户有大畜3头以上。"
    expect(subjectOf(herds, 5)).toBe("人均小畜")
    expect(subjectOf(herds, 3)).toContain("大畜")
  })
})

describe("kinds of households and negated states stay whole", () => {
  it("脱贫不稳定户158户335人 is no count of people lifted out of poverty (not 脱贫, not coded)", () => {
    const text = "截至6月底,全县累计识别监测对象共284户690人(脱贫不稳定户158户335人,边缘易致贫户90户250人,突发严重困难户36户105人)。"
    expect(subjectOf(text, 158)).toBe("脱贫不稳定户")
    expect(codeOf(text, 335)).toBeNull()
  })

  it("未稳定解决温饱的低收入人口 after a figure of the clause before", () => {
    const text = "未解决温饱的绝对贫困人口从2005年底的34.9万人减少到2008年底的19.9万人,共减少了15万人;未稳定解决温饱的低收入人口从2005年底的84.7万人减少到2008年底73.8万人。"
    expect(subjectOf(text, 84.7)).toBe("未稳定解决温饱的低收入人口")
  })

  it("組織輸出勞務85000人次: labour sent out is what is counted", () => {
    expect(subjectOf("組織輸出勞務85000人次,解決了8萬多貧困人口的溫飽。", 85000)).toBe("输出劳务")
  })
})
