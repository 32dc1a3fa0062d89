/**
 * Classes of error found by reading the output on fresh public texts of places the dev sets
 * lack: Hong Kong and Macao government texts in traditional script (a budget, policy
 * addresses, press reports of them), traditional renderings of mainland texts from mirror
 * sites (a Heilongjiang cities' ranking, a Ningxia communiqué, Jiangxi and Tibet releases), and
 * county texts of Ningxia, Qinghai, Jilin and Shanxi. Each case is a short real quote.
 */
import { describe, expect, it } from "vitest"
import { normaliseText } from "@govstat/extract"
import { extractOne, factOf, metadataOf } from "./helpers.js"

describe("a place heading a run of ；-joined statements", () => {
  // A province's round-up of its cities: each city's statements run on after its name.
  const text = "黑龙江省各市2023年经济数据\n2023年七台河市社会消费品零售总额74.3亿元,同比增长7.5%;全年一般公共预算收入34.3亿元,同比增长22.2%。全年全省城镇新增就业36.4万人。全年一般公共预算收入1396.1亿元。"

  it("is the place of the statements after it that name none", () => {
    expect(factOf(text, 74.3)?.region).toBe("七台河市")
    expect(factOf(text, 34.3)?.region).toBe("七台河市")
    expect(factOf(text, 22.2)?.region).toBe("七台河市")
  })

  it("ends with its sentence", () => {
    expect(factOf(text, 1396.1)?.region).toBe("黑龙江省")
  })
})

describe("a mirror's pinyin annotations without tone marks", () => {
  it("are removed when the text carries several, so the place names read", () => {
    const raw = "2023年大(da)興(xing)安(an)嶺(ling)地區生(sheng)(sheng)產總值(zhi)為151.80億(yi)元(yuan),位列黑龍江(jiang)(jiang)省倒數(shu)第一(yi)。"
    expect(normaliseText(raw).clean.text).toContain("2023年大兴安岭地区生产总值为151.80亿元")
    expect(factOf(raw, 151.8)?.region).toBe("大兴安岭地区")
  })

  it("a single bracketed letter group after a character is kept", () => {
    expect(normaliseText("本项目(a)类指标增长5%。").clean.text).toContain("项目(a)")
  })
})

describe("money in Hong Kong and Macao texts", () => {
  it("a currency the codebook names is read in it, not dropped or taken for yuan", () => {
    const macao = "澳門特區行政長官岑浩輝今日發表施政報告。截至2025年9月底,澳門特區財政儲備的資本金額為6580億澳門元。"
    const rows = extractOne(macao).indicators.filter((r) => r.value === 6580)
    expect(rows[0]?.unit).toBe("亿澳门元")
    const euro = extractOne("向年度總收入7.5億歐元或以上的大型跨國企業集團徵收全球最低稅。").indicators.find((r) => r.value === 7.5)
    expect(euro?.unit).toBe("亿欧元")
  })

  it("a plain 元 placed in the region is its own dollar; one written 人民币 stays yuan", () => {
    const doc = extractOne("澳門行政長官岑浩輝發表施政報告。2025年首三季度澳門本地生產總值初值3013.3億元,按年實質增長4.2%。")
    expect(doc.indicators.find((r) => r.value === 3013.3)?.base_unit).toBe("MOP")
    const rmb = extractOne("澳門行政長官岑浩輝發表施政報告。澳門人民幣存款餘額為人民幣500億元。")
    expect(rmb.indicators.find((r) => r.value === 500)?.base_unit).toBe("CNY")
  })

  it("a mainland text keeps the yuan", () => {
    expect(extractOne("中宁县2025年全年完成地区生产总值181.8亿元,同比增长7%。").indicators.find((r) => r.value === 181.8)?.base_unit).toBe("CNY")
  })
})

describe("Hong Kong and Macao periods", () => {
  it("首三季度 is the first three quarters and 7月至9月 the months between", () => {
    const text = "澳門行政長官岑浩輝今日發表施政報告。2025年首三季度澳門本地生產總值初值3013.3億元,按年實質增長4.2%;7月至9月總體失業率1.8%。"
    expect(factOf(text, 3013.3)?.period).toBe("2025M01-09")
    expect(factOf(text, 1.8)?.period).toBe("2025M07-09")
  })

  it("a text counting in split fiscal years takes no calendar year from its date", () => {
    const text = "財政預算案2026\n2026-02-23\n陳茂波將動議二讀《2026年撥款條例草案》，並介紹2026至27財政年度政府收支預算概要。\n\n調高1億元以上的住宅物業交易印花稅 陳茂波指，估計每年可增加約10億元收入。"
    expect(factOf(text, 10)?.period).toBeNull()
  })
})

