/**
 * Classes of error found by reading the output on fresh statistical communiqués and releases of
 * counties and cities in the Northeast and Central China (Henan, Shanxi, Anhui, Jiangxi, Hunan,
 * Liaoning, eastern Inner Mongolia) and a Jiangsu county. Each case is a short real sentence and
 * the class it stands for.
 */
import { describe, expect, it } from "vitest"
import { placeMentions } from "@govstat/extract"
import { extractOne, factOf, metadataOf } from "./helpers.js"

describe("a conjunction before a 县- word (市政府和县委) is no county 和县", () => {
  it("names no place in 市委、市政府和县委, 各乡镇和县直单位", () => {
    expect(placeMentions("在市委、市政府和县委的坚强领导下").map((m) => m.form)).toEqual([])
    expect(placeMentions("各乡镇和县直各单位").map((m) => m.form)).toEqual([])
  })

  it("keeps 和县 where it is the county (马鞍山市和县经济开发区, 和县县委, a clause's head)", () => {
    expect(placeMentions("马鞍山市和县经济开发区").map((m) => m.form)).toContain("和县")
    expect(placeMentions("和县县委召开会议").map((m) => m.form)).toContain("和县")
    expect(placeMentions("市委常委、和县委书记").map((m) => m.form)).toContain("和县")
  })

  it("gives a communiqué that names no county no county", () => {
    const text = "一年来,在市委、市政府和县委的坚强领导下,全县上下深入贯彻习近平新时代中国特色社会主义思想,对接宜春中心城。\n一、综合\n全年实现地区生产总值2842073万元,按可比价同比增长5.2%。全县财政总收入累计完成452964万元。"
    expect(metadataOf(text).region?.name).not.toBe("和县")
  })
})

describe("a bare wider-area figure in brackets after a rate (同比增长7.5%(全市11.1%))", () => {
  const text = "郏县2025年一季度经济运行情况\n全县规模以上工业增加值同比增长7.5%(全市11.1%),较去年同期回落0.9个百分点。全县社会消费品零售总额24.22亿元,同比增长7.4%(全市7.2%)。"

  it("is the wider area's rate of the same indicator, not a share", () => {
    const f = factOf(text, 11.1)
    expect(f?.measure).toBe("growth_rate")
    expect(f?.indicator).toBe(factOf(text, 7.5)?.indicator)
    expect(factOf(text, 7.2)?.measure).toBe("growth_rate")
  })

  it("is about the county's city, not the county", () => {
    expect(factOf(text, 7.5)?.region).toBe("郏县")
    expect(factOf(text, 11.1)?.region).toBe("平顶山市")
  })
})

describe("enumerated modifiers that share one head", () => {
  it("第一、二、三产业增加值: every ordinal keeps its 第", () => {
    const text = "2022年,全县地区生产总值1042331万元,其中第一、二、三产业增加值分别为196262万元、316312万元和529757万元,分别比上年增长2.9%、6.9%和4.1%。"
    expect(factOf(text, 316312)?.indicator).toBe("第二产业增加值")
    expect(factOf(text, 529757)?.indicator).toBe("第三产业增加值")
    expect(factOf(text, 6.9)?.indicator_code).toBe("GDP_SECONDARY")
  })

  it("轻、重工业占比: a one-character modifier takes the place of the other's", () => {
    const text = "2022年规模以上工业中,轻、重工业占比分别为30.6%和69.4%。"
    expect(factOf(text, 30.6)?.indicator).toBe("轻工业占比")
    expect(factOf(text, 69.4)?.indicator).toBe("重工业占比")
  })

  it("a long first item keeps its head: 信息传输软件和信息技术服务业、租赁和商务服务业增加值", () => {
    const text = "2023年,信息传输软件和信息技术服务业、租赁和商务服务业增加值分别增长10.9%、10.4%。"
    expect(factOf(text, 10.9)?.indicator).toBe("信息传输软件和信息技术服务业增加值")
    expect(factOf(text, 10.4)?.indicator).toBe("租赁和商务服务业增加值")
  })

  it("二、三产业 sharing one figure is their sum, not the tertiary sector", () => {
    const text = "2023年三次产业结构调整为14.8:30.1:55.1,二、三产业增加值占生产总值的比重为85.2%。"
    expect(factOf(text, 85.2)?.indicator).toBe("二、三产业增加值占生产总值的比重")
  })

  it("二产 is the secondary sector, as 一产 and 三产 are", () => {
    const text = "2022年,全县实现地区生产总值272.9亿元。其中:一产实现增加值76.3亿元,同比增长5.1%;二产实现增加值50亿元,同比增长4.5%。"
    expect(factOf(text, 50)?.indicator_code).toBe("GDP_SECONDARY")
  })
})

