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
  it("a superlative singles one facility out and is no part of its name; a count alone describes (seed 002)", () => {
    const p = byName(REVIEW + "华峰建成全球最大己二酸和单体最大氨纶基地,聚氨酯、聚酰胺产业进一步向上下游拓展;万凯持续打造全球最大食品级PET基地;恺迪苏全球首套天然气制蛋白商业化装置投运。")
    expect([...p.keys()]).toEqual(["氨纶基地", "食品级PET基地", "恺迪苏天然气制蛋白商业化装置"])
    expect(p.get("恺迪苏天然气制蛋白商业化装置")!.status).toBe("in_operation")
    // Only a kind left once the superlative is taken away: the superlative names it.
    expect(names(REVIEW + "西部最大科技片场建成投运。")).toEqual(["西部最大科技片场"])
    // A first is a title conferred (获批首家重庆实验室), on a lab there already: neither is a project.
    expect(names(REVIEW + "金凤实验室获批首家重庆实验室。")).toEqual([])
    expect(names(REVIEW + "推动御湖三大片区开发。")).toEqual([])
  })
  it("a list closed by its own count and a head names each item with the head (seed 002)", () => {
    const p = byName(REVIEW + "厚植绿色发展空间,启动玉泉湖、曙光湖、御湖三大片区开发,入选首批国家生态文明建设示范区。")
    expect([...p.keys()]).toEqual(["玉泉湖片区", "曙光湖片区", "御湖片区"])
    expect(p.get("曙光湖片区")!.status).toBe("started")
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
    // (A district's report: in a text naming no other place, the zone would be the document's own, and its subject.)
    expect(names("2024年重庆市璧山区人民政府工作报告\n" + REVIEW + "重庆沿江承接产业转移示范区是经国家发展改革委批复的。")).toEqual(["重庆沿江承接产业转移示范区"])
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
    expect(names(NATIONAL + "建立一批淡水和海洋渔业基地。")).toEqual([])
    expect(names(NATIONAL + "严格控制一般加工工业项目。")).toEqual([])
    expect(names(NATIONAL + "这个省原定去冬今春兴修八亿土方的农田水利工程。")).toEqual([])
    // Fields of research listed as projects (超级计算, 卫星应用) are activities, not names.
    expect(names(NATIONAL + "超级计算、探月工程、卫星应用等重大科研项目取得新突破。")).toEqual([])
    // Land for kinds of projects (等项目用地) is no list of projects.
    expect(names(NATIONAL + "特别要禁止别墅类房地产开发、高尔夫球场、党政机关和国有企事业单位新建培训中心等项目用地。")).toEqual([])
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

describe("what a list closes with, and what a name stands in", () => {
  it("the class of a list may itself list sectors; it is no project (seed 004)", () => {
    const p = byName(REVIEW + "長城汽車西南智能制造中心、比亞迪、惠程科技、思極星能等新能源汽車、充電樁產業項目先後落戶。")
    expect([...p.keys()]).toEqual(["长城汽车西南智能制造中心", "比亚迪", "惠程科技", "思极星能"])
    expect(p.get("惠程科技")!.status).toBe("signed")
  })
  it("items of a list of roads closed by 交通要道 are projects (seed 004)", () => {
    expect(names(REVIEW + "榮昌區板橋工業園科技路道路、G348園區段工程等交通要道全面完工。")).toContain("荣昌区板桥工业园科技路道路")
  })
  it("a list closed by a strategy, a built-up area or an honour holds no project (seed 000, 001, 003)", () => {
    expect(names(REVIEW + "抢抓成渝地区双城经济圈、国家“东数西算”工程等重大战略机遇。")).toEqual([])
    expect(names(REVIEW + "优化提升大学城、西永片区等城市建成区品质。")).toEqual([])
    expect(names(REVIEW + "全国社会信用体系建设示范区、全国再生水利用配置优秀试点城市等又一批“国字号”名片花落璧山。")).toEqual([])
  })
  it("a list of firms or platform resources is no list of projects (seed 001)", () => {
    expect(names(REVIEW + "支持西部网科、创业汇等电商平台与产业链上下游企业深度合作。")).toEqual([])
    expect(names(REVIEW + "用好高新技术产业研究院、清研理工等平台资源。")).toEqual(["高新技术产业研究院"])
  })
  it("a strategy joined, a role sought, a title sought, a location, a quality aimed at are no projects (seeds 000, 001)", () => {
    expect(names(REVIEW + "积极融入巴蜀文化走廊建设。")).toEqual([])
    expect(names(REVIEW + "争当成渝地区双城经济圈建设先行区排头兵。")).toEqual([])
    expect(names(REVIEW + "推进全国义务教育优质均衡发展区、学前教育普及普惠区创建。")).toEqual([])
    expect(names(REVIEW + "进入国家成果转化示范区建设范围。")).toEqual([])
    expect(names(REVIEW + "在中新互联互通项目联合实施委员会议、第六届中国国际进口博览会上作专题推介。")).toEqual([])
    // Nor is the partner it is built with (天府数据中心, in another province; not in seed 001's gold).
    expect(names(REVIEW + "与天府数据中心共建全国一体化算力网络国家枢纽节点。")).toEqual([])
    expect(names(NEWS + "位于璧北片区的“云雾花涧”项目,培育农文旅新业态。")).toEqual(["“云雾花涧”项目"])
    expect(names(NEWS + "打造具有全国影响力的科普研学中心。")).toEqual([])
  })
  it("an institution passing an accreditation is no project; the work before it stays (seed 001)", () => {
    expect(names(REVIEW + "妇幼保健院、疾控中心分别通过“三甲”“二甲”创建评审。")).toEqual([])
    expect(names(REVIEW + "中医院新院区主体完工人民医院“三甲”复审达标。")).toEqual(["中医院新院区"])
  })
  it("slogans, chains of kinds and offices in quotes are no projects (seeds 000-003)", () => {
    expect(names(REVIEW + "推进“创新驱动”工程,推进“数字赋能”工程。")).toEqual([])
    expect(names(REVIEW + "实施“菜篮子”工程。")).toEqual(["“菜篮子”工程"])
    expect(names(REVIEW + "健全“产业研究院—孵化器(众创空间)—产业园区”链式孵化体系。")).toEqual([])
    expect(names(REVIEW + "拓宽“产业研究院产业基金产业园区”科技成果转化路径。")).toEqual([])
    expect(names(REVIEW + "推动实现“园区事园区办”“企业事不出园”。")).toEqual([])
    expect(names(REVIEW + "设立由区委、区主要领导挂帅的生态文明建设“指挥中心”“生态办”“河长办”。")).toEqual([])
  })
  it("kinds of many units, mechanisms, technologies and foundations are no projects (seeds 002, 003)", () => {
    expect(names(REVIEW + "全面建设社区运动健康中心。")).toEqual([])
    expect(names(REVIEW + "与社会投资人搭建股权平台,搭建“政银企”对接平台。")).toEqual([])
    expect(names(REVIEW + "助推三维指静脉识别技术等首批4个项目实现产业化。")).toEqual([])
    const p = byName(REVIEW + "重庆大学附属肿瘤医院科学城院区完成医疗综合楼基础工程、主体楼地下层结构。")
    expect([...p.keys()]).toEqual(["重庆大学附属肿瘤医院科学城院区"])
    expect(p.get("重庆大学附属肿瘤医院科学城院区")!.status).toBe("under_construction")
  })
  it("a zone's office and a zone's own label are no projects (w27, w29)", () => {
    expect(names(NEWS + "小蓝经开区招商局副局长熊燕红说,项目建成后将进一步打开发展空间。")).toEqual([])
    const w29 = names("明水经开区:产业集群蓄势聚能,推动章丘工业高质量发展\n伊莱特投资近30亿元打造深海核电产业园,实现传统铸造向高端智造蜕变。\n")
    expect(w29).toEqual(["深海核电产业园"])
  })
  it("a centre a proper name holds is named before 作用 (seed 001)", () => {
    expect(names(REVIEW + "发挥中关村联创医学工程转化中心作用。")).toEqual(["中关村联创医学工程转化中心"])
  })
})

describe("where a name starts", () => {
  it("a conjunction after a verb joins two actions of one name; after a noun it joins two names (seed 003, corpus)", () => {
    expect(names(REVIEW + "实施猕猴桃种质资源保护与利用等科技型项目6个。")).toEqual(["猕猴桃种质资源保护与利用"])
    expect(names(NATIONAL + "更好发挥深圳等经济特区、上海浦东新区、天津滨海新区在改革开放中先行先试的作用。")).toEqual(["上海浦东新区", "天津滨海新区"])
    expect(names(NATIONAL + "1995年,兰新复线和宝中铁路建成通车。")).toEqual(["宝中铁路"])
  })
  it("a quoted name is kept whole, verbs inside it too (seed 003)", () => {
    const p = byName(REVIEW + "“高新区新能源渣土车推广”项目获选2023年度重庆市绿色低碳典型案例、美丽重庆建设第一批十佳典型案例。")
    expect([...p.keys()]).toEqual(["“高新区新能源渣土车推广”项目"])
    // An honour received says nothing of the stage (建设 is in the honour's name).
    expect(p.get("“高新区新能源渣土车推广”项目")!.status).toBeNull()
  })
  it("a voltage class before each item is no part of the names (seed 001)", () => {
    expect(names("各位代表:\n二、2024年工作安排\n启动220伏天河、110伏福禄输变电项目。")).toEqual(["福禄输变电项目", "天河输变电项目"])
  })
  it("leading verbs and manners are stripped (seed 003)", () => {
    expect(names(REVIEW + "坚持把高水平建设金凤城市中心作为重要抓手。出台促进金凤城市中心加快集聚发展的若干措施。")).toEqual(["金凤城市中心"])
  })
})

describe("shared heads", () => {
  it("natural features sharing a head make one work across them (seeds 000, 003)", () => {
    expect(names(REVIEW + "打造缙云山、云雾山、茅莱山生态廊道。")).toEqual(["缙云山、云雾山、茅莱山生态廊道"])
    expect(names(REVIEW + "打造凤鸣湖、凤栖湖四湖滨水湿地。")).toEqual(["凤鸣湖、凤栖湖四湖滨水湿地"])
    // Towns are not features: each takes the head (三合、广普农村公益性公墓).
    expect(names(REVIEW + "加快建设三合、广普农村公益性公墓。")).toEqual(["广普农村公益性公墓", "三合农村公益性公墓"])
  })
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
  it("news reports work said to go on or paid for as under way (seed 002, w29)", () => {
    const p = byName(NEWS + "万凯持续打造全球最大食品级PET基地。伊莱特投资近30亿元打造深海核电产业园,实现传统铸造向高端智造蜕变。")
    expect(p.get("食品级PET基地")!.status).toBe("under_construction")
    expect(p.get("深海核电产业园")!.status).toBe("under_construction")
  })
  it("what a name brings about is said of others (w29)", () => {
    expect(byName(NEWS + "雪花啤酒项目带动配套企业入驻。").get("雪花啤酒项目")!.status).toBeNull()
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
    // (A hospital handed over, 完成九龙坡区科学城人民医院划转, names no work: a centre set up is used instead.)
    const text = "[ 发布机构 ] | 重庆高新技术产业开发区管理委员会\n重庆高新区2023年工作情况和2024年工作打算\n一、2023年工作情况\n挂牌成立科学城黔江孵化中心。"
    const p = byName(text).get("科学城黔江孵化中心")
    expect(p?.region).toBe("黔江区")
  })
})

describe("policies", () => {
  it("a press conference dated only by its publication dates no policy (seed 000)", () => {
    const [p] = run("1月10日,新闻办举行新闻发布会。\n发布时间:2022-01-10\n出台《关于进一步提升河流水质的实施意见》。").policies
    expect(p).toMatchObject({ title: "关于进一步提升河流水质的实施意见", year: null })
  })
  it("新修订的 says who revised a title, not that it was issued here; a quoted short name is the full title's (seed 001)", () => {
    const r = run("各位代表:\n二、2024年工作安排\n严格执行新修订的纪律处分条例。实施高新技术企业和科技型企业“双倍增”行动计划。深入实施“双倍增”行动计划。").policies
    expect(r.map((p) => [p.title, p.year])).toEqual([["纪律处分条例", null], ["高新技术企业和科技型企业“双倍增”行动计划", null]])
  })
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
