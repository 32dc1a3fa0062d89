/**
 * Classes of period, status and region error found by reading the output on fresh public texts
 * (central-bank branch releases, monthly statistical releases, project progress reports, Hong
 * Kong's trade figures). Each case is a short real quote and the class it stands for.
 */
import { describe, expect, it } from "vitest"
import { extractOne, factOf, metadataOf } from "./helpers.js"

describe("a central bank's branch named after the city it sits in (人民银行成都分行)", () => {
  it("places a province's branch's release in the province it serves, not in its city", () => {
    const text = "中国人民银行成都分行发布的全省2月份金融运行数据显示,截至2月末,四川辖内金融机构本外币各项存款余额达43463.67亿元,比年初增加1876.09亿元。" +
      "各项贷款余额26931.30亿元,比年初增加736.44亿元。"
    expect(metadataOf(text).region?.name).toBe("四川省")
    expect(factOf(text, 26931.3)?.region).toBe("四川省")
  })

  it("reads 人行 and 中心支行 the same way (人民银行兰州中心支行 serves 甘肃)", () => {
    const text = "10月24日下午,中国人民银行兰州中心支行首次召开新闻通气会。至9月末,金融机构各项贷款余额为20419亿元,同比增长6.87%。"
    expect(factOf(text, 20419)?.region).toBe("甘肃省")
  })

  it("leaves a city's branch in its city (人民银行绵阳市中心支行)", () => {
    const text = "人民银行绵阳市中心支行发布数据,9月末,金融机构各项贷款余额为3000亿元。"
    expect(factOf(text, 3000)?.region).toBe("绵阳市")
  })
})

describe("香港, 澳门 and 台湾 (GB/T 2260 codes 810000, 820000, 710000)", () => {
  it("carry their codes", () => {
    const text = "香港特區政府統計處11日公布,香港今年9月商品整體出口量同比增長18.8%,進口量同比增長13.5%。"
    const row = factOf(text, 18.8)
    expect([row?.region, row?.region_code]).toEqual(["香港特别行政区", "810000"])
  })
})

describe("progress against a plan (占年计划投资的64.49%, 1-6月累计完成投资)", () => {
  const text = "闽侯县2023年1-6月重点项目进展情况\n2023年县级重点项目共530项,总投资2944.74亿元,年度计划投资561.86亿元,1-6月累计完成投资362.32亿元,占年计划投资的64.49%," +
    "其中:在建项目185项,总投资1330.5亿元,年度计划投资327.53亿元,1-6月累计完成投资235.8亿元,占年计划投资的72%;" +
    "计划新开工项目157项,总投资506.08亿元,年度计划投资194.54亿元,1-6月累计完成投资101.97亿元,占年计划投资的52.42%;"

  it("is a result, though the plan is its base", () => {
    expect(factOf(text, 64.49)?.status).toBe("actual")
    expect(factOf(text, 52.42)?.status).toBe("actual")
  })

  it("is a result in a statement that opens with 计划; the plan's own figures stay targets", () => {
    expect(factOf(text, 101.97)?.status).toBe("actual")
    expect(factOf(text, 194.54)?.status).toBe("target")
    expect(factOf(text, 561.86)?.status).toBe("target")
  })
})

describe("a monthly release's paragraph opening with its month or months (10月份,… / 1—10月,…)", () => {
  const release = "2024-11-20\n11月19日,记者从省统计局获悉,10月份全省推动经济向上向好的积极因素不断累积增多。\n" +
    "工业生产进一步提速,重点产业增势强劲。10月份,全省规模以上工业增加值同比增长10.6%,今年以来首次实现两位数增长。全省汽车及零部件产业、食品产业增加值同比分别增长42.4%、18.7%,合计多拉动全省规上工业增长2.4个百分点。\n" +
    "1—10月,全省固定资产投资同比增长6.7%,与前三季度增速持平。亿元及以上项目完成投资同比增长8.2%,拉动全省投资增长5.2个百分点。\n" +
    "新质生产力加速培育。10月份,全省新能源汽车产业、生物产业增加值同比分别增长39.5%、16.0%;工业机器人、锂电子电池产量同比分别增长119.4%、72.3%。"

  it("dates the paragraph's later sentences that name no time of their own", () => {
    expect(factOf(release, 42.4)?.period).toBe("2024M10")
    expect(factOf(release, 2.4)?.period).toBe("2024M10")
    expect(factOf(release, 8.2)?.period).toBe("2024M01-10")
  })

  it("dates the ；-joined statements after a month alone as after months", () => {
    expect(factOf(release, 119.4)?.period).toBe("2024M10")
  })

  it("only from the paragraph's first sentence with a figure (2024年经济运行情况。1至9月,…。 keeps the year)", () => {
    expect(factOf("2024年经济运行情况。1至9月,全区实现固定资产投资57.29亿元。全区规上工业企业559家。", 559)?.period).toBe("2024")
  })

  it("does not carry a part of 今年 into a paragraph dated by another year", () => {
    const report = "1980年8月30日 政府工作报告\n1979年在能源增长不到3％的情况下，工业总产值比上年增长了8.5％。今年上半年，在能源增长较少的情况下，工业总产值比去年同期增长了13.6％。" +
      "全民所有制工业企业新增加的产值中，由于劳动生产率提高而增加的产值占62％。"
    expect(factOf(report, 62)?.period).not.toBe("1979H1")
  })
})

