/**
 * The document's place: the most specific place its header (title, issuer, 来源, the first
 * lines with the speaker and dateline) names consistently with the hierarchy; failing that, the
 * place its first paragraphs name most often. A document that names no place has none; the
 * nation only for a national body's document.
 */
import type { Place } from "@govstat/schema"
import { depth, isWithin, NATION, parentOf, placesNamed, provinceOf, sameLine } from "./gazetteer.js"
import { type Mention, placeMentions } from "./match.js"
import { resolveMention, unresolved } from "./resolve.js"
import { segment } from "../words/segment.js"
import { SELF_BODIES, SELF_WORDS as SAR_SELF_WORDS } from "./whole-words.js"
import { PROVINCIAL_CAPITALS } from "./provincial-capitals.js"
import { OTHER_NAMES } from "./other-names.js"

/** National bodies whose documents are about the whole country. */
const NATIONAL_BODY = /国务院|全国人民代表大会|全国人大|国家统计局|国家发展(?:改革|和改革)委|中共中央|中华人民共和国(?:国家|财政部|商务部)|^中华人民共和国\d{4}年/

/**
 * A national body's spokesman or office opening a briefing (国家统计局新闻发言人, 国务院新闻办), or a
 * ministry reporting on what it leads (商务部作为国家级经开区工作的牵头部门); not a local survey team.
 */
const NATIONAL_SPEAKER = /国家统计局(?![^\s，。,、]{0,8}调查[总队])|国务院新闻办|全国政协(?!委员)|(?<![省市区县厅局])(?:商务部|财政部|科学技术部|科技部|工业和信息化部|工信部|农业农村部|海关总署)(?:作为|发布|公布|数据显示|统计|消息)/

/** A national report's opening: 我代表国务院, 向第十届全国人民代表大会…报告, 全国人民代表大会第五次会议听取. */
const NATIONAL_OPENING = /代表(?:中华人民共和国)?国务院|向(?:第\S{1,4}届)?全国人民代表大会|全国人民代表大会第\S{1,3}次会议(?:听取|上)/

/**
 * How a text speaks of its own place as the subject of a statement: 全县 in a county's text,
 * 全州 in a prefecture's, at the head of a clause (初步核算，全州实现…, 年末全县常住人口…) — not
 * where it compares (高于全州, 居全州第2位) or is led (带领全州各族人民). 全区 and 全市 are left out:
 * a district and an autonomous region, a prefecture and a county-level city both say them; 全省
 * too, which every lower text compares itself with. 全州县 is Guangxi's county 全州.
 */
const SELF_WORDS: ReadonlyArray<readonly [RegExp, Place["level"]]> = [
  [/(?:^|[\s,，。;；:：、]|[年月末底])全[县旗](?![委级])/g, "county"],
  [/(?:^|[\s,，。;；:：、]|[年月末底])全[州盟](?![县委级])/g, "prefecture"]
]

/** The level a text's own words (全县, 全州) give its place: the one said at least twice, if only one is; else null. */
function selfLevel(opening: string): Place["level"] | null {
  const said = SELF_WORDS.filter(([word]) => (opening.match(word) ?? []).length >= 2)
  return said.length === 1 ? said[0]![1] : null
}

/**
 * A news outlet named after its city (昆明信息港, 湖南日报, 海西新闻网): in a header (来源：昆明信息港)
 * it names who published the story, not what it is about.
 */
const OUTLET = /(?:信息港|日报|晚报|商报|都市报|电视台|广播电视台|新闻网|融媒体中心|新闻中心|网)(?=$|[\s:：,，|）)])/

/** The header without the place names that only name an outlet. */
function withoutOutlets(header: string): string {
  return header.split("\n").map((line) => line.replace(/[\u4e00-\u9fff]{2,8}?(?:信息港|日报|晚报|商报|都市报|电视台|广播电视台|新闻网|融媒体中心|新闻中心|网)(?=$|[\s:：,，|）)])/g,
    (name) => (OUTLET.test(name) && placeMentions(name).length > 0 ? " ".repeat(name.length) : name))).join("\n")
}

/** 祁东县等7县市区: the first of several places named for all of them, none of them the text's. */
const FIRST_OF_SEVERAL = /[\u4e00-\u9fff]{2,8}?[县市区旗州](?=等(?:\d{1,3}|[一二三四五六七八九十]{1,3})个?(?:县|市|区|县市区|县市|区县|地|州|旗))/g

