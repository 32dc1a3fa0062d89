/**
 * Classes of error found by reading the projects and policies tables on fresh public texts
 * (notices of 山西, 山东, 岳阳, 湖南, 四川, 湖北; 十四五 plan news of 重庆, 广东, 合肥, 浙江, 江西;
 * 集中开工/签约 news of 龙岩高新区, 渭南高新区, 经开区, 慈湖高新区, 芜湖, 广元经开区, 泉港, 黄冈, 鞍山;
 * 规划展览馆 news of 扬州 and 绵阳; work reports of 建平, 澄城, 双塔, 安居, 斗门, 上杭, 闽清).
 * Each case is a short real quote.
 */
import { describe, expect, it } from "vitest"
import { extractOne } from "./helpers.js"

const names = (text: string) => extractOne(text).projects.map((p) => p.name)
const policies = (text: string) => extractOne(text).policies
const policy = (text: string, title: string) => policies(text).find((p) => p.title === title)

describe("where a ceremony is held is no project", () => {
  it("the site or park a ceremony is held in (在…地块举行, 在曲江公园举行)", () => {
    const batch = "10月17日,2023年经开区重大项目集中开工、竣工仪式在清华科技园二期项目地块举行,总投资273亿元的31只重大项目集中开竣工。"
    expect(names(batch)).not.toContain("清华科技园二期项目")
    const park = "由建工控股公司代理建设的扬州市规划展览馆暨市民中心工程在曲江公园举行了盛大的开工仪式。"
    expect(names(park)).not.toContain("曲江公园")
    expect(names(park)).toContain("扬州市规划展览馆暨市民中心工程")
  })
})

describe("what a thing is said to be is no project of its own", () => {
  it("是…的X, 成为…的X describe the subject", () => {
    expect(names("该项目是泉港区近年来招引落地的最大石化产业项目,也是泉港石化工业园区碳三、碳四产业链的关键强链补链项目。"))
      .not.toContain("石化产业项目")
    expect(names("该项目是泉港区近年来招引落地的最大石化产业项目,也是泉港石化工业园区碳三、碳四产业链的关键强链补链项目。"))
      .not.toContain("关键强链补链项目")
    expect(names("绵阳城市规划展览馆是绵阳城市形象的重要窗口和体现绵阳文化特色的地标性场馆。")).toEqual([])
    expect(names("中遂净化成为西南地区最大的天然气净化基地。")).toEqual([])
  })
})

describe("events, people and firms named after projects are no project", () => {
  it("a fair, a batch signing, a person in charge, a firm", () => {
    expect(names("4月8日,鞍山市第二届云招商项目洽谈会暨项目云签约仪式举行。")).toEqual([])
    expect(names("1月8日,黄冈市举行招商引资“开门红”项目集中签约活动。")).toEqual([])
    expect(names("市自资局及参建单位项目负责人陪同调研。")).toEqual([])
    expect(names("由四川吉奥冶金地质工程公司投资1.3亿元的广元宝石玉石精深加工项目落户开发区。"))
      .not.toContain("四川吉奥冶金地质工程")
  })
})

describe("a notice's addressees are no projects", () => {
  it("各…: lists the bodies a notice is sent to", () => {
    const text = "各县市区委、人民政府,岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区,市直各单位,中央、省驻岳单位:\n\n《关于全面推进政务公开工作的实施意见》已经市委、市人民政府同意,现印发给你们。"
    expect(names(text)).toEqual([])
  })
})

describe("a long-range goal's year is no year of the text", () => {
  it("2035年远景目标纲要 does not date a story on the plan", () => {
    const text = "广东省人民政府新闻办公室25日举办新闻发布会,正式发布《广东省国民经济和社会发展第十四个五年规划和2035年远景目标纲要》。其中,新型基础设施建设领域项目共有9个大项。"
    const out = extractOne(text)
    expect(out.indicators.map((i) => i.period)).not.toContain("2035")
    expect(out.policies[0]?.year ?? null).toBeNull()
  })

  it("what was already done by a deadline is a result, whatever the text's year (到2020年底累计已完成)", () => {
    const text = "其中,新型基础设施建设领域项目涉及信息基础设施,到2020年底累计已完成投资1420亿元。"
    expect(extractOne(text).indicators.find((i) => i.value === 1420)?.status).toBe("actual")
  })
})

describe("a short name is the title it stands for", () => {
  it("简称“国家《规划纲要》”, 简称“国45条”", () => {
    const plan = "近日,《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要(草案)》(以下简称“国家《规划纲要》”)公布。一是抓好国家《规划纲要》落地。"
    expect(policies(plan).map((p) => p.title)).toEqual(["中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要(草案)"])
    const articles = "2012年6月28日,国务院下发了《关于支持赣南等原中央苏区振兴发展的若干意见》(以下简称“国45条”)。"
    expect(policies(articles).map((p) => p.title)).toEqual(["关于支持赣南等原中央苏区振兴发展的若干意见"])
  })
})

