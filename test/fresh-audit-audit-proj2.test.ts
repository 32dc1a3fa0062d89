/**
 * Classes of error found by reading the projects and policies tables on fresh public texts
 * (重大项目 news of 东莞, 德阳 and a 开发区, a 北京 report digest, 黄陂 sewage works, 苍南 progress
 * notes, 鄂州 report news of 2023 and 2026, 永定 drainage works, a 央视 round-up, 中江's county
 * report, 延安 and 共青团 notices) and on the seeds. Each case is a short real quote.
 */
import { describe, expect, it } from "vitest"
import { extractOne } from "./helpers.js"

const projects = (text: string) => extractOne(text).projects
const names = (text: string) => projects(text).map((p) => p.name)
const project = (text: string, name: string) => projects(text).find((p) => p.name === name)
const values = (text: string) => extractOne(text).indicators.map((i) => i.value)
const titles = (text: string) => extractOne(text).policies.map((p) => p.title)

describe("head nouns of works: housing estates, plants, sluices, links, buildings", () => {
  it("reads estates by 家园 and 苑, a sewage plant, and 主体建成 as work under way", () => {
    const text = "安置房项目宏图家园主体建成,前丰家园、南滨佳苑加快推进;猫儿嘴污水处理厂和城区第二污水处理厂配套管网开工建设。"
    const found = names(text)
    for (const n of ["宏图家园", "前丰家园", "南滨佳苑", "猫儿嘴污水处理厂"]) expect(found).toContain(n)
    expect(project(text, "宏图家园")?.status).toBe("under_construction")
  })

  it("reads a sluice, a link line and a 快速通道, and a port listed before a 快速通道 keeps its own name", () => {
    expect(names("在水利方面,将要新建安徽响洪甸水库、江苏新洋港水闸等24个大型水利工程。")).toContain("江苏新洋港水闸")
    const found = names("完善多式联运体系,加快机场铁路联络线、燕矶港、黄鄂黄快速通道建设。")
    expect(found).toContain("机场铁路联络线")
    expect(found).toContain("黄鄂黄快速通道")
    expect(found).not.toContain("燕矶港快速通道")
  })

  it("keeps figures of speech and slogans with these heads out", () => {
    expect(names("铸牢中华民族共同体意识,构筑中华民族共有精神家园。")).toEqual([])
    expect(names("深化开展“清洁家园”活动,加快建设人民医院综合楼。")).toEqual(["人民医院综合楼"])
  })

  it("grafts a short listed item onto a plant's name without doubling the place's suffix", () => {
    const found = names("包括木兰乡(西区)、六指街、祁家湾街污水处理厂改造维护。")
    expect(found).toContain("六指街污水处理厂")
    expect(found).not.toContain("六指街街污水处理厂")
  })
})

describe("where a name starts", () => {
  it("keeps a national centre's name whole (国家超级计算郑州中心)", () => {
    expect(names("国家超级计算郑州中心、国家农机装备创新中心顺利落户。")).toContain("国家超级计算郑州中心")
  })

  it("drops the class a work is filed under (省重大水利工程, 省重点项目)", () => {
    expect(names("位于湖南益阳的湖南省重大水利工程金塘冲水库今天开工建设。")).toContain("金塘冲水库")
    expect(names("河南省重点项目郑州航空港高铁多式联运一期项目加紧推进。")).toContain("郑州航空港高铁多式联运一期项目")
  })

  it("cuts verbs and list openers before a name", () => {
    expect(names("三是加快建设木兰山风景管理处污水处理厂,保证风景区污水得到有效处理。")).toEqual(["木兰山风景管理处污水处理厂"])
    expect(names("目前,南堤路、枫南路、南通路等16个子项目已完工,剩余创业大道等3个项目正在推进中。")).toContain("创业大道")
    expect(names("这次集中竣工的项目有旌南大厦、火车站站前广场等20个市政和交通项目。")).toContain("旌南大厦")
    expect(names("高效运营保税物流中心(B型),全国排名提升。")).toContain("保税物流中心")
  })
})