/** A place named as left out of the figures ((不含铁门关市)): it is not what the text is about. */
const EXCLUDED = /[（(](?:不含|不包括|未含|未包括|扣除)[^（）()]{1,30}[）)]/g

/** Taiwan's counties and cities, with the two the gazetteer lists under Fujian. */
const TAIWAN_UNITS: ReadonlyArray<string> = [...OTHER_NAMES, "金门县", "连江县"]

/** Places a stretch names, resolved with the places already found as context. */
function placesIn(text: string, anchors: ReadonlyArray<Place>, keepUnresolved = false): Array<Place> {
  const mentions = placeMentions(text).filter((m) => !(m.entries.length && m.entries.every((e) => e.place.level === "country")))
  const found: Array<Place> = []
  // Weak when every place written so is a county stem: a prefecture's own short name (巴州) stands though a county's stem shares it.
  const weak = (m: Mention) => m.entries.every((e) => e.weak)
  // Names that stand alone first (one place, or a zone by its head), then those that need them as context.
  const alone = (m: Mention) => m.zoneHead !== null || (m.entries.length === 1 && !weak(m))
  for (const m of mentions) {
    if (!alone(m)) continue
    const p = resolveMention(m, null)
    if (p && p.level !== "country") found.push(p)
  }
  // A named county's siblings are read in its parent (万州区 … 涪陵, 九龙坡 in a city's digest).
  const context = [...anchors, ...found]
  for (const p of [...context]) if (p.level === "county") context.push(parentOf(p)!)
  context.sort((a, b) => depth(b) - depth(a))
  for (const m of mentions) {
    if (alone(m)) continue
    let placed = context.map((c) => resolveMention(m, c)).find((p) => p && p.level !== "country") ?? null
    // 海南, 吉林 with nothing around them: what the name alone says (the province), never a bare stem.
    if (!placed && !weak(m)) placed = resolveMention(m, null)
    if (placed && placed.level !== "country") { found.push(placed); continue }
    // 朝阳区 in a header that names no city: the name stays, without a code.
    const named = keepUnresolved ? unresolved(m) : null
    if (named) found.push(named)
  }
  return found
}

/** The place on the line most mentions share, the deepest of that line, earliest on a tie. */
function mostSpecific(places: ReadonlyArray<Place>): Place | null {
  let best: Place | null = null
  let bestScore = -1
  for (const p of places) {
    const support = places.filter((q) => sameLine(p, q)).length
    const score = support * 10 + depth(p)
    if (score > bestScore) { best = p; bestScore = score }
  }
  return best
}

/**
 * A header that names only the wider place (湖南日报 over a 株洲 story): the place inside it that
 * the opening names more often than the header's own, if any, and not a zone: a 福州市 report
 * that mentions 福州新区 keeps 福州市.
 */
function deeperInBody(head: Place, body: ReadonlyArray<Place>): Place {
  const count = (p: Place) => body.filter((q) => q === p).length
  const own = count(head)
  let best = head
  let bestN = own
  for (const p of new Set(body)) {
    // A zone is the document's place only when its header names it (小蓝经开区 in a 南昌县 report).
    if (p === head || p.level === "zone" || !isWithin(p, head)) continue
    const n = count(p)
    if (n >= 2 && n > bestN) { best = p; bestN = n }
  }
  return best
}

/**
 * A province's head delivering its government's report (自治区主席…代表自治区政府向大会作了政府工作报告,
 * 省长…代表省人民政府作报告): the text is about the province, though it names only the city where
 * the session sits (自治区两会在呼和浩特召开).
 */
const PROVINCE_REPORTS = /(?<![\u4e00-\u9fff])(?:自治区|省)(?:人民政府)?(?:主席|代主席|长|代省长)[^。，,]{0,8}代表(?:自治区|省)(?:人民)?政府/

/**
 * The place a text names that holds every other it names (呼和浩特 in a story of the region's
 * session): its province, when the text speaks as a province's government; else null.
 */
function provinceSpeaking(opening: string, body: ReadonlyArray<Place>): Place | null {
  if (!body.length || !(opening.includes("代表自治区") || opening.includes("代表省")) || !PROVINCE_REPORTS.test(opening)) return null
  const provinces = new Set(body.map(provinceOf))
  const only = provinces.size === 1 ? [...provinces][0]! : null
  return only
}

/**
 * 我市…全市…清水河县获批…: a county the text names while speaking of itself as a city (我市, 全市
 * at least twice, never 全县/我县) is one of its counties, not its place: the city that holds it.
 */
