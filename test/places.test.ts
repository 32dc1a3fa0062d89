import * as fs from "node:fs"
import * as path from "node:path"
import { Places } from "@govstat/schema"
import {
  clausePlace, documentPlace, normaliseText, ownPlace, parentOf, placeMentions, placesNamed, readMetadata,
  resolveMention, shortForms, shortFormsOf
} from "@govstat/extract"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { ROOT } from "./helpers.js"

const WEB = path.join(ROOT, "../shared/web/texts")
const web = (id: string) => readMetadata(normaliseText(fs.readFileSync(path.join(WEB, `${id}.txt`), "utf8")).clean.text)
const unit = (name: string, parentName?: string) =>
  Places.find((p) => p.name === name && (!parentName || p.parent === parentName))!
const docOf = (text: string) => documentPlace(text, text)

describe("gazetteer", () => {
  it("holds every province, prefecture and county-level unit with its code and parent", () => {
    const counties = Places.filter((p) => p.level === "county")
    expect(counties.length).toBeGreaterThan(2800)
    expect(Places.filter((p) => p.level === "province").length).toBeGreaterThanOrEqual(31)
    expect(unit("神农架林区")).toMatchObject({ code: "429021", level: "county", parentCode: "420000" })
    expect(unit("六枝特区")).toMatchObject({ code: "520203", parent: "六盘水市" })
    expect(unit("龙岗区")).toMatchObject({ code: "440307", parent: "深圳市" })
    expect(new Set(counties.map((p) => p.code)).size).toBe(counties.length)
  })
  it("places zones under their parent unit's code", () => {
    expect(unit("重庆高新区")).toMatchObject({ level: "zone", code: "500000" })
    // A national new area that is itself a county-level unit stays that unit.
    expect(Places.filter((p) => p.name === "滨海新区").map((p) => p.level)).toEqual(["county"])
  })
})

describe("short forms by rule", () => {
  const higher = new Set(["长沙", "塔城", "湖南"])
  const forms = (name: string) => shortForms(unit(name), higher).map((f) => f.form)
  it("drops the level's suffix", () => {
    expect(forms("龙岗区")).toEqual(["龙岗"])
    expect(forms("塔城地区")).toEqual(["塔城"])
    expect(forms("诸城市")).toEqual(["诸城"])
    expect(forms("神农架林区")).toEqual(["神农架"])
  })
  it("keeps a county whose stem is its city's name (长沙县) and a one-character stem (忠县)", () => {
    expect(forms("长沙县")).toEqual([])
    expect(forms("忠县")).toEqual([])
  })
  it("strips nationalities from autonomous units", () => {
    expect(forms("天祝藏族自治县")).toEqual(["天祝县", "天祝"])
    expect(forms("秀山土家族苗族自治县")).toEqual(["秀山县", "秀山"])
    expect(forms("积石山保安族东乡族撒拉族自治县")).toEqual(["积石山县", "积石山"])
    expect(forms("宁夏回族自治区")).toEqual(["宁夏"])
    expect(forms("新疆维吾尔自治区")).toEqual(["新疆"])
    expect(forms("内蒙古自治区")).toEqual(["内蒙古"])
    expect(forms("甘孜藏族自治州")).toEqual(["甘孜", "甘孜州"])
  })
  it("knows the nation's names", () => {
    for (const n of ["全国", "中国", "我国", "中华人民共和国"]) expect(placesNamed(n).map((e) => e.place.level)).toEqual(["country"])
  })
})

