/**
 * Subjects and units of indicator facts, read on fresh public texts unlike the seeds and the web
 * set (a 2011 county communiqué's education and health part, a 2022 county's social statistics,
 * a 2023 national communiqué's farming part, county work reports' reviews, a district budget
 * report, project-launch news, a plan's indicator table). Each case is a short real sentence and
 * the class it stands for.
 */
import { describe, expect, it } from "vitest"
import { extractOne, factOf } from "./helpers.js"

const subjectOf = (text: string, value: number) => factOf(text, value)?.indicator

describe("a count's noun is what is counted, not what is said of it", () => {
  it("ends at a copula after the noun (…为正科级事业单位)", () => {
    expect(subjectOf("其中5个中心卫生院为正科级事业单位;15个一般卫生院为副科级事业单位。", 5)).toBe("中心卫生院")
  })

  it("ends at 的 after a noun (5个一般村的…建设工作, 21个国控监测点位的监测任务)", () => {
    expect(subjectOf("实施达里村、永兴村3个示范村以及5个一般村的美丽宜居村庄林场建设工作。", 5)).toBe("一般村")
    expect(subjectOf("完成全市21个国控监测点位的监测任务。", 21)).toBe("国控监测点位")
  })

  it("keeps a modifier's 的: the head after it is counted (30多个优质的团队, 县和相当于县的行政单位)", () => {
    expect(subjectOf("吸引孵化有30多个优质的团队和项目。", 30)).toContain("团队")
    expect(subjectOf("二千一百一十六个县和相当于县的行政单位建立了自己的政权。", 2116)).toContain("行政单位")
  })

  it("ends where the amount's own noun starts, before the next number (…现有业务用房36531平方米)", () => {
    const text = "全县29个医疗卫生单位现有业务用房36531平方米,其中:20个乡镇卫生院业务用房16672平方米。"
    expect(subjectOf(text, 29)).toBe("医疗卫生单位")
    expect(subjectOf(text, 20)).toBe("乡镇卫生院")
    expect(subjectOf(text, 36531)).toContain("业务用房")
    const income = "全县10个行政村集体收入全部达到20万元以上。"
    expect(subjectOf(income, 10)).toBe("行政村")
    expect(subjectOf(income, 20)).toBe("行政村集体收入")
  })

  it("does not end in 全部 (…全部纳入医共体)", () => {
    expect(subjectOf("17家基层医疗机构全部纳入医共体。", 17)).toBe("基层医疗机构")
  })

  it("is the noun after the amount of each (46个总投资389亿元的重点项目)", () => {
    const text = "3月18日,诸城市烟叶复烤仓储设施、东晓生物高品质氨基酸等46个总投资389亿元的重点项目集中开工。"
    expect(subjectOf(text, 46)).toContain("重点项目")
  })
})

describe("a count after examples (A、B、C等N个) counts their class", () => {
  it("takes a one-character class after the count, never the last example", () => {
    expect(subjectOf("示范区包括涪陵、巴南、九龙坡、璧山、永川、荣昌、大足等7个区。", 7)).toBe("区")
  })

  it("takes the head the examples share when no noun follows the count", () => {
    const text = "有天祝县高铁西站应急避难场、天祝县生态及地质灾害避险搬迁项目、甘肃电气天祝县松山滩风电项目、天祝县天堂景区旅游基础设施建设项目、天祝县重点调蓄水源工程等36个,总投资达52.25亿元。"
    const f = factOf(text, 36)
    expect(f?.indicator).toBe("项目")
    expect(f?.indicator_code).toBeNull()
  })
})

describe("kept verbs name what is counted together", () => {
  it("带动就业, 转移就业: no subject borrowed from the figure before", () => {
    expect(subjectOf("全产业链产值突破80亿元,带动就业2.4万人。", 2.4)).toBe("带动就业")
    expect(subjectOf("新增城镇就业2949人,登记失业率3.5%。完成转移就业14万人。", 14)).toBe("转移就业")
  })

  it("捕捞产量 keeps its verb (fish caught, beside 养殖产量)", () => {
    expect(subjectOf("其中,养殖产量5812万吨,增长4.4%;捕捞产量1288万吨,下降1.0%。", 1288)).toBe("捕捞产量")
  })
})

