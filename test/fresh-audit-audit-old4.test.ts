/**
 * Numbers, periods and statuses read on fresh public texts: 1950s–1990s gazetteer (地方志) and
 * yearbook pages, plan-execution reports and plans, county newspaper stories and farm reports with
 * Chinese numerals; and 2015–2024 monthly fiscal releases (财政收支情况), a national statistics
 * release. Each case is a short real sentence and the class it stands for.
 */
import { describe, expect, it } from "vitest"
import { extractOne, factOf } from "./helpers.js"

const periodOf = (text: string, value: number) => factOf(text, value)?.period
const statusOf = (text: string, value: number) => factOf(text, value)?.status

describe("○ is a zero in older texts' numerals", () => {
  it("百分之一○八点二 is 108.2%, never 1%", () => {
    const text = "一九五二年粮食总产量为三百七十三亿斤,占原计划百分之一○八点二,超过战前百分之十一点五。"
    const rates = extractOne(text).indicators.filter((f) => f.unit === "%").map((f) => f.value)
    expect(rates).toContain(108.2)
    expect(rates).not.toContain(1)
  })

  it("百分之四○点六 is 40.6%, and a percentage spelled digit by digit (百分之九一点三, 百分之七七) is read", () => {
    const text = "一九五二年油料比一九五一年增产百分之四○点六;蔴增产百分之八一点三;于增产百分之七七。"
    const rates = extractOne(text).indicators.map((f) => f.value)
    expect(rates).toEqual([40.6, 81.3, 77])
  })
})

describe("a base year is not the year a retrospective text is about", () => {
  // A gazetteer's chapter names 1949 as the base of every comparison: its later years are
  // results, not targets of a text written in 1949.
  const text =
    "1956年,完成农业社会主义改造,粮食单产达到129公斤,粮食总产比1949年增长33.98%。1957年,有效灌溉面积5.46万亩,是1949年的2倍。" +
    "1985年,全区粮食单产428公斤,比1978年增长30.89%。林用面积分别比1949年增长252倍。"
  it("the figures of 1956 and 1985 are results", () => {
    expect(statusOf(text, 129)).toBe("actual")
    expect(statusOf(text, 428)).toBe("actual")
  })

  it("a plan's statement without a year of its own is of the plan's year, not of the base (比1957年增长1.7%)", () => {
    const plan =
      "1958年全市工业总产值计划83243万元,比1957年增长30%。1958年全市粮食总产量计划为152.6万吨,比1957年增长13.1%。" +
      "畜牧业计划为:大牲畜35.7万头,比1957年增长1.7%,生猪53.9万头,比1957年增长9.6%。"
    expect(periodOf(plan, 35.7)).toBe("1958")
    expect(periodOf(plan, 9.6)).toBe("1958")
  })
})

describe("the amount written after a base year is that year's", () => {
  it("比一九八○年七亿五千五百七十万斤增长百分之四十八点二: 1980's grain", () => {
    const text = "一九八五年,全县粮食总产达十一亿一千九百万斤,比一九八○年七亿五千五百七十万斤增长百分之四十八点二。"
    expect(periodOf(text, 75570)).toBe("1980")
    expect(periodOf(text, 111900)).toBe("1985")
    expect(periodOf(text, 48.2)).toBe("1985")
  })

  it("比1949年的5127万元增长4倍多: 1949's output, and the figure before it is of the text's year", () => {
    const text = "1985年调整种植业结构,粮豆总产仍达28.8万吨;农业总产值实现26339万元,比1949年的5127万元增长4倍多。"
    expect(periodOf(text, 5127)).toBe("1949")
    expect(periodOf(text, 26339)).toBe("1985")
  })
})

describe("a share of the plan or budget done is a result", () => {
  it("完成年初预算36.7% in a January–April release is of January–April", () => {
    const text = "2024年1-4月财政收支情况\n1-4月,全市一般公共预算支出1025.5亿元,完成年初预算36.7%,快于序时进度3.4个百分点,下降4%。"
    expect(statusOf(text, 36.7)).toBe("actual")
    expect(periodOf(text, 36.7)).toBe("2024M01-04")
  })

  it("占原计划百分之一○八点二, 仅完成原计划的百分之九四", () => {
    const text = "一九五二年粮食总产量为三百七十三亿斤,占原计划百分之一○八点二。只有水产一项,仅完成原计划的百分之九四。"
    expect(statusOf(text, 108.2)).toBe("actual")
    expect(statusOf(text, 94)).toBe("actual")
  })

  it("完成年计划的103.4%(手工业产值7.5亿元不包括在内): the bracket's figure is a result of the same year", () => {
    const text = "1958年5月29日,省计委作了报告。\n1957年全省工业生产总值33.56亿元,完成年计划的103.4%(手工业产值7.5亿元不包括在内),比1956年增长2.7%。"
    expect(statusOf(text, 7.5)).toBe("actual")
    expect(periodOf(text, 7.5)).toBe("1957")
    expect(periodOf(text, 2.7)).toBe("1957")
  })

  it("(原计划提高18.6%) is the plan of the year reported on, not of the year the report is read out in", () => {
    const text = "1957年7月1日在第一届全国人民代表大会第四次会议上\n1956年生产工人的劳动生产率,比上年提高约26%(原计划提高18.6%)。"
    expect(statusOf(text, 18.6)).toBe("target")
    expect(periodOf(text, 18.6)).toBe("1956")
  })
})

