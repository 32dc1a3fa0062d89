/**
 * Subjects by class of sentence (issue 16): each case is a real sentence of the seeds, the web
 * texts or the national reports, and the class of cut it stands for.
 */
import { extractDocument, extractText } from "@govstat/extract"
import { settle } from "@govstat/load"
import { describe, expect, it } from "vitest"

const run = (text: string) => extractText(`一、工作回顾\n${text}。`, { docId: "t", path: "t.txt" }).indicators
const subjects = (text: string) => run(text).map((i) => i.indicator)
const subjectOf = (text: string, value: number) => run(text).find((i) => i.value === value)?.indicator

describe("rows of one number stated of several subjects (均/各)", () => {
  it("come out in the order their subjects are written (seeds 002, 003)", () => {
    for (const [text, want] of [
      ["拉动全区旅游人次和收入均增长16%以上", ["旅游人次", "旅游收入"]],
      ["全年新开工、续建、储备道路各超100公里", ["新开工道路", "续建道路", "储备道路"]]
    ] as const) {
      const out = extractDocument(Buffer.from(`一、工作回顾\n${text}。`), { docId: "t", path: "t.txt" })
      if (!out.ok) throw new Error(text)
      expect(settle({ docId: "t", sourcePath: "t.txt" }, out.result).rows.indicators.map((i) => i.indicator)).toEqual(want)
    }
  })
})

describe("the noun after a number", () => {
  it("is what a counting word counts, cut before its own verb but whole when verbs build a compound (seed 002, national 2016)", () => {
    expect(subjects("在全市率先推行“环保码”监管,对试点的142家企业履行环保责任实行“一码”监管")).toEqual(["企业"])
    expect(subjects("推进全面创新改革试验，新设14个国家自主创新示范区，带动形成一批区域创新高地")).toEqual(["国家自主创新示范区"])
    expect(subjects("分批取消和下放了416项行政审批等事项")).toEqual(["行政审批等事项"])
  })
  it("names a number with no words of its own before it (seeds 002, 003)", () => {
    expect(subjects("常态化开展屯点巡线控面,连续开展8次集中清查行动")).toEqual(["集中清查行动"])
    expect(subjectOf("探索资产经营型等集体经济发展模式,一季度47%的村集体经济经营性收入超过5万元", 47)).toBe("村集体经济经营性收入")
  })
  it("yields to the noun right before a measure when lines ran together and it opens the next number's clause (seed 001)", () => {
    expect(subjectOf("获批建设用地7341亩,完成征地拆迁6427亩,供应土地1.2万亩渝西水资源配置工程(璧山片区)完成总工程量的90%", 1.2)).toBe("供应土地")
  })
  it("says 累计 for a running total that borrows the subject of what was added (seed 003)", () => {
    expect(subjects("知识价值信用贷等金融产品新增助企融资近7000万元、累计突破10亿元")).toEqual(["金融产品新增助企融资", "金融产品累计助企融资"])
  })
  it("names with its counting verb a bare noun counted (national report 1988)", () => {
    expect(subjects("五年来，我国主要领导人访问了46个国家")).toEqual(["访问国家"])
  })
})

describe("frames and words that are not the subject", () => {
  it("takes the noun after 等, not the examples before it, unless the noun is generic (seed 002, seed 003, national report 1955)", () => {
    expect(subjects("在全市率先建成监测监管一体化平台,集成智慧大气、智慧水务、智慧执法等应用系统14个")).toEqual(["应用系统"])
    expect(subjectOf("新建成白鹭广场等公园6个,完成街头绿地提质项目4个", 6)).toBe("新建成公园")
    expect(subjects("国家决算在农业、林业、水利等方面支出八十亿元")[0]).toContain("农业、林业、水利等方面支出")
  })
  it("drops a time clause closed by 后 and the complement of a dropped verb (seed 004, national report 2019)", () => {
    expect(subjects("同时,永川港朱沱作业区加快推进,建成后将新增通过能力550万吨")).toEqual(["新增通过能力"])
    expect(subjects("落实好小规模纳税人增值税起征点从月销售额3万元提高到10万元")).toEqual(["小规模纳税人增值税起征点", "小规模纳税人增值税起征点"])
  })
  it("never takes the base of a comparison for the subject, and reads 比上年 as one frame (national reports 1983, 1980)", () => {
    const got = subjects("用于发展教育、科学、文化、卫生事业的经费计划为九百六十七亿元，比第五个五年计划期间的五百七十七亿元增加百分之六十八")
    expect(got).toHaveLength(3)
    expect(got.some((s) => s.includes("五年计划"))).toBe(false)
    expect(subjectOf("据四川省试点的84个地方企业的统计，1979年比上年产值增长14.9％", 14.9)).toBe("产值")
  })
  it("ends a subject before 高达 and 翻, and never cuts the 约 of 节约 off as a qualifier (web w37, national reports 1983, 1955)", () => {
    expect(subjects("对全省的贡献率高达161.5%")).toEqual(["贡献率"])
    expect(subjects("到本世纪末实现工农业年总产值翻两番")).toEqual(["工农业年总产值"])
    const saved = run("这样，就将至少为国家节约二十亿元")
    expect(saved.map((i) => i.indicator)).toEqual(["国家节约"])
    expect(saved[0]!.qualifier).not.toBe("approx")
  })
  it("stops at a citation mark and a dash, and at a conjunction after the number's noun (web w29, national report 1958)", () => {
    expect(subjectOf("5家企业入选国家智能制造优秀场景 [2] - 明泉集团投资25亿元实施聚苯硫醚项目", 25)).toBe("明泉集团投资")
    expect(subjects("还应当进一步为争取每人平均至少一千五百斤粮食而奋斗")).toEqual(["粮食"])
  })
})

