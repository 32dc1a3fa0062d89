/**
 * Classes of error found by reading the output on fresh quarterly and monthly economic releases
 * (a city's and a county's 上半年/前三季度 releases under a boilerplate lead, a national 一季度
 * briefing, county 1—N月 digests) and policy notices (district and city 若干政策, a city's
 * 实施方案). Each case is a short real quote and the class it stands for.
 */
import { describe, expect, it } from "vitest"
import { extractOne, factOf, metadataOf } from "./helpers.js"

describe("a periodic release whose lead is boilerplate states its period with its first figures", () => {
  const text =
    "今年以来,平利县坚持稳中求进工作总基调,认真贯彻落实省、市、县经济工作决策部署,紧盯各项任务目标,全县上下统一思想,抓首要、稳增长、促发展,前三季度经济运行总体呈平稳增长态势。\n" +
    "根据市(区)生产总值统一核算结果,2024年前三季度全县生产总值增长7.4%。其中,第一产业增加值增长7.2%。\n" +
    "二、工业生产保持平稳。前三季度,全县规模以上工业增加值增长15.4%。从三大门类看,采矿业增加值增长27.3%。"

  it("dates the release's figures that name no time of their own by that period", () => {
    expect(metadataOf(text).period).toBe("2024M01-09")
    expect(factOf(text, 7.2)?.period).toBe("2024M01-09")
    expect(factOf(text, 27.3)?.period).toBe("2024M01-09")
  })

  it("not in a release of the whole year that gives one figure of the months so far", () => {
    const annual =
      "今年以来,全县上下坚持稳中求进工作总基调,认真贯彻落实省、市、县经济工作决策部署,紧盯各项任务目标,全县上下统一思想,全年经济运行总体呈平稳增长态势。\n" +
      "全年全县生产总值增长5.2%。2023年1-11月,规模以上工业企业利润增长3.1%。\n全县规模以上工业增加值增长6.4%。"
    expect(metadataOf(annual).period).toBeNull()
    expect(factOf(annual, 6.4)?.period).toBe("2023")
  })
})

describe("a policy reprinted with the notice that issues it (现将《…》印发给你们)", () => {
  const text =
    "各街道办事处,区政府各部门、各直属单位:\n现将《关于推动经济高质量发展的若干政策》印发给你们,请结合实际认真组织实施。\n杭州市滨江区人民政府\n2023年4月22日\n" +
    "2. 向上争取资金支持。2023年政府专项债储备额度45亿元以上,年度专项债资金使用完成率实现100%。"

  it("is a policy notice, whose own figures are targets", () => {
    expect(metadataOf(text).genre).toBe("policy_notice")
    expect(factOf(text, 45)?.status).toBe("target")
    expect(factOf(text, 100)?.status).toBe("target")
  })

  it("also under a story's lead on it (日前,…印发…的通知。文件指出,…)", () => {
    const story =
      "日前,金华市婺城区人民政府印发关于推动经济高质量发展若干政策举措(2025年版)的通知。文件指出,全年新增光伏装机5万千瓦以上。\n" +
      "《关于推动经济高质量发展若干政策举措(2025年版)》已经区政府同意,现印发给你们,请认真贯彻执行。"
    expect(metadataOf(story).genre).toBe("policy_notice")
    expect(factOf(story, 5)?.status).toBe("target")
  })
})

describe("a grant's cap and wording", () => {
  it("最高 before a grant's amount bounds it from above", () => {
    const text = "对首次认定的高新技术企业,每家给予最高20万元奖励。单个项目最高可给予100万元支持。"
    expect(factOf(text, 20)?.qualifier).toBe("upper_bound")
    expect(factOf(text, 100)?.qualifier).toBe("upper_bound")
  })

  it("how it is granted (每家给予最高, 给予每家) is no subject: the grantee or the grant is", () => {
    expect(factOf("对首次认定的高新技术企业,每家给予最高20万元奖励。", 20)?.indicator).toBe("奖励")
    expect(factOf("对新认定的重点实验室给予每家200万元补助。", 200)?.indicator).toBe("新认定的重点实验室")
  })
})

describe("policy records", () => {
  it("take the year of the document number written right after the title (浙政发〔2023〕2号)", () => {
    const text = "根据《浙江省人民政府印发关于推动经济高质量发展若干政策的通知》(浙政发〔2023〕2号)等文件精神,结合我区实际,现制定以下政策。"
    const p = extractOne(text).policies.find((x) => x.title.startsWith("浙江省人民政府印发"))
    expect(p?.year).toBe(2023)
  })

  it("a document speaking of itself (特制定本实施方案) names no policy", () => {
    const text = "推动《湖南省人民政府办公厅印发<关于打好经济增长主动仗实现经济运行整体好转若干政策措施>的通知》(湘政办发〔2023〕4号)文件落地见效,特制定本实施方案。"
    expect(extractOne(text).policies.map((x) => x.title)).not.toContain("本实施方案")
  })
})

