/**
 * The frame a paragraph sets for the projects it names, in documents that do not report by
 * period (press conferences, news): there no heading says "results" or "plans", but a
 * paragraph does. An opportunity on offer to investors (…的机遇。占地9平方公里的…产业园建设
 * 项目) is a plan without a year; a paragraph that sets out a later year's intentions (2023年拟
 * 新增…, 2023年我们将…) plans for that year; the items that continue its enumeration (二是…,
 * 三是…) keep its frame.
 */
import { paragraphs, type Span } from "../document/spans.js"

export interface Frame {
  readonly plan: boolean
  readonly year: number | null
}

export interface FramedParagraph extends Span {
  readonly frame: Frame | null
}

/** A lead sentence that offers something: …的机遇, 发展机会清单, 招商项目, 推介项目. */
const OFFER = /(?:机遇|机会)$|机会清单|招商项目|推介项目|招引项目/
/** A year followed by an intention: 2023年拟新增, 2023年,我们将, 2024年力争. */
const AHEAD_YEAR = /((?:19|20)\d{2})年[,，]?(?:[我全本][^，,。]{0,3})?(?:将|拟|力争|计划|要|预计)/g
/** An item continuing an enumeration: 二是, 三是, 第二, 其次. */
const CONTINUES = /^\s*(?:[二三四五六七八九十]是|第[二三四五六七八九十](?![章节部])|其次|再次)/

/**
 * Frames of the paragraphs of a text; `reportYear` is the year the document reports on: only
 * a later year's intentions open a plan frame.
 */
export function paragraphFrames(text: string, reportYear: number | null): Array<FramedParagraph> {
  const out: Array<FramedParagraph> = []
  let previous: Frame | null = null
  for (const p of paragraphs(text)) {
    const body = text.slice(p.start, p.end)
    const lead = body.split(/[。！!？?]/, 1)[0]!.trim()
    let frame: Frame | null = null
    if (OFFER.test(lead)) frame = { plan: true, year: null }
    else {
      const later = [...body.matchAll(AHEAD_YEAR)].map((m) => Number(m[1])).find((y) => reportYear !== null && y > reportYear)
      if (later !== undefined) frame = { plan: true, year: later }
      else if (previous && CONTINUES.test(body)) frame = previous
    }
    out.push({ ...p, frame })
    previous = frame
  }
  return out
}

/** The frame of the paragraph holding a position (paragraphs are in text order: binary search). */
export function frameAt(framed: ReadonlyArray<FramedParagraph>, at: number): Frame | null {
  let lo = 0
  let hi = framed.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const p = framed[mid]!
    if (at < p.start) hi = mid - 1
    else if (at >= p.end) lo = mid + 1
    else return p.frame
  }
  return null
}
