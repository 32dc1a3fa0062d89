/**
 * Classes of error in the documents table (genre, title, issuer, date, place, the years a
 * document reports on) found by reading the output on fresh public texts of every genre: a
 * provincial communiqué mirrored in traditional script with only a date line over it, a Taiwan
 * wire story about a province's work report, a 1987 city report and a 1956 provincial report run
 * into one paragraph, a provincial policy in traditional script, a reprinted news story, a 2007
 * national briefing mirrored in traditional script, a city story that ranks its city among
 * others. Each case is a short real quote and the class it stands for.
 */
import { describe, expect, it } from "vitest"
import { extractOne, metadataOf } from "./helpers.js"

/** The indicator whose quote holds `words` and whose value is `value`. */
const factIn = (text: string, words: string, value: number) =>
  extractOne(text).indicators.find((i) => i.value === value && i.quote.includes(words))

describe("a communiqué mirrored without its title (only a date line over it)", () => {
  const text =
    "(2024年4月30日)\n2023年是全面貫徹黨的二十大精神的開局之年,是三年新冠疫情防控轉段后經濟恢復發展的一年。\n一、綜合\n" +
    "根據地區生產總值統一核算結果,全年全省地區生產總值20913.25億元,比上年增長4.9%。"

  it("is a communiqué by its first part (一、综合) and reports on the year before its date", () => {
    const meta = metadataOf(text)
    expect(meta.genre).toBe("statistical_communique")
    expect(meta.reviewYear).toBe(2023)
    expect(factIn(text, "地區生產總值", 20913.25)?.period).toBe("2023")
  })
})

describe("a story about a work report is a story, not the report", () => {
  const text =
    "廣東GDP連續35年居中國首位\n\n2024/1/23 16:38\n\n(中央社台北23日電)統計顯示,廣東省2023年的地方生產毛額(GDP)達人民幣13.57兆元,年增4.8%。\n\n" +
    "中國多地近期陸續召開人大、政協會議,廣東省長王偉中今天在14屆廣東人大二次會議開幕式作政府工作報告時公布上述數據。廣東省去年GDP年增4.8%,低於官方設定的5%以上目標,今年目標預期為5%。"

  it("reads its wire dateline as news and its slash date as the publication date", () => {
    const meta = metadataOf(text)
    expect(meta.genre).toBe("news")
    expect(meta.publishedOn).toBe("2024-01-23")
  })

  it("dates 去年 and 今年 from that date", () => {
    expect(factIn(text, "今年目標", 5)?.period).toBe("2024")
    expect(factIn(text, "去年GDP", 4.8)?.period).toBe("2023")
  })
})

describe("a report run into one paragraph", () => {
  it("is not a resolution because a sentence cites one (关于政府工作的决议)", () => {
    const text =
      "各位代表:我受市人民政府的委托,向大会作政府工作报告,请予审议。一、一九八六年的主要工作情况一九八六年,我市在省委、省人民政府和市委的领导下,认真贯彻执行了党中央、国务院一系列的方针、政策和市八届人大四次会议关于政府工作的决议,坚持四项基本原则,把改革放在首位。"
    const meta = metadataOf(text)
    expect(meta.genre).toBe("work_report")
    // 一、一九八六年的主要工作情况, run into the text, is its review heading.
    expect(meta.reviewYear).toBe(1986)
    expect(meta.planYear).toBe(1987)
  })

  it("takes its place from the congress it is delivered to, and its review year from its opening", () => {
    const text =
      "各位代表:我代表省人民委员会向山西省第一届人民代表大会第四次会议作政府工作报告。1955年,是我们国家的政治形势发生根本变化的一年。自从去年7月以来,全国各地先后在毛主席“关于农业合作化问题”的报告和中共中央七届六中全会(扩大)“关于农业合作化问题的决议”以及中共中央政治局提出的全国农业发展纲要(草案)的鼓舞下,掀起了空前规模的农业合作化的高潮。截至目前,我省已经有占农户总数的97%的农户加入农业生产合作社。"
    const meta = metadataOf(text)
    expect(meta.genre).toBe("work_report")
    expect(meta.region?.name).toBe("山西省")
    expect(meta.reviewYear).toBe(1955)
    expect(factIn(text, "占农户总数", 97)?.region).toBe("山西省")
  })
})

