/**
 * Classes of error found by reading the projects and policies tables on fresh public texts
 * (集中开工/签约 news of 安泽, 石泉, 沙洋, 衡水高新区 and 鹤岗, progress notes of 开阳经开区, 吉林经开区 and
 * 湘乡, work reports of 甘州, 虎林, 牟定 and 赤峰, 甘谷's list of the year's works, 内蒙古's report
 * relayed, a 德阳 notice). Each case is a short real quote.
 */
import { describe, expect, it } from "vitest"
import { extractOne } from "./helpers.js"

const projects = (text: string) => extractOne(text).projects
const names = (text: string) => projects(text).map((p) => p.name)
const project = (text: string, name: string) => projects(text).find((p) => p.name === name)
const values = (text: string) => extractOne(text).indicators.map((i) => i.value)

describe("projects in general are no project", () => {
  it("a verb whose object is projects in general (宣布项目开工, 扭住项目建设, 投身项目攻坚)", () => {
    expect(names("县委书记陈威出席活动并宣布项目开工。")).toEqual([])
    expect(names("全区上下牢牢扭住项目建设这个“牛鼻子”。")).toEqual([])
    expect(names("湖南湘乡市按下项目建设“快进键”")).toEqual([])
    expect(names("全市上下以“等不起”的紧迫感、“坐不住”的责任感投身项目攻坚。")).toEqual([])
  })

  it("projects as the modifier of a task (项目介绍, 项目全生命周期服务, 项目管理办法, 项目总数)", () => {
    expect(names("副董事长、总经理樊安顺作项目介绍。")).toEqual([])
    expect(names("湘乡市深化项目全生命周期服务。")).toEqual([])
    expect(names("《德阳市市本级政府投资建设项目管理办法(试行)》已经市政府常务会议审议通过。")).toEqual([])
    expect(names("碳纤维项目占全区项目总数近40%。")).toEqual([])
  })

  it("a preposition before the head, after a headline's slogan (丨经开区以项目建设推动…)", () => {
    expect(names("稳经济·促增长·强信心丨经开区以项目建设推动高质量发展")).toEqual([])
  })
})

describe("where a listed name starts", () => {
  it("a total, an order in time, a resumption, funds received open no name", () => {
    expect(names("共有古堰工业园区标准化厂房二期、池河工业园区小微企业孵化基地等12个重点产业项目集中开工。"))
      .toContain("古堰工业园区标准化厂房二期")
    expect(names("共有古堰工业园区标准化厂房二期、池河工业园区小微企业孵化基地等12个重点产业项目集中开工。"))
      .not.toContain("共有古堰工业园区标准化厂房二期")
    const resumed = "该县复工建设农村人居环境整治、蔺河水环境安全应急工程等项目。"
    expect(names(resumed)).toContain("农村人居环境整治")
    expect(project(resumed, "农村人居环境整治")?.status).toBe("under_construction")
    expect(names("争取到位园区配套基础设施建设专债资金10亿元。")).toEqual([])
  })

  it("firms settling in a park are no listed projects (等20户企业入驻园区)", () => {
    const text = "成功引进世界领军企业鑫联环保科技、世界500强企业吉利控股集团等20户企业入驻园区投资兴业。"
    expect(names(text)).toEqual([])
  })
})

describe("the stage of the works", () => {
  it("progress reported is work under way (加速推进, 稳步前行, 主体施工, 安装了设备)", () => {
    const speeding = "开磷集团大水工业园三期工程、路发实业25万吨磷酸二铵技改等项目正在加速推进。"
    expect(project(speeding, "开磷集团大水工业园三期工程")?.status).toBe("under_construction")
    const steady = "裕能年产3万吨电池级碳酸锂、创普科技芯片研发及显示屏生产制造基地等项目稳步前行。"
    expect(project(steady, "创普科技芯片研发及显示屏生产制造基地")?.status).toBe("under_construction")
    const fitted = "2022年,吉林经开区15万吨工业添加剂、1.6万吨高性能涂料等8个项目安装了设备。"
    expect(project(fitted, "工业添加剂")?.status).toBe("under_construction")
  })

  it("a completion expected is work under way (预计年底全部竣工)", () => {
    expect(project("中国五矿云山石墨深加工建设项目预计年底全部竣工。", "中国五矿云山石墨深加工建设项目")?.status).toBe("under_construction")
  })

  it("the verb that speeds the work on to use keeps the stage of use (加速推进投用…)", () => {
    expect(project("产业转型加速推进投用“专精特新”产业园,新培育企业69家。", "“专精特新”产业园")?.status).toBe("in_operation")
  })

  it("a sentence listing what the one before counted (分别为A、B) takes its verb", () => {
    const text = "衡水高新区2024年一季度集中开工项目共有7个,总投资29.9亿元。分别为河北中车新能源装备有限公司智能风机制造项目、衡水市顺兴小学教学用房项目。"
    expect(project(text, "衡水市顺兴小学教学用房项目")?.status).toBe("started")
  })

  it("启动 a list with items that are no names, then 建设: started", () => {
    const text = "2016年,园区先后启动安置房、孵化中心、标准厂房、纵四路延伸段等12个重点基础项目建设。"
    expect(project(text, "纵四路延伸段")?.status).toBe("started")
    expect(names(text)).not.toContain("园区先后启动安置房")
  })
})

