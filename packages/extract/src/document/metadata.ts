/**
 * Document metadata read from the text: title, issuer, publication date, main region and
 * genre. Each reader is a small function over the first lines or the whole text; the
 * patterns are the ones government pages actually use (metadata tables, datelines,
 * report headers).
 */
import type { Genre, Region } from "@govstat/schema"
import { documentPlace } from "../place/document-place.js"
import { detectGenre } from "../genres/detect.js"
import { labelledField, publicationDate, sessionDate } from "./dates.js"
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
  /** A story on a delivered report dated as the report is: it speaks from the report's plan year. */
  readonly asReport?: boolean
  /** A budget adjustment plan (预算调整方案): it opens in its budget, as plans; its execution parts are results. */
  readonly adjustsBudget?: boolean
}

/** The header a document names its place in: title, issuer, 来源, and its short opening lines (speaker, dateline). */
function headerText(text: string, titleText: string | null, issuerText: string | null): string {
  const lines = text.slice(0, 4000).split("\n").map((l) => l.trim()).filter((l) => l.length > 0)
  const source = labelledField(text.slice(0, 3000), ["来源", "发布机构", "发文机关"])
  // The opening lines before the body's first paragraph (a long line).
  const bodyAt = lines.findIndex((l) => l.length > 60)
  // …not the addressees of a notice (各县市区委、人民政府,岳阳经济技术开发区…:): they receive it, it is not about them.
  const short = lines.slice(0, Math.min(8, bodyAt === -1 ? 8 : bodyAt)).filter((l) => !ADDRESSEES.test(l))
  return [titleText, issuerText, source, congressOf(text), ...short].filter((x) => x).join("\n")
}

const ADDRESSEES = /^各[^。]{2,80}[:：]$/

/**
 * The congress a report is delivered to in its opening (我代表省人民委员会向山西省第一届人民代表大会
 * 第四次会议作政府工作报告): its place is the report's, even where no header line names it.
 */
function congressOf(text: string): string | null {
  const m = CONGRESS.exec(text.slice(0, 400))
  return m ? m[1]! : null
}
const CONGRESS = /[向在]\s*([^\s，。,、:：;；]{2,16}?)第[一二三四五六七八九十]{1,3}[届屆]\s*人民代表大[会會]/

export function readMetadata(text: string): DocumentMetadata {
  const genre = detectGenre(text, readTitle(text, "unknown"))
  const title = readTitle(text, genre)
  const issuer = readIssuer(text, title, genre)
  const publishedOn = publicationDate(text)
  const region = documentPlace(text, headerText(text, title, issuer))
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
    period: time.period,
    ...(time.asReport ? { asReport: true } : {}),
    ...(time.adjusts ? { adjustsBudget: true } : {})
  }
}
