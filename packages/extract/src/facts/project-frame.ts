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
/**
 * A story relaying a report's or plan's intentions (政府工作报告中指出,2025年,内蒙古将…; 《报告》指出,
 * 县政府将…; 报告明确,2023年,云南省将…): what it goes on to list is planned, up to a paragraph that
 * reports what was done.
 */
const RELAYED_PLAN = /(?:报告|《报告》|规划|计划)[^。！？]{0,8}?(?:指出|提出|明确|强调)[,，:：]?[^。！？]{0,24}?(?:将|拟|力争|要)|(?:重点任务|目标任务|工作安排)[^。！？]{0,6}?(?:报告|《报告》)[^。！？]{0,4}?(?:指出|提出|明确|强调)/
/**
 * A plan or list of the year's projects issued (2024年市重点项目计划…正式印发, 2021年10项民生实事项目名单正式出炉,
 * 报告梳理了2023年重点民生事项清单).
 */
const PLAN_ISSUED = /(?:项目|事项|实事)(?:计划|名单|清单)[^。！？]{0,16}?(?:印发|下达|公布|出炉)|(?:公布|梳理|印发)了?[^。！？]{0,16}?(?:项目|事项|实事)(?:计划|名单|清单)/
/** The year a relayed plan is for: 2025年,内蒙古将. */
const PLAN_YEAR = /((?:19|20)\d{2})年[,，]?[^，,。；;\d]{0,8}?(?:将|拟|力争|计划|重点任务|目标任务|工作安排)|((?:19|20)\d{2})年[^，,。；;]{0,16}?(?:项目|事项|实事)(?:计划|名单|清单)/g
/**
 * A paragraph that reports results ends a relayed plan: 过去一年, 去年, 已建成, 累计, 同比, and the
 * progress so far (截至目前, 上半年, 1—8月份); not a deadline ahead (力争上半年获批…).
 */
const REPORTS_DONE = /过去|去年|上年|一年来|以来|已经|已(?:建成|完成|开工|投产|投用)|累计|同比|比上年|截至|截止|(?<!力争|确保|争取|计划|将|于|在)(?:上半年|前三季度)|\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月/
/** An item continuing an enumeration: 二是, 三是, 第二, 其次. */
const CONTINUES = /^\s*(?:[二三四五六七八九十]是|第[二三四五六七八九十](?![章节部])|其次|再次)/

/**
 * Frames of the paragraphs of a text; `reportYear` is the year the document reports on: only
 * a later year's intentions open a plan frame.
 */
export function paragraphFrames(text: string, reportYear: number | null): Array<FramedParagraph> {
  const out: Array<FramedParagraph> = []
  let previous: Frame | null = null
  let relayed: Frame | null = null
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
    // (A cue word first: most paragraphs relay no report.)
    const relays = ((body.includes("指出") || body.includes("提出") || body.includes("明确") || body.includes("强调")) && RELAYED_PLAN.test(body)) ||
      ((body.includes("计划") || body.includes("名单") || body.includes("清单")) && PLAN_ISSUED.test(body))
    // (Not a paragraph that mixes in results: 报告指出,今年将…。去年,全市建成….)
    if (relays && REPORTS_DONE.test(body)) relayed = null
    else if (relays) {
      relayed = { plan: true, year: planYear(body, reportYear) ?? frame?.year ?? null }
      frame = relayed
    } else if (relayed !== null) {
      // The relayed plan's year dates a paragraph that states none (精准谋划招引项目。…).
      if (REPORTS_DONE.test(body) || earlierYear(body, relayed.year)) relayed = null
      else if (frame === null || frame.year === null) frame = relayed
    }
    out.push({ ...p, frame })
    previous = frame
  }
  return out
}

/** A paragraph that opens with a year before the plan's (2024年,四川新增铁路运营里程322公里) reports that year. */
function earlierYear(body: string, planned: number | null): boolean {
  const m = /^\s*((?:19|20)\d{2})年/.exec(body)
  return m !== null && planned !== null && Number(m[1]) < planned
}

/** The year a relayed plan states for itself, not before the document's year; null when it states none. */
function planYear(body: string, reportYear: number | null): number | null {
  for (const m of body.matchAll(PLAN_YEAR)) {
    const y = Number(m[1] ?? m[2])
    if (reportYear === null || y >= reportYear) return y
  }
  return null
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
