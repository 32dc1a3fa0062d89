/**
 * Numbers that are never wrong (issue 15): every spelling of a quantity reads as one number,
 * and what is not a quantity (a year, a date, an ordinal, a name) never becomes a fact.
 * Quantities are written by generators inside sentence frames taken from the seeds and the
 * national work reports.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import fc from "fast-check"
import { findUnit, unitDimension } from "@govstat/schema"
import { describe, expect, it } from "vitest"
import { extractText, formatChineseNumeral, normaliseText, parseChineseQuantity, scanQuantities } from "@govstat/extract"
import { ROOT } from "./helpers.js"

/** Frames around a quantity, from real sentences (their own numbers removed). */
const FRAMES: ReadonlyArray<readonly [string, string]> = [
  ["全年粮食总产量达到", ",再创历史新高。"],
  ["城镇新增就业", ",城镇调查失业率保持稳定。"],
  ["我们坚持稳中求进,全年完成", ",圆满完成目标任务。"],
  ["累计实施重点项目投资", ",带动有效投资稳步增长。"],
  ["原煤产量达到", "。"]
]
const frame = fc.constantFrom(...FRAMES)

const CN = "〇一二三四五六七八九"
const cnDigits = (s: string) => [...s].map((c) => CN[Number(c)]).join("")
const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)))

interface Written {
  readonly text: string
  readonly value: number
  readonly unit: string
  readonly qualifier: string | null
}

/** The value and unit the scanner keeps for a Chinese integer: a trailing 万/亿 heads the unit. */
function splitMagnitude(n: number, unit: string): Written {
  const s = formatChineseNumeral(n)
  if (s.endsWith("万亿")) return { text: s + unit, value: n / 1e12, unit: "万亿" + unit, qualifier: null }
  if (s.endsWith("亿")) return { text: s + unit, value: n / 1e8, unit: "亿" + unit, qualifier: null }
  if (s.endsWith("万") && s.length > 1) return { text: s + unit, value: n / 1e4, unit: "万" + unit, qualifier: null }
  return { text: s + unit, value: n, unit, qualifier: null }
}

const massOrMoney = fc.constantFrom("吨", "元", "亩")

/** Chinese integers to 10^12 (with 零 where the spelling needs it). */
const chineseInteger = fc.tuple(fc.integer({ min: 10, max: 1e12 }), massOrMoney).map(([n, u]) => splitMagnitude(n, u))

/** 三十六点九, 二十三点零四, 四点二倍, 三点六亿元. */
const chineseDecimal = fc.tuple(
  fc.integer({ min: 0, max: 999 }),
  fc.stringMatching(/^[0-9]{0,2}[1-9]$/),
  fc.constantFrom("倍", "亿元", "万吨", "%")
).map(([int, frac, unit]): Written => {
  const words = `${formatChineseNumeral(int)}点${cnDigits(frac)}`
  const value = Number(`${int}.${frac}`)
  return unit === "%"
    ? { text: `百分之${words}`, value, unit, qualifier: null }
    : { text: words + unit, value, unit, qualifier: null }
})

/** 三千多万吨, 四亿零七百多万吨, 10亿余元: a bound before the last magnitude. */
const fuzzyMagnitude = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 999 }).map((x) => x * 10), fc.constantFrom("多", "余")).map(([n, f]): Written =>
    ({ text: `${formatChineseNumeral(n)}${f}万吨`, value: n, unit: "万吨", qualifier: "lower_bound" })),
  fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 999 }).map((x) => x * 10)).map(([hi, lo]): Written => {
    const s = formatChineseNumeral(hi * 1e8 + lo * 1e4)
    return { text: `${s.slice(0, -1)}多万吨`, value: hi * 1e4 + lo, unit: "万吨", qualifier: "lower_bound" }
  }),
  fc.tuple(fc.integer({ min: 2, max: 9999 }), fc.constantFrom("余", "多"), fc.constantFrom("亿", "万")).map(([n, f, m]): Written =>
    ({ text: `${n}${m}${f}元`, value: n, unit: `${m}元`, qualifier: "lower_bound" }))
)

