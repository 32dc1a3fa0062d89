import { describe, expect, it } from "vitest"
import {
  findIndicator, findRegion, findUnit, IndicatorCatalog, IndicatorTable, makeValidator, Regions, Tables, Units
} from "@govstat/schema"

const good = {
  id: "abc", doc_id: "001", region: "璧山区", region_code: "500120", region_level: "county", indicator: "地区生产总值", indicator_code: "GDP", indicator_name: "地区生产总值",
  measure: "level", value: 983, unit: "亿元", value_base: 9.83e10, base_unit: "CNY", period: "2023",
  period_start: "2023-01-01", period_end: "2023-12-31", status: "actual", qualifier: null,
  quote: "地区生产总值实现983亿元", char_start: 10, char_end: 16, extractor: "work_report@0.1.0"
}

describe("table schemas", () => {
  const validate = makeValidator(IndicatorTable)
  it("accepts a well-formed indicator row", () => {
    expect(validate(good)).toEqual({ ok: true, row: good })
  })
  it("rejects bad values with the field and a reason for each", () => {
    const r = validate({ ...good, value: Number.NaN, measure: "lvl", period_end: "2023-02-30", char_start: 1.5 })
    expect(r.ok).toBe(false)
    if (r.ok) return
    const fields = r.issues.map((i) => i.field).sort()
    expect(fields).toEqual(["char_start", "measure", "period_end", "value"])
    expect(r.issues.find((i) => i.field === "period_end")!.reason).toMatch(/not a calendar date/)
  })
  it("knows the Gregorian calendar: leap days, month lengths, month and day bounds", () => {
    const dateOk = (d: string) => validate({ ...good, period_end: d }).ok
    for (const d of ["2024-02-29", "2000-02-29", "2023-04-30", "2023-12-31", "2023-01-01"]) expect(dateOk(d), d).toBe(true)
    for (const d of ["2023-02-29", "1900-02-29", "2023-04-31", "2023-13-01", "2023-00-10", "2023-05-00", "2023-1-01"]) expect(dateOk(d), d).toBe(false)
  })
  it("rejects missing and unexpected columns", () => {
    const { quote: _q, ...rest } = good
    const r = validate({ ...rest, extra: 1 })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues.map((i) => i.field).sort()).toEqual(["extra", "quote"])
  })
  it("derives each table's ordered field list from the same columns as its schema", () => {
    for (const t of Object.values(Tables)) {
      expect(t.fields.map((f) => f.name)).toEqual(Object.keys(t.schema.fields))
      for (const f of t.fields) expect(f.description.length).toBeGreaterThan(5)
    }
    expect(IndicatorTable.fields.find((f) => f.name === "value_base")).toMatchObject({ kind: "double", nullable: true })
    expect(IndicatorTable.fields.find((f) => f.name === "measure")!.values).toEqual(["level", "growth_rate", "share", "ratio", "change"])
  })
  it("keeps the contract's column names", () => {
    expect(Tables.documents.fields.map((f) => f.name)).toEqual(expect.arrayContaining([
      "doc_id", "source_path", "sha256", "bytes", "encoding", "script", "genre", "title", "issuer", "region",
      "region_code", "published_on", "char_count", "parser"
    ]))
    expect(Tables.policies.fields.map((f) => f.name)).toEqual(expect.arrayContaining([
      "id", "doc_id", "region", "title", "issuer", "kind", "article_count", "year", "quote", "char_start", "char_end"
    ]))
  })
})

describe("codebooks", () => {
  it("has every Chongqing district and county with its GB/T 2260 code", () => {
    const cq = Regions.filter((r) => r.parent === "重庆市" && r.level !== "zone")
    expect(cq.length).toBe(38)
    expect(new Set(cq.map((r) => r.code)).size).toBe(38)
    for (const r of cq) expect(r.code).toMatch(/^500\d{3}$/)
    expect(findRegion("璧山区")?.code).toBe("500120")
    expect(findRegion("西部科学城重庆高新区")?.name).toBe("重庆高新区")
    // A zone carries its parent unit's code.
    expect(findRegion("两江新区")).toMatchObject({ level: "zone", code: "500000" })
  })
  it("converts units to their base", () => {
    expect(findUnit("亿元")).toMatchObject({ base: "CNY", factor: 1e8 })
    expect(findUnit("万平方米")).toMatchObject({ base: "m2", factor: 1e4 })
    expect(findUnit("平方公里")).toMatchObject({ base: "km2", factor: 1 })
    expect(findUnit("万亩")).toMatchObject({ base: "mu", factor: 1e4 })
    expect(findUnit("个百分点")?.base).toBe("percentage_point")
    expect(findUnit("%")?.base).toBe("percent")
    expect(findUnit("元/吨")).toBeUndefined()
    expect(new Set(Units.map((u) => u.unit)).size).toBe(Units.length)
  })
  it("maps indicator names and aliases to canonical codes", () => {
    expect(IndicatorCatalog.length).toBeGreaterThanOrEqual(300)
    expect(new Set(IndicatorCatalog.map((e) => e.code)).size).toBe(IndicatorCatalog.length)
    expect(findIndicator("地区生产总值")?.code).toBe("GDP")
    expect(findIndicator("全区GDP")?.code).toBe("GDP")
    expect(findIndicator("社零总额")?.code).toBe("RETAIL_SALES")
    expect(findIndicator("规模以上工业增加值")?.code).toBe("IND_VALUE_ADDED")
    expect(findIndicator("比亚迪刀片电池产能")).toBeUndefined()
  })
})

describe("README column dictionary", () => {
  it("is the one generated from the schemas", async () => {
    const { columnDictionary, readmeSection } = await import("../scripts/column-dictionary.mjs")
    expect(readmeSection()).toBe(columnDictionary())
  })
})
