import { Worker } from "node:worker_threads"
import { describe, expect, it } from "vitest"
import { segment, segmentKnown } from "@govstat/extract"
import { seed } from "./helpers.js"

const words = (text: string) => segment(text).map((t) => t.word)

describe("word segmenter (jieba with the codebooks' names)", () => {
  it("keeps catalogue names and the modifiers that change them whole (seed 001 sentences)", () => {
    expect(words("城镇新增就业1.8万人,城镇调查失业率降至5.1%")).toEqual(
      expect.arrayContaining(["城镇新增就业", "城镇调查失业率", "降至"])
    )
    const w = words("规上制造业亩均增加值、税收分别达到186.3万元、15.8万元")
    expect(w).toContain("亩均")
    expect(w).toContain("税收")
  })

  it("does not cut 化学需氧量 or a place name in the middle (national work report sentence)", () => {
    expect(words("今年化学需氧量、氨氮排放量要下降2%")).toContain("化学需氧量")
    expect(words("两江新区地区生产总值实现983亿元").slice(0, 2)).toEqual(["两江新区", "地区生产总值"])
  })

  it("tags verbs, nouns and numbers, and its offsets index the text", () => {
    const text = "一季度,房地产开发投资、商品房销售面积分别增长7.6%、5.2%。"
    const tokens = segment(text)
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word)
    expect(tokens.map((t) => t.word).join("")).toBe(text)
    expect(tokens.find((t) => t.word === "增长")?.tag).toBe("v")
    expect(tokens.find((t) => t.word === "7.6%")?.tag).toBe("m")
  })

  it("covers a whole seed document with contiguous offsets", () => {
    const { text } = seed("004")
    const tokens = segment(text)
    expect(tokens.map((t) => t.word).join("")).toBe(text)
    tokens.forEach((t, k) => expect(t.start).toBe(k === 0 ? 0 : tokens[k - 1]!.end))
  })

  it("loads and segments inside a worker thread, as the extraction pool runs it", async () => {
    const url = new URL("../packages/extract/dist/words/segment.js", import.meta.url).href
    const worker = new Worker(
      `import(${JSON.stringify(url)}).then((m) => require("node:worker_threads").parentPort.postMessage(m.segment("城镇调查失业率降至5.1%").map((t) => t.word)))`,
      { eval: true }
    )
    const got = await new Promise((resolve, reject) => { worker.once("message", resolve); worker.once("error", reject) })
    await worker.terminate()
    expect(got).toEqual(["城镇调查失业率", "降至", "5.1%"])
  })

  // What a segmenter working on a window of a clause may rely on: jieba cuts each run of
  // characters it segments (CJK, ASCII letters and digits, +#&._%-) on its own, so the words of
  // a window bounded by any other character (punctuation, whitespace) are the clause's words there.
  it("gives a run between punctuation the same words it has in its whole clause (seed 001 clauses)", () => {
    const RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffa-zA-Z0-9+#&._%-]+/g
    const clauses = seed("001").text.split(/[。\n]/).filter((c) => c.length >= 8 && c.length <= 200).slice(0, 150)
    let windows = 0
    for (const clause of clauses) {
      for (const seg of [segment, segmentKnown]) {
        const whole = seg(clause)
        const runs = [...clause.matchAll(RUN)].map((m) => [m.index, m.index + m[0].length] as const)
        for (let i = 0; i + 1 < runs.length; i++) {
          const [from, to] = [runs[i]![0], runs[i + 1]![1]]
          const got = seg(clause.slice(from, to)).map((t) => `${t.word}/${t.tag}@${t.start + from}`)
          const want = whole.filter((t) => t.start >= from && t.end <= to).map((t) => `${t.word}/${t.tag}@${t.start}`)
          expect(got, clause.slice(from, to)).toEqual(want)
          windows++
        }
      }
    }
    expect(windows).toBeGreaterThan(200)
  })
})