describe("a quarter's batch of projects, its figures in a later paragraph", () => {
  it("dates a 本次 sentence that opens with the batch's place (房县本次集中开工项目12个)", () => {
    const text = "房县举行2021年春季重大项目集中开工仪式\n9:25\n县委书记蔡贤忠宣布全县2021年第一季度重大项目集中开工\n9:10\n县委副书记、县长纪道清致辞\n" +
      "房县举行了2021年春季重大项目集中开工仪式\n房县本次集中开工项目12个,项目总投资58亿元"
    expect(factOf(text, 12)?.period).toBe("2021Q1")
    expect(factOf(text, 58)?.period).toBe("2021Q1")
  })

  it("dates a sentence opening with the batch's own words, without 本次 (集中开工项目共45个)", () => {
    const text = "2023-04-28 新闻\n4月27日上午,江西省南昌县举行2023年第二季度重大重点项目集中开工仪式。\n集中开工项目共45个,总投资近123.65亿元。"
    expect(factOf(text, 45)?.period).toBe("2023Q2")
    expect(factOf(text, 123.65)?.period).toBe("2023Q2")
  })
})

describe("a news page relaying several places' stories, each under its dateline (本报郑州12月22日电)", () => {
  const page = "山西煤矿开足马力生产 河南煤炭总产量创新高\n" +
    "本报太原12月22日电 记者罗盘报道:随着全国煤炭需求量攀升,山西省各煤矿加紧生产,到11月底,煤炭产量完成37484万吨,比去年同期增加了6831.86万吨,增长22.29%。\n" +
    "本报郑州12月22日电 记者王明浩报道:今年1月至11月,河南省累计生产原煤1.1亿吨,同比增长24%,创历史同期最好水平。其中,国有重点煤炭企业完成原煤产量6095万吨,增长14.5%。\n" +
    "与此同时,河南国有及国有控股煤炭企业经济效益大幅增长,共完成工业增加值100.6亿元,同比增长16.3亿元。"

  it("places each story's figures in the place its dateline files it from, as its first sentence names it", () => {
    expect(factOf(page, 37484)?.region).toBe("山西省")
    expect(factOf(page, 1.1)?.region).toBe("河南省")
    expect(factOf(page, 6095)?.region).toBe("河南省")
    expect(factOf(page, 100.6)?.region).toBe("河南省")
  })
})

describe("an office named after the city it sits in (郑州分局辖区)", () => {
  it("is no place of the gazetteer: the figures after it do not take the city", () => {
    const text = "河南煤矿安监局日前发布的数据显示,2020年1-6月份,河南省煤矿共生产原煤5076.73万吨。\n" +
      "按辖区分,1-6月份,郑州分局辖区生产原煤836.09万吨,豫西分局辖区生产原煤845.36万吨,豫北分局辖区生产原煤742.14万吨。"
    expect(factOf(text, 845.36)?.region).not.toBe("郑州市")
    expect(factOf(text, 742.14)?.region).not.toBe("郑州市")
  })
})

describe("a story of a province's cities (河北省前三季度各市GDP排名…唐山…邯郸…)", () => {
  const text = "在已經公布的部分各大省份GDP中,河北省突破了3萬億大關,相比于2017年同比增長6.6%。在2018年河北省前三季度的各市GDP排名中,唐山以4千億元成為河北省城市GDP名單中的第一名。排名第二的石家莊與唐山僅相隔17.2億。\n" +
    "但是從整體來看,河北省2018年前三季度的GDP相較于2017年不僅增幅不大,反而有倒退的形式。不少城市呈現負增長的情況,排名第一的唐山,在2017年前三季度中,以5108.2億元成為榜首," +
    "雖說在2018年的前三季度中保持著第一的位置,但是相較于去年,名義增速負增長5.30%。還有邯鄲,在2017年前三季度中GDP為2707.9億元,在名單中也能排進前五。" +
    "滄州、廊坊、邢臺、衡水、張家口、承德都是如此,名義增速上都呈現負增長的情況。"

  it("is about the province that holds them, not the nation", () => {
    expect(metadataOf(text).region?.name).toBe("河北省")
  })

  it("gives a figure the city a short clause before it names as its topic (排名第一的唐山, / 還有邯鄲,)", () => {
    expect(factOf(text, 5108.2)?.region).toBe("唐山市")
    expect(factOf(text, 2707.9)?.region).toBe("邯郸市")
  })

  it("takes no topic from a list of places by their provinces (湖北省的孝感,四川省的郫县等十一个县)", () => {
    const report = "1958年 政府工作报告\n而广东省的澄海、潮安，福建省的龙溪、海澄、长乐，湖北省的孝感，四川省的郫县等十一个县，粮食的每亩平均产量已经达到或者超过了一千斤。"
    expect(factOf(report, 1000)?.region).not.toBe("孝感市")
  })
})
