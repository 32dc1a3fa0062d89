/**
 * Document metadata read from the text: title, issuer, publication date, main region and
 * genre. Each reader is a small function over the first lines or the whole text; the
 * patterns are the ones government pages actually use (metadata tables, datelines,
 * report headers).
 */
import { findRegion, type Genre, type Region, regionNamesLongestFirst } from "@govstat/schema"
import { byCodeUnit } from "../code-unit-index.js"
import { detectGenre } from "../genres/detect.js"
import { publicationDate, sessionDate } from "./dates.js"
import { readIssuer } from "./issuer.js"
import { readTitle } from "./title.js"
import { documentTime, titleYear } from "./time.js"

export { detectGenre } from "../genres/detect.js"
export { labelledField, publicationDate, yearsMentioned } from "./dates.js"

export interface DocumentMetadata {
  readonly title: string | null
  readonly issuer: string | null
  readonly publishedOn: string | null
  readonly region: Region | null
  readonly genre: Genre
  /** Year named in the title or header (政府工作报告(2024年), 2023年第一季度例会). */
  readonly titleYear: number | null
  /** The year the document reports results for, and the year it plans for (time.ts). */
  readonly reviewYear: number | null
  readonly planYear: number | null
  /** Whether the text states reviewYear (title, heading, session line, lead) or it was inferred. */
  readonly yearStated: boolean
  /** A sub-year period the whole document covers (a 前三季度 release: 2016M01-09), else null. */
  readonly period: string | null
}

/** Region names by their first character, longest first. */
const NAMES_BY_FIRST = byCodeUnit(regionNamesLongestFirst, (n) => n.charCodeAt(0))

/** All region mentions in a stretch of text, longest name first at each position. */
export function regionMentions(text: string): Array<{ region: Region; at: number; name: string }> {
  const out: Array<{ region: Region; at: number; name: string }> = []
  for (let i = 0; i < text.length; i++) {
    const cands = NAMES_BY_FIRST.get(text.charCodeAt(i))
    if (!cands) continue
    for (const n of cands) {
      if (text.startsWith(n, i)) {
        out.push({ region: findRegion(n)!, at: i, name: n })
        i += n.length - 1
        break
      }
    }
  }
  return out
}

/** The most specific region named in a short string (a title, an issuer). */
export function regionIn(s: string): Region | null {
  const found = regionMentions(s)
  if (!found.length) return null
  const rank = { zone: 0, district: 1, county: 1, prefecture: 2, province: 3, country: 4 } as const
  return [...found].sort((a, b) => rank[a.region.level] - rank[b.region.level])[0]!.region
}

/**
 * The document's main region: the one its title or issuer names, else the one named most
 * often; when many sibling districts share the text (a city meeting digest), their parent.
 */
function mainRegion(text: string, titleText: string | null, issuerText: string | null): Region | null {
  const fromHeader = (titleText && regionIn(titleText)) || (issuerText && regionIn(issuerText))
  if (fromHeader) return fromHeader
  const counts = new Map<string, { region: Region; n: number }>()
  for (const m of regionMentions(text)) {
    const c = counts.get(m.region.name) ?? { region: m.region, n: 0 }
    c.n++
    counts.set(m.region.name, c)
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n || a.region.name.localeCompare(b.region.name))
  if (!ranked.length) return null
  const total = ranked.reduce((s, r) => s + r.n, 0)
  const top = ranked[0]!
  if (ranked.length >= 4 && top.n / total < 0.4 && top.region.parent) return findRegion(top.region.parent) ?? top.region
  return top.region
}

export function readMetadata(text: string): DocumentMetadata {
  const genre = detectGenre(text, readTitle(text, "unknown"))
  const title = readTitle(text, genre)
  const issuer = readIssuer(text, title, genre)
  const publishedOn = publicationDate(text)
  const region = mainRegion(text, title, issuer)
  const time = documentTime(text, genre, title, sessionDate(text), publishedOn)
  return {
    title,
    issuer,
    publishedOn,
    region,
    genre,
    titleYear: titleYear(title),
    reviewYear: time.review,
    planYear: time.plan,
    yearStated: time.stated,
    period: time.period
  }
}