describe("status words that are no target cue, and target cues of plans", () => {
  it("企业生产经营活动预期指数为52.6%: a survey's index of expectations is measured", () => {
    const text = "国家统计局:10月份国民经济保持恢复态势\n(2022年11月15日)\n10月份,制造业采购经理指数为49.2%,企业生产经营活动预期指数为52.6%。"
    expect(statusOf(text, 52.6)).toBe("actual")
  })

  it("争取达200万吨 is a target", () => {
    const text = "1960年计划目标是:全年工农业总产值达9.5亿元,争取达10.5亿元。粮食总产量192万吨,争取达200万吨。"
    expect(statusOf(text, 200)).toBe("target")
  })
})

describe("a monthly release's cumulative months date its later paragraphs", () => {
  it("2022年4月财政收支情况, 截至4月底…: the spending paragraph is of January–April, not of 2022", () => {
    const text = "2022年4月财政收支情况\n截至4月底,全市財政總收入完成191347萬元,較上年同期增長15.35%。\n全市一般公共預算支出完成372037萬元,較上年同期增長9.66%。"
    expect(periodOf(text, 191347)).toBe("2022M01-04")
    expect(periodOf(text, 372037)).toBe("2022M01-04")
    expect(periodOf(text, 9.66)).toBe("2022M01-04")
  })

  it("a title of another month leaves the year (2022年5月…, 1-4月,…)", () => {
    const text = "2022年5月财政收支情况\n1-4月,全市一般公共预算收入700.4亿元,增长1.9%。\n全市一般公共预算支出1025.5亿元,下降4%。"
    expect(periodOf(text, 1025.5)).toBe("2022")
  })
})

describe("a loss written with a dash after the verb of a result is negative", () => {
  it("工业利税完成- 295万元, 利税实现—248.2万元", () => {
    const text = "1992年全县工业总产值完成798万元。全县工业利税完成- 295万元,比上年同期增亏33.48%,预算内企业利税实现—248.2万元。"
    const values = extractOne(text).indicators.filter((f) => f.unit === "万元").map((f) => f.value)
    expect(values).toEqual([798, -295, -248.2])
  })

  it("a range's dash stays (粮食亩产1,500—2,000斤)", () => {
    const text = "1957年全县粮食总产量8.57亿斤。粮食亩产1,500—2,000斤的21,228亩。"
    expect(extractOne(text).indicators.map((f) => f.value)).toEqual([8.57, 1500, 2000, 21228])
  })
})

describe("land counted in 亩 and 分", () => {
  it("每人平均二亩五分 is 2.5亩, never 2亩", () => {
    const text = "一九七二年全队水田面积二千九百六十五亩,每人平均二亩五分。"
    expect(factOf(text, 2.5)?.unit).toBe("亩")
    expect(factOf(text, 2)).toBeUndefined()
  })
})

describe("a base named with words before it dates nothing", () => {
  it("比大跃进的1958年还增产20%以上 is of the year the text reports (1959)", () => {
    const text = "公社成立后第一年——1959年粮食获得了空前的大丰收。粮食总产量比大跃进的1958年还增产20%以上。"
    expect(periodOf(text, 20)).toBe("1959")
  })

  it("超过丰收的1953年的粮食总产量0.35%: neither that figure nor the sentences after it are of 1953", () => {
    const text =
      "1956年全省粮食总产量达到86.7亿斤,比1955年增加了16.35%,超过丰收的1953年的粮食总产量0.35%。棉花总产量达到1.85亿斤,比1955年增加10.86%,相等于丰收的1954年。油料总产量达到1.01亿斤,比1955年增加19%。"
    expect(periodOf(text, 0.35)).toBe("1956")
    expect(periodOf(text, 1.85)).toBe("1956")
    expect(periodOf(text, 1.01)).toBe("1956")
  })
})