describe("words the segmenter tags as no noun", () => {
  it("初中 (a locative to jieba) names its own figure in a list", () => {
    expect(subjectOf("共有在校学生205582人(其中,学前教育33054人、小学101036人、初中48058人、普通高中21212人)。", 48058)).toBe("初中")
  })

  it("收入 after 等 (a verb to jieba) is the head: the account is not borrowed from the sentence before", () => {
    const text = "其中,税收收入515.4亿元,增长2%,税收占比81.3%。加上级转移支付等收入116.3亿元,上年结余57.5亿元。"
    expect(subjectOf(text, 116.3)).toContain("收入")
    expect(subjectOf(text, 116.3)).not.toContain("税收")
  })
})

describe("a plan's indicator table with a 单位 column", () => {
  const text = "某市国民经济和社会发展第十四个五年规划纲要\n2021年2月1日\n专栏1 “十四五”时期主要指标\n指标\n单位\n2020年\n2025年\n属性\n地区生产总值\n亿元\n1200\n1800\n预期性\n森林覆盖率\n%\n45.2\n47\n约束性\n"

  it("takes each row's unit from that column", () => {
    const rows = extractOne(text).indicators
    const gdp = rows.filter((r) => r.indicator === "地区生产总值")
    expect(gdp.map((r) => [r.value, r.unit, r.period, r.status])).toEqual([[1200, "亿元", "2020", "actual"], [1800, "亿元", "2025", "target"]])
    expect(rows.find((r) => r.value === 47)?.unit).toBe("%")
  })

  it("reads no cell of the unit column as a figure", () => {
    expect(extractOne(text).indicators).toHaveLength(4)
  })
})

describe("a breakdown by groups names each group's measure", () => {
  it("a bare group takes the measure the group before it named (分经济类型看)", () => {
    const text = "在规模以上工业中,分经济类型看,国有控股企业增加值增长3.3%;股份制企业增长4.8%,外商及港澳台商投资企业下降1.0%;私营企业增长2.9%。"
    expect(subjectOf(text, 4.8)).toBe("股份制企业增加值")
    expect(subjectOf(text, 2.9)).toBe("私营企业增加值")
    // …and so never the code of a count of firms.
    expect(factOf(text, 2.9)?.indicator_code).toBeNull()
  })

  it("in the same unit, across the rate between (采矿业利润15574亿元,增长48.6%;制造业64150亿元)", () => {
    const text = "分门类看,采矿业利润15574亿元,比上年增长48.6%;制造业64150亿元,下降13.4%。"
    expect(subjectOf(text, 64150)).toBe("制造业利润")
    expect(subjectOf(text, -13.4)).toBe("制造业利润")
  })

  it("a bare head after ；takes the stem of the statement before (完成总产值…;完成增加值…)", () => {
    const text = "2022年1-11月,全市规模以上工业完成总产值10125.1亿元,同比增长11.4%;完成增加值2205.58亿元,同比增长7.2%。"
    expect(subjectOf(text, 2205.58)).toBe("规模以上工业增加值")
  })
})

describe("names the segmenter reads as places or cuts", () => {
  it("keeps a zone's place name (川南经济区, not 经济区)", () => {
    const text = "分地区看,成都平原经济区规模以上工业增加值比上年增长6.4%,川南经济区增长3.0%,攀西经济区增长9.6%。"
    expect(subjectOf(text, 3)).toBe("川南经济区")
    expect(subjectOf(text, 9.6)).toBe("攀西经济区")
  })

  it("keeps 大春 (a season's harvest, not a place), and so no code of the whole harvest", () => {
    const f = factOf("全年粮食产量80.3万吨,下降2.4%,其中:小春粮食产量14.8万吨,增长1.4%;大春粮食产量65.5万吨,下降3.3%。", 65.5)
    expect(f?.indicator).toBe("大春粮食产量")
    expect(f?.indicator_code).toBeNull()
  })

  it("keeps 农副食品加工业 whole", () => {
    expect(subjectOf("全年规模以上工业中,农副食品加工业增加值比上年增长0.7%,纺织业下降2.7%。", 0.7)).toBe("农副食品加工业增加值")
  })
})