describe("absolute changes", () => {
  it("比上年多 N / 少 N is a change of the level", () => {
    const text = "2023年,全县粮食总产118.35万吨,其中夏粮49.83万吨,比上年多0.07万吨。"
    expect(factOf(text, 0.07)?.measure).toBe("change")
    const fewer = "2023年,全县秋粮68.53万吨,比上年少1.2万吨。"
    expect(factOf(fewer, -1.2)?.measure).toBe("change")
  })

  it("减低 and 放缓 in 个百分点 are falls", () => {
    const text = "2022年规模以上工业增加值增长7.2%,增速比2021年减低2.2个百分点。"
    expect(factOf(text, -2.2)?.measure).toBe("growth_rate")
    const slower = "2022年全县固定资产投资增长8.1%,增速放缓1.5个百分点。"
    expect(factOf(slower, -1.5)).toBeDefined()
  })
})

describe("subjects of communiqué clauses", () => {
  it("批发和零售业 is one industry, not 零售业", () => {
    const text = "2020年第三产业增加值中,批发和零售业86738万元,增长2.2%;住宿和餐饮业18470万元,增长2.5%。"
    expect(factOf(text, 86738)?.indicator).toBe("批发和零售业")
  })

  it("按常住人口计算的 is how a per-person figure is computed, not part of its name", () => {
    const text = "2022年全县国内生产总值315.2亿元。按常住人口计算的人均生产总值53063元,比上年增长5.9%。"
    expect(factOf(text, 53063)?.indicator).toBe("人均生产总值")
    expect(factOf(text, 53063)?.indicator_code).toBe("GDP_PER_CAPITA")
  })

  it("减产 after a crop's output is the output's fall, not a subject", () => {
    const text = "2020年全年粮食产量186378.2吨,增产79.9%,其中,夏粮产量31337.9吨,减产2.6%。"
    expect(factOf(text, -2.6)?.indicator).toBe("夏粮产量")
  })

  it("出栏 and 育苗 name their own figures, not the stock or planting before them", () => {
    const text = "2020年末生猪存栏12807头,出栏16398头;全年四旁植树65万株,育苗500公顷。"
    expect(factOf(text, 16398)?.indicator).not.toBe(factOf(text, 12807)?.indicator)
    expect(factOf(text, 16398)?.indicator).toContain("出栏")
    expect(factOf(text, 500)?.indicator).toContain("育苗")
  })
})

describe("a county's release that names its peers", () => {
  it("is about no peer and not about their city (全县…位居郧阳区、丹江口市、茅箭区之后)", () => {
    const text = "前三季度,全县上下紧紧围绕发展定位,主要指标持续增长。\n元至九月,全县完成生产总值56.7亿,增长7.5%;固定资产投资105亿元,增长12.9%。主要经济指标中,工业投资增速全市第一,综合排名全市第四,位居郧阳区、丹江口市、茅箭区之后。前三季度全县主要经济发展指标与比拼对象保康县比,主要指标增速全面赶超,我县由二季度的第12位上升到第6位。"
    expect(metadataOf(text).region).toBeNull()
    expect(factOf(text, 105)?.region).toBeNull()
  })
})

describe("城乡居民… 分别 X、Y", () => {
  it("is the urban figure, then the rural one", () => {
    const text = "2018年前三季度,城乡居民人均可支配收入分别达到18687元、5634元,增长7.8%、9.2%。"
    expect(factOf(text, 18687)?.indicator).toBe("城镇居民人均可支配收入")
    expect(factOf(text, 5634)?.indicator).toBe("农村居民人均可支配收入")
    expect(factOf(text, 9.2)?.indicator).toBe("农村居民人均可支配收入")
  })
})

describe("monthly release wording", () => {
  it("同比增加 X% is no part of the subject", () => {
    const text = "2023年1-11月,全县规模工业增加值同比增加4.5%,比1-10月提高0.5个百分点。"
    expect(factOf(text, 4.5)?.indicator).toBe("规模工业增加值")
  })

  it("a fall that narrows against an earlier period (降幅比1-10月收窄) is a rise", () => {
    const text = "2023年1-11月,全县社会消费品零售总额383967万元,同比下降3.0%,降幅比1-10月收窄0.9个百分点。"
    expect(factOf(text, 0.9)?.measure).toBe("growth_rate")
  })

  it("城镇、乡村消费品零售额: the head is shared", () => {
    const text = "2023年1-11月,全县限上法人城镇、乡村消费品零售额各为114135.9万元和2067.5万元。"
    expect(factOf(text, 114135.9)?.indicator).toBe("限上法人城镇消费品零售额")
  })
})