describe("a policy in traditional script under a page's labels", () => {
  const text =
    "發布信息\n2023年12月,中共山西省委辦公廳、山西省人民政府辦公廳發布《山西省鄉村振興責任制實施細則》,自發布之日起施行。\n內容全文\n第一章 總 則\n" +
    "第一條 為了全面落實鄉村振興責任制,根據中共中央辦公廳、國務院辦公廳《鄉村振興責任制實施辦法》及《山西省貫徹落實〈中國共產黨農村工作條例〉實施辦法》,結合我省實際,制定本實施細則。"

  it("is a policy by 制定本实施细则, and a label (发布信息) is not its title", () => {
    const meta = metadataOf(text)
    expect(meta.genre).toBe("policy_notice")
    expect(meta.title).not.toBe("发布信息")
  })
})

describe("a reprint's header", () => {
  it("gives the story's original title (原标题), never its date-and-time line", () => {
    const text =
      "來源:魯網官方號\n2021-10-29 08:22:10\n原標題:濟南、青島、煙臺和臨沂發布前三季度經濟“成績單”\n來源:魯網官方號\n近日,山東省統計局公布2021年前三季度經濟運行數據,繼2019年前三季度之後山東GDP再次突破“6萬億”大關。"
    expect(metadataOf(text).title).toBe("济南、青岛、烟台和临沂发布前三季度经济“成绩单”")
  })

  it("names no issuer from a 来源 that is a page code", () => {
    const text =
      "重庆前三季度地区生产总值超2.3万亿元 同比增长6.0%\n\n发布时间:2024-11-21 18:34:20 来源: sp20241121\n\n   中新网 重庆10月22日电 (梁钦卿)重庆市统计局22日对外公布,根据地区生产总值统一核算结果,重庆市2024年前三季度实现地区生产总值23244.31亿元,按不变价格计算,同比增长6.0%。"
    expect(metadataOf(text).issuer).toBeNull()
  })
})

describe("a national briefing that names no place", () => {
  const text =
    "2007年7月19日(星期四)上午10時新聞辦舉行新聞發布會,請國家統計局新聞發言人、國民經濟綜合統計司司長李曉超介紹2007年上半年國民經濟運行情況,並答記者問。\n" +
    "[李曉超]女士們、先生們,大家上午好!初步核算,上半年國內生產總值106768億元,同比增長11.5%。"

  it("is national when a national body speaks in its opening", () => {
    expect(metadataOf(text).region?.level).toBe("country")
    expect(factIn(text, "國內生產總值", 106768)?.region).toBe("中国")
  })

  it("has no weekday or hour in its issuer", () => {
    expect(metadataOf(text).issuer).toBe("新闻办")
  })
})

describe("a city story that ranks its city among others", () => {
  const text =
    "湖北日报讯 10月29日,武汉市统计局、国家统计局武汉调查队联合发布2024年前三季度武汉市经济运行情况——全市地区生产总值14720.98亿元,按不变价格计算,同比增长5.1%。\n" +
    "记者梳理各地最新公开数据发现,在最近一周时间里,全国GDP“十强”城市均已相继发布今年前三季度经济成绩单。其中,上海以前三季度GDP34389.18亿元居首,随后依次为北京、深圳、重庆、广州、苏州、成都、杭州、武汉、南京。\n" +
    "作为中部地区首座“两万亿之城”,武汉将今年GDP增速的目标锚定6%。\n" +
    "从供给端看,前三季度,武汉市实现农林牧渔业总产值627.52亿元,按可比价格计算,同比增长2.9%;规模以上工业增加值同比增长6.5%。"

  it("is about that city, not the province of the city the ranking names most", () => {
    expect(metadataOf(text).region?.name).toBe("武汉市")
    expect(factIn(text, "规模以上工业增加值", 6.5)?.region).toBe("武汉市")
  })
})

describe("a commentary that opens a work report", () => {
  it("is not the report: 翻开政府工作报告, is a sentence, not a title line", () => {
    const text =
      "數據呈現\n全年實現地區生產總值5503億元、增長5.4%,連續10個季度超過全國平均水平。\n觀點深一度\n翻開政府工作報告,“信心”二字躍然紙上:\n" +
      "2024年,全年地區生產總值增長5.4%、連續10個季度超過全國平均水平,全體居民人均可支配收入增長5.5%。(記者 沈琪)"
    expect(metadataOf(text).genre).not.toBe("work_report")
  })
})