describe("a part of another year named as a comparison's base (比2020年四季度环比增长0.6%)", () => {
  it("does not date the figure", () => {
    const text = "初步核算,2021年一季度国内生产总值249310亿元,同比增长18.3%,比2020年四季度环比增长0.6%。"
    expect(factOf(text, 0.6)?.period).toBe("2021Q1")
  })
})

describe("lists of products and commodity classes before 分别", () => {
  it("short names among long ones are names of their own, not modifiers of the last (饲料、商品混凝土、乳制品和锂离子电池)", () => {
    const text = "2023年1-10月,饲料、商品混凝土、乳制品和锂离子电池分别下降10.4%、24.3%、30.0%和33.9%。"
    expect(factOf(text, -10.4)?.indicator).toBe("饲料")
    expect(factOf(text, -33.9)?.indicator).toBe("锂离子电池")
  })

  it("a 、-list whose last two items 和 joins gives one item per number", () => {
    const text = "2023年1-10月,建筑及装潢材料、饮料、金银珠宝、体育娱乐用品、日用品和书报杂志类分别下降44.4%、20.0%、18.0%、13.1%、12.5%和12.1%。"
    expect(factOf(text, -44.4)?.indicator).toBe("建筑及装潢材料")
    expect(factOf(text, -12.5)?.indicator).toBe("日用品")
    expect(factOf(text, -12.1)?.indicator).toContain("书报杂志")
  })
})

describe("a size band of projects or investment (5千万以上的67个, 5千万以下固定资产投资)", () => {
  it("is a class, not an amount", () => {
    const text = "2023年1-11月,全县在库固定资产投资项目141个,其中5千万以上的67个,完成投资同比增长23.0%;5千万以下固定资产投资增速同比下降43.5%。"
    const values = extractOne(text).indicators.map((r) => r.value)
    expect(values).toContain(67)
    expect(values).not.toContain(5000)
  })
})

describe("a statement of a ；-run or a 其中 sentence after a sub-year period heading", () => {
  const text =
    "2022年10月份统计月报。\n二是高新技术产业增势良好。1—10月份,全市规模以上高新技术产业增加值占规模以上工业增加值的比重为24.5%;增加值同比增长8.5%,增速比1—9月份加快0.8个百分点,快于全市平均水平5.1个百分点。\n" +
    "一是超五成行业实现正增长。1—10月份,全市规模以上工业37个大类行业中有21个行业增加值同比实现增长。其中,金属制品业、农副食品加工业增加值同比分别增长43.8%、18.5%。"

  it("is dated by the heading, though it names the period it is compared with (增速比1—9月份加快)", () => {
    expect(factOf(text, 8.5)?.period).toBe("2022M01-10")
    expect(factOf(text, 0.8)?.period).toBe("2022M01-10")
    expect(factOf(text, 5.1)?.period).toBe("2022M01-10")
  })

  it("a 其中 sentence breaks down the sentence before and keeps its period", () => {
    expect(factOf(text, 43.8)?.period).toBe("2022M01-10")
  })
})

describe("a government page's metadata rows run into one line above the title", () => {
  it("do not hide the title (and the year it names)", () => {
    const text =
      "索引号: 11330600002577014T/2025-257107 公开方式: 主动公开\n发布机构: 市政府办公室(研究室、机关事务局) 公开日期: 2025-02-18\n主题分类: 宏观经济,其他 发文字号: 绍政发〔2025〕3号\n\n" +
      "绍兴市人民政府关于下达2025年绍兴市国民经济和社会发展计划的通知\n\n各区、县(市)人民政府,市政府各部门、各单位:\n\n" +
      "2025年绍兴市国民经济和社会发展计划已经市九届人大五次会议审议批准,现印发给你们,请认真部署落实。"
    const meta = metadataOf(text)
    expect(meta.title).toBe("绍兴市人民政府关于下达2025年绍兴市国民经济和社会发展计划的通知")
    expect(meta.reviewYear).toBe(2025)
  })
})

describe("short items sharing the last item's tail", () => {
  it("one-character items (猪、牛、羊出栏) and bare ordinals (第一、二、三产业) take it", () => {
    const stock = "2023年上半年,全市猪、牛、羊出栏分别下降0.8%、4.0%和10.3%。"
    expect(factOf(stock, -0.8)?.indicator).toBe("猪出栏")
    expect(factOf(stock, -4)?.indicator).toBe("牛出栏")
    const sectors = "2020年前三季度,分产业看,第一、二、三产业分别同比增长64.6%、7.9%、3.5%。"
    expect(factOf(sectors, 64.6)?.indicator).toBe("第一产业")
    expect(factOf(sectors, 7.9)?.indicator).toBe("第二产业")
  })

  it("the frame before 分别 (增加值同比分别增长) is no part of the last item", () => {
    const text = "2022年1—10月份,其中,金属制品业、农副食品加工业、纺织服装服饰业、专用设备制造业增加值同比分别增长43.8%、18.5%、12.2%、11.9%。"
    expect(factOf(text, 11.9)?.indicator).toBe("专用设备制造业增加值")
  })
})

