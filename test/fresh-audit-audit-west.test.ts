/**
 * Classes of error found by reading the output on fresh public texts of the west and the
 * autonomous areas (a 兵团 division's communiqué, autonomous prefectures' and counties' reports,
 * Tibetan and Guangxi city reports, a Hainan county's monthly release, Tianjin district reports,
 * some mirrored in traditional script). Each case is a short real sentence and the class it stands for.
 */
import { describe, expect, it } from "vitest"
import { placeMentions } from "@govstat/extract"
import { extractOne, factOf, metadataOf } from "./helpers.js"

describe("预计 opening a run of ；-joined statements", () => {
  const text = "政府工作报告指出,2012年是我县经济社会快速发展的一年。预计实现生产总值20.37亿元,同比增长15.3%;固定资产投资完成33.68亿元,同比增长40%;财政收入完成1.49亿元,同比增长16.1%。全县新建通村公路120公里。"

  it("makes estimates of the statements after the semicolon up to the full stop", () => {
    expect(factOf(text, 20.37)?.status).toBe("estimate")
    expect(factOf(text, 33.68)?.status).toBe("estimate")
    expect(factOf(text, 16.1)?.status).toBe("estimate")
  })

  it("ends with its sentence", () => {
    expect(factOf(text, 120)?.status).toBe("actual")
  })

  it("does not govern a statement with a target of its own, nor open where it is only a base (比…预计)", () => {
    const target = "预计全年地区生产总值增长8%;力争明年增长9%。"
    expect(factOf(target, 9)?.status).toBe("target")
    const base = "1981年钢产量比1980年预计增加9万吨;纸520万吨,增加20万吨。"
    expect(factOf(base, 520)?.status).toBe("actual")
  })
})

describe("a three-sector structure written with colons", () => {
  const rowsOf = (text: string) => extractOne(text).indicators.map((r) => [r.indicator, r.value, r.measure, r.period])

  it("reads the parts across the vertical colon some editors insert (︰), from–to pair and all", () => {
    const text = "2017年,三次產業結構由19.8︰41︰39.2優化為17.9︰43︰39.1,第二產業占比提高2個百分點。"
    const parts = rowsOf(text).filter((r) => r[2] === "share")
    expect(parts.map((r) => r[1])).toEqual([19.8, 41, 39.2, 17.9, 43, 39.1])
    expect(new Set(parts.map((r) => r[0])).size).toBe(1)
  })

  it("gives every part the measure and the year of the first (比为, 由2016年的…调整为2020年的…)", () => {
    const ratio = "2015年三次产业结构比为25.72:26.84:47.44,与上年比,第一产业比重上升。"
    expect(rowsOf(ratio).map((r) => r[2])).toEqual(["share", "share", "share"])
    const pair = "三大产业结构比由2016年的42.5∶2.8∶54.7调整为2020年的32.4:8:59.6。"
    expect(rowsOf(pair).map((r) => r[3])).toEqual(["2016", "2016", "2016", "2020", "2020", "2020"])
    expect(new Set(rowsOf(pair).map((r) => r[0])).size).toBe(1)
  })
})