function cityOfCounty(opening: string, top: Place): Place | null {
  if (top.level !== "county" || !/[县旗]$/.test(top.name) || /[我全本][县旗]/.test(opening)) return null
  if ((opening.match(/[我全本]市/g) ?? []).length < 2) return null
  const city = parentOf(top)
  return city !== null && city.level === "prefecture" ? city : null
}

/**
 * 人民银行成都分行, 人行兰州中心支行, 人民银行绵阳市分行: a central bank's branch is named after the city
 * it sits in but serves an area — a province's branch (in its capital) the province, a city's the city.
 * Its figures are of that area (the branch's 全省 is 四川's), so the name counts as the place it serves.
 */
const BRANCH = /(?:人民银行|人行|央行)([\u4e00-\u9fff]{2,8}?)市?(?:分行|中心支行)/g
const CAPITALS = new Set(PROVINCIAL_CAPITALS)

/** A stretch with its branches' city names blanked, and the places those branches serve. */
function branchesServed(text: string): { readonly text: string; readonly served: ReadonlyArray<Place> } {
  // (Cheap guard: most texts name no bank's branch.)
  if (!text.includes("分行") && !text.includes("支行")) return { text, served: [] }
  const served: Array<Place> = []
  const blanked = text.replace(BRANCH, (all: string, name: string) => {
    const named = placeMentions(name)
    const m = named.length === 1 && named[0]!.at === 0 && named[0]!.zoneHead === null ? named[0]! : null
    const p = m ? resolveMention(m, null) : null
    if (!p || (p.level !== "province" && p.level !== "prefecture")) return all
    served.push(p.level === "prefecture" && CAPITALS.has(p.name) ? parentOf(p)! : p)
    const at = all.indexOf(name)
    return all.slice(0, at) + " ".repeat(m!.end) + all.slice(at + m!.end)
  })
  return { text: blanked, served }
}

/** Places a stretch names, a central bank's branch counted as the place it serves. */
function placesServed(text: string, anchors: ReadonlyArray<Place>, keepUnresolved = false): Array<Place> {
  const { text: blanked, served } = branchesServed(text)
  return [...placesIn(blanked, anchors, keepUnresolved), ...served]
}

export function documentPlace(text: string, header: string): Place | null {
  const opening = text.slice(0, 1500)
  const body = placesServed(opening.replace(EXCLUDED, (x) => " ".repeat(x.length)), [])
  // The header's stems (璧山 in a title) are read with the places the opening names around them.
  const inHeader = placesServed(withoutOutlets(header).replace(FIRST_OF_SEVERAL, (x) => " ".repeat(x.length)), body, true)
  if (inHeader.length) return deeperInBody(mostSpecific(inHeader)!, body)
  // 人口增加率最高者为连江县…其次为金门县…澎湖县: a text ranking Taiwan's counties and cities is
  // Taiwan's, not the one of them (金门县, 连江县) the gazetteer also knows.
  if (TAIWAN_UNITS.filter((name) => opening.includes(name)).length >= 2) return placesNamed("台湾省").find((e) => e.place.level === "province")?.place ?? null
  if (NATIONAL_BODY.test(header) || NATIONAL_OPENING.test(text.slice(0, 300))) return NATION
  // A national body speaking in the opening (国家统计局新闻发言人…介绍) of a text that names no place.
  if (!body.length) return repeatedShortForm(opening) ?? (NATIONAL_SPEAKER.test(text.slice(0, 300)) ? NATION : selfNamed(`${header}\n${opening}`))
  const counts = new Map<Place, number>()
  for (const p of body) counts.set(p, (counts.get(p) ?? 0) + 1)
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || depth(b[0]) - depth(a[0]))
  const [top, n] = ranked[0]!
  // A text that calls itself 全县 is about a county: the one place of that level it names more
  // than once, if any; the province or prefecture it also names (获评广西…, 视察新疆) is not its place.
  const level = selfLevel(opening)
  if (level !== null) {
    const own = ranked.filter(([p, k]) => p.level === level && k >= 2)
    if (top.level !== level) return own.length === 1 ? own[0]![0] : null
    // 全县…综合排名全市第四，位居郧阳区、丹江口市、茅箭区之后: a county's text that names several
    // others of its level once each (its peers) is about none of them, nor about their city.
    if (own.length === 0 && ranked.filter(([p]) => p.level === level).length >= 2) return null
  }
  // Many sibling places sharing the text (a city's meeting digest): their parent — when most
  // of them are in it (a 武汉 story that ranks it among 上海, 北京, 深圳… is not about 湖北).
  // (Not when most of them lie inside the top one: 河北省 and its cities 唐山, 邯郸, 沧州… in a story of its cities' ranking.)
  const parent = parentOf(top)
  if (ranked.length >= 4 && n / body.length < 0.4 && parent && body.filter((q) => q === parent || isWithin(q, parent)).length * 2 > body.length &&
    body.filter((q) => isWithin(q, top)).length * 2 <= body.length) return parent
  // A text that speaks of 我国 more than of its place's line (学习大庆 in a national report) is not about that place.
  const nation = (opening.match(/我国|全国/g) ?? []).length
  // …but 我省, 全省 speak of the place itself (a province's briefing that compares with 全国).
  const home = (opening.match(HOME_WORDS[top.level] ?? NO_MATCH) ?? []).length
  if (body.filter((q) => sameLine(top, q)).length + home > nation) return cityOfCounty(opening, top) ?? top
  // 国家统计局发布…公报显示,2023年我国… (a story datelined 北京): the nation's, as a national body says.
  return NATIONAL_SPEAKER.test(text.slice(0, 300)) ? NATION : provinceSpeaking(opening, body)
}

