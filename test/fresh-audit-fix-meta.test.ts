/**
 * Classes of error in document metadata, and in the period and region the facts inherit from
 * it, that earlier audits of fresh public texts left open: a zone its province administers
 * (平潭综合实验区) read as the city listed before it; a half-year story whose lead names 上半年
 * without a year; a news account of a district's work report with no dated header; national
 * development-zone aggregates with no region; a zone's 经济运行 read as a project status; speeches,
 * news pages and notices left `unknown`; section labels, bylines and metadata rows taken for
 * titles; an undated speech dated by the year it mentions most; a reprint dated by its page
 * rather than its dateline; 过去一年 dated as the story's own year; a 1958 report hard-wrapped
 * through its place name; a page's index number read as a fraction; a month compared with read as
 * the figure's period; stories on a work report taken for the report. Each case is a short real
 * quote and the class it stands for.
 */
import { describe, expect, it } from "vitest"
import { extractOne, metadataOf } from "./helpers.js"

/** The indicator whose quote holds `words` and whose value is `value`. */
const factIn = (text: string, words: string, value: number) =>
  extractOne(text).indicators.find((i) => i.value === value && i.quote.includes(words))

describe("a zone its province administers (平潭综合实验区), listed after a city", () => {
  const text =
    "三季度集中開工重大項目中,福州25個、總投資348億元,寧德24個、總投資205億元,平潭綜合實驗區7個、總投資3億元。"

  it("is the zone's own figure, not the city listed before it", () => {
    const f = factIn(text, "平潭", 7)
    expect(f?.region).toContain("平潭综合实验区")
    expect(f?.region_code).toBe("350000")
    expect(factIn(text, "寧德", 24)?.region).toBe("宁德市")
  })
})

describe("a half-year story whose lead names the period without a year (上半年,)", () => {
  const text =
    "高新区发展态势良好 主要经济指标实现“双过半”\n发布时间:2018-08-10 来源:太仓日报\n" +
    "8月3日,高新区召开党工委扩大会议暨2018年半年度工作会议。记者从会上获悉,上半年,高新区主要经济指标实现稳健增长,较好实现“双过半”。\n" +
    "全区完成全口径财政税收收入68.46亿元,增长13.3%;工业总产值483.1亿元,增长6.6%。"

  it("carries the lead's half year, in the year it was published, to the story's figures", () => {
    expect(metadataOf(text).period).toBe("2018H1")
    expect(factIn(text, "工业总产值", 483.1)?.period).toBe("2018H1")
  })

  it("not a period that has not run its course when the story came out (a January 上半年, is a plan's)", () => {
    const early = text.replace("2018-08-10", "2018-01-10").replace("8月3日", "1月3日")
    expect(metadataOf(early).period).toBeNull()
  })
})

describe("a news account of a district's work report with no dated header", () => {
  const text =
    "大洋网讯 2月8日,南沙区第四届人民代表大会第四次会议在南沙区行政中心大会堂开幕。\n" +
    "根据会议议程,南沙区区长吴扬向大会作政府工作报告。报告指出,2022年是南沙改革发展历程中具有里程碑意义的一年。\n" +
    "报告显示,过去一年,南沙坚持创新驱动、质效双升,经济高质量发展迈出坚实步伐。全年实现地区生产总值2252.58亿元,同比增长4.2%、增速全市第一。\n" +
    "报告还显示,南沙今年经济社会发展的主要预期目标是:地区生产总值增长10%,规模以上工业产值增长16%。"

  it("reviews the year the report names as its year (报告指出,2022年是…的一年)", () => {
    expect(metadataOf(text).reviewYear).toBe(2022)
    expect(factIn(text, "地区生产总值", 2252.58)?.period).toBe("2022")
  })

  it("dates the report's 今年 targets by the year after", () => {
    const f = factIn(text, "地区生产总值增长10%", 10)
    expect(f?.status).toBe("target")
    expect(f?.period).toBe("2023")
  })
})

