import { describe, expect, it } from "vitest"
import { extractText } from "@govstat/extract"

// A press conference (seed 000's opening line and passages): no heading says review or plan,
// so each paragraph sets its own frame.
const PRESS = "1月10日,新闻办举行“贯彻二十大、建设新重庆”主题系列新闻发布会第三场璧山打造生态之城发展机会清单新闻发布会,璧山区委副、璧山区人民区长江志斌介绍情况并回答记者提问。\n"
const REVIEW = "各位代表:\n一、2023年工作回顾\n"
const run = (text: string) => extractText(text, { docId: "t", path: "t.txt" })
const byName = (text: string) => new Map(run(text).projects.map((p) => [p.name, p]))

describe("a press conference's paragraphs set the frame of the projects they name", () => {
  it("an opportunity on offer is planned, without a year (seed 000)", () => {
    const p = byName(PRESS + "二是依托西部(重庆)科学城璧山片区,以“一区多园”格局推动高质量发展的机遇。占地1平方公里的西部(重庆)科学城专业市场集群建设项目,打造区域性消费型市场群。\n")
    const item = p.get("西部(重庆)科学城专业市场集群建设项目")
    expect(item?.status).toBe("planned")
    expect(item?.year).toBeNull()
  })
  it("a paragraph of next year's intentions plans for that year, and 二是 continues it (seed 000)", () => {
    const p = byName(PRESS + "2022年,全区实现生产总值800亿元。\n" +
      "重点在三方面:一是聚力品质提升,打造公园城市。2023年拟新增城市公园5个。推动城市有机更新,实施大成广场片区城市更新,启动缙云山沿线片区开发。\n" +
      "二是厚植生态本底,筑牢绿色屏障。全面推行林长制,打造缙云山、云雾山、茅莱山生态廊道,争创国家森林城市。\n")
    expect(p.get("大成广场片区")).toMatchObject({ status: "planned", year: 2023 })
    expect(p.get("缙云山沿线片区")).toMatchObject({ status: "planned", year: 2023 })
    expect(p.get("缙云山、云雾山、茅莱山生态廊道")).toMatchObject({ status: "planned", year: 2023 })
  })
  it("what an opportunity relies on (依托…) is there already: not planned (seed 000)", () => {
    const p = byName(PRESS + "四是投资璧山农文旅产业的机遇。占地2平方公里的重庆福禄研学小镇建设项目,依托全国唯一空间太阳能电站实验,打造具有全国影响力的科普研学中心。\n")
    expect(p.get("重庆福禄研学小镇建设项目")?.status).toBe("planned")
    expect(p.get("空间太阳能电站")?.status).toBeNull()
    expect(p.has("科普研学中心")).toBe(false)
  })
  it("a paragraph without intentions keeps what it reports (seed 000)", () => {
    const p = byName(PRESS + "还有就是我们引进康佳集团,康佳光电技术研究院+康佳光电技术产业园均已投产。\n")
    expect(p.get("康佳光电技术研究院")?.status).toBe("in_operation")
  })
})

describe("counted kinds, slogans and metadata fields are no projects", () => {
  it("a name counted right after it is a kind (seeds 001, 002)", () => {
    expect(run(REVIEW + "实施智能化改造项目59个。").projects).toEqual([])
    expect(run(REVIEW + "建成菁英创客、零工驿站、家门口就业驿站167个。").projects).toEqual([])
  })
  it("unless the count is that of the list it closes (seed 004)", () => {
    const n = run("来源:新华社 日期:2022-05-26\n" + "永川成功创建国家高新区、国家农业科技园区、国家双创示范基地3个国家级平台。").projects.map((p) => p.name)
    expect(n).toContain("国家农业科技园区")
  })
  it("a list closed by 等 and a count is an enumeration of names (w25)", () => {
    const n = run(REVIEW + "开工天祝县旅游基础设施建设项目、天祝金强工业集中区石门产业园孵化基地建设项目、天祝县重点调蓄水源工程等36个。").projects.map((p) => p.name)
    expect(n).toContain("天祝金强工业集中区石门产业园孵化基地建设项目")
  })
  it("what is to be avoided is no project (seed 001)", () => {
    expect(run(REVIEW + "坚决杜绝“新形象工程”。避免形成资产闲置和“半拉子”工程。").projects).toEqual([])
  })
})

describe("a name does not hold a preposition, an adverb or a verb after its place (national corpus)", () => {
  const NATIONAL = "政府工作报告\n——2018年3月5日在第十三届全国人民代表大会第一次会议上\n国务院总理 李克强\n各位代表:\n一、2017年工作回顾\n"
  const names = (text: string) => run(text).projects.map((p) => p.name)
  it("cuts at 建设 after the place that opens it and at an adverb (c013, c043)", () => {
    expect(names(NATIONAL + "支持北京建设科技创新中心。").some((n) => n.includes("建设"))).toBe(false)
    expect(names(NATIONAL + "国务院其他部门不再直接管理学校。").some((n) => n.includes("不再"))).toBe(false)
  })
  it("keeps a zone's own words that jieba tags as adverbs (seed 003: 重庆高新大健康产业园)", () => {
    expect(names(REVIEW + "重庆高新大健康产业园加快建设。")).toContain("重庆高新大健康产业园")
  })
})

describe("descriptions, shunned things and conferred titles (corpus c043, c069; seed 000)", () => {
  const NATIONAL = "政府工作报告\n——2018年3月5日在第十三届全国人民代表大会第一次会议上\n国务院总理 李克强\n各位代表:\n一、2017年工作回顾\n"
  const names = (text: string) => run(text).projects.map((p) => p.name)
  it("an item's description before 的 is not its name", () => {
    expect(names(NATIONAL + "规模巨大的包头钢铁公司、武汉钢铁公司、兰州炼油厂等重大建设项目正在建设。")).toContain("包头钢铁公司")
  })
  it("what is to be guarded against is no project", () => {
    expect(names(NATIONAL + "严防“钓鱼”项目和“胡子”工程。").some((n) => n.includes("钓鱼"))).toBe(false)
  })
  it("a quoted title conferred after 成为…首个 is an honour", () => {
    expect(names(PRESS + "璧山成为全国首批、全市首个“国家生态文明建设示范区”。\n")).toEqual([])
  })
})

describe("in a plan, the nearest verb of preparation governs (seed 001)", () => {
  it("启动X… is planned though a later 推进 follows where the source lost its full stop", () => {
    const p = run("各位代表:\n二、2024年工作安排\n持续推进矿山生态修复,启动正兴垃圾填埋场无害化综合治理有序推进降碳节能。").projects
    expect(p.find((x) => x.name.startsWith("正兴垃圾填埋场"))?.status).toBe("planned")
  })
})

describe("key and major classes are categories (corpus c000, c023)", () => {
  const NATIONAL = "政府工作报告\n——2018年3月5日在第十三届全国人民代表大会第一次会议上\n国务院总理 李克强\n各位代表:\n一、2017年工作回顾\n"
  it("重点…工程 and 规划重大工程 name no one project", () => {
    expect(run(NATIONAL + "加快推进重点文化惠民工程。推动“十四五”规划重大工程顺利收官。").projects).toEqual([])
  })
})
