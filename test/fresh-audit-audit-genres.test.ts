/**
 * Classes of error found by reading the output on fresh public texts of other genres from
 * central, eastern and north-eastern provinces: a provincial work plan with targets to 2027, a
 * strategy's stage targets, a city's five-year plan outline as news, a county-level city's final
 * accounts, a county budget, a policy notice, press releases and a local gazetteer. Each case is
 * a short real sentence and the class it stands for.
 */
import { describe, expect, it } from "vitest"
import { extractOne, factOf, metadataOf } from "./helpers.js"

describe("a trillion written as 万亿 with no counter (7万亿级, 7万亿目标)", () => {
  it("keeps the 亿: the value is 7 万亿, not 7 万", () => {
    const text = "到2027年,力争全省工业规模稳步提升至7万亿级,服务业规模提升至4万亿级。"
    expect(factOf(text, 7)?.unit).toBe("万亿")
    expect(factOf(text, 4)?.unit).toBe("万亿")
    expect(factOf(text, 7)?.status).toBe("target")
  })

  it("a class named by 级 before a noun (50亿级项目) is still no value", () => {
    expect(extractOne("培育50亿级项目10个。").indicators.map((r) => r.value)).toEqual([10])
  })
})

describe("a target year heading a run of ；-joined statements", () => {
  const text = "发布时间:2025-04-02\n其中提出,到2027年,全省特色产业集群综合实力明显增强,年营业收入超1000亿元的2个;" +
    "培育一批国家级特色产业集群,累计建成国家级中小企业特色产业集群30个;储备一批省级特色产业集群,新认定省级中小企业特色集群50个。"

  it("makes the statements after the semicolon that year's targets", () => {
    for (const v of [30, 50]) {
      expect(factOf(text, v)?.period).toBe("2027")
      expect(factOf(text, v)?.status).toBe("target")
    }
  })

  it("ends with its sentence, and a year not ahead of the text heads no run (到1955年底,已经完成…)", () => {
    const after = factOf(`${text}2024年全省已认定省级特色集群20个。`, 20)
    expect(after?.status).toBe("actual")
    const review = "一九五六年国家预算的报告\n到1955年底,已经完成铺轨全线通车的有黎塘——湛江线;宝鸡——成都线已经完成全线铺轨任务的73%。"
    expect(factOf(review, 73)?.status).toBe("actual")
  })
})

describe("a headline's year after the story's publication date", () => {
  it("is a target's year, not the year the story covers", () => {
    const text = "广州市发布该市“十四五”规划纲要 2025年地区生产总值将达到3.5万亿元\n2021-05-19 18:00:17\n广州市发布该市“十四五”规划纲要。"
    expect(metadataOf(text).reviewYear).toBe(2021)
  })
})

describe("a lead-in ending in a target word and a colon (…的确切目标:)", () => {
  const text = "广州市发布规划纲要\n2021-05-19 18:00:17\n《纲要》提出“十四五”时期(2021年至2025年)“八个新”的确切目标:\n" +
    "经济发展进入全新阶段,年均增长6%左右,到2025年,国内生产总值达到3.5万亿元;创新驱动取得全新成就,研发支出占国内生产总值比重达到3.4%左右;生态环境得到改善,森林覆盖率提高到41.65%。\n" +
    "2020年,全市森林覆盖率为41.6%。"

  it("governs the paragraph after it: its figures are targets of the span's end year", () => {
    for (const v of [6, 3.4, 41.65]) {
      expect(factOf(text, v)?.status).toBe("target")
      expect(factOf(text, v)?.period).toBe("2025")
    }
  })

  it("and no paragraph past that one", () => {
    expect(factOf(text, 41.6)?.status).toBe("actual")
    expect(factOf(text, 41.6)?.period).toBe("2020")
  })
})

describe("a report on final accounts (财政决算…的报告)", () => {
  it("is a budget report about the year of its accounts, not the half-year its title adds", () => {
    const text = "关于大冶市2023年财政决算和\n2024年上半年预算执行情况的报告\n——2024年7月31日在大冶市第七届人民代表大会\n常务委员会第二十一次会议上\n" +
      "一、2023年财政决算情况\n2023年,全市地方一般公共预算收入完成475,822万元,占预算的100.1%。"
    expect(metadataOf(text).genre).toBe("budget_report")
    expect(factOf(text, 475822)?.period).toBe("2023")
  })
})