describe("the issuer and year as the sentence writes them", () => {
  it("joint bodies (X省委、省政府) and 国务院下发, with a time between them and the verb", () => {
    const zj = "浙江省委、省政府今年1月正式印发《关于以“千万工程”牵引城乡融合发展缩小“三大差距”推进共同富裕先行示范的实施方案》。"
    expect(policies(zj)[0]?.issuer).toBe("浙江省委、省政府")
    const jx = "7月6日,江西省委、省政府制定了《贯彻落实(国务院关于支持赣南等原中央苏区振兴发展的若干意见)的实施意见》。"
    expect(policies(jx)[0]?.issuer).toBe("江西省委、省政府")
    const gwy = policy("2012年6月28日,国务院下发了《关于支持赣南等原中央苏区振兴发展的若干意见》。", "关于支持赣南等原中央苏区振兴发展的若干意见")
    expect(gwy?.issuer).toBe("国务院")
    expect(gwy?.year).toBe(2012)
  })

  it("no body before the verb leaves the issuer null (省委 alone is no joint issuer)", () => {
    expect(policies("今年1月正式印发《关于推进共同富裕先行示范的实施方案》。")[0]?.issuer ?? null).toBeNull()
  })

  it("a document number written right before the title dates it (鲁政发〔2014〕20号《…》)", () => {
    const text = "鲁政发〔2014〕20号《山东省人民政府关于深化预算管理制度改革的实施意见》\n\n浏览量:"
    expect(policy(text, "山东省人民政府关于深化预算管理制度改革的实施意见")?.year).toBe(2014)
  })
})

describe("policies applied by their kind are no document", () => {
  it("落实/用好 a kind of policy (减税降费优惠政策, 专班推进、配套处置政策)", () => {
    expect(policies("强化对市场主体的财税、金融等政策支持力度,落实减税降费优惠政策,新增发放创业担保贷款不少于60亿元。")).toEqual([])
    expect(policies("用好专班推进、配套处置政策、新增住房类公共资金与银行融资等政策机制。")).toEqual([])
  })

  it("one named by its maker, place or figure stays (用好国家制造业中长期贷款政策, 执行企业研发费用加计扣除75%政策)", () => {
    expect(policies("做好资源要素保障,用好国家制造业中长期贷款政策。").map((p) => p.title)).toEqual(["国家制造业中长期贷款政策"])
    expect(policies("延续执行企业研发费用加计扣除75%政策。").map((p) => p.title)).toEqual(["企业研发费用加计扣除75%政策"])
    expect(policies("出台整零协同、产业配套鼓励政策。").map((p) => p.title)).toEqual(["整零协同、产业配套鼓励政策"])
  })
})

describe("a name cut at 与/及 before a bare head is one item", () => {
  it("肿瘤治疗与研究中心 in a list closed by 等项目", () => {
    expect(names("2023年,中新合作(璧山)肿瘤治疗与研究中心等项目实现落户。")).toEqual(["中新合作(璧山)肿瘤治疗与研究中心"])
  })
})

describe("the stage and year of a batch's items", () => {
  it("the last item of a list, qualified after its 、, takes the list's stage (竣工项目4个,分别为…、总投资1.74亿元的…项目)", () => {
    const text = "其中,竣工项目4个,分别为总投资1.5亿元的电子信息产业园三期项目、总投资1.74亿元的冷链物流园区道路项目。"
    expect(extractOne(text).projects.find((p) => p.name === "冷链物流园区道路项目")?.status).toBe("completed")
  })
})

describe("verbs end a name", () => {
  it("a park that lands in another (…智能制造产业园落地富山工业园): two names, the host no project", () => {
    const text = "2021年,爱旭光伏电池、越芯半导体、闻泰光电智能制造产业园落地富山工业园。"
    expect(names(text)).toContain("闻泰光电智能制造产业园")
    expect(names(text)).not.toContain("闻泰光电智能制造产业园落地富山工业园")
    expect(names(text)).not.toContain("富山工业园")
  })

  it("projects in general after a verb (全区围绕项目投资, 实地察看项目建设, 同步拉动园区内)", () => {
    expect(names("全区围绕项目投资、招商引资、基础设施建设、创新驱动发展等九大任务,掀起了热潮。")).toEqual([])
    expect(names("实地察看项目建设和布展陈展有关情况后,李南希强调。")).toEqual([])
    expect(names("将同步拉动园区内下游企业增资扩建。")).toEqual([])
  })

  it("a field's projects are a category (综合交通运输领域项目共有14个大项)", () => {
    expect(names("此外,综合交通运输领域项目共有14个大项,涉及轨道交通工程。")).not.toContain("综合交通运输领域项目")
  })
})

