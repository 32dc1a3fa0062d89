/**
 * Classes of error the lead found reading fresh public texts in session 10: a county page whose
 * navigation line (返回顶部) stood above its title, and a provincial notice whose rule of splitting
 * costs (按照4:3:3的比例分担) came out as three shares. Each case is a short real quote.
 */
import { describe, expect, it } from "vitest"
import { extractOne, metadataOf } from "./helpers.js"

describe("a page's navigation above its title", () => {
  // 镇巴县人民政府 (Shaanxi), 2024: the page opens with its back-to-top link, then the metadata table.
  const text = "返回顶部\n\n镇巴县人民政府工作规则\n\n  • 索引号:\n\n    6107280000/2024-001005\n  • 发文字号:\n\n    镇政发〔2024〕7号\n  • 发文日期:\n\n    2024年04月06日 16:40\n\n" +
    "镇巴县人民政府工作规则\n\n第一章总则\n\n一、根据《中华人民共和国宪法》《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》,参照《陕西省人民政府工作规则》《汉中市人民政府工作规则》的有关规定,结合本县实际,制定本规则。"
  it("is not the title; the rules' own name is", () => {
    expect(metadataOf(text).title).toBe("镇巴县人民政府工作规则")
  })
  it("gives a law the rules cite no year from the page's dates above it, and quotes only its own sentence", () => {
    const law = extractOne(text).policies.find((p) => p.title === "中华人民共和国宪法")!
    expect(law.year).toBeNull()
    expect(law.quote.startsWith("一、根据《中华人民共和国宪法》")).toBe(true)
  })
})

describe("a ratio that splits costs, not a structure", () => {
  // 湖南省人民政府办公厅, 湘政办发〔2009〕24号.
  it("gives no shares when its parts do not make a hundred", () => {
    const rows = extractOne("从2009年起,“三支一扶”期间大学生的各项生活与交通补助所需经费由省、市、县三级财政按照4:3:3的比例分担。").indicators
    expect(rows).toEqual([])
    expect(extractOne("省级财政按1:1比例配套。").indicators).toEqual([])
  })
  it("still gives each part of an industrial structure as its share", () => {
    // 河南省 2021 communiqué.
    const rows = extractOne("全年全省三次产业结构为9.5∶41.3∶49.1。").indicators
    expect(rows.map((r) => [r.measure, r.value])).toEqual([["share", 9.5], ["share", 41.3], ["share", 49.1]])
  })
})
