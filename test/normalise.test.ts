import { describe, expect, it } from "vitest"
import {
  decodeBytes, detectScript, dropChrome, extractText, foldWidth, identity, normaliseText, readMetadata, rejoinLines, removePinyinArtefacts,
  toSimplifiedScript, toSource
} from "@govstat/extract"
import fs from "node:fs"
import path from "node:path"
import { createRequire } from "node:module"
import { ROOT, SEEDS, seed } from "./helpers.js"

/** OpenCC's traditional → simplified conversion itself, as the extractor configures it, with no shortcut of ours. */
const openccT2cn: (s: string) => string = (() => {
  const require = createRequire(path.join(ROOT, "packages/extract/package.json"))
  const OpenCC = require("opencc-js/t2cn") as { Converter: (o: { from: string; to: string }) => (s: string) => string }
  return OpenCC.Converter({ from: "t", to: "cn" })
})()

/** Every clean character maps back to a source span whose text normalises to it. */
function roundTrips(source: string, needle: string) {
  const { clean } = normaliseText(source)
  const at = clean.text.indexOf(needle)
  expect(at, needle).toBeGreaterThanOrEqual(0)
  const [s, e] = toSource(clean, at, at + needle.length)
  return source.slice(s, e)
}

describe("cleaning steps", () => {
  it("removes pinyin artefacts and converts traditional script (seed 004)", () => {
    const { text } = seed("004")
    const n = normaliseText(text)
    expect(n.script).toBe("traditional")
    expect(n.clean.text).toContain("重庆沿江承接产业转移示范区")
    expect(n.clean.text).not.toMatch(/\((qū|chǎn|yè)\)/)
    expect(roundTrips(text, "地区生产")).toBe("地區(qū)生產")
    expect(roundTrips(text, "项目347个")).toBe("項目347個")
  })
  it("keeps parentheses that are not pinyin", () => {
    const m = removePinyinArtefacts(identity("渝西水资源配置工程(璧山片区)与GPU(图形)"))
    expect(m.text).toBe("渝西水资源配置工程(璧山片区)与GPU(图形)")
  })
  it("rejoins words broken across lines (seed 002) and keeps headings", () => {
    const { text } = seed("002")
    const n = normaliseText(text)
    expect(n.clean.text).toContain("推动我市高质量发展")
    expect(n.clean.text).toContain("新能源汽车动力电池")
    expect(n.clean.text).toMatch(/\n涪陵区委书记 王志杰\n/)
    expect(roundTrips(text, "推动我市")).toBe("推\n\n动我市")
  })
  it("drops page chrome: breadcrumbs and navigation lists", () => {
    const out = dropChrome(identity("您当前的位置: 首页 > 政务公开\n- 高新院新闻\n- 政策解读\n- 高新区新闻\n正文第一段。\n扫一扫在手机打开当前页\n"))
    expect(out.text).toBe("正文第一段。\n")
    expect(rejoinLines(identity("一、2023年工作回顾\n\n正文。")).text).toBe("一、2023年工作回顾\n正文。")
  })
  it("joins hard-wrapped lines (1998 national communiqué as a news site wrapped it) without inserting anything", () => {
    // Lines wrapped at about 50 columns, each broken inside a phrase or a number.
    const source = [
      "中华人民共和国1998年国民经济和社会发展统计公报",
      "国家统计局",
      "一、综合",
      "国民经济扭转了上半年增幅回落的状况,保持了较快",
      "增长的态势。 全年国内生产总值79553亿元,比上年增长",
      "百分之七点八。 其中,第一产业增加值14299亿元,增长",
      "百分之三点五; 第二产业增加值39150亿元,增长百分之",
      "九点二;第三产业增加值26104亿元, 增长百分之七点六。",
      "劳动就业工作有所加强。 年末全国从业人员69957万",
      "人,比上年末增加357万人。其中城镇从业人员20678万人,",
      "多种途径使609万名下岗职工实现了再就业。 年末城镇登",
      "记失业率为百分之三点一,与上年末持平。"
    ].join("\n")
    const { clean } = normaliseText(source)
    for (const phrase of ["比上年增长百分之七点八", "增长百分之九点二", "69957万人", "城镇登记失业率"]) expect(clean.text).toContain(phrase)
    // The title, the issuer and the enumerated heading stay lines of their own.
    expect(clean.text.split("\n").slice(0, 3)).toEqual(["中华人民共和国1998年国民经济和社会发展统计公报", "国家统计局", "一、综合"])
    // The span of a joined phrase is the source text, line end included.
    expect(roundTrips(source, "城镇登记失业率")).toBe("城镇登\n记失业率")
  })
  it("measures a wrap in the source, where full-width digits took two columns (1993 report wrapped at 60)", () => {
    const source = [
      "造林、水利和农田基本建设取得新进展。工业生产有较大增长。五年",
      "间，工业总产值平均每年增长百分之十五。１９９２年同１９８７年",
      "相比，钢产量增长百分之四十二，达到８０００万吨；原煤产量增长",
      "百分之二十，达到１１亿吨；发电装机增长百分之四十六，达到１６",
      "５００万千瓦；原油产量继续增长，达到１．４２亿吨。农用工业产",
      "品持续增长。"
    ].join("\r\n")
    const { clean } = normaliseText(source)
    expect(clean.text).toContain("1992年同1987年相比")
    expect(clean.text).toContain("达到16500万千瓦")
    expect(roundTrips(source, "16500万千瓦")).toBe("１６\r\n５００万千瓦")
  })
  it("reads the wrapped figures across the break", () => {
    const source = [
      "国民经济扭转了上半年增幅回落的状况,保持了较快",
      "增长的态势。 全年国内生产总值79553亿元,比上年增长",
      "百分之七点八。 全年居民消费价格总水平比上年下降百分",
      "之零点八,其中服务项目价格上升百分之十点一;商品零售",
      "价格总水平比上年下降百分之二点六。国家外汇储备达到",
      "1450亿美元,比上年末增加51亿美元。年末从业人员69957万",
      "人,比上年末增加357万人。"
    ].join("\n")
    const rows = extractText(source, { docId: "t", path: "t.txt" }).indicators.map((r) => `${r.value}${r.unit}`)
    expect(rows).toEqual(expect.arrayContaining(["7.8%", "10.1%", "51亿美元", "69957万人"]))
    expect(rows).not.toContain("10%")
  })
  it("keeps headings, list items, short lines and ordinary paragraphs apart", () => {
    const wrapped = (lines: Array<string>) => rejoinLines(identity(lines.join("\n"))).text.split("\n")
    // Lines of one width that are headings between long paragraphs are no wrap.
    const para = "全年地区生产总值增长百分之五点二,其中第一产业增长百分之三点一,第二产业增长百分之四点八,第三产业增长百分之六点二。"
    const headings = ["一年来,我们积极扩大有效需求,经济活力展现新气象", para, "一年来,我们专注惠民暖心服务,造福民生彰显新作为", para, "一年来,我们持续深化改革开放,发展动能实现新跃升", para]
    expect(wrapped(headings)).toHaveLength(6)
    // In a wrapped block: an enumerated heading, a bullet list item, a short title stay lines.
    const block = [
      "国民经济总体运行良好,改革和发展的各项目标基本实现。",
      "全年国内生产总值比上年增长百分之七点八,增幅回落",
      "(二)农业",
      "农业生产稳定增长,粮食产量再创新高,棉花油料产量下",
      "- 粮食总产量达到四亿九千万吨,比上年增加九百万吨",
      "- 棉花产量四百五十万吨,比上年减少十万吨,降幅较大",
      "工业生产增速减缓",
      "全年全部工业增加值比上年增长百分之八点九,增幅回落。"
    ]
    expect(wrapped(block)).toEqual(block)
    // Rows of a CSV dump of one width stay rows.
    const csv = Array.from({ length: 8 }, (_, i) => `第${i + 1}季度,地区生产总值,${1000 + i},${5 + i}.1,${20 + i}.5`)
    expect(wrapped(csv)).toEqual(csv)
  })
  it("folds full-width forms only", () => {
    const m = foldWidth(identity("增长７．２％，①"))
    expect(m.text).toBe("增长7.2%,①")
    expect(m.start.length).toBe(m.text.length)
  })
})

