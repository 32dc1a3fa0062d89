import { describe, expect, it } from "vitest"
import { extractText, segment, segmentKnown } from "@govstat/extract"
import { seed } from "./helpers.js"

/**
 * The extractor keeps memos across calls (words of short texts, parsed numerals, a document's
 * place stems, place lineages). A memo may save time only: what a document yields must not
 * depend on what was extracted before it.
 */
describe("memos across documents", () => {
  it("gives a document the same rows before and after other documents (seeds 000 and 002)", () => {
    const a = seed("000")
    const b = seed("002")
    const first = extractText(a.text, { docId: a.docId, path: a.name })
    extractText(b.text, { docId: b.docId, path: b.name })
    const again = extractText(a.text, { docId: a.docId, path: a.name })
    expect(again.indicators).toEqual(first.indicators)
    expect(again.projects).toEqual(first.projects)
    expect(again.policies).toEqual(first.policies)
    expect(first.indicators.length).toBeGreaterThan(0)
  })

  it("returns the same words for a text whether or not it was segmented before", () => {
    const text = "城镇新增就业1.8万人"
    const once = segmentKnown(text).map((t) => `${t.word}/${t.tag}`)
    expect(segmentKnown(text.slice(0)).map((t) => `${t.word}/${t.tag}`)).toEqual(once)
    // A slice of a longer text is the same key as the text written alone.
    const inLonger = "全年城镇新增就业1.8万人".slice(2)
    expect(segmentKnown(inLonger).map((t) => `${t.word}/${t.tag}`)).toEqual(once)
    expect(segment(text).map((t) => t.word).join("")).toBe(text)
  })
})