describe("works under a list verb of building", () => {
  const REVIEW = "一、2023年工作回顾\n"

  it("新建A、扩建B, 改造提升C in a review: the work is being done", () => {
    const text = REVIEW + "2023年,新建西环路污水处理厂、扩建城北水厂,改造提升人民医院综合楼。"
    for (const n of ["西环路污水处理厂", "城北水厂", "人民医院综合楼"]) expect(project(text, n)?.status).toBe("under_construction")
    const done = REVIEW + "去年,我们新建了城北第二水厂,改建文化广场。"
    expect(project(done, "城北第二水厂")?.status).toBe("under_construction")
    expect(names(done)).toContain("文化广场")
  })

  it("新建成 is built, 将要新建 is ahead", () => {
    expect(project("新建成白鹭广场等公园。", "白鹭广场")?.status).toBe("completed")
    expect(project("在水利方面,将要新建安徽响洪甸水库、江苏新洋港水闸等24个大型水利工程。", "安徽响洪甸水库")?.status).toBe("planned")
  })

  it("a work after one name governs no other (开工临策铁路扩能改造、白阿铁路动车改造项目)", () => {
    expect(project("开工临策铁路扩能改造、白阿铁路动车改造项目。", "白阿铁路动车改造项目")?.status).toBe("started")
  })

  it("a school of nine years (九年制学校) is no count of years", () => {
    expect(names("(6)开工建设西城区九年制学校。")).toContain("西城区九年制学校")
  })
})

describe("names with a capacity or a 和 inside", () => {
  it("a capacity after 年产 is part of the name it opens", () => {
    const text = "分别为渤海巨翔衡水新材料科技有限公司年产10万吨氯化聚乙烯树脂项目、衡水市顺兴小学教学用房项目。"
    expect(names(text)).toContain("渤海巨翔衡水新材料科技有限公司年产10万吨氯化聚乙烯树脂项目")
    expect(names("该县新开工建设年产160万吨大机焦、年产30万吨焦油深加工等项目。")).toEqual(["年产160万吨大机焦", "年产30万吨焦油深加工"])
    expect(names("总投资5.23亿元的鑫天合公司年产7万吨草酸及1万吨乙二醇项目,预计今年12月建成。"))
      .toEqual(["鑫天合公司年产7万吨草酸及1万吨乙二醇项目"])
  })

  it("a listed name joined by 及 is one project, not its parts again (创普科技芯片研发及显示屏生产制造基地)", () => {
    expect(names("裕能年产3万吨电池级碳酸锂、创普科技芯片研发及显示屏生产制造基地等项目稳步前行。").sort())
      .toEqual(["创普科技芯片研发及显示屏生产制造基地", "裕能年产3万吨电池级碳酸锂"])
  })

  it("和 after one character is inside a place's name (三和, 呼和浩特), 及 after one a verb's (普及)", () => {
    expect(names("三和智慧农业产业园一期、茴香羊产业园项目当年建成。")).toContain("三和智慧农业产业园一期")
    expect(names("确保呼和浩特盛乐国际机场建成通航。")).toEqual(["呼和浩特盛乐国际机场"])
    expect(names("继续普及小学教育。")).toEqual([])
  })
})