/** 1,021.3万人, full-width digits, digits spaced by the source (1 3 6 5 7亿斤). */
const arabic = fc.oneof(
  fc.tuple(fc.integer({ min: 1000, max: 999_999_999 }), fc.integer({ min: 0, max: 9 })).map(([n, d]): Written =>
    ({ text: `${n.toLocaleString("en-US")}.${d + 1}万人`, value: Number(`${n}.${d + 1}`), unit: "万人", qualifier: null })),
  fc.integer({ min: 10, max: 9_999_999 }).map((n): Written => ({ text: `${fullWidth(String(n))}吨`, value: n, unit: "吨", qualifier: null })),
  fc.integer({ min: 10, max: 99_999 }).map((n): Written => ({ text: `${[...String(n)].join(" ")}亿斤`, value: n, unit: "亿斤", qualifier: null }))
)

const anyQuantity = fc.oneof(chineseInteger, chineseDecimal, fuzzyMagnitude, arabic)

/** Scans the clean text of a sentence (as the pipeline does) and maps spans to it. */
function scan(sentence: string) {
  const text = normaliseText(sentence).clean.text
  return { text, found: scanQuantities(text) }
}

describe("Chinese quantities as written in running text", () => {
  it.each([
    ["四亿零七百多万", 407000000, "lower_bound"], ["七亿七千多万", 770000000, "lower_bound"], ["三千来万", 30000000, "approx"],
    ["十几万", 100000, "lower_bound"], ["三十六点九", 36.9, null], ["二十三点零四", 23.04, null], ["三点六亿", 360000000, null],
    ["零点八", 0.8, null], ["六万万", 600000000, null], ["两", 2, null]
  ] as const)("%s = %d (%s)", (s, value, fuzzy) => {
    expect(parseChineseQuantity(s)).toEqual({ value, fuzzy, digitwise: false })
  })
  it.each(["一九五〇", "二〇二三", "一九九八"])("%s is written digit by digit: a year or a code", (s) => {
    expect(parseChineseQuantity(s)?.digitwise).toBe(true)
  })
  it.each(["几十万", "多万", "三点", "点五", "十四五"])("%s is not one quantity", (s) => expect(parseChineseQuantity(s)).toBeNull())
})