describe("a bare head after a figure of one thing (…总产值69.93亿元…,增加值37.90亿元)", () => {
  it("is that thing's measure", () => {
    const text = "2019年全市实现农林牧渔业总产值69.93亿元,按可比价格计算,比上年增长2.5%,增加值37.90亿元,增长2.7%。"
    expect(factOf(text, 37.9)?.indicator).toBe("农林牧渔业增加值")
    const crops = "2019年全年蔬菜播种面积3938公顷,比上年增长1.4 %,产量106551吨,下降2.2%;果用瓜1107公顷,增长1.9%,产量28408吨,增长0.4%。"
    expect(factOf(crops, 106551)?.indicator).toBe("蔬菜产量")
    expect(factOf(crops, 28408)?.indicator).toBe("果用瓜产量")
  })
})

describe("notes and names around a number", () => {
  it("a bracketed note between the verb and its number (增长(按可比口径计算)2.3%) leaves it a growth rate", () => {
    const text = "初步核算,2018年全旗地区生产总值比上年增长(按可比口径计算)2.3%。"
    expect(factOf(text, 2.3)?.measure).toBe("growth_rate")
  })

  it("the sampling rate in a survey's name (5‰人口变动抽样调查) is no fact", () => {
    const text = "据2021年5‰人口变动抽样调查显示,全省人口出生率为3.59‰。"
    expect(factOf(text, 5)).toBeUndefined()
    expect(factOf(text, 3.59)).toBeDefined()
  })

  it("居住 is the CPI's housing class, not the class before it", () => {
    const text = "2021年全省居民消费价格上涨0.6%。从商品类别看:衣着上涨0.8%,居住上涨0.3%。"
    expect(factOf(text, 0.3)?.indicator).toContain("居住")
  })
})

describe("population bands and registers", () => {
  it("an age band is part of what is measured (0—14岁人口占…比重, 65岁及以上人口占…比重)", () => {
    const text = "2021年0—14岁人口占全省总人口的比重为9.8%,65岁及以上人口占全省总人口的比重为16.8%。"
    expect(factOf(text, 9.8)?.indicator).toBe("0—14岁人口占全省总人口的比重")
    expect(factOf(text, 16.8)?.indicator).toBe("65岁及以上人口占全省总人口的比重")
  })

  it("在库 projects keep their 在", () => {
    const text = "2023年1-11月,目前全县在库固定资产投资项目141个。"
    expect(factOf(text, 141)?.indicator).toContain("在库")
  })
})

describe("lists and units of communiqué figures", () => {
  it("a list with a minus sign inside shares its trailing unit and keeps its own signs", () => {
    const text = "2022年三次产业对经济增长的拉动贡献分别为0.15、-5.64、1.34个百分点。"
    expect(factOf(text, 0.15)?.unit).toBe("个百分点")
    expect(factOf(text, -5.64)?.unit).toBe("个百分点")
    expect(factOf(text, 1.34)?.unit).toBe("个百分点")
  })

  it("三次产业…分别 a、b、c: one sector per number", () => {
    const text = "2022年三次产业对经济增长的拉动贡献分别为0.15、-5.64、1.34个百分点。"
    expect(factOf(text, 0.15)?.indicator).toBe("第一产业对经济增长的拉动贡献")
    expect(factOf(text, 1.34)?.indicator).toBe("第三产业对经济增长的拉动贡献")
  })

  it("个千分点 is a change of a rate per mille", () => {
    const text = "2022年全县人口自然增长率为-3.19‰,比上年下降3.18个千分点。"
    const f = factOf(text, -3.18)
    expect(f?.unit).toBe("个千分点")
    expect(f?.measure).toBe("growth_rate")
  })

  it("age bands listed before 分别 each name their figure", () => {
    const text = "2022年0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为18891人、19099人、48951人和25594人。"
    expect(factOf(text, 18891)?.indicator).toBe("0-17岁户籍人口")
    expect(factOf(text, 25594)?.indicator).toBe("60岁及以上户籍人口")
  })
})