describe("national aggregates of development zones, reported by the ministry that leads them", () => {
  const text =
    "2023年国家级经济技术开发区主要经济指标情况\n2024-06-18 15:36\n" +
    "2023年,商务部作为国家级经济技术开发区(以下简称国家级经开区)工作的牵头部门,认真落实党中央、国务院决策部署,着力推动国家级经开区高质量发展。\n" +
    "一、总体情况\n根据初步核算,2023年,全国229家国家级经开区地区生产总值15.7万亿元,同比增长6.4%(注:名义增长率,下同)。其中:第二产业增加值9.4万亿元,同比增长3.9%。\n" +
    "229家国家级经开区财政收入2.7万亿元,同比增长5%。"

  it("as is a briefing of the national political consultative conference's spokesman (全国政协…新闻发言人)", () => {
    const text =
      "2026-03-03 22:49:18 来源:参考消息网\n  中新社北京3月3日电 (记者 朱方芳 官逸伦)全国政协十四届四次会议新闻发言人刘结一3日在北京表示,中国经济长期向好的支撑条件和基本趋势没有变。\n" +
      "  全国政协十四届四次会议新闻发布会当天举行。刘结一在发布会上说,过去一年,外部环境风高浪急,中国经济顶压前行。经济总量迈上140万亿元(人民币,下同)新台阶。"
    expect(factIn(text, "经济总量", 140)?.region).toBe("中国")
  })

  it("are the nation's: a ministry speaks in an opening that names no place", () => {
    expect(metadataOf(text).region?.level).toBe("country")
    expect(factIn(text, "第二产业增加值", 9.4)?.region).toBe("中国")
    expect(factIn(text, "财政收入", 2.7)?.region).toBe("中国")
  })
})

describe("a zone's story on how its economy did (经济运行平稳)", () => {
  it("says nothing of the zone's stage as a project: 运行 there is the economy's, not a facility's", () => {
    const text = "楚雄高新区前三季度经济运行平稳\n2024-10-21\n今年以来,高新区锚定高质量发展目标,积极推动产业升级和创新驱动。1至9月,全区经济运行整体平稳。"
    const zone = extractOne(text).projects.find((p) => p.name === "楚雄高新区")
    expect(zone?.status ?? null).toBeNull()
  })
})

describe("speeches known by their subtitle, their greeting or their salutation", () => {
  it("a motto title over a subtitle line (——在…会议上的讲话)", () => {
    const text = "凝心聚力 奋勇争先\n——在全县经济工作会议上的讲话\n(2023年2月10日)\n今天召开全县经济工作会议,主要任务是总结去年工作,部署今年任务。"
    expect(metadataOf(text).genre).toBe("speech")
  })

  it("a title set over two lines, the first ending in 的, is read whole", () => {
    const text = "在县域经济发展工作座谈会上的\n讲话\n尊敬的各位领导、同志们:\n近年来,我县锚定“稳步走在全市县域经济第一方阵”目标,加快推动农业大县向经济强县跃升。"
    expect(metadataOf(text).title).toBe("在县域经济发展工作座谈会上的讲话")
  })

  it("a 1951 provincial leader's New Year address (我谨向大家祝贺) and a 1960 speech (亲爱的同志们!)", () => {
    expect(metadataOf("现在全省人民都快乐的过着解放后第二个伟大的春节,我谨向大家祝贺。一九五○年我们取得了很大的胜利,一九五一年我们要争取更大的胜利。").genre).toBe("speech")
    expect(metadataOf("亲爱的同志们!我们陕西省农业战线上的群英大会——陕西省农业生产建设先进单位和先进生产者代表会议,今天隆重地揭幕了。").genre).toBe("speech")
    expect(metadataOf("主席、各位委员:根据省府委员会第十次会议的决定,在全省党、政、军、民一致努力之下,我省今年早、中、晚稻均获得了全面的丰收。").genre).toBe("speech")
  })
})

describe("an undated speech", () => {
  const text =
    "在县域经济发展工作座谈会上的讲话\n尊敬的各位领导、同志们:\n" +
    "近年来,我县锚定“稳步走在全市县域经济第一方阵,持续领跑全省农产品主产区县”目标。2022年实现地区生产总值1479.21亿元、增长5.3%,经济总量和增速分别居全省34个类区县第1位、第2位。今年上半年,实现地区生产总值803.76亿元、增长8.5%。"

  it("has no year of its own: not the year it mentions most", () => {
    expect(metadataOf(text).reviewYear).toBeNull()
  })

  it("dates what it names a year for, and leaves its 今年 undated rather than guessed", () => {
    expect(factIn(text, "1479.21", 1479.21)?.period).toBe("2022")
    expect(factIn(text, "803.76", 803.76)?.period ?? null).toBeNull()
  })
})