describe("the place of a text whose header names none", () => {
  // The quotes are paragraphs of the body (over 60 characters: short opening lines read as a header).
  const opening = "2022年是党和国家历史上极为不易、极具考验、极为艰难的一年。在以习近平同志为核心的党中央坚强领导下,"

  it("is not a place named as left out of its figures ((不含铁门关市))", () => {
    const text = opening + "经济实力稳步提升,民生事业持续改善。\n年末常住人口(不含铁门关市)149.85万人,其中:城镇常住人口87.79万人。城镇化率为58.59%,比上年末提高0.8个百分点。"
    expect(metadataOf(text).region).toBeNull()
  })

  it("is at the level its own words give (全州): not the region it names as visited (视察新疆)", () => {
    const text = opening + "自治州党委、政府团结带领全州各族人民,全面贯彻习近平总书记视察新疆重要讲话和重要指示精神。\n" +
      "初步核算,全州实现生产总值(GDP)1519.84亿元,比上年增长1.8%,两年平均增长4.3%。三次产业结构为14.3:58.1:27.6。\n年末全州常住人口149.85万人,其中:城镇常住人口87.79万人。"
    expect(metadataOf(text).region).toBeNull()
  })

  it("is the county named in a 全县 text, not the region it is honoured by (获评广西…)", () => {
    const text = "2023年,金秀瑶族自治县坚持以“世界瑶都 康养金秀”为发展定位。预计2023年,全县地区生产总值完成57.16亿元。" +
      "2023年,金秀获评全国民族团结进步示范县、“四好农村路”全国示范县,县委、县政府获评广西先进集体;六段村获评广西休闲农业与乡村旅游示范点," +
      "长垌乡获评广西生态文化旅游示范乡,3个村获评广西生态文化旅游示范村。实干笃行,全县经济社会发展稳中向好,金秀人民干出了精彩纷呈的业绩。\n" +
      "打好工业升级战。依托竹木资源和产业基础,做强竹木加工全链条产业,大力发展制糖、预制菜、农作物加工产业。"
    expect(metadataOf(text).region?.name).toBe("金秀瑶族自治县")
  })

  it("does not take 示范县 for Henan's 范县", () => {
    expect(placeMentions("获评全国民族团结进步示范县").map((m) => m.form)).toEqual(["全国"])
  })
})

describe("the 兵团 and its neighbours", () => {
  const text = "2013年新疆生产建设兵团国民经济和社会发展统计公报\n" +
    "初步核算,全年实现兵团生产总值1480亿元,比上年增长18.0%。全疆全年居民消费价格比上年上涨3.9%,其中,食品价格上涨8.5%,居住价格上涨3.4%。" +
    "全年兵团农产品生产者价格上涨4.2%。年末在岗职工72万人,比上年增长4.7%。"

  it("is a provincial-level place of its own, not its province", () => {
    expect(metadataOf(text).region?.name).toBe("新疆生产建设兵团")
    expect(factOf(text, 1480)?.region).toBe("新疆生产建设兵团")
    expect(factOf(text, 4.2)?.region).toBe("新疆生产建设兵团")
  })

  it("reports the province's index where a statement opens with 全疆", () => {
    expect(factOf(text, 3.9)).toMatchObject({ indicator: "居民消费价格", region: "新疆维吾尔自治区" })
    expect(factOf(text, 3.4)?.region).toBe("新疆维吾尔自治区")
  })

  it("keeps the words jieba splits off a subject's noun (居住价格, 在岗职工)", () => {
    expect(factOf(text, 3.4)?.indicator).toBe("居住价格")
    expect(factOf(text, 72)?.indicator).toBe("在岗职工")
  })
})

describe("a bracket that gives the wider place's figure", () => {
  const text = "1-7月琼中县经济运行简况\n1-7月,全县规模以上工业增加值同比下降3.3%,降幅较上半年收窄4.5个百分点,低于全省规模以上工业增加值12.8个百分点(全省增长9.5%),全省增速排名第15。"

  it("gives the figure to the place its opening word names (全省 in a county's release)", () => {
    expect(factOf(text, 9.5)?.region).toBe("海南省")
    expect(factOf(text, 12.8)?.region).toBe("琼中黎族苗族自治县")
  })

  it("leaves a part named in a bracket (其中城区…) to the text's place", () => {
    const part = "琼中县2022年统计公报\n全县城镇消费品零售额75.91亿元,下降5.1%(其中城区消费品零售额58.74亿元,下降4.4%)。"
    expect(factOf(part, 58.74)?.region).toBe("琼中黎族苗族自治县")
  })
})