describe("vague words in a press conference's figures", () => {
  const text = "经济增长平稳,今年一季度我国经济增长6.8%,这个增速和去年四季度持平,经济增长率已经连续11个季度稳定在6.7%-6.9%的区间。"

  it("区间 after a range names nothing: the range is of what its low end is of", () => {
    expect(subjectOf(text, 6.9)).not.toBe("区间")
    expect(subjectOf(text, 6.9)).toBe(subjectOf(text, 6.7))
  })

  it("我国经济增长 opened by a quarter is GDP growth", () => {
    expect(factOf(text, 6.8)?.indicator_code).toBe("GDP")
  })

  it("a count runs into a catalogued rate through frames (31个大城市城镇调查失业率继续保持在5%以下)", () => {
    const cities = "特别是31个大城市城镇调查失业率继续保持在5%以下。"
    expect(subjectOf(cities, 31)).toBe("大城市")
    expect(factOf(cities, 31)?.indicator_code).toBeNull()
  })
})

describe("the noun counted ends where the predicate starts", () => {
  it("at a word jieba calls a noun that says how the verb is done (协同推进, 点对点“绑定”, 全天候服务)", () => {
    expect(subjectOf("69个区级河长牵头责任单位和15个镇街协同推进水污染防治与河长制工作。", 15)).toBe("镇街")
    expect(subjectOf("把村社4211名干部点对点“绑定”到全区15016个污染点源上。", 4211)).toBe("干部")
    expect(subjectOf("服务专员对辖区200余个企业全天候服务。", 200)).toBe("企业")
  })

  it("past a grade of size before it (3个10亿级以上项目), never the example before 等", () => {
    expect(subjectOf("签约项目落地开工率超70%,孔辉科技等3个10亿级以上项目实现当年签约、当年建设、当年投产。", 3)).toBe("10亿级以上项目")
  })
})

describe("a bracketed note with several figures", () => {
  it("lends no subject to the figure after it (其中男性…,女性…),比上年减少…)", () => {
    const text = "年末户籍人口85.6万人(其中男性44.1万人,女性41.5万人),比上年减少0.3万人。"
    expect(subjectOf(text, -0.3)).toBe("户籍人口")
  })
})

describe("为 before what was done for whom", () => {
  it("is a preposition, not a copula: the subject is what was done (…的机制为企业协调事宜260余项)", () => {
    expect(subjectOf("涪陵按“专员吹哨、部门报到”的机制为企业协调事宜260余项。", 260)).toContain("协调事宜")
  })

  it("stays a copula before the value's base (奖励标准为投资额的1%)", () => {
    expect(subjectOf("奖励标准为投资额的1%。", 1)).toBe("奖励标准")
  })
})

describe("a count's people are the next number's", () => {
  it("39个单位领导干部65人次: the count is of the units", () => {
    expect(subjectOf("2022年,39个单位领导干部65人次向区总河长递交书面检讨65份。", 39)).toBe("单位")
  })
})

describe("a list a colon lead introduces (…三个行业分别是:A、B、C,增加值分别增长…)", () => {
  const text = "对全市规上工业增加值增速贡献最大的三个行业分别是:化学原料和化学制品制造业、专用设备制造业、计算机通信和其他电子设备制造业,增加值分别增长46.9%、93.5%和3.6%,分别拉动全市规上工业增加值增速5.3、1.3和1.3个百分点。"

  it("gives each figure its item", () => {
    expect(subjectOf(text, 46.9)).toBe("化学原料和化学制品制造业增加值")
    expect(subjectOf(text, 93.5)).toBe("专用设备制造业增加值")
  })

  it("gives each contribution its own driver", () => {
    expect(subjectOf(text, 5.3)).toContain("化学原料和化学制品制造业")
    const rows = extractOne(text).indicators.filter((r) => r.unit === "个百分点")
    expect(new Set(rows.map((r) => r.indicator)).size).toBe(3)
  })
})

