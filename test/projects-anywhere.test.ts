import { describe, expect, it } from "vitest"
import { extractText } from "@govstat/extract"

// Sentences from the web excerpts (../shared/web/texts), the seeds and the national corpus
// (government_work_reports.jsonl), each wrapped in the frame it comes from: a work report
// with its review heading, a news item, or a national report's header.
const REVIEW = "各位代表:\n一、2023年工作回顾\n"
const NEWS = "来源:新华社 日期:2023-05-26\n"
const NATIONAL = "政府工作报告\n——2018年3月5日在第十三届全国人民代表大会第一次会议上\n国务院总理 李克强\n各位代表:\n一、2017年工作回顾\n"
const run = (text: string) => extractText(text, { docId: "t", path: "t.txt" })
const names = (text: string) => run(text).projects.map((p) => p.name)
const byName = (text: string) => new Map(run(text).projects.map((p) => [p.name, p]))

describe("project names are proper names, not categories or phrases", () => {
  it("drops size, type, time and batch classes (w29, w31, w39, w01)", () => {
    expect(names(REVIEW + "每年新开工亿元以上工业项目超15个。")).toEqual([])
    expect(names(REVIEW + "2.对于成功引进的科研类投资项目,奖励标准为投资额的1‰。")).toEqual([])
    expect(names(REVIEW + "3.对于成功引进的服务业投资项目,奖励标准为投资额的1‰。")).toEqual([])
    expect(names(REVIEW + "该市今年项目建设实现强劲开局。")).toEqual([])
    expect(names(REVIEW + "长沙经开区成为首批国家级知识产权强国建设示范园区。")).toEqual(["长沙经开区"])
  })
  it("a superlative or a count describes, it does not name (seed 002)", () => {
    expect(names(REVIEW + "华峰建成全球最大食品级PET基地。")).toEqual([])
    expect(names(REVIEW + "推动御湖三大片区开发。")).toEqual([])
  })
  it("a zone in brackets after a place is that place's other name, not a project (w27)", () => {
    const n = names(NEWS + "4月27日上午,江西省南昌县(小蓝经开区)举行2023年第二季度重大重点项目集中开工仪式。")
    expect(n).toEqual([])
  })
  it("does not read a list marker, a crossing verb or a place's projects as part of a name (w03, w25)", () => {
    expect(names(REVIEW + "(一)试验区建设步伐加快。")).toEqual([])
    expect(names(REVIEW + "标志着天祝县项目建设再加力。")).toEqual([])
    expect(names(NATIONAL + "国务院决定成立国家行政学院,加强对高、中级公务员的培训。")).toEqual(["国家行政学院"])
  })
  it("does not cut a name out of a longer word (corpus: 工程师, 保障性安居工程; seed 001: 工程量)", () => {
    expect(names(REVIEW + "充分发挥工程师以及技师和熟练技术工人的作用。")).toEqual([])
    expect(names(REVIEW + "一是继续大规模实施保障性安居工程。")).toEqual(["保障性安居工程"])
    const n = names(REVIEW + "渝西水资源配置工程(璧山片区)完成总工程量的60%。")
    expect(n).toContain("渝西水资源配置工程")
    expect(n.some((x) => /完成|总工程/.test(x))).toBe(false)
  })
  it("cuts at word boundaries: 抓紧 is one word, 中学 in 中学习 is none, a dictionary name stays whole (corpus, seed 004)", () => {
    expect(names(NATIONAL + "抓紧黄河小浪底水利枢纽和南水北调工程建设。")).toContain("黄河小浪底水利枢纽")
    expect(names(NATIONAL + "确保今年底95%以上的学生都能在永久性校舍中学习。")).toEqual([])
    expect(names(REVIEW + "重庆沿江承接产业转移示范区是经国家发展改革委批复的。")).toEqual(["重庆沿江承接产业转移示范区"])
  })
  it("does not take a name used as a modifier (w03: 塔城口岸经济) and keeps the real one", () => {
    const n = names(REVIEW + "推动巴克图—巴克特口岸恢复人员流动,为塔城口岸经济注入了新动力。")
    expect(n).toEqual(["巴克图—巴克特口岸"])
  })
  it("refuses an honour conferred on a park (w07) but keeps the parks", () => {
    const n = names(REVIEW + "经济开发区被评为全国农产品加工创业基地、全国纺织产业转移试点园区。")
    expect(n).toEqual([])
  })
  it("in a national report, a name must hold a place or brand: kinds of parks are not projects (corpus)", () => {
    expect(names(NATIONAL + "加快建设现代农业产业园和特色农产品优势区。")).toEqual([])
    expect(names(NATIONAL + "高标准高质量推进雄安新区建设。")).toEqual(["雄安新区"])
    expect(names(NATIONAL + "上海、天津等老工业基地,进一步发展消费品工业。")).toEqual([])
    expect(names(NATIONAL + "落实东北等老工业基地振兴举措。")).toEqual([])
    expect(names(NATIONAL + "我们将继续以20国集团金融峰会等重大多边活动为主要平台。")).toEqual([])
  })
})