describe("the document's place at its issuer's level", () => {
  it("a province's session story names only the capital where it sits: the province's", () => {
    // (Its lines are paragraphs, as on the page: none is a short header line naming the city.)
    const text = "1月22日至29日,自治區兩會在呼和浩特召開。會上,自治區主席巴特爾代表自治區政府向大會作了政府工作報告。回顧了“十二五”時期和2015年經濟社會發展,提出了“十三五”時期經濟社會發展的主要任務和2016年重點工作。\n綜合經濟實力顯著增強。地區生產總值由2010年的1.17萬億元增加到2015年的1.8萬億元,年均增長10%;人均生產總值由7070美元增加到1.15萬美元,居全國前列。"
    const out = extractOne(text)
    expect(out.document.region).toBe("内蒙古自治区")
    expect(factOf(text, 1.8)?.region).toBe("内蒙古自治区")
  })

  it("a city's report (我市, 全市) that names one of its counties is the city's, not the county's", () => {
    const text = "在市委的坚强领导下,在市人大及其常委会的监督支持下,全市上下坚持以习近平新时代中国特色社会主义思想为指导,坚持稳中求进工作总基调,持续巩固和增强经济回升向好态势。\n上半年,我市经济运行总体平稳,全市地区生产总值完成1869.2亿元、同比增长6.2%,规模以上工业增加值同比增长9.5%,固定资产投资同比增长14.9%。\n重点任务清单推进方面。96项重点任务按时间和进度要求有力有序推进,各项工作均取得新进展。9个旗县区全部纳入国家“三北”工程六期规划,清水河县获批“国家优势特色产业集群”。"
    expect(extractOne(text).document.region).toBe("呼和浩特市")
    // A county's own text (全县) that names itself once stays the county's.
    const county = "清水河县2023年政府工作报告\n全县地区生产总值增长6%。全县规上工业增加值增长8%,我市下达的任务全面完成,全市排名第三。"
    expect(extractOne(county).document.region).toBe("清水河县")
  })
})

describe("a month and day without a year", () => {
  it("is not placed in the fiscal year a policy address plans for", () => {
    const text = "【財華社訊】11月18日,澳門特區行政長官岑浩輝今日發表澳門特區政府2026年財政年度施政報告。岑浩輝介紹,2025年首三季度,澳門本地生產總值初值為3013.3億澳門元。"
    expect(metadataOf(text).publishedOn).toBe("2025-11-18")
  })
})

describe("Hong Kong number forms", () => {
  it("thousands set apart by spaces are one number; years or table columns stay apart", () => {
    const text = "施政報告。本屆政府上任以來,全力加快興建公屋。長策亦維持未來10年每年平均興建約20 000個公屋單位的目標。公营房屋建屋量达96 500个单位。"
    expect(factOf(text, 20000)?.unit).toBe("个")
    expect(factOf(text, 96500)?.unit).toBe("个")
    const columns = extractOne("全县粮食产量(万吨) 35 120 18\n2019 2020年全县粮食产量分别为35万吨和120万吨。").indicators.map((r) => r.value)
    expect(columns).not.toContain(35120)
    expect(columns).not.toContain(20192020)
  })

  it("a clause naming a split fiscal year takes no calendar year", () => {
    const text = "二零一五年施政報告\n本屆政府上任以來,全力加快興建公屋。在2014-15至2018-19的五年期內,預計共有77 100個公屋單位落成。"
    expect(factOf(text, 77100)?.period).toBeNull()
  })

  it("升 and 跌 state a change, 升幅 a rate of growth; 第三季 is a quarter", () => {
    const text = "本港第三季GDP預估增長3.8%\n2025-10-31\n政府統計處公布第三季預先估計數字。私人消費開支在第三季按年升2.1%,而第二季的升幅為1.9%。私人消費開支第三季按年跌1.4%。"
    expect(factOf(text, 2.1)).toMatchObject({ measure: "growth_rate", period: expect.stringMatching(/Q3$/) })
    expect(factOf(text, 1.9)).toMatchObject({ measure: "growth_rate", period: expect.stringMatching(/Q2$/) })
    expect(factOf(text, -1.4)?.measure).toBe("growth_rate")
  })

  it("本港 names Hong Kong in a text that names no place; not in a port's", () => {
    const text = "本港第三季GDP預估增長3.8% 勝預期\n2025-10-31\n政府統計處公布第三季預先估計數字，第三季本地生產總值按年實質增長3.8%，高於市場預期增長3%。"
    expect(metadataOf(text).region?.name).toBe("香港特别行政区")
    expect(metadataOf("本港一季度完成货物吞吐量1.2亿吨,集装箱吞吐量增长5%。").region?.name).not.toBe("香港特别行政区")
  })
})

describe("the nation's figures in a SAR's text", () => {
  it("are the nation's, in yuan: a sentence opening with 国家 is not about Hong Kong", () => {
    const rows = extractOne("香港特别行政区政府2025-26年度财政预算案\n\n政府收入5000亿元。国家经济总量达134万亿元。").indicators
    const own = rows.find((r) => r.value === 5000)
    const nation = rows.find((r) => r.value === 134)
    expect([own?.region, own?.base_unit]).toEqual(["香港特别行政区", "HKD"])
    expect([nation?.region, nation?.base_unit]).toEqual(["中国", "CNY"])
  })
  it("keep no base currency when the nation is named later in the sentence (which 元 is meant cannot be told)", () => {
    const rows = extractOne("香港特别行政区政府2025-26年度财政预算案\n\n本港与国家的贸易额达5000亿元。").indicators
    expect(rows.find((r) => r.value === 5000)?.base_unit ?? null).toBeNull()
  })
})