describe("a budget report's unnumbered heading of the coming year's arrangement (2024年收支预算总体安排)", () => {
  it("opens the budget part: its figures are that year's targets", () => {
    const text = "日前,《关于莒南县2023年预算执行情况和2024年预算草案的报告》公布。\n2024年收支预算总体安排\n" +
      "综合以上因素,本着“积极稳妥、留有余地”的原则,初步安排一般公共预算收入243500万元,增长8%;一般公共预算支出安排681436万元,增长2.2%。"
    for (const v of [243500, 8, 681436]) {
      expect(factOf(text, v)?.status).toBe("target")
      expect(factOf(text, v)?.period).toBe("2024")
    }
  })
})

describe("the year an undated text speaks of most", () => {
  it("does not count a base named with words after 比 (比抗日战争前的1936年): its figures are not targets", () => {
    const text = "第一类 经济综述\n1949年全区工农业总产值为2260万元,比抗日战争前的1936年下降20%;粮食总产为30137吨,比1936年下降18.5%。"
    expect(factOf(text, 2260)?.status).toBe("actual")
    expect(factOf(text, 30137)?.period).toBe("1949")
  })
})

describe("one month's figure in a year-to-date release (其中,10月份增长9.8%)", () => {
  const text = "2020年1-10月,规模以上工业增加值同比增长3.7%,比前三季度提高0.8个百分点。其中,10月份增长9.8%。"

  it("is of the figure before it, not of 月份", () => {
    expect(factOf(text, 9.8)?.indicator).toBe("规模以上工业增加值")
  })

  it("is dated by that month", () => {
    expect(factOf(text, 9.8)?.period).toBe("2020M10")
    expect(factOf(text, 3.7)?.period).toBe("2020M01-10")
  })

  it("not by a month named as a base or an end (比9月份, 到5月份为止)", () => {
    expect(factOf("2020年,全省10月份工业增加值比9月份提高1.2个百分点。", 1.2)?.period).toBe("2020M10")
    expect(factOf("2020年到5月份为止,全省工业增加值增长6.8%。", 6.8)?.period).not.toBe("2020M05")
  })
})

describe("a percentage its growth noun follows (保持9%以上增速, 7%以上的较快增长区间)", () => {
  it("is a growth rate, not a share", () => {
    expect(factOf("2020年10月份,规模以上工业增加值增长9.8%,连续3个月保持9%以上增速。", 9)?.measure).toBe("growth_rate")
    expect(factOf("2023年,全市生产总值已连续三个季度保持在7%以上的较快增长区间。", 7)?.measure).toBe("growth_rate")
    expect(factOf("2023年,全市森林覆盖率达到41%以上。", 41)?.measure).toBe("share")
  })
})

describe("policy titles", () => {
  const policies = (text: string) => extractOne(text).policies

  it("a title closed by its years in brackets (工作方案(2025-2027年)) is a plan of its first year", () => {
    const p = policies("湖北省人民政府办公厅发布《湖北省中小企业特色产业集群高质量发展工作方案(2025-2027年)》。")
    expect(p.map((x) => x.title)).toEqual(["湖北省中小企业特色产业集群高质量发展工作方案(2025-2027年)"])
    expect(p[0]?.year).toBe(2025)
  })

  it("the year of a long-range goal in a title (和2035年远景目标纲要) is not its year", () => {
    const p = policies("2021-05-19 18:00:17\n5月19日,广州市发布《广州市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》(下列简称《纲要》)。《纲要》提出目标。")
    expect(p[0]?.year).not.toBe(2035)
  })

  it("a short name (以下简称《纲要》) is no second policy, where it stands or comes again", () => {
    const p = policies("5月19日,广州市发布《广州市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》(下列简称《纲要》)。《纲要》提出“十四五”时期的目标。")
    expect(p.map((x) => x.title)).toEqual(["广州市国民经济和社会发展第十四个五年规划和2035年远景目标纲要"])
  })

  it("a notice dated in its sentence (2023年12月26日,…关于印发《…》的通知) dates the policy it issues", () => {
    const p = policies("【政策法规】2023年12月26日,湖南省人民政府办公厅关于印发《湖南省现代化产业体系建设实施方案》的通知。")
    expect(p.find((x) => x.title === "湖南省现代化产业体系建设实施方案")?.year).toBe(2023)
  })
})