describe("a 1955 provincial budget report run into one paragraph", () => {
  it("takes its review and budget years from the pair its opening sentence names", () => {
    const text =
      "各位代表:我受山西省人民政府的委托,向大会报告我省一九五四年财政预算执行情况及一九五五年财政预算草案。一九五四年财政顶算执行情况一九五四年我省财政预算是遵照中央人民政府政务院指示的财政方针进行的。"
    const meta = metadataOf(text)
    expect(meta.genre).toBe("budget_report")
    expect(meta.reviewYear).toBe(1954)
    expect(meta.planYear).toBe(1955)
    expect(meta.region?.name).toBe("山西省")
  })
})

describe("money in an older report's spelling (圆 for 元)", () => {
  it("is yuan: 三亿二千万圆 is 3.2亿 CNY", () => {
    const text = "各位代表：一九五六年全省财政收入三亿二千万圆，比一九五五年增长百分之十二点五。"
    const row = extractOne(text).indicators.find((i) => i.unit.endsWith("圆"))
    expect(row?.value_base).toBe(320000000)
    expect(row?.base_unit).toBe("CNY")
    expect(row?.period).toBe("1956")
  })
})

describe("genres read from the body when the title is gone", () => {
  it("a speech opens on its audience (同志们、朋友们:)", () => {
    const text = "同志们、朋友们: 伴随着新年悦耳的钟声,我们跨入了新的一年。刚刚过去的1996年是不平常的一年,我们各方面工作经受了严峻考验。"
    expect(metadataOf(text).genre).toBe("speech")
  })

  it("a provincial implementation plan says it sets one out (提出实施方案如下), and its figures are its targets", () => {
    const text =
      "山西省第一届人民代表大会第一次会议作出了关于「全力争取超额完成农业增产任务,并普遍开展增产节约运动的决议」。全省争取秋粮在原计划增产五亿斤的基础上,再增产二亿至三亿斤。因此,为了切实保证这一决议的胜利实现,特根据我省国民经济各部门的具体情况,提出实施方案如下:"
    expect(metadataOf(text).genre).toBe("policy_notice")
    expect(factIn(text, "再增产", 3)?.status).toBe("target")
  })
})

describe("a story's period comes from its lead paragraph", () => {
  it("not from a period its second paragraph gives one figure (2023年1-11月)", () => {
    const text =
      "龙华区二届人大四次会议开幕\n2024-01-19 07:37\n来源: 深圳特区报\n" +
      "深圳新闻网2024年1月19日讯(深圳特区报记者 杨明铭 吴禾昆)昨日上午,深圳市龙华区第二届人民代表大会第四次会议在龙华会堂开幕。区长雷卫华代表龙华区人民政府向大会作政府工作报告。\n" +
      "过去一年,龙华人接续奋斗、砥砺前行。这一年,2023年1-11月,规模以上工业总产值达5534亿元;民生福祉获得持续性增强,区域民生领域投入多达363亿元、增长14.5%。"
    const meta = metadataOf(text)
    expect(meta.genre).toBe("news")
    expect(meta.period).toBeNull()
  })
})

describe("a metadata table laid out as lines (label, then value on the next line)", () => {
  it("gives the issuing office and the date", () => {
    const text =
      "十堰市人民政府第五次全国经济普查领导小组办公室关于印发《十堰市第五次全国经济普查实施办法》的通知\n\n索引号\n011080691/2023-70749\n主题分类\n统计\n发文日期\n2023年09月03日 16:25:00\n发布机构\n十堰市人民政府第五次全国经济普查领导小组办公室\n文号\n十经普办文〔2023〕9号\n\n" +
      "现将《十堰市第五次全国经济普查实施办法》印发给你们,请结合实际,认真贯彻落实。"
    const meta = metadataOf(text)
    expect(meta.issuer).toBe("十堰市人民政府第五次全国经济普查领导小组办公室")
    expect(meta.publishedOn).toBe("2023-09-03")
  })
})

describe("an undated county report whose opening names the year under review", () => {
  it("reviews the year its opening calls 开局之年 and plans the next (今年 targets)", () => {
    const text =
      "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n2023年是全面贯彻党的二十大精神的开局之年。全县地区生产总值增长5.2%。\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。"
    const meta = metadataOf(text)
    expect(meta.reviewYear).toBe(2023)
    const target = factIn(text, "增长6%", 6)
    expect(target?.period).toBe("2024")
    expect(target?.status).toBe("target")
  })
})