describe("ambiguous names resolve only through the hierarchy", () => {
  const resolveIn = (text: string, form: string, context: string | null) => {
    const m = placeMentions(text).find((x) => x.form === form)!
    return resolveMention(m, context ? docOf(context) : null)
  }
  it("鼓楼区, 龙华区, 江北区", () => {
    expect(resolveIn("鼓楼区地区生产总值增长6%", "鼓楼区", null)).toBeNull()
    expect(clausePlace("鼓楼区地区生产总值增长6%", null)).toMatchObject({ name: "鼓楼区", code: null })
    expect(resolveIn("鼓楼区地区生产总值增长6%", "鼓楼区", "福州市")?.code).toBe("350102")
    expect(resolveIn("龙华区规上工业增加值增长", "龙华区", "深圳市")?.code).toBe("440309")
    expect(resolveIn("龙华区规上工业增加值增长", "龙华区", "海南省海口市")?.code).toBe("460106")
    expect(resolveIn("江北区实现地区生产总值", "江北区", "重庆市")?.code).toBe("500105")
    expect(resolveIn("江北区实现地区生产总值", "江北区", "浙江省宁波市")?.code).toBe("330205")
  })
  it("an unresolved name keeps its name with a null code; the city named beside it resolves it", () => {
    expect(docOf("朝阳区2023年国民经济和社会发展统计公报")).toMatchObject({ name: "朝阳区", code: null })
    expect(docOf("北京市朝阳区2023年国民经济和社会发展统计公报")?.code).toBe("110105")
    expect(docOf("朝阳市2023年国民经济和社会发展统计公报")?.code).toBe("211300")
  })
  it("a short form shared by a province and a city: the province when alone, the city by its full name", () => {
    expect(docOf("吉林经济运行情况")?.code).toBe("220000")
    expect(docOf("吉林省2023年统计公报")?.code).toBe("220000")
    expect(docOf("吉林市2023年统计公报")?.code).toBe("220200")
  })
  it("an autonomous prefecture by its short form (延边州, 甘孜州)", () => {
    expect(docOf("延边州2023年政府工作报告")?.code).toBe("222400")
    expect(docOf("甘孜州人民政府")?.code).toBe("513300")
  })
  it("a county stem that is a common word needs its parent (光明, 新华)", () => {
    expect(docOf("光明正大地推进工作")).toBeNull()
    expect(docOf("深圳光明科学城建设")?.name).toBe("光明区")
  })
})

describe("the document's place", () => {
  it("reads the dateline of a county report (长沙县)", () => {
    expect(web("w01").region).toMatchObject({ name: "长沙县", code: "430121", level: "county" })
  })
  it("takes a county stem after its province (甘肃天祝)", () => {
    expect(web("w25").region?.code).toBe("620623")
  })
  it("prefers the county a city's press office speaks of (陇县, not 宝鸡市)", () => {
    expect(web("w17").region?.name).toBe("陇县")
  })
  it("is the zone a title names by rule (新乡高新区, parent 新乡市)", () => {
    expect(web("w31").region).toMatchObject({ level: "zone", code: "410700" })
  })
  it("names a zone by place + head (明水经开区 → 明水经济技术开发区)", () => {
    expect(web("w29").region).toMatchObject({ name: "明水经济技术开发区", level: "zone" })
  })
  it("goes below a header's province to the place the opening names most, never to a zone", () => {
    const news = "湖南日报\n株洲市2023年经济运行情况发布,株洲市地区生产总值增长6.1%,株洲市规模工业增加值增长7.2%。"
    expect(documentPlace(news, "湖南日报")?.name).toBe("株洲市")
    const report = "福州市政府工作报告\n过去一年,福州市地区生产总值增长5.5%,福州新区加快建设,福州市新增就业12万人,福州新区引进项目30个。"
    expect(documentPlace(report, "福州市政府工作报告")?.name).toBe("福州市")
  })
  it("is the nation only for a national body's report", () => {
    const line = fs.readFileSync(path.join(ROOT, "../shared/corpus/chinese-political-corpora/government_work_reports.jsonl"), "utf8").split("\n")[0]!
    const text = normaliseText(JSON.parse(line).content).clean.text
    expect(readMetadata(text).region?.level).toBe("country")
  })
  it("takes no zone from 全国经开区 (the nation has no zones of its own)", () => {
    expect(docOf("全国经开区综合发展水平考核评价结果公布")).toBeNull()
  })
  it("is null when the text names no place", () => {
    expect(docOf("各位代表:现在,我代表政府向大会报告工作,请予审议。全年地区生产总值增长5.2%。")).toBeNull()
  })
})