describe("a project's investment in the clause after its name (…生产线项目,总投资170亿元,将建设…)", () => {
  const projects = (text: string) => extractOne(text).projects

  it("belongs to the name that ends the clause before it", () => {
    const p = projects("一批产业重大项目引人关注。厦门士兰微电12吋特色工艺晶圆生产线项目,总投资170亿元,将建设两条特色工业芯片生产线。")
    expect(p.find((x) => x.name.startsWith("厦门士兰微电"))?.investment_yuan).toBe(17_000_000_000)
  })

  it("not an amount the next clause gives of something else (年计划投资, 完成投资)", () => {
    const p = projects("一批产业重大项目引人关注。厦门士兰微电12吋特色工艺晶圆生产线项目,年计划投资20亿元。")
    expect(p.find((x) => x.name.startsWith("厦门士兰微电"))?.investment_yuan ?? null).toBeNull()
  })
})

describe("a province's briefing that compares itself with 全国", () => {
  it("is about the province its opening names, speaking of 我省 and 全省", () => {
    const text = "10月22日,省政府召开2019年前三季度河南省国民经济运行情况新闻发布会。据介绍,前三季度全省经济运行保持在合理区间,主要经济指标增速高于全国平均水平,位居全国前列,坚定了全省上下实现全年目标的信心。" +
      "宋虎振就我省粮食生产形势回答了记者提问。夏粮获得大丰收,全省总产达到749.08亿斤,总产、单产均位居全国第一,对全国夏粮增产贡献率达44.9%。"
    expect(metadataOf(text).region?.name).toBe("河南省")
    expect(factOf(text, 749.08)?.region).toBe("河南省")
  })
})

describe("units and subjects of budgets and yields", () => {
  it("a yield per mu keeps its /亩 (单产436.63公斤/亩)", () => {
    expect(factOf("2019年夏粮单产436.63公斤/亩,较上年增加19.11公斤。", 436.63)?.unit).toBe("公斤/亩")
  })

  it("a count of poles or charging posts keeps its counter (新增新能源汽车充电桩6万根)", () => {
    expect(factOf("到2018年底,新增新能源汽车充电桩6万根。", 6)?.unit).toBe("万根")
  })

  it("支出 alone is a subject, not a reason to borrow the one before (全年支出预计681436万元)", () => {
    const text = "2024年总财力预计744016万元,其中可用于当年“三保”财力预计427809万元。全年支出预计681436万元。支出共计744016万元。"
    expect(factOf(text, 681436)?.indicator).toBe("支出")
    expect(extractOne(text).indicators.filter((r) => r.value === 744016).map((r) => r.indicator)).toEqual(["总财力", "支出"])
  })
})

describe("a city's figures compared with its province's (比全省的6.1%快1.4个百分点)", () => {
  const text = "池州市统计局召开新闻发布会。2023年前三季度,池州全市生产总值同比增长7.5%,比全省的6.1%快1.4个百分点。" +
    "固定资产投资、一般公共预算收入分别同比增长15%和13.5%,分别比全省快10.6个百分点和5个百分点。池州市生产总值已连续三个季度保持在7%以上的较快增长区间。"

  it("the province's figure is a growth rate of the province", () => {
    expect(factOf(text, 6.1)?.measure).toBe("growth_rate")
    expect(factOf(text, 6.1)?.region).toBe("安徽省")
    expect(factOf(text, 1.4)?.region).toBe("池州市")
  })

  it("the margins after 分别比全省快 pair with the subjects before them", () => {
    expect(factOf(text, 10.6)?.indicator).toBe("固定资产投资")
    expect(factOf(text, 5)?.indicator).toBe("一般公共预算收入")
  })

  it("quarters counted (连续三个季度) are a duration of the figure, not a count of 季度", () => {
    expect(factOf(text, 3)?.unit).toBe("个季度")
    expect(factOf(text, 3)?.indicator).toBe("生产总值")
  })
})

describe("a character simplified to one outside the BMP (a reporter's name 李晛: 晛 → 𬀪)", () => {
  const simplified = "中新网沈阳4月19日电 (李晛)记者19日从辽宁省财政厅官网获悉,2021年1-3月,全省一般公共预算收入完成503.7亿元,增长20.6%。"

  it("leaves a simplified text simplified", () => {
    expect(extractOne(simplified).document.script).toBe("simplified")
  })

  it("keeps each figure's span on its own words, in simplified and in traditional text", () => {
    expect(factOf(simplified, 503.7)?.quote).toBe("全省一般公共预算收入完成503.7亿元")
    const traditional = "中新網沈陽4月19日電 (李晛)記者從遼寧省財政廳獲悉,2021年1-3月,全省一般公共預算收入完成503.7億元,增長20.6%。"
    expect(factOf(traditional, 503.7)?.quote).toBe("全省一般公共預算收入完成503.7億元")
  })
})