describe("pages, titles and labels", () => {
  it("a story under its headline and a time stamp line is news", () => {
    const text =
      "广州市发布该市“十四五”规划纲要 2025年地区生产总值将达到3.5万亿元\n2021-05-19 18:00:17\n" +
      "广州市发布该市“十四五”规划纲要。5月19日,广州市发布《广州市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》(下列简称《纲要》),提出到2025年地区生产总值将达到3.5万亿元(人民币,下同)。"
    expect(metadataOf(text).genre).toBe("news")
  })

  it("a story that names a day without its month, as a dateline's story does (从26日至28日三天), is news", () => {
    const text = "根據福建省政府部署,從26日至28日三天,福建省各地將集中開工一批重大項目。據省發改委、省重點辦初步篩選,全省三季度集中開工重大項目227個,總投資1799億元。"
    expect(metadataOf(text).genre).toBe("news")
  })

  it("a story with its 来源 and a written date and hour is news", () => {
    const text =
      "上半年河北一般公共预算收入和支出均“双过半”\n2016年07月09日 14:01   来源:河北新闻网\n" +
      "从省财政厅获悉,今年1-6月份,全省财政运行总体平稳,一般公共预算收入和支出均实现“双过半”,主要财政指标好于一季度。"
    expect(metadataOf(text).genre).toBe("news")
  })

  it("a story opening on an outlet's tag and a date (【化工仪器网 政策法规】2023年12月26日,…) is news", () => {
    const text =
      "【化工儀器網 政策法規】2023年12月26日,湖南省人民政府辦公廳關于印發《湖南省現代化產業體系建設實施方案》(以下簡稱《方案》)的通知。預計到2027年,全省現代化產業體系建設取得重要進展。"
    expect(metadataOf(text).genre).toBe("news")
  })

  it("a section's label over a paragraph (数据呈现) is not the title", () => {
    const text = "數據呈現\n全年實現地區生產總值5503億元、增長5.4%,連續10個季度超過全國平均水平;全體居民人均可支配收入增長5.5%、居全國第六,超過經濟增速。"
    expect(metadataOf(text).title).toBeNull()
  })

  it("a notice whose title is set over two lines (…关于加强普通高等学校 / 毕业生就业工作的通知)", () => {
    const text =
      "湖南省人民政府办公厅文件\n湘政办发〔2009〕24号\n湖南省人民政府办公厅关于加强普通高等学校\n毕业生就业工作的通知\n各市州、县市区人民政府,省政府各厅委、各直属机构:\n" +
      "根据《国务院办公厅关于加强普通高等学校毕业生就业工作的通知》(国办发〔2009〕3号)精神,结合我省实际,经省人民政府同意,现就加强普通高等学校毕业生就业工作有关问题通知如下:"
    const meta = metadataOf(text)
    expect(meta.title).toBe("湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知")
    expect(meta.genre).toBe("policy_notice")
  })

  it("a notice or reply that is itself the document (关于…的紧急通知) is a policy notice, under its time stamp", () => {
    const text =
      "关于综合改革相关工作的紧急通知\n2017-06-20 08:39:33 字号:\n  各县(市、区)深化供销合作社综合改革领导小组办公室:\n" +
      "  根据乌兰副书记的指示和省深化供销合作社综合改革领导小组办公室的要求,3月底前各县(市、区)要成立领导机构,6月底前要完成《实施意见》和《实施方案》的出台。"
    expect(metadataOf(text).genre).toBe("policy_notice")
  })

  it("a reply's issuing body over its 关于 line is one title; the first of the places it lists (祁东县等7县市区) is not its place", () => {
    const text =
      "湖南省人民政府\n关于同意祁东县等7县市区脱贫摘帽的批复\n湘政函〔2018〕45号\n省扶贫开发领导小组办公室:\n" +
      "你办《关于对2017年度省扶贫开发工作重点县脱贫摘帽进行批复的请示》(湘扶领办呈[2018]7号)收悉。根据《中共湖南省委办公厅湖南省人民政府办公厅印发〈关于建立贫困退出机制的实施意见(试行)〉的通知》(湘办[2016]31号)精神,现批复如下:"
    const meta = metadataOf(text)
    expect(meta.title).toBe("湖南省人民政府关于同意祁东县等7县市区脱贫摘帽的批复")
    expect(meta.genre).toBe("policy_notice")
    expect(meta.region?.name).toBe("湖南省")
  })

  it("a metadata table's row (废止时间: … 名称: …) is not the title, the title line below it is", () => {
    const text =
      "发文日期: 2019-01-23 生效时间: 2019-01-23\n废止时间: 2020-01-23 名称: 太湖县人民政府关于印发《太湖县人民政府工作规则》的通知\n" +
      "太湖县人民政府关于印发《太湖县人民政府工作规则》的通知\n各乡、镇人民政府,县政府各部门、各直属机构:\n" +
      "《太湖县人民政府工作规则》已经2019年1月4日县政府第三次全体会议通过,现予印发,请遵照执行。"
    expect(metadataOf(text).title).toBe("太湖县人民政府关于印发《太湖县人民政府工作规则》的通知")
  })

  it("a notice's addressees (各…,岳阳经济技术开发区…:) are not its place", () => {
    const text =
      "中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(岳办发〔2017〕2号)\n来源:岳阳市政府门户网 日期:2017-01-12 17:08\n" +
      "各县市区委、人民政府,岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区,市直各单位,中央、省驻岳单位:\n" +
      "《关于全面推进政务公开工作的实施意见》已经市委、市人民政府同意,现印发给你们,请结合实际认真贯彻执行。"
    expect(metadataOf(text).region?.name).toBe("岳阳市")
  })
})