describe("items listed before 分别, one per number", () => {
  it("are the 、-items of a long list whose items hold 和 (交通和通信类)", () => {
    const text = "2022年全年居民消费价格比上年上涨1.6%。其中:食品烟酒类、生活用品及服务类、交通和通信类、教育文化和娱乐类、其他用品及服务类分别上涨2.4%、1.2%、6.6%、0.8%、2.1%。"
    expect([2.4, 1.2, 6.6, 0.8, 2.1].map((v) => factOf(text, v)?.indicator)).toEqual(["食品烟酒类", "生活用品及服务类", "交通和通信类", "教育文化和娱乐类", "其他用品及服务类"])
  })

  it("complete an ordinal by the next item's noun (第二、第三产业: 第三产业 is one word)", () => {
    const text = "2015年,第二、第三产业占地区生产总值的比重分别回落2.16和1.66个百分点。"
    expect(factOf(text, -2.16)?.indicator).toBe("第二产业占地区生产总值的比重")
    expect(factOf(text, -1.66)?.indicator).toBe("第三产业占地区生产总值的比重")
  })
})

describe("numbers that label or name, not count", () => {
  it("a figure's number before its caption (图1:2011-2015年…) is no part of a ratio", () => {
    const text = "2015年统计公报\n全年粮食总产量46695吨。\n图1:2011-2015年全县地区生产总值及增长速度\n"
    expect(factOf(text, 1)).toBeUndefined()
    expect(factOf(text, 46695)).toBeDefined()
  })

  it("the count in the name of the price panel (70个大中城市) is not a fact", () => {
    const text = "2022年统计公报\n据国家统计局发布的12月份70个大中城市商品住宅销售价格资料显示,全市新建商品住宅价格同比上涨1.7%。"
    expect(factOf(text, 70)).toBeUndefined()
    expect(factOf(text, 1.7)?.indicator).toBe("新建商品住宅价格")
  })
})

describe("a list of three or more numbers with the unit after the last", () => {
  it("gives every number the unit (拉动经济增长2.3、11.1和4.6个百分点)", () => {
    const text = "2013年,三次产业对经济的贡献率分别为12.8%、61.4%和25.8%,分别拉动经济增长2.3、11.1和4.6个百分点。"
    expect(factOf(text, 2.3)).toMatchObject({ unit: "个百分点", measure: "growth_rate" })
    expect(factOf(text, 4.6)?.unit).toBe("个百分点")
  })
})

describe("a change that starts from 上年 (由上年的…)", () => {
  const text = "中卫市2018年国民经济和社会发展统计公报\n初步核算,全年全市生产总值402.99亿元。三次产业结构由上年的14.1:44.7:41.2调整为14.3:43.5:42.2。全年粮食产量是上年的1.5倍。"

  it("dates its start by the year before the statement's, every part of a ratio alike", () => {
    expect([14.1, 44.7, 41.2].map((v) => factOf(text, v)?.period)).toEqual(["2017", "2017", "2017"])
    expect(factOf(text, 14.3)?.period).toBe("2018")
  })

  it("does not date a multiple of 上年 (是上年的1.5倍) by it", () => {
    expect(factOf(text, 1.5)?.period).toBe("2018")
  })
})

describe("an anniversary release compared with 1958", () => {
  const text = "经济繁荣发展 楚雄2018年地区生产总值达1024.33亿元\n2019-08-07 18:24:24      来源:昆明信息港\n" +
    "昆明信息港讯 记者黄彩英 8月7日上午,“壮丽70年奋斗新时代”云南省庆祝新中国成立70周年系列主题新闻发布会·楚雄临沧专场在昆明会堂玉兰厅举行,楚雄彝族自治州、临沧市发布了发展情况。\n" +
    "1958年与2018年相比,楚雄州地区生产总值由2.04亿元发展到1024.33亿元,增长501倍;工业总产值由0.39亿元发展到417.12亿元。"

  it("is about the place its title names, not the outlet's city (来源:昆明信息港)", () => {
    expect(metadataOf(text).region?.name).toBe("楚雄彝族自治州")
  })

  it("dates a from–to pair by the pair of years compared, the earlier first (1958年与2018年相比)", () => {
    expect(factOf(text, 2.04)?.period).toBe("1958")
    expect(factOf(text, 417.12)?.period).toBe("2018")
    // The later year first (2005年与2000年相比): it is still the figures' year.
    expect(factOf("2006年报告\n2005年与2000年相比,全县生产总值由10亿元增加到18.2亿元。", 10)?.period).toBe("2000")
  })

  it("names both ends by the subject before 由 (发展到 is a verb of the change's end)", () => {
    expect(factOf(text, 2.04)?.indicator).toBe("地区生产总值")
    expect(factOf(text, 417.12)?.indicator).toBe("工业总产值")
  })
})