describe("a story relaying a policy from its opening (…印发《…的通知》。《通知》明确…)", () => {
  it("is read as the policy: its figures are targets", () => {
    const text =
      "浙江省政府下达2025年国民经济和社会发展计划\n2025-3-7 15:03\n近日,浙江省人民政府印发《关于下达2025年浙江省国民经济和社会发展计划的通知》。\n" +
      "《通知》明确经济发展、科技创新等8个方面的主要目标。\n安排省级财政资金1042.8亿元,供应建设用地35万亩以上。"
    expect(metadataOf(text).genre).toBe("policy_notice")
    expect(factOf(text, 1042.8)?.status).toBe("target")
    // 《通知》 is the short name of the title named before it, no policy of its own.
    expect(extractOne(text).policies.map((p) => p.title)).not.toContain("通知")
  })
})

describe("the year of an undated release", () => {
  it("is not a year its count says it includes (新增规上企业(含2022年年度入库))", () => {
    const text = "上半年,全市规模以上工业增加值同比增长11.2%,高于全省4.3个百分点。上半年,全市新增规上企业(含2022年年度入库)326户,比同期多40户。"
    expect(metadataOf(text).reviewYear).toBeNull()
    expect(factOf(text, 11.2)?.period).toBeNull()
  })
})

describe("the policy a notice issues (现将《…》印发给你们)", () => {
  it("dates from the notice's date", () => {
    const text =
      "各街道办事处,区政府各部门、各直属单位:\n现将《关于推动经济高质量发展的若干政策》印发给你们,请结合实际认真组织实施。\n杭州市滨江区人民政府\n2023年4月22日\n" +
      "一、扩大有效投资政策\n2023年全区固定资产投资力争完成381亿元。"
    const p = extractOne(text).policies.find((x) => x.title === "关于推动经济高质量发展的若干政策")
    expect(p?.year).toBe(2023)
  })
})

describe("a metadata table's title row (文件名称 | …)", () => {
  it("gives the title", () => {
    const text =
      "文件名称 | 上半年全市经济运行情况 | ||\n索引号 | /2023-0000 | 公开目录: | 数据发布 |\n公开责任部门 | 市统计局 | 公开形式: | 主动公开 |\n" +
      "根据市(区)生产总值统一核算结果,2023年上半年全市生产总值593.11亿元,同比下降4.2%,两年平均增长0.1%。"
    expect(metadataOf(text).title).toBe("上半年全市经济运行情况")
  })
})

describe("growth stated as a rate noun reaching a level (增速分别达到1.8倍、65.7%和37.3%)", () => {
  it("is a growth rate, in 倍 and in the percentages listed after it", () => {
    const text = "2023年上半年,半导体存储盘、新能源汽车和 3D 打印设备等新产品产量增速分别达到1.8倍、65.7%和37.3%。"
    expect(factOf(text, 1.8)?.measure).toBe("growth_rate")
    expect(factOf(text, 65.7)?.measure).toBe("growth_rate")
    expect(factOf(text, 37.3)?.measure).toBe("growth_rate")
  })
})

describe("the count in a product aggregate's name (十种有色金属669万吨)", () => {
  it("is no fact; the aggregate is the subject", () => {
    const text = "2024年10月份,十种有色金属669万吨,增长0.6%。"
    expect(factOf(text, 10)).toBeUndefined()
    expect(factOf(text, 669)?.indicator).toBe("十种有色金属")
  })
})

describe("分别 figures whose items the clause before lists (A、B、C增长较快,产值同比分别增长…)", () => {
  it("take those items, with the head the clause names", () => {
    const text = "2023年上半年,其中,汽车制造业、电气机械和器材制造业、通用设备制造业增长较快,产值同比分别增长21.3%、37.5%、22.7%。"
    expect(factOf(text, 21.3)?.indicator).toBe("汽车制造业产值")
    expect(factOf(text, 37.5)?.indicator).toBe("电气机械和器材制造业产值")
  })
})

describe("a cap before the first of a list of grants (分别给予最高30万元、50万元奖励)", () => {
  it("bounds every amount listed after it", () => {
    const text = "2025年,对市级星级评定结果为四星、五星的新型研发机构,分别给予最高30万元、50万元奖励。"
    expect(factOf(text, 30)?.qualifier).toBe("upper_bound")
    expect(factOf(text, 50)?.qualifier).toBe("upper_bound")
    expect(factOf("2025年,对新认定的企业分别给予30万元、50万元奖励。", 50)?.qualifier).toBeNull()
  })
})

describe("a release of the whole year titled with its year alone (2023年全县经济运行情况)", () => {
  it("takes no period from a months-so-far figure in its body", () => {
    const text =
      "2023年全县经济运行情况\n今年以来,全县上下坚持稳中求进工作总基调,认真贯彻落实省、市、县经济工作决策部署,紧盯各项任务目标,全县上下统一思想,经济运行总体呈平稳增长态势。\n" +
      "2023年1-11月,规模以上工业企业利润增长3.1%。全县规模以上工业增加值增长6.4%。"
    expect(metadataOf(text).period).toBeNull()
    expect(factOf(text, 6.4)?.period).toBe("2023")
  })
})