describe("a rate of growth stated with 预计将 between the noun and its level (年均增速预计将达到5%)", () => {
  it("is a growth rate and an estimate", () => {
    const f = factOf("“十四五”以来,山西省经济总量稳步增长,2025年GDP年均增速预计将达到5%。", 5)
    expect(f?.measure).toBe("growth_rate")
    expect(f?.status).toBe("estimate")
  })
})

describe("a fiscal release's progress against the calendar and its long lists", () => {
  const text = "2016年上半年,全省一般公共预算收入完成1603.8亿元,占预算的56.6%,超过时间进度6.6个百分点;比上年同期增长15.5%。" +
    "如科学技术支出、节能环保支出、城乡社区支出分别比上年同期增长42%、41.8%、34.8%。"

  it("超过时间进度 names no subject: the margin and what follows stay the revenue's", () => {
    expect(factOf(text, 6.6)?.indicator).toBe("一般公共预算收入")
    expect(factOf(text, 15.5)?.indicator).toBe("一般公共预算收入")
  })

  it("a list under 分别 longer than a subject runs pairs item by item", () => {
    expect([42, 41.8, 34.8].map((v) => factOf(text, v)?.indicator)).toEqual(["科学技术支出", "节能环保支出", "城乡社区支出"])
  })
})

describe("a year's planned investment in a quarter's ground-breaking news (年计划投资370亿元)", () => {
  it("is of the year, not the quarter", () => {
    const text = "第二季度福州集中开工153个重大项目\n2022-04-19 11:23:44\n为确保二季度顺利实现“双过半”,各县(市)区于4月19日集中开工重大项目153个,总投资1323亿元,年计划投资370亿元。"
    expect(factOf(text, 370)?.period).toBe("2022")
    expect(factOf(text, 370)?.status).toBe("target")
  })
})

describe("phrases that name a kind of project or a city's function, not a project", () => {
  const names = (text: string) => extractOne(text).projects.map((p) => p.name)

  it("a whole area's or a kind's projects (全县重点民生项目, 力推新项目, 绿电园区试点示范项目)", () => {
    expect(names("保障全县重点民生项目和重大战略决策落实。力推新项目投产达效。率先推出一批绿电直连、绿电园区试点示范项目。")).toEqual([])
  })

  it("a centre's function (全球资源配置中心功能明显增强)", () => {
    expect(names("改革开放取得全新突破,全球资源配置中心功能明显增强。")).toEqual([])
  })
})

describe("a project under a target year after the text's (到2027年,…建成…基地)", () => {
  it("is planned, not completed", () => {
    const p = extractOne("2023年12月26日,湖南省印发方案。到2027年,全省食品加工业营业收入超过8000亿元,建成全国知名的生态绿色食品产业基地。").projects
    expect(p.find((x) => x.name.endsWith("产业基地"))?.status).toBe("planned")
  })
})

describe("a district named only by its short form (坊子) in a gazetteer's chapter", () => {
  const text = "第一类 经济综述\n坊子的经济发展走过了艰难曲折的历程。1949年全区工农业总产值为2260万元,比抗日战争前的1936年下降20%。坊子人民克服重重困难,建立、发展了社会主义经济。"

  it("is the text's place when repeated as a word of its own with 全区", () => {
    expect(metadataOf(text).region?.name).toBe("坊子区")
    expect(factOf(text, 2260)?.region).toBe("坊子区")
  })

  it("not a form inside a longer word (工农 in 工农业), nor a form said once", () => {
    expect(metadataOf("1949年全区工农业总产值为2260万元,工农业生产发展较快。").region).toBeNull()
    expect(metadataOf("坊子的经济发展走过了艰难曲折的历程。1949年全区工农业总产值为2260万元。").region).toBeNull()
  })
})

describe("a combined figure of places listed with their count (汕头、惠州、河源三市的…)", () => {
  it("belongs to the document's place that holds them, not to the first one named", () => {
    const text = "上半年广东经济运行情况\n2001年上半年,全省国内生产总值增长10%。利用外资势头良好。其中汕头、惠州、河源三市的合同外资额增长超过一倍。"
    expect(factOf(text, 1)?.region).toBe("广东省")
  })
})