/** The script as OpenCC's whole conversion of the sample decides it, with no shortcut. */
function scriptByConversion(text: string): "traditional" | "simplified" {
  const sample = text.length > 5000 ? text.slice(0, 5000) : text
  const converted = openccT2cn(sample)
  let han = 0
  let changed = 0
  for (let i = 0; i < Math.min(sample.length, converted.length); i++) {
    const c = sample.charCodeAt(i)
    if (!((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf))) continue
    han++
    if (c !== converted.charCodeAt(i)) changed++
  }
  return han > 0 && changed >= 3 && changed / han > 0.02 ? "traditional" : "simplified"
}

describe("conversion to simplified", () => {
  it("gives OpenCC's conversion of every line, also where it skips the lines OpenCC cannot change", () => {
    const traditional = seed("004").text.split("\n")
    const simplified = seed("001").text.split("\n")
    // A mixed document: traditional and simplified lines, blank and Latin lines between them.
    const lines: Array<string> = []
    for (let k = 0; k < 400; k++) lines.push(traditional[k % traditional.length]!, simplified[k % simplified.length]!, k % 7 === 0 ? "" : "GDP 2023")
    // A compatibility ideograph (U+F901) on a line of its own: only OpenCC's variant pass changes it.
    lines.push("\uF901新 2023年")
    const text = lines.join("\n")
    const converted = toSimplifiedScript(identity(text)).text
    expect(converted).not.toBe(text)
    expect(converted).toBe(lines.map(openccT2cn).join("\n"))
  })
})