describe("a reprint's page date over the story's own dateline", () => {
  it("dates the story by its dateline (中新网 重庆10月22日电 under 发布时间:2024-11-21)", () => {
    const text =
      "重庆前三季度地区生产总值超2.3万亿元 同比增长6.0%\n\n发布时间:2024-11-21 18:34:20 来源: sp20241121\n\n" +
      "   中新网 重庆10月22日电 (梁钦卿)重庆市统计局22日对外公布,根据地区生产总值统一核算结果,重庆市2024年前三季度实现地区生产总值23244.31亿元,按不变价格计算,同比增长6.0%。"
    expect(metadataOf(text).publishedOn).toBe("2024-10-22")
  })

  it("a February dateline under a November page date: the story is of February (the year it reviews follows from that)", () => {
    const text =
      "发布时间:2024-11-05 19:30:53 来源: sp20241105\n人民网北京2月29日电 (记者杨曦)2月29日,国家统计局发布2023年国民经济和社会发展统计公报(以下简称公报)。公报显示,2023年我国城乡融合和区域协调发展步伐稳健。"
    expect(metadataOf(text).publishedOn).toBe("2024-02-29")
  })
})

describe("过去一年 heading a paragraph", () => {
  it("dates the paragraph's figures by the year before the story's (a March 2026 reprint on 2025)", () => {
    const text =
      "2026-03-03 22:49:18 来源:参考消息网 责任编辑:刘天霖\n参考消息网2026-03-03号报道\n" +
      "  中新社北京3月3日电 (记者 朱方芳 官逸伦)全国政协十四届四次会议新闻发言人刘结一3日在北京表示,中国经济长期向好的支撑条件和基本趋势没有变。\n" +
      "  全国政协十四届四次会议新闻发布会当天举行。刘结一在发布会上说,过去一年,外部环境风高浪急,中国经济顶压前行、向新向优发展,展现强大韧性和活力。经济总量迈上140万亿元(人民币,下同)新台阶,增速在全球主要经济体中继续保持前列。\n" +
      "  他提到,这次“史上最长”春节假期,国内游客出游总消费超过8034亿元,同比增加1264亿元。"
    expect(factIn(text, "经济总量", 140)?.period).toBe("2025")
    expect(factIn(text, "出游总消费", 8034)?.period).toBe("2026")
  })

  it("and a reprint's byline (参考消息网2026-03-03号报道) is not the title", () => {
    expect(metadataOf("2026-03-03 22:49:18 来源:参考消息网\n参考消息网2026-03-03号报道\n  中新社北京3月3日电 (记者 朱方芳)全国政协十四届四次会议新闻发言人刘结一3日在北京表示,中国经济长期向好的支撑条件和基本趋势没有变。").title).toBeNull()
  })
})

describe("a 1958 report hard-wrapped at the page's width", () => {
  it("has its place, broken over two lines of an indented opening (作了《山 / 东省…), rejoined", () => {
    const text =
      "(二)1957年计划执行情况\n\n  1958年5月29日,省计委对1957年国民经济计划报告情况作了检查,作了《山\n东省1957年国民经济计划执行情况(初稿)》的报告,主要内容是(部分数字按实际\n统计数字作了调整):\n" +
      "  1957年在党的领导下,经过整风运动和社会主义的教育,大大提高了全省劳动\n人民的觉悟和生产积极性。因此,使全省社会主义各项建设事业取得了很大的成就。\n" +
      "  1.工业。1957年全省工业发展取得了新的成就。工业生产总值33.56亿元,完\n成年计划的103.4%(手工业产值7.5亿元不包括在内),比1956年增长2.7%。其中,\n中央工业产值15.64亿元,完成计划104.5%,比1956年增长1.7%;地方工业产值\n17.92亿元,完成计划102.6%,比1956年增长3.6%。生产资料生产比1956年增长\n"
    expect(metadataOf(text).region?.name).toBe("山东省")
    expect(factIn(text, "工业生产总值", 33.56)?.region).toBe("山东省")
  })
})