describe("mentions that name no project", () => {
  it("a class of works (市创建重点工程) and items of administration (行政许可项目)", () => {
    expect(names("该工程是市创建重点工程,总投资1.2亿元。")).toEqual([])
    expect(names("第一条 为了加强对市级行政许可项目的监督管理,制定本办法。")).toEqual([])
  })

  it("an anchor (以…为核心), a numbered layout in quotes, a demonstrative", () => {
    expect(names("以成渝(金凤)综合性科学中心为引领,加快建设科学城。")).toEqual([])
    expect(names("奋力推进国际一流航空货运枢纽“两区一枢纽”建设。")).not.toContain("两区一枢纽")
    expect(names("这个锂电池储能电站装机规模300兆瓦。")).toEqual([])
    // The parts a numbered layout spells out are goals of a strategy.
    expect(names("奋力推进武汉都市圈协同发展示范区、全国城乡融合发展示范区、国际一流航空货运枢纽“两区一枢纽”建设。")).toEqual([])
  })

  it("an institution given an honour or a rank (获评, 获批国家…中心, 上升为市级平台)", () => {
    expect(names("永川图书馆获评全市十佳最美阅读空间。")).toEqual([])
    expect(names("工业软件云创实验室揭牌,赛宝工业技术研究院获批国家企业技术中心。")).toEqual(["工业软件云创实验室"])
    expect(names("高新技术产业研究院上升为市级平台。")).toEqual([])
  })

  it("sites a title is sought for, and an institution handed over", () => {
    expect(names("加快推进梅江河、三江水库、同心水库市级幸福河湖建设。")).toEqual([])
    expect(names("完成九龙坡区科学城人民医院划转。")).toEqual([])
  })

  it("pilots of a practice listed without a place", () => {
    const found = names("实施工厂化循环水养殖、“稻田”综合种养、超级小麦等示范项目。")
    expect(found).not.toContain("工厂化循环水养殖")
    expect(found).not.toContain("超级小麦")
  })
})

describe("landmarks, venues, batches and kinds are no projects", () => {
  it("what a site lies next to or a route starts from", () => {
    const text = "东莞市滨海湾海岛水质净化厂工程位于威远岛北面,紧邻太平水道和广深沿江高速,占地面积约77.49亩。"
    expect(names(text)).toEqual(["东莞市滨海湾海岛水质净化厂工程"])
  })

  it("the venue of a session, a batch of works, a sector's projects", () => {
    expect(names("北京市第十六届人民代表大会第二次会议1月21日上午在北京会议中心开幕。")).toEqual([])
    const found = names("这次集中竣工的项目有旌南大厦、火车站站前广场、市区第三批人行天桥等20个市政和交通项目。")
    expect(found).not.toContain("人行天桥")
    expect(names("我市34个城市市政和交通基础设施项目集中开竣工仪式隆重举行。")).toEqual([])
  })

  it("a five-year plan's class of works opens no name; an aqueduct and an irrigation district are works", () => {
    const found = names("国家“十四五”重大农业节水供水工程——湖北漳河灌区重要控制性工程响水洞渡槽成功合龙。")
    expect(found).not.toContain("国家“十四五”重大农业节水供水工程")
    expect(found).toContain("响水洞渡槽")
    expect(project("国家“十四五”重大农业节水供水工程——湖北漳河灌区重要控制性工程响水洞渡槽成功合龙。", "响水洞渡槽")?.status).toBe("under_construction")
  })

  it("a kind of venue found in every village (农村青年中心)", () => {
    expect(names("进一步扎实推进全国农村青年中心建设工作。")).toEqual([])
  })
})