describe("script detection", () => {
  it("decides as the whole conversion would, on simplified, traditional and mixed samples near the threshold", () => {
    const texts = fs.readdirSync(SEEDS).map((f) => fs.readFileSync(path.join(SEEDS, f), "utf8"))
    const traditional = seed("004").text
    const samples: Array<string> = []
    for (const t of texts) for (let at = 0; at < t.length; at += 1500) samples.push(t.slice(at, at + 5000))
    // Simplified text with a growing run of traditional text in it: the share crosses 2%.
    const simplified = texts.find((t) => scriptByConversion(t) === "simplified")!.slice(0, 5000)
    for (let k = 0; k <= 600; k += 20) samples.push(traditional.slice(2000, 2000 + k) + simplified.slice(k))
    const decided = samples.map(scriptByConversion)
    expect(decided).toContain("traditional")
    expect(decided).toContain("simplified")
    expect(samples.map(detectScript)).toEqual(decided)
  })
})

describe("decoding", () => {
  const text = "地区生产总值实现983亿元、增长7.2%。"
  it("detects UTF-8 with BOM, UTF-16 LE/BE and GB18030", () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])
    expect(decodeBytes(bom, "a.txt")).toMatchObject({ text, encoding: "utf-8", bom: true })
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])
    expect(decodeBytes(le, "a.txt")).toMatchObject({ text, encoding: "utf-16le" })
    const be = Buffer.from(le)
    be[0] = 0xfe
    be[1] = 0xff
    for (let i = 2; i < be.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!]
    expect(decodeBytes(be, "a.txt")).toMatchObject({ text, encoding: "utf-16be" })
    // GB18030 bytes of 地区生产总值 (encoded by hand: TextEncoder only writes UTF-8).
    const gb = new Uint8Array([0xb5, 0xd8, 0xc7, 0xf8, 0xc9, 0xfa, 0xb2, 0xfa, 0xd7, 0xdc, 0xd6, 0xb5, 0x39, 0x38, 0x33])
    expect(decodeBytes(gb, "a.txt")).toMatchObject({ text: "地区生产总值983", encoding: "gb18030" })
  })
  it("refuses binary input with the format", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])
    const r = decodeBytes(png, "img.txt")
    expect(r).toMatchObject({ _tag: "BinaryInputError", format: "PNG image", path: "img.txt" })
  })
  it("names the byte offset of invalid UTF-8 in an otherwise UTF-8 file", () => {
    const good = new TextEncoder().encode(text.repeat(4))
    const bad = new Uint8Array([...good.slice(0, 30), 0xff, ...good.slice(30)])
    expect(decodeBytes(bad, "x.txt")).toMatchObject({ _tag: "EncodingError", byteOffset: 30 })
  })
})

describe("metadata of the seeds", () => {
  const meta = (p: string) => readMetadata(normaliseText(seed(p).text).clean.text)
  it("reads genre, date, region and issuer", () => {
    expect(meta("000")).toMatchObject({ genre: "press_conference", publishedOn: "2023-01-10" })
    expect(meta("000").region?.name).toBe("璧山区")
    expect(meta("001")).toMatchObject({ genre: "work_report", publishedOn: "2024-02-27", issuer: "重庆市璧山区人民政府", title: "重庆市璧山区政府工作报告(2024年)" })
    expect(meta("002")).toMatchObject({ genre: "meeting_digest" })
    expect(meta("002").region?.name).toBe("重庆市")
    expect(meta("003")).toMatchObject({ genre: "work_plan", publishedOn: "2024-03-01", issuer: "重庆高新技术产业开发区管理委员会办公室" })
    expect(meta("003").region?.name).toBe("重庆高新区")
    expect(meta("004")).toMatchObject({ genre: "news", publishedOn: "2022-01-29" })
    expect(meta("004").region?.name).toBe("重庆沿江承接产业转移示范区")
  })
})