describe("a count whose noun follows a long modifier (争创3-5个引领…、…的领军型县域冠军产业)", () => {
  const text = "到2027年,县域产业加快向地标产业升级,即争创3-5个引领产业结构优化升级、在全国具有一定影响力的领军型县域冠军产业。"

  it("counts the head after the last 的, at both ends of the range", () => {
    expect(factOf(text, 3)?.indicator).toBe("领军型县域冠军产业")
    expect(factOf(text, 5)?.indicator).toBe("领军型县域冠军产业")
  })

  it("not where what is counted follows the count itself (141个项目就是其中的骨干)", () => {
    expect(factOf("苏联协助我国建设的141个项目就是其中的骨干。", 141)?.indicator).not.toBe("骨干")
  })
})

describe("当季 before a subject (当季全省社会消费品零售总额)", () => {
  it("is a time word, no part of the subject", () => {
    expect(factOf("2019年一季度,当季全省社会消费品零售总额3317.9亿元,增长11.1%。", 3317.9)?.indicator).toBe("社会消费品零售总额")
  })
})

describe("a target year's run past its sentence (到2027年,…。县域产业…:即争创3-5个…)", () => {
  const text = "发布时间:2025-04-02\n其中提出,到2027年,全省特色产业集群综合实力明显增强,新认定省级中小企业特色集群50个。" +
    "县域产业加快向地标产业升级,初步建成“三种类型”冠军产业:即争创3-5个领军型县域冠军产业;培育10-15个成长型县域冠军产业。"

  it("goes on through the paragraph's sentences that name no time of their own", () => {
    for (const v of [5, 15]) {
      expect(factOf(text, v)?.period).toBe("2027")
      expect(factOf(text, v)?.status).toBe("target")
    }
  })

  it("and stops at one that does", () => {
    const own = `${text.replace(/。$/, "")}。2024年已认定省级特色集群20个。`
    expect(factOf(own, 20)?.period).toBe("2024")
  })
})

describe("a release's terms (增长面, 行业大类)", () => {
  it("stay whole as subjects", () => {
    const text = "2020年1-10月,41个行业大类中,有26个行业增加值实现增长,增长面为63.4%。"
    expect(factOf(text, 63.4)?.indicator).toBe("增长面")
    expect(factOf(text, 41)?.indicator).toBe("行业大类")
  })
})

describe("policies issued one after another (国家陆续出台经济发展刺激政策)", () => {
  it("are described, not named; one issued alone still is", () => {
    const titles = extractOne("2024年,随着国家陆续出台经济发展刺激政策,经济形势会有所好转。我县出台促进民营经济发展十条措施。").policies.map((p) => p.title)
    expect(titles).toEqual(["促进民营经济发展十条措施"])
  })
})

describe("a project in the paragraph under a target lead (…的确切目标:⏎…建成国际消费中心)", () => {
  it("is planned, not completed", () => {
    const text = "2021-05-19 18:00:17\n《纲要》提出“十四五”时期(2021年至2025年)“八个新”的确切目标:\n改革开放取得全新突破,建成国际消费中心和国际交流中心。"
    expect(extractOne(text).projects.find((p) => p.name === "国际消费中心")?.status).toBe("planned")
  })
})

describe("foreign firms counted where they invest (德国大众、日本丰田…等50余家世界500强企业在吉林投资建厂)", () => {
  it("are the document's place's figure, dated like the rest", () => {
    const text = "“数”读吉林70年!\n2019-08-06 10:31\n这70年,吉林省民营经济比重达到52.3%,德国大众、日本丰田、韩国浦项等50余家世界500强企业在吉林投资建厂。"
    expect(factOf(text, 50)?.region).toBe("吉林省")
    expect(factOf(text, 50)?.period).not.toBeNull()
  })

  it("while a foreign country's own figure stays abroad", () => {
    expect(factOf("2019年,吉林省粮食产量达到3878万吨。美国粮食产量达到4亿吨。", 4)?.region).toBeNull()
  })
})

describe("an undated speech on 刚刚过去的一年 that compares with 1988", () => {
  it("reports 1989, the year after its only base", () => {
    const text = "我们送走波澜壮阔的八十年代,迎来了九十年代的第一个春天。刚刚过去的一年,广东经济建设克服重重困难。全省工农业总产值达1405亿元,比1988年增长13.2%。"
    expect(factOf(text, 1405)?.period).toBe("1989")
    expect(factOf(text, 13.2)?.period).toBe("1989")
  })
})