describe("今年 after another year in the sentence is the year of writing", () => {
  it("1958年…每户达四百一十五元,今年…预计每户社员可分现金六百三十五元 (a story of October 1959)", () => {
    const text =
      "1959年10月20日人民日报 第4版\n解放后产量年年提高。由于生产的发展,社员收入也随着不断增加:1956年每户平均二百七十七元,1958年不包括供给部分,每户达四百一十五元,今年除了实行粮食供给制以外,预计每户社员可分现金六百三十五元。"
    expect(periodOf(text, 415)).toBe("1958")
    expect(periodOf(text, 635)).toBe("1959")
    expect(statusOf(text, 635)).toBe("estimate")
  })
})

describe("a list of compared periods dates none of the changes", () => {
  it("1~10月…分别比前三季度、1~8月和1~7月加快1.6、2.6、2.7个百分点: the changes are of January–October", () => {
    const text = "2022年1~10月全省经济运行情况\n1~10月,工业投资同比增长25.0%,分别比前三季度、1~8月和1~7月加快1.6、2.6、2.7个百分点。"
    expect(periodOf(text, 1.6)).toBe("2022M01-10")
    expect(periodOf(text, 2.7)).toBe("2022M01-10")
  })
})

describe("older texts' numerals 廿 and 卅", () => {
  it("廿五万斤 is 25万斤 (never 5), 卅万亩 is 30万亩", () => {
    const text = "1956年全县粮食总产量廿五万斤,棉田卅万亩。"
    expect(factOf(text, 25)?.unit).toBe("万斤")
    expect(factOf(text, 5)).toBeUndefined()
    expect(factOf(text, 30)?.unit).toBe("万亩")
  })
})

describe("the amount written after a plan's span as a base is that span's", () => {
  it("比“六五”计划期间平均362.9万吨增长24%: a result of the plan ending 1985, in a plan for 1990", () => {
    const text = "“七五”计划期间,长春市国民经济和社会发展的总目标是:1990年工业总产值达到100亿元。粮食总产量5年平均达到450万吨,比“六五”计划期间平均362.9万吨增长24%。"
    expect(periodOf(text, 362.9)).toBe("1985")
    expect(statusOf(text, 362.9)).toBe("actual")
    expect(periodOf(text, 24)).toBe("1990")
  })
})

describe("years of the Republic's era in a gazetteer", () => {
  const text =
    "民国24年(1935),临海、黄岩、温岭、玉环4县共植棉3.14万亩,产皮棉250.4吨。30年,临海、黄岩、温岭、玉环4县植棉7851亩,产皮棉28.2吨。1949年,全区植棉6.07万亩,产皮棉516吨。"
  it("民国24年 is 1935, and a bare 30年, after it is 1941 (never the text's 1949)", () => {
    expect(periodOf(text, 3.14)).toBe("1935")
    expect(periodOf(text, 7851)).toBe("1941")
    expect(periodOf(text, 6.07)).toBe("1949")
  })

  it("a bare 5年, with no 民国 before it dates nothing of its own", () => {
    const plain = "1985年,全县植棉8万亩。5年,产皮棉4067吨。"
    expect(periodOf(plain, 4067)).toBe("1985")
  })
})

describe("元至N月 is January to N", () => {
  it("元至5月,全市累计完成一般公共预算收入126.05亿元: January–May", () => {
    const text = "常德市财政局2023年全市财政收支情况\n(一)收入情况:元至5月,全市累计完成一般公共预算收入126.05亿元,同比增加2.25亿元,增长1.82%。"
    expect(periodOf(text, 126.05)).toBe("2023M01-05")
  })

  it("a title of the month with a lead opening 元至10月 dates the later paragraphs by January–October", () => {
    const text = "2023年10月份全市财政收支情况\n元至10月,全市累计完成一般公共预算收入126.05亿元,增长1.82%。\n全市一般公共预算支出227.53亿元,增长9.39%。"
    expect(periodOf(text, 227.53)).toBe("2023M01-10")
  })

  it("…but not when the lead opens with the month's own figures (10月份,…。1至10月份,…)", () => {
    const text = "2023年10月份全市财政收支情况\n10月份,全市一般公共预算收入12.6亿元,增长1.8%。1至10月份,累计完成一般公共预算收入126.05亿元,增长1.82%。\n全市一般公共预算支出227.53亿元,增长9.39%。"
    expect(periodOf(text, 12.6)).toBe("2023M10")
    expect(periodOf(text, 126.05)).toBe("2023M01-10")
  })

  it("an amount in 元 before 至5月底前 is no period (安排资金500万元至5月底前拨付完毕)", () => {
    expect(periodOf("2023年全县安排资金500万元至5月底前拨付完毕。", 500)).toBe("2023")
  })
})