describe("a fact's place", () => {
  const district = docOf("——2024年1月在深圳市龙岗区第八届人民代表大会第三次会议上")!
  it("全市 in a district's text is its city; 全区 the district; 全国 the nation", () => {
    expect(district.name).toBe("龙岗区")
    expect(clausePlace("全市地区生产总值增长5.2%", district)?.name).toBe("深圳市")
    expect(clausePlace("全区规上工业增加值增长", district)?.name).toBe("龙岗区")
    expect(clausePlace("全国居民人均可支配收入增长6.3%", district)?.level).toBe("country")
    expect(clausePlace("全市率先实现镇街综合执法", district)).toBeNull()
  })
  it("a municipality's district: 全市 is the municipality; a 地区's 全区 is the 地区", () => {
    expect(clausePlace("全市地区生产总值增长6.1%", docOf("重庆市璧山区人民政府")!)?.name).toBe("重庆市")
    expect(clausePlace("全区地区生产总值增长6.1%", docOf("塔城地区2025年政府工作报告")!)?.name).toBe("塔城地区")
  })
  it("比全省高 keeps the document's place", () => {
    expect(clausePlace("增速比全省高1.2个百分点", district)).toBeNull()
  })
  it("a district or zone leading the clause takes over; a bare 高新区 is the document's city's", () => {
    const cq = docOf("重庆市璧山区人民政府")!
    expect(clausePlace("璧山高新区产业集中度达94%", cq)?.name).toBe("璧山高新区")
    const weinan = docOf("渭南市2023年国民经济和社会发展统计公报")!
    expect(clausePlace("高新区实现规上工业产值120亿元", weinan)?.name).toBe("渭南高新区")
    expect(clausePlace("高新区实现规上工业产值120亿元", weinan)?.code).toBe("610500")
  })
  it("a two-character county stem leads only when the document names the unit in full (解放思想 in 焦作)", () => {
    const jiaozuo = docOf("焦作市2023年政府工作报告")!
    const sentence = "解放思想,全年新增市场主体1.2万户"
    expect(clausePlace(sentence, jiaozuo, `焦作市政府工作报告。${sentence}`)).toBeNull()
    expect(clausePlace(sentence, jiaozuo, `解放区、山阳区加快发展。${sentence}`)?.name).toBe("解放区")
    expect(clausePlace(sentence, jiaozuo, `山阳、解放两区加快发展。${sentence}`)?.name).toBe("解放区")
  })
  it("a name carries its own place (渝昆高铁璧山段 → 璧山区)", () => {
    expect(ownPlace("渝昆高铁璧山段", docOf("重庆市")!)?.code).toBe("500120")
  })
})

describe("property: every unit is found by each of its names beside its parent", () => {
  const units = Places.filter((p) => p.level !== "country" && p.level !== "zone")
  const cases = units.flatMap((p) => [p.name, ...shortFormsOf(p)].map((form) => ({ p, form })))
  // A form two units under the same parent share (伊宁市 and 伊宁县 are both 伊宁) is ambiguous by nature.
  const shared = (p: (typeof units)[number], form: string) =>
    placesNamed(form).filter((e) => e.place !== p && (e.place.parentCode === p.parentCode || e.place === parentOf(p))).length > 0
  const holds = ({ p, form }: (typeof cases)[number]) => {
    const parent = parentOf(p)!
    const text = `${parent.level === "country" ? "" : parent.name}${form}经济运行情况`
    const got = docOf(text)
    if (shared(p, form)) return got?.code !== p.code || got === p
    return got?.code === p.code
  }
  it("resolves to its own code", () => {
    fc.assert(fc.property(fc.constantFrom(...cases), holds), { numRuns: 3000, seed: 2260 })
  })
  it("holds for every unit and form, not only a sample", () => {
    expect(cases.length).toBeGreaterThan(6000)
    expect(cases.filter((c) => !holds(c)).map((c) => c.form)).toEqual([])
  })
})

describe("places abroad", () => {
  const corpus = fs.readFileSync(path.join(ROOT, "../shared/corpus/chinese-political-corpora/government_work_reports.jsonl"), "utf8")
    .split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as { year: string | null; content: string })
  it("a clause that opens with another country is not about the document's place", async () => {
    const { opensAbroad, extractText } = await import("@govstat/extract")
    expect(opensAbroad("英国早在一八五四年就已经能够生产六千五百七十万吨")).toBe(true)
    expect(opensAbroad("全球首个新型储能应用示范区")).toBe(false)
    expect(opensAbroad("地区生产总值增长6.1%")).toBe(false)
    const report = corpus.find((r) => r.content.includes("英国早在一八五四年"))!
    const rows = extractText(report.content, { docId: "r", path: "r.txt" }).indicators
    const abroad = rows.find((r) => r.quote.includes("英国早在") && r.value === 6570)!
    expect(abroad.region).toBeNull()
    // The next sentence about China keeps the document's place.
    expect(rows.filter((r) => r.region === "中国").length).toBeGreaterThan(10)
  })
})