describe("enumerations", () => {
  it("reads items before a class phrase with a count and an amount (w39)", () => {
    const p = byName(NEWS + "3月18日,诸城市烟叶复烤仓储设施、东晓生物高品质氨基酸、佳士博高档速冻食品加工及冷链物流等46个总投资389亿元的重点项目集中开工。")
    expect([...p.keys()]).toEqual(expect.arrayContaining(["诸城市烟叶复烤仓储设施", "东晓生物高品质氨基酸"]))
    expect(p.get("诸城市烟叶复烤仓储设施")!.status).toBe("started")
  })
  it("gives zone items the class they share (w07: 孔垄纺织、杉木陶瓷、独山页岩等工业集中区)", () => {
    const n = names(REVIEW + "孔垄纺织、杉木陶瓷、独山页岩等工业集中区逐渐迈向集约化。")
    expect(n).toEqual(["孔垄纺织工业集中区", "杉木陶瓷工业集中区", "独山页岩工业集中区"])
  })
  it("reads no project in a list of fields or of activities (w39, w29)", () => {
    expect(names(NEWS + "其中,涉及辐射带动能力强、产业集聚优势明显的汽车及零部件制造、纺织服装、生物科技、生态农业等高端技术及新兴产业领域的项目28个。")).toEqual([])
    expect(names(NEWS + "推进节能改造、光伏发电等项目。")).toEqual([])
  })
})

describe("shared heads", () => {
  it("an item takes the place of the place that opens the name (corpus: 哈尔滨、上海动力设备制造基地)", () => {
    const n = names(NATIONAL + "哈尔滨、上海动力设备制造基地的所属工厂。")
    expect(n).toEqual(expect.arrayContaining(["上海动力设备制造基地", "哈尔滨动力设备制造基地"]))
  })
})

describe("status from the cue that governs the name", () => {
  // w25: the list has no verb of its own; 此次集中开工 earlier in the sentence governs it,
  // and the next sentence, opened by 其中, details the same projects.
  const W25 = NEWS + "据介绍,此次集中开工的高质量发展重大项目涵盖生态产业、民生发展、基础提升等方面,有天祝县高铁西站应急避难场、2023年天祝县生态及地质灾害避险搬迁项目、天祝县天堂景区旅游基础设施建设项目等36个,总投资达52.25亿元。其中,干渣子重点调蓄水池、石门产业园孵化基地等27个政府投资项目,总投资20.57亿元;宁波欧达松山滩20万千瓦风电、天堂镇星级民宿建设等9个企业投资项目,总投资31.68亿元。"
  it("a listed name without a verb takes the one that governs its list (w25)", () => {
    const p = byName(W25)
    expect(p.get("天祝县高铁西站应急避难场")!.status).toBe("started")
    // 建设 inside an item's name (…基础设施建设项目) is not a cue for it or its neighbours.
    expect(p.get("天祝县天堂景区旅游基础设施建设项目")!.status).toBe("started")
  })
  it("其中 carries the governing cue across the ； of its statement (w25)", () => {
    const p = byName(W25)
    expect(p.get("干渣子重点调蓄水池")!.status).toBe("started")
    expect(p.get("天堂镇星级民宿建设")!.status).toBe("started")
  })
  it("a deadline still ahead (8月5日前建成) reports work under way, not a completion (seed 002)", () => {
    const p = byName(REVIEW + "8月5日前建成10万千瓦/20万千瓦时独立储能电站。")
    expect(p.get("独立储能电站")!.status).toBe("under_construction")
  })
  it("a work report's review reports 打造/共建 as work under way; news does not (seed 001, seed 003)", () => {
    const report = byName(REVIEW + "高标准打造“梦界空间”数字经济产业园。合作共建“高新·黔江”产业园。")
    expect(report.get("“梦界空间”数字经济产业园")!.status).toBe("under_construction")
    expect(report.get("“高新·黔江”产业园")!.status).toBe("under_construction")
    expect(byName(NEWS + "高标准打造“梦界空间”数字经济产业园。").get("“梦界空间”数字经济产业园")!.status).toBeNull()
  })
  it("a verb after a name whose object is another kind of zone is not the name's (seed 004)", () => {
    const p = byName(REVIEW + "涪陵、大足工业园区正有序推进国家级高新区创建。")
    expect(p.get("大足工业园区")!.status).not.toBe("under_construction")
  })
  it("a scenic area whose founding reports progress is under way (w17)", () => {
    const p = byName(REVIEW + "文旅融合深入推进,关山草原5A级景区创建工作取得重要进展。")
    expect(p.get("关山草原5A级景区")!.status).toBe("under_construction")
  })
  it("启动招商 looks for investors: it is no stage of building (seed 001)", () => {
    const p = byName(REVIEW + "东南亚风情小镇启动招商。")
    expect(p.get("东南亚风情小镇")!.status).toBeNull()
  })
  it("建成区 is an area, 改革开放 a policy: neither is a stage (w07, w01)", () => {
    const p = byName(REVIEW + "大胜关山工业园、小池临港产业园建成区分别达到10.8平方公里、8平方公里。长沙县、长沙经开区、黄花综保区获评全省打造内陆地区改革开放高地先进单位。")
    expect(p.get("大胜关山工业园")!.status).toBeNull()
    expect(p.get("黄花综保区")!.status).toBeNull()
  })
})

