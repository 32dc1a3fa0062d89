import { describe, expect, it } from "vitest"
import { extractText } from "@govstat/extract"

// Sentences below are taken from the seeds (work report 001, press conference 000, work plan
// 003, digest 002), wrapped in the headings that give them their year and review/plan mode.
const REVIEW = "各位代表:\n一、2023年工作回顾\n"
const PLAN = "各位代表:\n一、2023年工作回顾\n过去一年成绩显著。\n二、2024年工作安排\n"
const run = (text: string) => extractText(text, { docId: "t", path: "t.txt" })
const byName = (text: string) => new Map(run(text).projects.map((p) => [p.name, p]))

describe("project names", () => {
  it("keeps the parenthesised part of a name and takes the area said of it", () => {
    const p = byName(REVIEW + "占地1平方公里的西部(重庆)科学城专业市场集群建设项目,打造区域性消费型市场群。")
    expect(p.get("西部(重庆)科学城专业市场集群建设项目")).toMatchObject({ area_km2: 1, kind: "project" })
  })
  it("gives an area only to the name it qualifies when a clause has several", () => {
    const p = byName(REVIEW + "建设汽车电子产业园、占地9平方公里的数字医疗产业园。")
    expect(p.get("数字医疗产业园")!.area_km2).toBe(9)
    expect(p.get("汽车电子产业园")!.area_km2).toBeNull()
  })
  it("reads each item of an enumeration closed by 等N个项目, with the verbs stripped", () => {
    const p = byName(REVIEW + "签约落地蔚蓝创造、昇印光电等118个项目,总投资672亿元。")
    expect([...p.keys()]).toEqual(expect.arrayContaining(["蔚蓝创造", "昇印光电"]))
    expect(p.get("蔚蓝创造")!.status).toBe("signed")
  })
  it("gives short items the head they share (三合、广普农村公益性公墓)", () => {
    const p = byName(PLAN + "加快建设璧南片区城市公益性公墓及三合、广普农村公益性公墓。")
    expect([...p.keys()]).toEqual(expect.arrayContaining(["三合农村公益性公墓", "广普农村公益性公墓"]))
  })
  it("starts a name after the verb or count before it, and drops categories", () => {
    const names = [...byName(REVIEW + "璧山城区拥有大小公园。2022年有33家企业成功申报绿色工厂,国家级绿色工厂5家。实施一批重点项目。").keys()]
    expect(names).not.toContain("璧山城区拥有大小公园")
    expect(names.some((n) => /绿色工厂|重点项目/.test(n))).toBe(false)
  })
})

describe("project status", () => {
  it("reads a review's verbs: 开工建设 is started, 主体完工 is still under construction, 建成投用 is in operation", () => {
    const p = byName(REVIEW + "比亚迪动力电池研究总院、速特新能源等54个项目开工建设。区精神卫生中心医技楼、福禄镇卫生院迁建项目主体完工。玉泉湖公园、动漫公园投入使用。")
    expect(p.get("比亚迪动力电池研究总院")!.status).toBe("started")
    expect(p.get("福禄镇卫生院迁建项目")!.status).toBe("under_construction")
    expect(p.get("动漫公园")!.status).toBe("in_operation")
    expect(p.has("福禄镇卫生院")).toBe(false)
  })
  it("reads a plan's targets as planned unless work goes on (加快, 提速) or starts (开工)", () => {
    const p = byName(PLAN + "投用缙云山生态环道。加快推进中医智谷建设。力争西永隧道年内开工。")
    expect(p.get("缙云山生态环道")!.status).toBe("planned")
    expect(p.get("中医智谷")!.status).toBe("under_construction")
    expect(p.get("西永隧道")!.status).toBe("started")
  })
  it("keeps one record per project and year, with the most advanced status of its mentions", () => {
    const r = run("各位代表:\n一、2023年工作回顾\n金凤隧道加快建设。金凤隧道双向贯通。\n二、2024年工作安排\n推动金凤隧道早日投用。")
    const rows = r.projects.filter((p) => p.name === "金凤隧道").map((p) => [p.year, p.status])
    expect(rows).toEqual([[2023, "under_construction"], [2024, "planned"]])
  })
})

describe("policies", () => {
  it("classifies 《》: policy documents are kept, a book and a film are not (seed 001)", () => {
    const titles = run(REVIEW + "编撰出版《璧山历史文物图谱》,拍摄《伊莎白与兴隆场》,出台《关于进一步提升河流水质的实施意见》。").policies.map((p) => p.title)
    expect(titles).toEqual(["关于进一步提升河流水质的实施意见"])
  })
  it("reads the kind of a title with a status note and the issuer from a title's region", () => {
    const [p] = run(REVIEW + "出台了《璧山区科技创新创业孵化载体认定管理办法(试行)》。").policies
    expect(p).toMatchObject({ kind: "measures", issuer: "璧山区" })
  })
  it("names a quoted bare count by the words before it and counts its articles", () => {
    const [p] = run(PLAN + "落实科学城助企纾困“十二条”,全面落实工业经济稳增长政策包。").policies
    expect(p).toMatchObject({ title: "科学城助企纾困“十二条”", article_count: 12 })
  })
  it("reads unbracketed packages after a verb of issuing, with their article count", () => {
    const r = run(REVIEW + "制定支持制造业高质量发展10条政策措施,实施优化营商环境十大改革行动。")
    const titles = r.policies.map((p) => p.title)
    expect(titles).toEqual(["支持制造业高质量发展10条政策措施", "优化营商环境十大改革行动"])
    expect(r.policies[0]!.article_count).toBe(10)
  })
  it("does not read a count of tunnels as a policy (白市驿、科学城等3条隧道)", () => {
    expect(run(PLAN + "提速实施白市驿、科学城等3条隧道。").policies).toEqual([])
  })
})

describe("project status when sentences run together (seed 001 lost a full stop)", () => {
  it("takes the verb nearest each name, and the verb that opens a list for its items", () => {
    const p = byName(PLAN + "投用御湖公园、龙梭山公园加快推进中医智谷建设。")
    expect(p.get("御湖公园")!.status).toBe("planned")
    expect(p.get("龙梭山公园")!.status).toBe("planned")
    expect(p.get("中医智谷")!.status).toBe("under_construction")
  })
})

describe("policies named without brackets", () => {
  it("keeps titles worded as titles and leaves descriptions out", () => {
    const titles = run(REVIEW + "出台促进金凤城市中心加快集聚发展的若干措施,落实稳岗支持和扩岗激励措施,出台支持企业上市政策,执行减轻农民负担的措施。").policies.map((p) => p.title)
    expect(titles).toEqual(["促进金凤城市中心加快集聚发展的若干措施"])
  })
})

describe("no state between calls", () => {
  it("reads a text the same whatever was read before it (seed 000 sentence)", () => {
    const text = REVIEW + "璧山区成立了重庆高新技术产业研究院,这个平台我们吸引孵化有30多个优质的团队和项目。"
    const alone = [...byName(text).keys()]
    byName(REVIEW + "福禄镇卫生院迁建项目主体完工,金凤隧道双向贯通。")
    expect([...byName(text).keys()]).toEqual(alone)
    expect(alone).toEqual(["重庆高新技术产业研究院"])
  })
})