describe("parts of one name", () => {
  it("及 right after a head adds a part to the name (福泰大桥及接线道路工程), with the clause's investment", () => {
    const text = "当日同时集中开工的还有总投资5300万元、总长1.4公里的福泰大桥及接线道路工程。"
    expect(names(text)).toEqual(["福泰大桥及接线道路工程"])
    expect(project(text, "福泰大桥及接线道路工程")?.investment_yuan).toBe(53000000)
  })

  it("a city's sub-centre is a planning term, not a facility", () => {
    expect(names("加快城市副中心高质量发展步伐,继续保持千亿级投资强度。")).toEqual([])
  })
})

describe("items of lists", () => {
  it("a one-character word opening a later item is the name's own (并盛)", () => {
    expect(names("吕梁杭氧、并盛熔盐技改等一批转型项目建成投产。")).toContain("并盛熔盐技改")
  })

  it("slogans in quotes closed by 等项目 are programmes; a part of a bracket is no item", () => {
    expect(names("继续组织实施“选派大学生到村任职”、“选调生”、“三支一扶”(支教、支农、支医和扶贫)等项目。")).toEqual([])
  })

  it("a programme spread over land (工程10万亩) and a title received in a list joined by 和", () => {
    expect(names("实施黑土地保护工程10万亩,建设高标准农田10.2万亩。")).toEqual([])
    expect(names("荣获全国(水稻)绿色高质高效行动示范县和全省黑土高标准农田改造提升示范区。")).toEqual([])
  })
})

describe("a story relaying a report's plans", () => {
  it("reads the works it lists as planned, a deadline ahead (力争上半年) being no result", () => {
    const text = "报告指出,2026年,花湖国际机场将新开、织密国内国际货运航线20条以上。完善多式联运体系,机场高速二期、鄂州长江大桥、双柳长江大桥通车。力争上半年获批空港综合保税区。"
    expect(project(text, "鄂州长江大桥")?.status).toBe("planned")
  })

  it("reads a report's key tasks as planned", () => {
    const text = "针对2024年重点任务,报告提出,加快推进“新两翼”建设。启动东六环高线公园建设,实施轨道交通101线、22号线等重大项目,谋划推进环球主题公园二期。"
    expect(project(text, "东六环高线公园")?.status).toBe("planned")
    expect(project(text, "环球主题公园二期")?.status).toBe("planned")
  })
})

describe("numbers that are no facts", () => {
  it("the area of the project named after 占地 is the project's", () => {
    const text = "占地9平方公里的中新(重庆)生命科学产业园建设项目,打造国际生命科学应用新高地。"
    expect(values(text)).not.toContain(9)
    expect(projects(text)[0]?.area_km2).toBe(9)
  })

  it("round-the-clock service (24小时城市书房) and officials counted before they speak", () => {
    expect(values("新建24小时城市书房,打造15分钟品质文化生活圈。")).not.toContain(24)
    expect(values("一季度经济数据释放哪些信号?国家统计局10位司局长独家解读")).toEqual([])
  })

  it("a bound picking out a counted class (50亿元以上…项目9个) keeps only the count", () => {
    const found = values("签约50亿元以上先进制造业项目9个,到位资金378亿元。")
    expect(found).not.toContain(50)
    expect(found).toContain(9)
  })
})

describe("policies", () => {
  it("a body opening the title issued it (共青团中央关于…的决定, 国务院关于…的决定)", () => {
    const p = extractOne("为深入贯彻落实《共青团中央关于加强青年中心建设的决定》精神,现将有关事项通知如下。").policies
    expect(p.find((x) => x.title === "共青团中央关于加强青年中心建设的决定")?.issuer).toBe("共青团中央")
    const q = extractOne("根据《国务院关于深化预算管理制度改革的决定》(国发〔2014〕45号)有关要求,提出以下实施意见。").policies
    expect(q.find((x) => x.title === "国务院关于深化预算管理制度改革的决定")?.issuer).toBe("国务院")
  })

  it("a partners' programme is no policy document", () => {
    expect(titles("实施科创平台“伙伴计划”,建立“平台+高校+企业(用户)+产业链”结对合作机制。")).toEqual([])
    expect(titles("实施青年发展伙伴计划。")).toEqual([])
  })
})