describe("a one-word head keeps the clause that defines it", () => {
  it("before its 的 (seed 002, national reports 1959, 1958)", () => {
    expect(subjects("兜底救助保增收,万元以下收入不增反降户的比例由6.1%降至0.15%")).toEqual(["收入不增反降户的比例", "收入不增反降户的比例"])
    expect(subjects("现在，同我国建交的国家已经增加到五十个")).toEqual(["建交的国家"])
    expect(subjects("例如，糖的产量，比上一年增加十七万三千吨")).toEqual(["糖的产量"])
  })
  it("and a noun before 为 with a 的-clause after it is not cut at 为 (national report 1954)", () => {
    expect(subjects("国家为职工建筑的宿舍，一九五三年即有一千二百万平方公尺")[0]).toBe("国家为职工建筑的宿舍")
  })
})

describe("a verb of change with 至/到 before the level it reaches", () => {
  it("is no part of the subject (减少至 counts what is left)", () => {
    expect(subjectOf("工业用电价格下降至0.6元", 0.6)).toBe("工业用电价格")
    expect(subjectOf("农村贫困人口减少至5万人", 5)).toBe("农村贫困人口")
  })
})

describe("cuts by a share of themselves", () => {
  it("leave the cutting verb out of the subject and read the share as a fall (quotes of the 2015–2018 national reports)", () => {
    const [cut] = run("企业开办时间缩短三分之一以上")
    expect([cut?.indicator, cut?.measure, cut?.value, cut?.qualifier]).toEqual(["企业开办时间", "growth_rate", -1 / 3, "lower_bound"])
    const [pct] = run("行政审批中介服务事项压减74%")
    expect([pct?.indicator, pct?.measure, pct?.value]).toEqual(["行政审批中介服务事项", "growth_rate", -74])
  })
  it("keep a fraction with no verb of change a share", () => {
    const [share] = run("高速铁路运营里程占世界三分之二")
    expect([share?.measure, share?.value]).toEqual(["share", 2 / 3])
  })
})

describe("a budget's collections (the 1956 budget report)", () => {
  it("name what was collected, not the verb, and never the item before", () => {
    const rows = run("（三）信贷保险收入共收到2,360,816,000元，完成预算数的97.91%；（四）其他收入收到903,065,000元，完成预算数的121.68%")
    expect(rows.find((r) => r.value === 2360816000)?.indicator).toBe("信贷保险收入")
    expect(rows.find((r) => r.value === 903065000)?.indicator).not.toBe("信贷保险收入")
    expect(rows.find((r) => r.value === 903065000)?.indicator).toMatch(/收入$/)
  })
})

describe("the object 把 brings forward", () => {
  // Quotes of the 1981, 1993 and 2019 national reports.
  it("is what the number measures, not the words of resolve before it", () => {
    expect(subjectOf("坚决把文件压减三分之一以上", -1 / 3)).toBe("文件")
    expect(subjectOf("努力把全年零售物价上涨幅度控制在百分之十以内", 10)).toBe("零售物价上涨幅度")
    expect(subjectOf("近几年把总产量稳定在一亿吨的水平上", 1)).toBe("总产量")
  })
})
