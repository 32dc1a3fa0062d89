/**
 * Document metadata read from the text: title, issuer, publication date, main region and
 * genre. Each reader is a small function over the first lines or the whole text; the
 * patterns are the ones government pages actually use (metadata tables, datelines,
 * report headers).
 */
import type { Genre, Region } from "@govstat/schema"
import { documentPlace } from "../place/document-place.js"

export interface DocumentMetadata {
  readonly title: string | null
  readonly issuer: string | null
  readonly publishedOn: string | null
  readonly region: Region | null
  readonly genre: Genre
  /** Year named in the title or header (政府工作报告(2024年), 2023年第一季度例会). */
  readonly titleYear: number | null
}

const pad = (n: number) => String(n).padStart(2, "0")
const isoDate = (y: number, m: number, d: number): string | null => {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null
  const dt = new Date(Date.UTC(y, m - 1, d))
  return dt.getUTCMonth() === m - 1 ? `${y}-${pad(m)}-${pad(d)}` : null
}

/** Labelled fields of a metadata table or dateline: 发布机构, 成文日期, 日期, 来源 … */
export function labelledField(text: string, labels: ReadonlyArray<string>): string | null {
  for (const label of labels) {
    const table = new RegExp(`\\[\\s*${label}\\s*\\]\\s*\\|\\s*([^|\\n]+?)\\s*\\|`).exec(text)
    if (table) return table[1]!.trim()
    const line = new RegExp(`(?:^|[\\s\\n])${label}\\s*[:：]\\s*([^\\s\\n]+)`).exec(text)
    if (line) return line[1]!.trim()
  }
  return null
}

function parseDate(s: string | null): string | null {
  if (!s) return null
  const m = /(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})/.exec(s)
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null
}

/** Years written as 2023年 in the text, excluding those inside longer digit runs. */
export function yearsMentioned(text: string): Array<number> {
  const years: Array<number> = []
  for (const m of text.matchAll(/(?<![0-9])((?:19|20)\d{2})年/g)) years.push(Number(m[1]))
  return years
}

/**
 * The publication date: a metadata table's 发布日期/成文日期, a dateline's 日期, a date line
 * in the header; failing those, a month and day (1月10日) placed in the latest year the
 * text speaks of.
 */
export function publicationDate(text: string): string | null {
  const head = text.slice(0, 3000)
  const labelled = parseDate(labelledField(head, ["发布日期", "成文日期", "日期", "发布时间", "时间"]))
  if (labelled) return labelled
  const written = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(head.slice(0, 600))
  if (written) return isoDate(Number(written[1]), Number(written[2]), Number(written[3]))
  const monthDay = /^(\d{1,2})月(\d{1,2})日/m.exec(head.slice(0, 300))
  if (monthDay) {
    const years = yearsMentioned(text)
    if (years.length) return isoDate(Math.max(...years), Number(monthDay[1]), Number(monthDay[2]))
  }
  return null
}

/** The genre from structural cues, strongest first. */
export function detectGenre(text: string): Genre {
  const head = text.slice(0, 4000)
  if (/各位代表/.test(head) || /政府工作报告/.test(head.slice(0, 300))) return "work_report"
  if (/发言摘登|交流发言/.test(head)) return "meeting_digest"
  if (/新闻发布会|记者招待会/.test(head) && /记者/.test(text) && /提问|问[:：]/.test(text)) return "press_conference"
  if (/索引号/.test(head) && /工作(情况|总结)/.test(text) && /工作(打算|计划|安排|思路)/.test(text)) return "work_plan"
  if (/来源\s*[:：]/.test(head) && /日期\s*[:：]|\d{4}-\d{2}-\d{2}/.test(head)) return "news"
  if (/工作(打算|计划|安排|要点|方案)/.test(head.slice(0, 600))) return "work_plan"
  return "unknown"
}

function title(lines: ReadonlyArray<string>, genre: Genre): string | null {
  const report = lines.find((l) => /政府工作报告/.test(l) && l.length <= 40)
  if (report) return report.trim()
  if (genre === "press_conference") {
    const m = /举行(?:“[^”]{1,30}”主题系列)?新闻发布会(?:第[一二三四五六七八九十\d]+场)?(.{2,40}?新闻发布会)/.exec(lines.slice(0, 3).join(""))
    if (m) return m[1]!
  }
  const first = lines.find((l) => l.length >= 4 && l.length <= 60 && !/^[[【]|^(日期|来源|编者按)/.test(l))
  if (!first) return null
  const subtitle = lines[lines.indexOf(first) + 1]
  if (genre === "meeting_digest" && subtitle?.startsWith("——")) return `${first}${subtitle}`
  if (genre === "work_plan" || genre === "unknown") {
    return /^[一二三四五六七八九十]+、/.test(first) ? null : first
  }
  return first
}

function issuer(text: string, lines: ReadonlyArray<string>, genre: Genre): string | null {
  const field = labelledField(text.slice(0, 3000), ["发布机构", "发文机关", "来源"])
  if (field) return field
  // A report header: 重庆市璧山区人民政府区长  江志斌 → the government the speaker heads.
  for (const l of lines.slice(0, 12)) {
    const m = /^(.{2,24}?人民政府)(?:区长|市长|县长|省长|主席|总理)?\s/.exec(l)
    if (m) return m[1]!
  }
  if (genre === "press_conference") {
    const m = /(\S{0,12}新闻办(?:公室)?)/.exec(lines.slice(0, 2).join(""))
    if (m) return m[1]!.replace(/^.*?[,，。]/, "")
  }
  if (genre === "work_report") return "人民政府"
  return null
}

/** The header a document names its place in: title, issuer, 来源, and its short opening lines (speaker, dateline). */
function headerText(text: string, lines: ReadonlyArray<string>, titleText: string | null, issuerText: string | null): string {
  const source = labelledField(text.slice(0, 3000), ["来源", "发布机构", "发文机关"])
  // The opening lines before the body's first paragraph (a long line).
  const bodyAt = lines.findIndex((l) => l.length > 60)
  const short = lines.slice(0, Math.min(8, bodyAt === -1 ? 8 : bodyAt))
  return [titleText, issuerText, source, ...short].filter((x) => x).join("\n")
}

export function readMetadata(text: string): DocumentMetadata {
  const lines = text.slice(0, 4000).split("\n").map((l) => l.trim()).filter((l) => l.length > 0)
  const genre = detectGenre(text)
  const t = title(lines, genre)
  const iss = issuer(text, lines, genre)
  const titleYearMatch = /((?:19|20)\d{2})年/.exec((t ?? "") + (genre === "meeting_digest" ? "" : ""))
  const publishedOn = publicationDate(text)
  const region = documentPlace(text, headerText(text, lines, t, iss))
  const fullIssuer = iss === "人民政府" ? (region ? `${region.name}人民政府` : null) : iss
  return {
    title: t,
    issuer: fullIssuer,
    publishedOn,
    region,
    genre,
    titleYear: titleYearMatch ? Number(titleYearMatch[1]) : null
  }
}