describe("every spelling of a quantity reads as one number", () => {
  it("Chinese integers, 点 decimals, 多/余 before a magnitude, separators, full-width and spaced digits", () => {
    fc.assert(fc.property(frame, anyQuantity, ([left, right], q) => {
      const { text, found } = scan(left + q.text + right)
      expect(found).toHaveLength(1)
      const m = found[0]!
      expect(m.value).toBeCloseTo(q.value, 9)
      expect(m.unit).toBe(q.unit)
      expect(m.qualifier).toBe(q.qualifier)
      // The span is the quantity as written (in clean text: full-width digits are ASCII there).
      expect(text.slice(m.start, m.end)).toBe(normaliseText(q.text).clean.text)
      expect(findUnit(m.unit)).toBeDefined()
    }), { numRuns: 1500 })
  })

  it("ranges are two facts, the low end a lower bound and the high end an upper bound", () => {
    const percentRange = fc.tuple(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }), fc.constantFrom("-", "－", "~", "至", "到"))
      .filter(([a, b]) => a < b)
      .map(([a, b, sep]) => ({ text: `${a / 10}%${sep}${b / 10}%`, low: a / 10, high: b / 10, unit: "%" }))
    const chineseRange = fc.tuple(fc.integer({ min: 2, max: 8 }), fc.integer({ min: 1, max: 5 }))
      .map(([a, d]) => ({ text: `${CN[a]}到${formatChineseNumeral(Math.min(a + d, 9))}个`, low: a, high: Math.min(a + d, 9), unit: "个" }))
      .filter((r) => r.low < r.high)
    fc.assert(fc.property(frame, fc.oneof(percentRange, chineseRange), ([left, right], r) => {
      const { found } = scan(left + r.text + right)
      expect(found.map((m) => [m.value, m.unit, m.qualifier, m.range])).toEqual([
        [r.low, r.unit, "lower_bound", "low"], [r.high, r.unit, "upper_bound", "high"]
      ])
    }), { numRuns: 500 })
  })

  it("a list run together by the source keeps its verb's sign and measure (分别下降29.4%20.8%)", () => {
    const doc = "2023年重庆市璧山区政府工作报告\n一、2023年工作回顾\n电信网络诈骗立案数、涉案金额分别下降29.4%20.8%。\n"
    const rows = extractText(doc, { docId: "t", path: "t.txt" }).indicators.filter((r) => r.unit === "%")
    expect(rows.map((r) => [r.value, r.measure])).toEqual([[-29.4, "growth_rate"], [-20.8, "growth_rate"]])
  })

  it("an absolute change of a level is a change; a new level or a count of new things is a level", () => {
    const doc = "2023年政府工作报告\n一、2023年工作回顾\n一般公共预算收入比上年增加1.1万亿元。贫困人口减少1386万。规上工业企业亩均税收分别提高194万元。城镇化率提高到73.5%。全年新增市场主体57家。\n"
    const rows = extractText(doc, { docId: "t", path: "t.txt" }).indicators
    expect(rows.map((r) => [r.value, r.unit, r.measure])).toEqual([
      [1.1, "万亿元", "change"], [-1386, "万", "change"], [194, "万元", "change"], [73.5, "%", "share"], [57, "家", "level"]
    ])
  })

  it("one number stated with 均/各 of a list of subjects is a fact for each", () => {
    const doc = "2024年政府工作报告\n一、2023年工作回顾\n全年新开工、续建、储备道路各超100公里。货运量、货运值均增长15%。\n"
    const rows = extractText(doc, { docId: "t", path: "t.txt" }).indicators
    expect(rows.map((r) => [r.value, r.unit, r.qualifier])).toEqual([
      [100, "公里", "lower_bound"], [100, "公里", "lower_bound"], [100, "公里", "lower_bound"], [15, "%", null], [15, "%", null]
    ])
    expect(rows.slice(0, 3).map((r) => ["新开工", "续建", "储备"].findIndex((w) => r.indicator.includes(w)))).toEqual([0, 1, 2])
    expect(rows[3]!.indicator).not.toBe(rows[4]!.indicator)
  })

  it("a bare magnitude takes the counted noun's base unit, else none", () => {
    const doc = "政府工作报告\n一、过去一年的工作\n节约的资金约达10亿余元。全国有6600多万纳税人。发展510万沼气用户。奖励200万。\n"
    const rows = extractText(doc, { docId: "t", path: "t.txt" }).indicators
    expect(rows.map((r) => [r.value, r.unit, r.base_unit, r.qualifier])).toEqual([
      [10, "亿元", "CNY", "lower_bound"], [6600, "万", "person", "lower_bound"], [510, "万", "户", null], [200, "万", null, null]
    ])
    expect(unitDimension("万户")).toBe("household")
    expect(unitDimension("亿元")).toBe("money")
    expect(unitDimension("")).toBe("ratio")
    expect(unitDimension("万人次")).toBe("person_time")
    expect(unitDimension("万")).toBe("magnitude")
  })
})