describe("a page's metadata table over a notice", () => {
  it("its index number (索引号: 003129766/201901-00336) is a code, not a fraction", () => {
    const text =
      "索引号: 003129766/201901-00336 组配分类: 规范性文件发布\n信息分类: 通知   发布机构: 太湖县人民政府办公室\n" +
      "太湖县人民政府关于印发《太湖县人民政府工作规则》的通知\n各乡、镇人民政府,县政府各部门、各直属机构:\n" +
      "《太湖县人民政府工作规则》已经2019年1月4日县政府第三次全体会议通过,现予印发,请遵照执行。"
    expect(extractOne(text).indicators.filter((i) => i.quote.includes("003129766"))).toEqual([])
  })
})

describe("a month named as a comparison's base", () => {
  it("is not the figure's period (1-2月份…比上年12月份加快0.2个百分点)", () => {
    const text =
      "3月18日,在國務院新聞辦舉行的2024年1-2月份國民經濟運行情況新聞發布會上,國家統計局新聞發言人、總經濟師、國民經濟綜合統計司司長劉愛華表示,1-2月份,全國規模以上工業增加值同比增長7.0%,比上年12月份加快0.2個百分點。"
    expect(factIn(text, "12月份", 0.2)?.period).toBe("2024M01-02")
  })
})

describe("stories on a work report", () => {
  const fucheng =
    "大會現場 張寶杉 攝\n【香港商報網訊】2月19日,綿陽市涪城區第六屆人民代表大會第四次會議在綿陽市委黨校知行堂主會議廳隆重開幕。大會由主席團常務主席、執行主席鄭志恆主持,代區長鄧輝作政府工作報告。\n" +
    "鄧輝在報告中說,2018年涪城全區經濟社會發展取得顯著成效。區屬地區生產總值達到379.95億元、增長9.3%。\n鄧輝作政府工作報告 張寶杉 攝\n" +
    "鄧輝在報告中提出了2019年經濟社會發展主要預期目標:區屬地區生產總值增長9%,全社會固定資產投資增長18%。"

  it("are not the report: a photo's caption (邓辉作政府工作报告 张宝杉 摄) is no title line", () => {
    expect(metadataOf(fucheng).genre).toBe("news")
  })

  it("are dated by a month and day after the outlet's tag (【香港商报网讯】2月19日), reviewing the year before", () => {
    const meta = metadataOf(fucheng)
    expect(meta.publishedOn).toBe("2019-02-19")
    expect(meta.reviewYear).toBe(2018)
  })

  it("a story where the premier reports to the 人大 session is dated as the report is (去年 figures of the year before)", () => {
    const text =
      " date 2026-03-05   • 會員\n05/03/2026 09:13\n【兩會焦點】李強作政府工作報告：去年頂壓前行、展現強大韌性，全年經濟目標任務順利完成\n" +
      "　　十四屆全國人大四次會議開幕會今日9時在北京人民大會堂舉行。國務院總理李強代表國務院向十四屆全國人大四次會議作政府工作報告。\n" +
      "　　李強表示，去年國內生產總值增長5%，總量達到140.19萬億元人民幣。"
    expect(metadataOf(text).reviewYear).toBe(2025)
    expect(factIn(text, "總量", 140.19)?.period).toBe("2025")
  })
})

describe("a speech at a meeting on a quarter's economy", () => {
  it("is a speech (…经济运行分析会上的讲话), not the quarter's release, and states no year", () => {
    const text =
      "区长在全区第一季度经济运行分析会上的讲话\n今天,我们在这里召开全区第一季度经济运行分析会,主要是通报和分析我区当前经济态势。\n" +
      "今年以来,全区上下认真落实科学发展观,使全区经济保持快速发展的良好态势。预计第一季度全区完成生产总值28.39亿元,占年度计划的24.1%,同比增长16.4%。"
    const meta = metadataOf(text)
    expect(meta.genre).toBe("speech")
    expect(factIn(text, "生产总值", 28.39)?.period ?? null).toBeNull()
  })
})