describe("a deadline already past (到2020年底 in a 2021 review)", () => {
  const text = "政府工作报告\n——2021年1月20日在某县第十八届人民代表大会第五次会议上\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n" +
    "一、“十三五”时期工作回顾\n五年来,我们坚持稳中求进。到2020年底,全县累计建成高标准农田12万亩,贫困发生率由2015年的12.3%下降到2020年的0.5%。\n" +
    "二、2021年工作安排\n到2025年,全县地区生产总值达到500亿元。到2021年底,新建5G基站300个。"

  it("makes no target of what was reached by then", () => {
    expect(factOf(text, 12)?.status).toBe("actual")
    expect(factOf(text, 12.3)?.status).toBe("actual")
  })

  it("keeps the deadlines ahead of the report as targets", () => {
    expect(factOf(text, 500)?.status).toBe("target")
    expect(factOf(text, 300)?.status).toBe("target")
  })
})

describe("money per square kilometre (a district's 地均GDP)", () => {
  it("keeps the unit whole and gives each listed figure its own subject", () => {
    const text = "2012年\n地均GDP和地均财政收入分别达到34.6亿元/平方公里和3.2亿元/平方公里。"
    expect(factOf(text, 34.6)).toMatchObject({ indicator: "地均GDP", unit: "亿元/平方公里" })
    expect(factOf(text, 3.2)).toMatchObject({ indicator: "地均财政收入", unit: "亿元/平方公里" })
  })
})

describe("a structure whose parts look like a time of day", () => {
  it("is read when its parts add up to 100 or cannot be a time (28:21:51, 24:26:50), and moved to 现在的", () => {
    const text = "2011年,全县三次产业结构由2006年的28:21:51调整为现在的24:26:50。会议于10:38:42开始。"
    const rows = extractOne(text).indicators.map((r) => [r.indicator, r.value, r.period])
    expect(rows.map((r) => r[1])).toEqual([28, 21, 51, 24, 26, 50])
    expect(rows.map((r) => r[2])).toEqual(["2006", "2006", "2006", "2011", "2011", "2011"])
    expect(new Set(rows.map((r) => r[0])).size).toBe(1)
  })
})

describe("a 2021 release that compares with 2019 to skip 2020", () => {
  const text = "今年上半年,广西经济运行延续恢复向好态势\n人民网南宁7月21日电 7月20日下午,广西壮族自治区政府新闻办公室举行2021年上半年广西经济运行情况新闻发布会。\n" +
    "二是供给稳健。规模以上工业增加值同比增长17.4%,两年平均增长6.7%,分别比一季度两年平均和2019年上半年增速高0.3、3.5个百分点。\n" +
    "三是需求扩量。上半年全区固定资产投资同比增长15.1%,比2019年同期增长16.4%,两年平均增长7.9%。"

  it("is about 2021: the year of the same period compared with (比2019年同期) is a base", () => {
    expect(metadataOf(text).reviewYear).toBe(2021)
    expect(factOf(text, 15.1)?.period).toBe("2021H1")
  })

  it("does not date a difference by a base listed after 分别比 (…和2019年上半年增速高3.5个百分点)", () => {
    expect(factOf(text, 3.5)?.period).toBe("2021H1")
  })
})

describe("a care-of sign typed for a per cent sign (15℅)", () => {
  it("is read as %", () => {
    const text = "2010年\n全县生产总值实现131487万元,同比增长15℅;财政总收入实现11338万元,增长57.7℅。"
    expect(factOf(text, 15)).toMatchObject({ unit: "%", measure: "growth_rate", indicator: "生产总值" })
    expect(factOf(text, 57.7)?.unit).toBe("%")
  })
})