describe("what is not a quantity never becomes a fact", () => {
  it("the base of an exchange rate is no amount (1美元兑8.2789元); an amount paid out (兑付) is", () => {
    const rows = extractText("年末国家外汇储备达到1450亿美元,比上年末增加51亿美元。年末1美元兑8.2789元人民币。全年1亿元兑付到位。", { docId: "t", path: "t.txt" }).indicators
    const amounts = rows.map((r) => `${r.value}${r.unit}`)
    expect(amounts).not.toContain("1美元")
    expect(amounts).toEqual(expect.arrayContaining(["1450亿美元", "51亿美元", "8.2789元", "1亿元"]))
  })
  const year = fc.integer({ min: 1949, max: 2100 })
  const notQuantity = fc.oneof(
    year.map((y) => `${y}年`),
    year.map((y) => `${fullWidth(String(y))}年`),
    year.map((y) => `${[...String(y)].join(" ")} 年`),
    year.map((y) => `${cnDigits(String(y))}年`),
    fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}年${m}月${d}日`),
    fc.tuple(year, fc.integer({ min: 10, max: 12 }), fc.integer({ min: 10, max: 28 })).map(([y, m, d]) => `${y}-${m}-${d}`),
    fc.tuple(fc.integer({ min: 1, max: 99 }), fc.constantFrom("个", "项", "名", "次", "位", "批")).map(([n, u]) => `第${formatChineseNumeral(n)}${u}`),
    fc.integer({ min: 1, max: 120 }).map((n) => `成立${n}周年`),
    fc.integer({ min: 2, max: 100 }).map((n) => `建军${formatChineseNumeral(n)}年`),
    fc.integer({ min: 2, max: 30 }).map((n) => `${formatChineseNumeral(n)}年禁渔`),
    fc.integer({ min: 11, max: 20 }).map((n) => `${formatChineseNumeral(n)}届${CN[(n % 7) + 1]}中全会`),
    fc.integer({ min: 2, max: 15 }).map((n) => `自治区党委十届${formatChineseNumeral(n)}次全会`),
    fc.constantFrom("十四五", "第一个百年奋斗目标", "5G", "三大攻坚战", "“1+12”", "二十大和二十届历次全会", "8-12位字符", "(含5亿元)")
  )
  it("years and dates in any spelling, ordinals, anniversaries, spans in time and names", () => {
    fc.assert(fc.property(frame, notQuantity, ([left, right], s) => {
      expect(scan(left + s + right).found.map((m) => `${m.value}${m.unit}`)).toEqual([])
    }), { numRuns: 1500 })
  })
  it("a year before a multiple leaves only the multiple (达到一九五〇年的一点八倍)", () => {
    expect(scan("对外贸易也达到一九五〇年的一点八倍").found.map((m) => [m.value, m.unit])).toEqual([[1.8, "倍"]])
  })
})

describe("the 72 national work reports", () => {
  const file = path.join(ROOT, "..", "shared", "corpus", "chinese-political-corpora", "government_work_reports.jsonl")
  const exists = fs.existsSync(file)
  it.runIf(exists)("no value above its unit's bound, no calendar year as 年, no subject ending in a numeral", () => {
    const records = fs.readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { content: string })
    expect(records).toHaveLength(72)
    const above: Array<string> = []
    const years: Array<string> = []
    const subjects: Array<string> = []
    let rows = 0
    records.forEach((r, k) => {
      for (const f of extractText(r.content, { docId: `r${k}`, path: `r${k}.txt` }).indicators) {
        rows++
        const u = findUnit(f.unit)
        if (u && Math.abs(f.value) > u.plausibleMax) above.push(`${f.value}${f.unit}`)
        if (f.unit === "年" && Number.isInteger(f.value) && f.value >= 1000 && f.value <= 2200) years.push(`${f.value}${f.unit}`)
        // A subject ending in a numeral character holds a piece of a number (日均新设企业由5); words such as 统一 do not.
        if (/[0-9〇零一二三四五六七八九十百千万亿两]$/.test(f.indicator) && !/(统一|唯一|同一|之一|单一|万一|划一|如一|专一)$/.test(f.indicator) && !/[A-Za-z][0-9.]+$/.test(f.indicator)) {
          subjects.push(f.indicator)
        }
      }
    })
    expect(rows).toBeGreaterThan(4000)
    expect(above).toEqual([])
    expect(years).toEqual([])
    expect(subjects).toEqual([])
  }, 120_000)
})

describe("numbers the grammar refuses or doubts", () => {
  it("are warnings with a reason and the source span, listed per input in manifest.json", async () => {
    const { spawnSync } = await import("node:child_process")
    const os = await import("node:os")
    const { BIN } = await import("./helpers.js")
    const input = fs.mkdtempSync(path.join(os.tmpdir(), "govstat-warn-in-"))
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "govstat-warn-out-"))
    // From the national reports: a vague count, a number split by a space, a malformed number.
    const text = "2024年政府工作报告\n一、2023年工作回顾\n城镇还有几千万人居住在棚户区。固定资产投资是20 11年的两倍。投资1.2.3亿元。\n"
    fs.writeFileSync(path.join(input, "w.txt"), text)
    const r = spawnSync(process.execPath, [BIN, "run", "--input", input, "--out", out, "--quiet", "--fail-on", "never"], { cwd: ROOT, encoding: "utf8" })
    expect(r.status).toBe(0)
    const manifest = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8")) as {
      inputs: Array<{ warnings: number; warning_details: Array<{ char_start: number; char_end: number; reason: string }> }>
    }
    const [doc] = manifest.inputs
    expect(doc!.warning_details).toHaveLength(doc!.warnings)
    const quoted = doc!.warning_details.map((w) => [w.reason.split(" ")[0], text.slice(w.char_start, w.char_end)])
    expect(quoted).toEqual([["vague", "几千万"], ["number", "20 11"], ["malformed", "1.2.3"]])
  })
})