describe("aims and expectations", () => {
  it("a name aimed at (力争…建成通车, 争取…获批) is planned, even in a review", () => {
    const REVIEW = "一、2023年工作回顾\n"
    expect(project(REVIEW + "全力推进重点项目,力争集大原高铁建成通车。", "集大原高铁")?.status).toBe("planned")
  })

  it("a completion expected in a later clause of the name's sentence (…项目总投资…,预计年底全部竣工)", () => {
    const text = "中国五矿云山石墨深加工建设项目总投资17.6亿元,年产20万吨石墨精粉,预计年底全部竣工。"
    expect(project(text, "中国五矿云山石墨深加工建设项目")?.status).toBe("under_construction")
  })

  it("not when another name comes first (A项目总投资…,B项目预计年底建成)", () => {
    const text = "甲城污水处理厂项目总投资2亿元,乙城水厂项目预计年底建成。"
    expect(project(text, "甲城污水处理厂项目")?.status ?? null).toBeNull()
  })
})

describe("kinds and ranks", () => {
  it("a rank conferred on parks of a kind (认定自治区级化工园区), a kind of work (基础配套项目)", () => {
    expect(names("5个园区成功认定自治区级化工园区,数量居全区第一。")).toEqual([])
    expect(names("基础配套项目支撑作用明显。")).toEqual([])
  })
})

describe("more that names no project (深汕, 渭南高新区, a park's report)", () => {
  it("qualities sharing a head (综合性、门户型、标杆型、现代化产业中心) are an aim, not four centres", () => {
    expect(names("致力于打造综合性、门户型、标杆型、现代化产业中心,建成投用后将优化营商环境。")).toEqual([])
  })

  it("an event joined by 暨 (开工动员会暨X项目开工仪式), a pick (当属单体项目), projects attracted (项目招引)", () => {
    expect(names("高新区举行2023年5月份重点项目集中开工动员会暨众安诚旭新型建筑材料建设项目开工仪式。"))
      .toEqual(["众安诚旭新型建筑材料建设项目"])
    expect(names("这批项目中,最为抢眼的当属单体项目投资额高达64.8亿元。")).toEqual([])
    expect(names("同向发力打通项目招引、落地、建设、投产全链条闭环。")).toEqual([])
  })

  it("a name inside a document's title, a slogan of works in quotes, a generic part joined by 及", () => {
    expect(names("编制出台《关于进一步规范工业园区行使部分行政审批及管理职能的通知》。")).toEqual([])
    expect(names("启动实施“道路黑化、公共绿化、环境美化”等基础设施提标升级项目23个。")).toEqual([])
    expect(names("逐一完善“8+X”项目,全力推进小城镇升级改造。")).toEqual([])
    expect(names("总投资15.8亿元的天津滨海高新区海洋科技园保障性租赁住房及配套设施等项目开工。")).not.toContain("配套设施")
  })

  it("sources of funds listed as projects (中央预算内投资、专项债券、国债等上级资金项目), a class by its money (固定资产投资项目)", () => {
    expect(names("谋划储备中央预算内投资、专项债券、国债等上级资金项目162个,总投资225.7亿元。")).toEqual([])
    expect(names("500万元以上固定资产投资项目均超额完成年度投资目标。")).toEqual([])
  })

  it("projects still negotiated (正在跟踪洽谈A、B等20余个项目) are planned", () => {
    const text = "正在跟踪洽谈飞尚集团、中林精密机械及刀具产业园、新型耐磨材料生产线等20余个项目,总投资达117亿元。"
    expect(project(text, "中林精密机械及刀具产业园")?.status).toBe("planned")
  })
})

describe("capacities that name a project", () => {
  it("the capacity of each item of a 等…项目 list names it, it is no fact", () => {
    const text = "该县新开工建设年产160万吨大机焦、年产30万吨焦油深加工、120万吨能源储备基地、唐城工业园污水处理厂等项目。"
    expect(values(text)).toEqual([])
    expect(values("15万吨碳纤维原丝(一期)、1.5万吨碳纤维等9个项目已按期投产。")).not.toContain(15)
  })

  it("two products of one plant joined by 及 (年产7万吨草酸及1万吨乙二醇项目)", () => {
    expect(values("总投资5.23亿元的鑫天合公司年产7万吨草酸及1万吨乙二醇项目,预计今年12月建成。")).not.toContain(7)
  })

  it("a capacity stated of what was built stays a fact", () => {
    expect(values("15万吨原丝一期4条万吨级生产线、1.5万吨碳纤维7条生产线全部投产,形成16万吨原丝、5万吨碳丝的产能规模。"))
      .toEqual(expect.arrayContaining([16, 5]))
  })
})
