/**
 * A news story's dateline (本报郑州12月22日电, 新华社杭州5月3日电): a paper that relays several provinces'
 * figures opens each one's story with the city it was filed from. The story is about that province's
 * place, not the one the page opened with.
 */
import type { Place } from "@govstat/schema"
import { provinceOf, sameLine } from "./gazetteer.js"
import { placeMentions } from "./match.js"
import { resolveMention } from "./resolve.js"

const DATELINE = /^\s*(?:本报|新华社|中新社|人民网|新华网|中新网|央视网|记者)?\s*([\u4e00-\u9fff]{2,8}?)\s*\d{1,2}月\d{1,2}日\s*(?:电|讯)/

/**
 * The place a paragraph's dateline files its story from when that place lies in another province than
 * the document's (a 山西 page's 本报郑州…电): the place on the city's line its first sentence names (…河南省累计生产原煤…),
 * else the city. Undefined for a paragraph with no dateline; null for one filed from the document's own
 * place (the story returns to it).
 */
export function datelinePlace(paragraph: string, doc: Place | null): Place | null | undefined {
  // (Cheap guard: a dateline ends in 电 or 讯 within its first few characters.)
  const head = paragraph.slice(0, 24)
  if (!head.includes("日电") && !head.includes("日讯")) return undefined
  const m = DATELINE.exec(head)
  if (!m) return undefined
  const named = placeMentions(m[1]!)
  if (named.length !== 1 || named[0]!.entries.some((e) => e.weak)) return undefined
  const city = resolveMention(named[0]!, null)
  if (!city || city.level === "country") return undefined
  // (中新社石家庄…电 over a 雄安新区 story: a province's capital files its places' stories too; only another province's dateline moves the story.)
  if (doc === null || sameLine(city, doc) || provinceOf(city) === provinceOf(doc)) return null
  const end = paragraph.indexOf("。", m[0].length)
  const first = paragraph.slice(m[0].length, end === -1 ? paragraph.length : end)
  for (const mention of placeMentions(first)) {
    const p = resolveMention(mention, city)
    if (p && p.level !== "country" && p.level !== "zone" && sameLine(p, city)) return p
  }
  return city
}