describe("a unit's final accounts (部门决算)", () => {
  it("keep 其他收入 and 上缴上级支出 whole", () => {
    const income = "2022年本年收入合计4125.49万元,其中:一般公共预算财政拨款收入3859.16万元,占93.54%;其他收入266.33万元,占6.46%。"
    expect(subjectOf(income, 266.33)).toBe("其他收入")
    const spending = "2022年本年支出合计4143.91万元,其中:基本支出1140.27万元,占27.52%;上缴上级支出12万元,占0.3%。"
    expect(subjectOf(spending, 12)).toBe("上缴上级支出")
  })
})

describe("a part after 其中 named by its whole's alias", () => {
  it("gets no code of the whole (农业产值 under 农林牧渔业总产值, 执业医师 under 执业(助理)医师)", () => {
    const farm = "全年全县实现农林牧渔业总产值169.7亿元,比上年增长4.4%,其中,农业产值91.9亿元,增长4.7%,林业产值6.5亿元,增长7.2%。"
    expect(factOf(farm, 169.7)?.indicator_code).toBe("AGRI_OUTPUT")
    expect(factOf(farm, 91.9)?.indicator_code).toBeNull()
    expect(factOf(farm, 4.7)?.indicator_code).toBeNull()
    const doctors = "2022年,全县共有卫生机构746家。共有执业(助理)医师2089人。其中,执业医师1390人、执业助理504人。"
    expect(factOf(doctors, 2089)?.indicator_code).toBe("DOCTORS")
    expect(factOf(doctors, 1390)?.indicator_code).toBeNull()
  })

  it("keeps it for a part of the time (五年合计…,其中一九八五年为…)", () => {
    const text = "计划规定,五年合计财政支出为六千零九十八亿元,其中一九八五年为一千三百零四亿元。"
    const total = factOf(text, 6098)?.indicator_code
    expect(factOf(text, 1304)?.indicator_code).toBe(total)
  })
})

describe("a count of things whose amount grew", () => {
  it("counts the things, not their amount (19个行业增加值实现增长)", () => {
    expect(subjectOf("分行业看,41个大类行业中有19个行业增加值实现增长。", 19)).toBe("行业")
  })
})

describe("the noun after the counted things' 的", () => {
  it("names the next clause's figure, once the count keeps only the things (二十九个省、市、自治区的总人口，必须控制在…)", () => {
    const text = "一九八五年二十九个省、市、自治区的总人口，必须控制在十亿六千万左右。"
    expect(subjectOf(text, 29)).toBe("省、市、自治区")
    expect(subjectOf(text, 106000)).toBe("总人口")
  })
})

describe("more ends of a counted noun", () => {
  it("a preposition after it (117名服务专员对辖区…; 2000多位专家对若干战略问题进行研究论证)", () => {
    expect(subjectOf("涪陵落实117名服务专员对辖区200余个企业全天候全覆盖保姆式服务。", 117)).toBe("服务专员")
    expect(subjectOf("涪陵落实117名服务专员对辖区200余个企业全天候全覆盖保姆式服务。", 200)).toBe("企业")
    expect(subjectOf("组织2000多位专家对若干战略问题进行研究论证。", 2000)).toBe("专家")
  })
})

describe("a pair written with a slash (10万千瓦/20万千瓦时独立储能电站)", () => {
  it("is of the noun after the second figure, both of them, not of the clause before", () => {
    const text = "6月底前建成21个客户侧储能项目,8月5日前建成10万千瓦/20万千瓦时独立储能电站。"
    expect(subjectOf(text, 10)).toBe("独立储能电站")
    expect(subjectOf(text, 20)).toBe("独立储能电站")
  })
})