describe("a note that the figures are estimates ((预计数,下同))", () => {
  const text = "报告指出:五年来全县经济社会取得新突破。2011年,全县地区生产总值完成11亿元(预计数,下同),是2006年的2.6倍,年均增长14.2%;" +
    "财政总收入完成1.5亿元,是2006年的4.6倍;农民人均纯收入3650元,年均增长13%。\n新建学校12所。"

  it("makes estimates of the figure it follows and of those after it in its paragraph", () => {
    expect(factOf(text, 11)?.status).toBe("estimate")
    expect(factOf(text, 1.5)?.status).toBe("estimate")
    expect(factOf(text, 3650)?.status).toBe("estimate")
  })

  it("ends with its paragraph", () => {
    expect(factOf(text, 12)?.status).toBe("actual")
  })
})

describe("income growth stated nominal and real", () => {
  it("keeps the income as the subject of 名义增长 and 扣除价格因素实际增长", () => {
    const text = "2021年\n全区居民人均可支配收入13536元,同比名义增长12.9%,扣除价格因素实际增长12.1%。"
    expect(factOf(text, 12.9)?.indicator).toBe("居民人均可支配收入")
    expect(factOf(text, 12.1)?.indicator).toBe("居民人均可支配收入")
  })
})

describe("a share named 占比", () => {
  it("keeps 占比 whole in its subject (第二产业占比提高2个百分点)", () => {
    const text = "2017年\n三次产业结构由19.8:41:39.2优化为17.9:43:39.1,第二产业占比提高2个百分点。第三产业占比保持在95.7%左右。"
    expect(factOf(text, 2)?.indicator).toBe("第二产业占比")
    expect(factOf(text, 95.7)?.indicator).toBe("第三产业占比")
  })
})

describe("a new area that is an administrative district, in its own report", () => {
  it("is the report's place, not a zone project (滨海新区, 我代表滨海新区人民政府)", () => {
    const text = "2012年政府工作报告 ——2012年2月1日在滨海新区第一届人民代表大会第三次会议上\n滨海新区区长 宗国英\n各位代表:\n" +
      "现在,我代表滨海新区人民政府,向大会作政府工作报告,请予审议。\n一、2011年工作回顾\n全区生产总值6206.9亿元,增长23.8%。天津港集团滨海新区物流中心建成投用。"
    const out = extractOne(text)
    expect(out.indicators.find((r) => r.value === 6206.9)?.region).toBe("滨海新区")
    expect(out.projects.map((p) => p.name)).not.toContain("滨海新区")
    expect(out.projects.map((p) => p.name).filter((n) => n.endsWith("滨海新区"))).toEqual([])
  })
})

describe("a county session digest that dates nothing but by the plan", () => {
  const text = "三穗第十五届人民代表大会第五次会议胜利召开\n阳光明媚,春意盎然,2月14日,县文化馆会议室华灯璀璨,三穗县第十五届人民代表大会第五次会议在这里隆重开幕。\n" +
    "县长付乐欣代表县人民政府向大会作政府工作报告。报告分四个部分:一是2010年政府工作回顾及“十一五”主要成绩;二是“十二五”时期的指导思想和奋斗目标;三是对2011年政府工作总体安排,扎实做好2011年工作。\n" +
    "报告指出:2010年,是实施“十一五”规划的最后一年,经受着国际金融危机和冬春连续自然灾害的考验,我们坚持以科学发展观统揽经济社会发展全局。初步核算,全县生产总值实现131487万元,同比增长15℅。"

  it("reviews the year the plan closes (2010年，是实施“十一五”规划的最后一年)", () => {
    expect(metadataOf(text).reviewYear).toBe(2010)
    expect(factOf(text, 131487)?.period).toBe("2010")
  })
})

