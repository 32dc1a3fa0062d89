import type { Region } from "@govstat/schema"
import { placeMentions } from "../place/match.js"
import { resolveMention } from "../place/resolve.js"
import type { Section, SectionContext } from "../document/sections.js"
import { paragraphs } from "../document/spans.js"
import { type GenreParser, reportingYears } from "./context.js"

/** A speaker line: 市委常委、万州区委书记 于会文 — short, ends with a title and a name. */
const SPEAKER = /(?:区|县|市)委(?:副)?书记|区长|县长|部长|局长|主任/

const QUARTER: Record<string, string> = { 一: "Q1", 二: "Q2", 三: "Q3", 四: "Q4", "1": "Q1", "2": "Q2", "3": "Q3", "4": "Q4" }

/** The period a digest's meeting covers: 2023年第一季度例会 → 2023Q1, 上半年 → H1. */
export function digestPeriod(title: string | null, year: number | null): string | null {
  if (!title || year === null) return null
  const q = /第?([一二三四1-4])季度/.exec(title)
  if (q) return `${year}${QUARTER[q[1]!]}`
  if (/上半年/.test(title)) return `${year}H1`
  return null
}

/**
 * 发言摘登: speeches by district leaders. Each speech starts at its title line, just before
 * the speaker line, and its facts are about the speaker's own district.
 */
export const meetingDigest: GenreParser = {
  name: "meeting_digest",
  genre: "meeting_digest",
  sections(text, meta, carry) {
    const years = reportingYears(meta)
    const year = meta.titleYear ?? years.review
    const base: SectionContext = { year, mode: "review", region: meta.region, period: digestPeriod(meta.title, year) }
    const paras = paragraphs(text)
    const starts: Array<{ at: number; region: Region | null; heading: string }> = []
    for (let k = 0; k < paras.length; k++) {
      const p = paras[k]!
      const line = text.slice(p.start, p.end)
      if (line.length > 30 || !SPEAKER.test(line) || /[。，,；]/.test(line)) continue
      const places = placeMentions(line).map((m) => resolveMention(m, meta.region)).filter((r): r is Region => r !== null && r.level !== "province" && r.level !== "country")
      const region = places.length ? places[places.length - 1]! : null
      // The speech title is the line before the speaker line.
      const prev = paras[k - 1]
      const at = prev && prev.end - prev.start <= 40 ? prev.start : p.start
      starts.push({ at, region: region ?? meta.region, heading: line })
    }
    const out: Array<Section> = []
    let from = 0
    let ctx = carry?.context ?? base
    let heading: string | null = carry?.heading ?? null
    for (const s of starts) {
      if (s.at > from) out.push({ start: from, end: s.at, heading, context: ctx })
      from = s.at
      heading = s.heading
      ctx = { ...base, region: s.region }
    }
    out.push({ start: from, end: text.length, heading, context: ctx })
    return out
  }
}