describe("a session line spelled in Chinese numerals (一九八六年三月二十五日在…会议上)", () => {
  it("dates the report: delivered in March 1986, it reviews 1985 and plans 1986", () => {
    const text =
      "关于第七个五年计划的报告\n\n             一九八六年三月二十五日在\n          第六届全国人民代表大会第四次会议上\n\n             (国务院总理 赵紫阳)\n\n" +
      "各位代表:\n  现在,我代表国务院,向大会作关于我国国民经济和社会发展第七个五年计划的报告,请审议。"
    const meta = metadataOf(text)
    expect(meta.publishedOn).toBe("1986-03-25")
    expect(meta.reviewYear).toBe(1985)
    expect(meta.planYear).toBe(1986)
    expect(meta.yearStated).toBe(true)
  })
})

describe("an article dated after the year it reports on (a 1958 review of the 1957 plan)", () => {
  const text =
    "(二)1957年计划执行情况\n" +
    "\n" +
    "  1958年5月29日,省计委对1957年国民经济计划报告情况作了检查,作了《山\n" +
    "东省1957年国民经济计划执行情况(初稿)》的报告,主要内容是(部分数字按实际\n" +
    "统计数字作了调整):\n" +
    "  1957年在党的领导下,经过整风运动和社会主义的教育,大大提高了全省劳动\n" +
    "人民的觉悟和生产积极性。因此,使全省社会主义各项建设事业取得了很大的成就。\n" +
    "  1.工业。1957年全省工业发展取得了新的成就。工业生产总值33.56亿元,完\n" +
    "成年计划的103.4%(手工业产值7.5亿元不包括在内),比1956年增长2.7%。其中,\n" +
    "中央工业产值15.64亿元,完成计划104.5%,比1956年增长1.7%;地方工业产值\n" +
    "17.92亿元,完成计划102.6%,比1956年增长3.6%。生产资料生产比1956年增长\n" +
    "12.3%,消费资料生产因棉纱、棉布、面粉等产品减产的影响则减少4.9%,在工\n"

  it("takes no piece of its wrapped opening sentence for a title", () => {
    const title = metadataOf(text).title
    expect(title === null || !/[,，]/.test(title)).toBe(true)
  })

  it("reports on the year its lead names when it never speaks of its own year", () => {
    expect(metadataOf(text).reviewYear).toBe(1957)
    expect(factIn(text, "中央工业产值", 15.64)?.period).toBe("1957")
  })
})

describe("a reprinted story about the national communiqué", () => {
  const text =
    "发布时间:2024-11-05 19:30:53 来源: sp20241105\n人民网北京2月29日电 (记者杨曦)2月29日,国家统计局发布2023年国民经济和社会发展统计公报(以下简称公报)。公报显示,2023年我国城乡融合和区域协调发展步伐稳健。\n" +
    "分区域看,全年东部地区生产总值652084亿元,比上年增长5.4%;中部地区生产总值269898亿元,增长4.9%。"

  it("is a story (the communiqué is named in a sentence, not in a title line)", () => {
    expect(metadataOf(text).genre).toBe("news")
  })

  it("reports on the year its lead names, not the year it was reprinted in, for the nation", () => {
    const meta = metadataOf(text)
    expect(meta.reviewYear).toBe(2023)
    expect(meta.region?.level).toBe("country")
    const row = factIn(text, "东部地区生产总值", 652084)
    expect(row?.period).toBe("2023")
    expect(row?.region).toBe("中国")
  })
})

describe("a byline ending in a date", () => {
  it("is not a title (中国网 china.com.cn 时间: 2011-04-15)", () => {
    const text =
      "中国网 china.com.cn 时间: 2011-04-15\n|\n年初以来,吉林省东丰县委、县政府以科学发展观为统领,狠抓税源项目建设,加快城镇化步伐,全力以赴招商引资,扎实推进农业现代化进程,大力实施惠民实事,实现了经济社会健康发展,取得了首季开门红。截至3月末,全县地区生产总值实现19.5亿元,同比增长22.6%。"
    expect(metadataOf(text).title ?? "").not.toContain("2011-04-15")
  })
})

describe("a district's short form spelled like a common word", () => {
  it("is not the text's place when it stands as a verb (续建新建百亿级项目: 新建 is newly built, not 新建区)", async () => {
    const text = "奋力谱写高质量发展新篇章\n今年以来，全区上下续建新建百亿级项目，全区上下干劲十足。新建项目开工率达到95%，新建项目投资增长12%。"
    expect(metadataOf(text).region?.name ?? null).not.toBe("新建区")
    expect(extractOne(text).indicators.every((r) => r.region !== "新建区")).toBe(true)
  })
})