describe("year outside period reports", () => {
  it("a press conference's plan without a year is undated; an event it reports takes the document's year (seed 000)", () => {
    const text = "1月10日,新闻办举行新闻发布会。\n发布时间:2022-01-10\n占地2平方公里的重庆福禄研学小镇建设项目。康佳光电技术研究院均已投产。"
    const p = byName(text)
    expect(p.get("重庆福禄研学小镇建设项目")!.year).toBeNull()
    expect(p.get("康佳光电技术研究院")!.status).toBe("in_operation")
  })
})

describe("region", () => {
  it("a project named with its own place takes that place (seed 003)", () => {
    const text = "[ 发布机构 ] | 重庆高新技术产业开发区管理委员会\n重庆高新区2023年工作情况和2024年工作打算\n一、2023年工作情况\n完成九龙坡区科学城人民医院划转。"
    const p = byName(text).get("九龙坡区科学城人民医院")
    expect(p?.region).toBe("九龙坡区")
  })
})

describe("policies", () => {
  it("reads an unbracketed indicator system after 制定 (w03)", () => {
    const titles = run(REVIEW + "制定工业用地“标准地”控制性指标体系,推动第一批13项自治区级经济社会管理事项权限下放。").policies.map((p) => p.title)
    expect(titles).toEqual(["工业用地“标准地”控制性指标体系"])
  })
  it("reads a title heading its paragraph, before the preamble 为… (w31), with no invented issuer", () => {
    const [p] = run("|\n河南省新乡高新区重大招商引资项目奖励办法为充分调动社会各界招商引资积极性,吸引更多外来投资,现将主要奖励办法公告如下:").policies
    expect(p).toMatchObject({ title: "河南省新乡高新区重大招商引资项目奖励办法", kind: "measures", issuer: null })
  })
  it("reads 关于印发…的通知 as the notice and the document it issues, both issued by the body named", () => {
    const r = run(REVIEW + "国务院关于印发《“十四五”数字经济发展规划》的通知。").policies
    expect(r.map((p) => [p.title, p.issuer])).toEqual([
      ["“十四五”数字经济发展规划", "国务院"],
      ["关于印发《“十四五”数字经济发展规划》的通知", "国务院"]
    ])
  })
  it("reads no policy in an amount or a list of kinds, and names no country as issuer (corpus)", () => {
    expect(run(NATIONAL + "全面实施一揽子计划。").policies).toEqual([])
    const [law] = run(NATIONAL + "《中华人民共和国企业所得税法（草案）》将提请本次大会审议。").policies
    expect(law!.issuer).toBeNull()
  })
  it("never reads the tail of a report's title as a policy (national report)", () => {
    const titles = run(NATIONAL + "执行情况与2023年国民经济和社会发展计划草案。").policies.map((p) => p.title)
    expect(titles.some((t) => t.startsWith("情况"))).toBe(false)
  })
})