/**
 * 坊子的经济发展…全区工农业总产值…坊子人民: a district's short form, too weak to stand alone once,
 * is the text's place when the opening repeats it and speaks of its whole area (全区, 我区).
 */
function repeatedShortForm(opening: string): Place | null {
  const counts = new Map<Place, number>()
  const owning = new Set<Place>()
  for (const m of placeMentions(opening)) {
    // (A short form only: 矿区 or 城区 repeated is a word, whatever 全区 says.)
    if (m.entries.length !== 1 || !m.entries[0]!.weak || m.form === m.entries[0]!.place.name) continue
    const p = m.entries[0]!.place
    if (p.level !== "county" || !standsAsWord(opening, m.at, m.end)) continue
    counts.set(p, (counts.get(p) ?? 0) + 1)
    if (!NAMED_AFTER.test(opening.slice(m.end, m.end + 1))) owning.add(p)
  }
  // …and speaks of it as of a place once at least (坊子的经济, 昆山工业经济), not only of things
  // named after it or listed with their like (永兴村, 盘龙城镇, 盘龙、武湖污水处理厂 are no county).
  const found = [...counts].filter(([p, n]) => n >= 2 && owning.has(p) && new RegExp(`[全我本]${p.name.slice(-1)}`).test(opening))
  return found.length === 1 ? found[0]![0] : null
}

/** After a form, what makes it part of another name (a village, a town, a road) or an item of a list. */
const NAMED_AFTER = /^[、和及与村镇乡城街路庄屯寨湾]/

/**
 * The form is a noun of its own there (坊子/的), not part of a longer word (工农 in 工农业) nor a
 * verb or other word spelled the same (新建 in 续建新建百亿级项目 is "newly built", not 新建区).
 */
function standsAsWord(text: string, at: number, end: number): boolean {
  const from = Math.max(0, at - 8)
  return segment(text.slice(from, Math.min(text.length, end + 8))).some((t) => t.start === at - from && t.end === end - from && t.tag.startsWith("n"))
}

/**
 * 本港第三季GDP…, 本澳居民: a text that names no place but speaks of Hong Kong or Macao by its own
 * word for itself — one of them only, and not a port's text (本港完成货物吞吐量, 码头, 港区); or,
 * saying neither, quotes a body only one of Hong Kong, Macao and Taiwan has (SELF_BODIES).
 */
function selfNamed(opening: string): Place | null {
  const words = new Set(SAR_SELF_WORDS.filter(([w]) => opening.includes(w)).map(([, name]) => name))
  if (words.size > 0 && PORT_WORDS.test(opening)) return null
  // 统计暨普查局资料显示…, 主计总处今公布…: the one region whose own body speaks.
  const named = words.size > 0 ? words : new Set(SELF_BODIES.filter(([body]) => body.test(opening)).map(([, name]) => name))
  if (named.size !== 1) return null
  return placesNamed([...named][0]!).find((e) => e.place.level === "province")?.place ?? null
}
const PORT_WORDS = /吞吐量|码头|港区|港口|泊位|集装箱|航道/

const NO_MATCH = /(?!)/g
/** First-person and whole-area words for a place of each level (我省, 全省; 我市, 全市; 我县, 全县). */
const HOME_WORDS: Readonly<Record<string, RegExp>> = {
  province: /[我全本]省/g,
  prefecture: /[我全本][市州盟]/g,
  county: /[我全本][县区旗]/g
}