describe("an expenditure after a revenue in one sentence", () => {
  it("is named 支出, not the revenue before it (jieba tags 支出 a verb)", () => {
    const text = "2010年\n一般预算收入完成7309万元,累计支出64338万元,同比分别增长43.6%和32.4%。"
    expect(factOf(text, 64338)?.indicator).toBe("支出")
    expect(factOf(text, 32.4)?.indicator).toBe("支出")
  })
})

describe("a rate after a share, compared with a stated year", () => {
  it("describes the amount, not the share (比1955年决算数增长14.26%)", () => {
    const text = "1956年国家预算收入\n工商税收为14,192,000,000元,占本年收入的48.95%,比1955年决算数增长14.26%。"
    expect(factOf(text, 48.95)?.indicator).toContain("占本年收入")
    expect(factOf(text, 14.26)?.indicator).toBe("工商税收")
  })
})

describe("a kicker or a heading run into the line before a subject", () => {
  it("is cut at the space (经济繁荣发展 楚雄2018年地区生产总值达…; 环境和应急管理 全年全州水资源总量…)", () => {
    const text = "经济繁荣发展 楚雄2018年地区生产总值达1024.33亿元\n十一、资源、环境和应急管理 全年全州水资源总量69.9亿立方米。"
    expect(factOf(text, 1024.33)?.indicator).toBe("地区生产总值")
    expect(factOf(text, 69.9)?.indicator).toBe("水资源总量")
  })
})

describe("Xinjiang's autonomous prefectures by their own short names", () => {
  it("reads 巴州, 博州, 克州 as the prefectures, and 巴州 in a 巴中 text still as its district", () => {
    expect(metadataOf("巴州2022年国民经济和社会发展统计公报\n初步核算,全州实现生产总值1519.84亿元。").region?.name).toBe("巴音郭楞蒙古自治州")
    expect(metadataOf("博州统计局\n全州实现生产总值400亿元。").region?.name).toBe("博尔塔拉蒙古自治州")
    expect(placeMentions("克州").flatMap((m) => m.entries.map((e) => e.place.name))).toEqual(["克孜勒苏柯尔克孜自治州"])
    expect(metadataOf("巴中市巴州区2022年统计公报\n全区实现地区生产总值300亿元。").region?.name).toBe("巴州区")
  })
})

describe("the three sectors by their numbers (一二三产)", () => {
  it("keeps the numbers in the structure's subject", () => {
    const text = "2018年\n全州三次产业结构进一步优化,一二三产比重从2012年的23.5:42:34.5调整为2018年的14.9:38.8:46.3。"
    expect(factOf(text, 23.5)?.indicator).toBe("一二三产比重")
    expect(factOf(text, 46.3)).toMatchObject({ indicator: "一二三产比重", period: "2018" })
  })
})

describe("a from–to pair of listed shares (由上年的22.26%、28.63%和49.11%调整为…)", () => {
  const text = "2023年统计公报\n产业结构不断调整,产业结构构成由上年的22.26%、28.63%和49.11%调整为21.35%、27.92%和50.73%。"

  it("dates every listed start like the first", () => {
    expect([22.26, 28.63, 49.11].map((v) => factOf(text, v)?.period)).toEqual(["2022", "2022", "2022"])
    expect([21.35, 50.73].map((v) => factOf(text, v)?.period)).toEqual(["2023", "2023"])
  })

  it("keeps the structure's subject for the list it moves to", () => {
    expect(factOf(text, 21.35)?.indicator).toBe(factOf(text, 22.26)?.indicator)
  })
})

describe("a size class of dwellings (90平方米及以下住宅)", () => {
  it("is no fact of its own; the price change of the class is", () => {
    const text = "2022年\n全市新建商品住宅价格同比上涨1.7%,其中90平方米及以下住宅价格上涨2.1%,144平方米以上住宅价格下降0.3%。"
    expect(factOf(text, 90)).toBeUndefined()
    expect(factOf(text, 144)).toBeUndefined()
    expect(factOf(text, 2.1)?.indicator).toContain("住宅价格")
  })
})