describe("a batch's total is no item's investment", () => {
  it("投资136.6亿元的宏达新材、晶盛二期等21个产业项目: the amount qualifies the batch", () => {
    const text = "本次仪式上,投资136.6亿元的宏达新材、晶盛二期等21个产业项目,投资32亿元的上虞博物馆、舜江大桥等12个政府投资项目集中投产投用。"
    const rows = extractOne(text).projects
    expect(rows.find((p) => p.name === "宏达新材")?.investment_yuan ?? null).toBeNull()
    expect(rows.find((p) => p.name === "上虞博物馆")?.investment_yuan ?? null).toBeNull()
  })

  it("each item with its own amount keeps it (总投资3亿元的…项目、总投资0.6亿元的…项目)", () => {
    const text = "开工项目3个,分别为总投资3亿元的龙犇液晶显示模组扩建项目、总投资0.6亿元的嘉隆机械配件项目。"
    expect(extractOne(text).projects.find((p) => p.name === "龙犇液晶显示模组扩建项目")?.investment_yuan).toBe(300000000)
  })

  it("a campaign year and a time adverb are no part of a name (项目建设年, 目前…项目)", () => {
    expect(names("鄂城区按照市委、市政府项目建设年的部署要求,强力推进重点项目签约落地。")).toEqual([])
    expect(names("目前春天国际学校项目等8个项目已开工建设。")).toEqual(["春天国际学校项目"])
  })
})

describe("notices named inside notices", () => {
  it("a notice inside a bracketed title is that title (《昆明市人民政府关于印发…的通知》)", () => {
    const text = "根据《昆明市人民政府关于印发昆明市稳增长促发展若干政策措施的通知》(昆政发〔2016〕13号),结合官渡区实际,特制定如下政策措施。"
    expect(policies(text).map((p) => p.title)).toEqual(["昆明市人民政府关于印发昆明市稳增长促发展若干政策措施的通知"])
  })

  it("the bodies opening a title of 印发〈…〉的通知 issued it", () => {
    const text = "深入贯彻《中共中央办公厅国务院办公厅印发〈关于全面推进政务公开工作的意见〉的通知》(中办发〔2016〕8号)精神。"
    expect(policies(text)[0]?.issuer).toBe("中共中央办公厅国务院办公厅")
  })

  it("a verb inside an unbracketed title is the sentence's (落实专人“一对一”制定项目推进方案)", () => {
    expect(policies("我区成立工作专班,落实专人“一对一”制定项目推进方案,积极协调产业部门。")).toEqual([])
  })
})

describe("kinds of policy document", () => {
  it("a year's 工作要点 is a plan (《北京市2016年政务公开工作要点》已经市政府同意)", () => {
    const text = "各区人民政府,市政府各委、办、局,各市属机构:\n《北京市2016年政务公开工作要点》已经市政府同意,现印发给你们,请结合实际认真贯彻落实。"
    const p = policy(text, "北京市2016年政务公开工作要点")
    expect(p?.kind).toBe("plan")
    expect(p?.year).toBe(2016)
  })
})

describe("capacities joined in one project's name", () => {
  it("年产40万吨合成氨、70万吨尿素…改造项目: both capacities name the project, neither is a fact", () => {
    const text = "二期項目正在全力推進,年產40萬噸合成氨、70萬噸尿素原料路線改造項目正在進行項目建設。"
    expect(extractOne(text).indicators.map((i) => i.value)).toEqual([])
  })

  it("工程设计 is a service to works, not a work (正在进行系统工程设计)", () => {
    expect(names("年產30萬噸乙二醇項目正在進行系統工程設計,長周期設備已訂貨完畢。")).not.toContain("进行系统工程")
  })
})

describe("landmarks a site is placed by are no projects", () => {
  it("友谊公园以南, 邮政枢纽以西", () => {
    expect(names("长春市规划展览馆于位于市政府西南方向,友谊公园以南,邮政枢纽以西,占地7.3公顷。")).toEqual([])
  })
})

describe("a second product after 及 with its own capacity", () => {
  const text = "江氏农业开发有限公司年产1000吨茶油及年产3000吨大米加工项目投资总额为11293万元。2018年初,公司年产1000吨茶油项目已建设完毕。"
  it("one project named from its first capacity, and no capacity as a fact", () => {
    expect(names(text)).toContain("江氏农业开发有限公司年产1000吨茶油及年产3000吨大米加工项目")
    expect(names(text)).not.toContain("年产3000吨大米加工项目")
    expect(extractOne(text).indicators.map((i) => i.value)).not.toContain(1000)
  })

  it("建设完毕 is completed", () => {
    expect(extractOne(text).projects.find((p) => p.name === "公司年产1000吨茶油项目")?.status).toBe("completed")
  })
})

describe("bodies whose leaders attend are no projects", () => {
  it("…商务局、腾鳌经济开发区、牌楼镇等主要领导参加", () => {
    expect(names("副市长苏纪武及发改委、工信局、自然资源局、商务局、腾鳌经济开发区、牌楼镇等主要领导参加网络视频会议。")).toEqual([])
  })
})
