/**
 * Policy facts: named policy documents in 《》, policy packages in quotes (“金融支持科技创新
 * 28条”), and unquoted ones after 出台/制定/印发 that end in a policy head word. Books,
 * films and plans of buildings are not policies: a title must end in a policy head word.
 */
import type { PolicyKind } from "@govstat/schema"
import { findRegion, regionNamesLongestFirst } from "@govstat/schema"
import { leadingPlaceLength } from "../place/match.js"
import type { Section } from "../document/sections.js"
import { paragraphs, sentences, type Span } from "../document/spans.js"
import { parseArabic, parseChineseNumeral } from "../quantity/numerals.js"

export interface PolicyFact {
  readonly title: string
  readonly issuer: string | null
  readonly kind: PolicyKind
  readonly articleCount: number | null
  readonly year: number | null
  readonly span: Span
  readonly clause: Span
}

/** Head words, longest first, and the kind they make. */
const HEADS: ReadonlyArray<readonly [RegExp, PolicyKind]> = [
  [/(实施意见|指导意见|意见)$/, "opinion"],
  [/(实施细则|细则)$/, "rules"],
  [/(管理办法|暂行办法|办法|措施|举措|若干规定|规定)$/, "measures"],
  [/(行动计划|实施方案|工作方案|方案|计划|规划|纲要|工作要点)$/, "plan"],
  [/(政策|政策包|政策体系|十条|条)$/, "policy"],
  [/(?:[十百\d]+(?:大|项)).{0,6}行动$/, "program"],
  [/(条例|法)$/, "regulation"],
  [/(通知|通告|公告|决定)$/, "notice"],
  [/(标准|规范|指标体系|标准体系)$/, "standard"],
  [/(工程|行动|清单)$/, "program"]
]

/** Packages in quotes count only with an article count or a policy head word. */
const PACKAGE = /(\d+|[一二三四五六七八九十]+)条$|政策$|政策包$|措施$|办法$|意见$|方案$|计划$|细则$|^(?:[十百\d]+(?:大|项)).{0,6}行动$/
/**
 * A policy named without brackets after a verb of issuing or applying: 出台整零协同、产业配套
 * 鼓励政策, 实施新培育百家产值过亿企业三年行动计划, 落实“百团千企”国际市场开拓计划.
 */
const UNQUOTED = /(?:出台|制定|印发|实施|落实|执行|践行|用好|贯彻|修订)(?:了|落实|实施|执行)?([^,，。;；《》\n]{3,32}?(?:政策措施|政策包|政策|办法|意见|措施|细则|方案|计划|纲要|条例|规定|指标体系|标准体系|[十\d]+条(?![^等及和\P{Script=Han}])|[十百\d]+(?:大|项)[\u4e00-\u9fff]{0,6}行动))(?![性体]|政策|措施|举措|意见|方案|计划)/gu
/** Verbs that apply policies rather than issue them. */
const APPLIED = /^(?:落实|用好|执行|贯彻|践行)/
/** A maker, place, figure or count in a policy's name (国家…政策, 璧山区…政策, 加计扣除75%政策, 八条支持政策). */
const NAMED_SCOPE = /国家|中央|[省市区县]|[0-9]|[一二三四五六七八九十]条/
/** The verbs UNQUOTED opens with: a sentence without one has no match. */
const UNQUOTED_VERBS = /出台|制定|印发|实施|落实|执行|践行|用好|贯彻|修订/
const ISSUE_VERB = /(出台|制定|印发|发布|颁布|修订|起草)/
const FIRST_PERSON = /(我区|我市|我县|我们|区政府|市政府|县政府)/

/** Status notes after a title's head word: 管理办法(试行). */
const TITLE_NOTE = /[(（](?:试行|暂行|修订|修正|征求意见稿|草案|(?:19|20)\d{2}(?:\s*[-—–~至]\s*(?:19|20)\d{2})?年?(?:修订|修正|版)?)[)）]$/

const COUNTED_PROGRAM = /[十百\d]+(?:大|项)[\u4e00-\u9fff]{0,6}行动$/
const BARE_COUNT = /^(?:\d+|[一二三四五六七八九十百]+)条$/
const APPLY_VERB = /.*(?:落实|出台|制定|印发|实施|执行|用好|贯彻|兑现|推出)/

/** The Han words right before a quoted count, after the verb that applies them. */
function namePrefix(before: string): string {
  const run = /[\u4e00-\u9fff]*$/.exec(before)![0]
  const name = run.replace(APPLY_VERB, "")
  return name.length >= 2 && name.length <= 16 ? name : ""
}

export function policyKind(title: string): PolicyKind | null {
  const bare = title.replace(TITLE_NOTE, "").replace(/[”"]$/, "")
  for (const [re, kind] of HEADS) if (re.test(bare)) return kind
  return null
}

export function articleCount(title: string): number | null {
  const m = /(\d+|[一二三四五六七八九十百]+)条[”"]?(?:[\u4e00-\u9fff]{0,4}(?:政策|措施|意见|举措))?$/.exec(title)
  if (!m) return null
  return /^\d+$/.test(m[1]!) ? parseArabic(m[1]!) : parseChineseNumeral(m[1]!)
}

/** 第十四个五年规划和2035年远景目标纲要: the year of a long-range goal is not the title's year. */
const yearOf = (title: string): number | null => {
  const m = /((?:19|20)\d{2})(?:年(?!远景)|—|-)/.exec(title)
  return m ? Number(m[1]) : null
}
/** 2023年12月26日,湖南省人民政府办公厅关于印发《…》: the date the sentence gives the issuing. */
const DATED_BEFORE = /((?:19|20)\d{2})年\d{1,2}月\d{1,2}日[^。；;]{0,40}$/

export function extractPolicies(
  text: string, sections: ReadonlyArray<Section>, docIssuer: string | null, issuedOn: string | null = null
): Array<PolicyFact> {
  const out: Array<PolicyFact> = []
  const seen = new Set<string>()
  for (const section of sections) {
    // Sentences within a paragraph: a heading or a page's metadata rows end with no full stop,
    // and a sentence run across them would quote the whole page head and read its dates.
    for (const sentence of paragraphs(text, section).flatMap((p) => sentences(text, p))) {
      const s = text.slice(sentence.start, sentence.end)
      // (以下简称《纲要》): the short name stands for a title already recorded, wherever it comes again.
      if (s.includes("简称")) for (const m of s.matchAll(SHORT_NAME)) seen.add(m[1]!)
      const found = candidates(s)
      if (found.length > 0) policiesOf(s, found, sentence, section, docIssuer, seen, out, issuedOn)
    }
  }
  // A policy called by its quoted short name (“双倍增”行动计划) is the one whose full title ends
  // with it (高新技术企业和科技型企业“双倍增”行动计划): one record.
  return out.filter((p) => !(/“[^”]+”/.test(p.title) && out.some((q) => q.title.length > p.title.length && q.title.endsWith(p.title))))
}

/** A possible title in a sentence: where it stands, how long it is there, and how it is marked. */
interface Candidate {
  readonly title: string
  readonly at: number
  readonly len: number
  readonly quoted: "book" | "quote" | "none" | "notice" | "heading"
}

const candidate = (title: string, at: number, len: number, quoted: Candidate["quoted"]): Candidate => ({ title, at, len, quoted })

/**
 * The possible titles of a sentence, in the order they are judged. Each pattern below needs a
 * character or word most sentences lack: it is tested for first (a search for one string is
 * several times cheaper than a pattern tried at every position).
 */
function candidates(s: string): Array<Candidate> {
  const found: Array<Candidate> = []
  if (s.includes("《")) bookTitles(s, found)
  // 关于印发《X》的通知 is a record of its own, beside the X it issues.
  if (s.includes("关于")) issuingNotices(s, found)
  if (HEADING_HEADS.test(s)) headingTitles(s, found)
  if (s.includes("“")) quotedPackages(s, found)
  if (UNQUOTED_VERBS.test(s)) unquotedTitles(s, found)
  return found
}

function bookTitles(s: string, found: Array<Candidate>): void {
  for (const m of s.matchAll(BOOK_TITLE)) {
    // (以下简称《纲要》): a short name for the title just given, not another policy.
    // (以下简称“国家《规划纲要》”): a word or two and a quote may stand between 简称 and the name.
    if (SHORT_NAME_BEFORE.test(s.slice(Math.max(0, m.index - 9), m.index))) continue
    found.push(candidate(m[1]!, m.index, m[0].length, "book"))
  }
}

function issuingNotices(s: string, found: Array<Candidate>): void {
  for (const m of s.matchAll(ISSUING_NOTICE)) {
    // 《昆明市人民政府关于印发…的通知》: a notice inside a bracketed title is that title, recorded as such.
    if (s.lastIndexOf("《", m.index) > s.lastIndexOf("》", m.index)) continue
    found.push(candidate(m[0], m.index, m[0].length, "notice"))
    if (m[1]) found.push(candidate(m[1], m.index + 4, m[1].length, "none"))
  }
}

/** A title standing at the head of its own paragraph (河南省…奖励办法 then 为充分调动…). */
function headingTitles(s: string, found: Array<Candidate>): void {
  for (const m of s.matchAll(HEADING_TITLE)) {
    const title = m[2]!
    if (!/^关于/.test(title) && leadingPlaceLength(title) === 0) continue
    found.push(candidate(title, m.index + m[1]!.length, title.length, "heading"))
  }
}

function quotedPackages(s: string, found: Array<Candidate>): void {
  for (const m of s.matchAll(QUOTED)) {
    if (!PACKAGE.test(m[1]!) || ENROLMENT.test(m[1]!)) continue
    // (以下简称“国45条”): a short name for the title just given, not another package.
    if (SHORT_NAME_BEFORE.test(s.slice(Math.max(0, m.index - 4), m.index + 1))) continue
    // A bare count in quotes is named by the words before it: 科学城助企纾困“十二条”.
    const named = BARE_COUNT.test(m[1]!) ? namePrefix(s.slice(0, m.index)) : ""
    found.push(candidate(named ? named + m[0] : m[1]!, m.index - named.length, m[0].length + named.length, "quote"))
  }
}

function unquotedTitles(s: string, found: Array<Candidate>): void {
  for (const m of s.matchAll(UNQUOTED)) {
    // Drop what describes the issuer or scope, keep 关于 and 国家 which belong to titles.
    // 制定并实施X: the second verb of a pair is not part of the title either.
    const title = m[1]!.replace(/^(新修订的|全市|全区|[市区县]委|[市区县]政府)/, "")
      .replace(/^(?:并|和|及|与|且)(?:出台|制定|印发|实施|落实|执行|贯彻|修订)?了?/, "")
    if (!namedWithoutBrackets(title)) continue
    // 落实创业担保贷款发放政策, 落实减税降费优惠政策, 用好专班推进、配套处置政策: policies applied, named by
    // their kind, are no document; one applied is named by its maker or scope (用好国家制造业中长期贷款政策).
    if (APPLIED.test(m[0]) && title.endsWith("政策") && !NAMED_SCOPE.test(title)) continue
    // 国家陆续出台经济发展刺激政策: policies issued one after another are described, not named.
    if (SERIAL_ISSUE_BEFORE.test(s.slice(Math.max(0, m.index - 3), m.index))) continue
    const end = m.index + m[0].length
    if (found.some((f) => f.at <= end && f.at + f.len >= end - title.length && f.quoted !== "none")) continue
    found.push(candidate(title, end - title.length, title.length, "none"))
  }
}

/** The policies among a sentence's candidates, each title once per document (`seen`). */
function policiesOf(
  s: string, found: ReadonlyArray<Candidate>, sentence: Span, section: Section, docIssuer: string | null,
  seen: Set<string>, out: Array<PolicyFact>, issuedOn: string | null
): void {
  const taken: Array<readonly [number, number]> = []
  for (const f of found) {
    const kind = policyKind(f.title)
    if (!kind || !plausibleTitle(f.title)) continue
    // One title per stretch of text: a bracketed title wins over an unbracketed reading of
    // it. A notice spans the title it issues, so it takes no room.
    if (f.quoted !== "notice") {
      if (taken.some(([a, b]) => f.at < b && f.at + f.len > a)) continue
      taken.push([f.at, f.at + f.len])
    }
    // 工程/行动/清单 are programmes in 《》, or out of them when counted (十大改革行动).
    if (kind === "program" && f.quoted !== "book" && !COUNTED_PROGRAM.test(f.title)) continue
    // A document's policy is one record, at its first mention — dated by the notice that issues it, wherever that comes.
    if (seen.has(f.title)) {
      const k = issuedOn !== null && ownIssue(s, f) ? out.findIndex((p) => p.title === f.title && p.year === null) : -1
      if (k >= 0) out[k] = { ...out[k]!, year: Number(issuedOn!.slice(0, 4)) }
      continue
    }
    seen.add(f.title)
    out.push(policyFact(s, f, kind, sentence, section, docIssuer, issuedOn))
  }
}

/** The record of a title: who issued it (from the words before it), its article count and year. */
function policyFact(s: string, f: Candidate, kind: PolicyKind, sentence: Span, section: Section, docIssuer: string | null, issuedOn: string | null): PolicyFact {
  const notice = noticeAround(s, f.at)
  const before = s.slice(0, notice?.at ?? f.at)
  // 新修订的纪律处分条例: a verb that qualifies the title says who revised it, not that it was issued here.
  const issued = ISSUE_VERB.test(before.slice(-8)) && !/(?:出台|制定|印发|发布|颁布|修订|起草)的$/.test(before)
  const issuer = notice
    ? noticeIssuer(before)
    : f.quoted === "heading"
      ? ownIssuer(docIssuer) ?? titleIssuer(f.title)
      : issued && (FIRST_PERSON.test(before) || !/[^\s]{2,}(局|委|办|部|厅|院|中心)/.test(before.slice(-16)))
        ? localIssuer(section.context.region) ?? ownIssuer(docIssuer)
        : namedIssuer(before) ?? titleIssuer(f.title) ?? titleRegion(f.title)
  const at = sentence.start + f.at
  return {
    title: f.title,
    issuer,
    kind,
    articleCount: articleCount(f.title),
    // A year inferred from a publication date alone (yearStated false) dates no policy.
    year: yearOf(f.title) ?? datedYear(before) ?? fileNumberYear(s, f.at + f.len) ?? fileNumberBefore(before) ?? (issued && section.context.yearStated !== false ? section.context.year : null) ??
      (issuedOn !== null && ownIssue(s, f) ? Number(issuedOn.slice(0, 4)) : null),
    span: { start: at, end: at + f.len },
    clause: sentence
  }
}

/**
 * 现将《…》印发给你们, 《…》已经区政府同意,现印发给你们: the notice issuing the title is the document
 * itself, so the title dates from the document's date.
 */
function ownIssue(s: string, f: Candidate): boolean {
  if (f.quoted !== "book" || !s.includes("印发给你们")) return false
  return /现将\s*$/.test(s.slice(Math.max(0, f.at - 4), f.at)) || OWN_ISSUE_AFTER.test(s.slice(f.at + f.len, f.at + f.len + 40))
}
const OWN_ISSUE_AFTER = /^[^《》。]{0,30}现印发给你们/

/** 《…的通知》(浙政发〔2023〕2号): the issuing year in the document number right after a title. */
function fileNumberYear(s: string, end: number): number | null {
  const open = s.charCodeAt(end)
  if (open !== 0xff08 && open !== 0x28) return null
  const m = FILE_NUMBER_AFTER.exec(s.slice(end + 1, end + 24))
  return m ? Number(m[1]) : null
}
/** 鲁政发〔2014〕20号《山东省人民政府关于…实施意见》: a page head writes the number right before the title. */
function fileNumberBefore(before: string): number | null {
  const m = FILE_NUMBER_BEFORE.exec(before.slice(-24))
  return m ? Number(m[1]) : null
}
const FILE_NUMBER_BEFORE = /[\u4e00-\u9fff]{1,10}[〔［\[【]((?:19|20)\d{2})[〕］\]】]\s*第?\d{1,4}\s*[号號]\s*$/
/** 浙政发〔2023〕2号, 湘政办发[2023]4號: an issuer's abbreviation, the year in brackets, the serial. */
const FILE_NUMBER_AFTER = /^\s*[\u4e00-\u9fff]{1,10}[〔［\[【(（]((?:19|20)\d{2})[〕］\]】)）]\s*第?\d{1,4}\s*[号號]/

/** The year of a date written before a title and an issuing word (2023年12月26日,…印发, …关于印发). */
function datedYear(before: string): number | null {
  const m = DATED_BEFORE.exec(before)
  return m && /印发|发布|出台|颁布|下发|办公厅|人民政府|[委局厅部办]$/.test(before.slice(m.index)) ? Number(m[1]) : null
}

const SHORT_NAME = /简称[为是]?(?:[“"][^“”"《》，,。]{0,4})?《([^《》\n]{1,20})》/g
/** 简称, 简称为, 简称“国家 right before a short name's 《 or “. */
const SHORT_NAME_BEFORE = /简称[为是]?(?:[“"][^“”"《》，,。]{0,4})?$/
const SERIAL_ISSUE_BEFORE = /(?:陆续|相继|先后|密集|接连)$/
const BOOK_TITLE = /《([^《》\n]{2,60})》/g
const QUOTED = /“([^“”\n]{2,30})”/g

/**
 * Without brackets, a phrase names a policy only when it reads like a title: no 的 that
 * makes it a description (减轻农民负担的措施, 国家的宗教政策) unless it counts articles
 * (推进储能应用的八条支持政策) or is worded as one (…的若干措施), and no opening
 * adjective (更加积极的…, 具体…, 相关…).
 */
function namedWithoutBrackets(title: string): boolean {
  // 若干措施/若干意见 is how titles of measures are worded; a count names a package.
  const titled = articleCount(title) !== null || /若干[\u4e00-\u9fff]{0,2}$/.test(title)
  if (/的/.test(title) && !titled) return false
  // Unbracketed 措施 and 支持…政策 describe what was done, unless counted or titled.
  if (!titled && (/措施$/.test(title) || /^支持.*政策$/.test(title))) return false
  if (/这一|这个|这些|那些|这项|一个/.test(title)) return false
  // 落实专人“一对一”制定项目推进方案: a verb inside is the sentence's, what follows it a description.
  if (/制定|出台|印发/.test(title)) return false
  // A programme that pairs partners (青年发展伙伴计划, 科创平台“伙伴计划”) runs; it is no document.
  if (ENROLMENT.test(title)) return false
  // A list or an amount describes policies, it does not name one: A、B等政策, 各种规章条例,
  // 两个年度计划, 一揽子计划; nor does a clause (步骤是:…, 在全国范围内实施方案, …所规定).
  if (/等|各种|[:：]|^在|所(?:规定|确定)$|^(?:[一二两三四五六七八九十]+个|一揽子)/.test(title)) return false
  // A verb at the start is the sentence's, not the title's (公布了…条例, 完善…政策, 实行…计划).
  if (!titled && /^(完善|实行|公布|全面|加强|推进|推动|健全|调整|出台|制定|实施|落实|执行)|^[\u4e00-\u9fff]{1,2}了/.test(title)) return false
  // 相关, 有关, 各项 and a bare head word at the start are refused for every title by plausibleTitle.
  return !/^(更加|更|具体|有效|积极|适合|适当|必要|一切|各种|上述|现行|原有|党的|执行|我国|我们|计划|规划)/.test(title)
}

/** (Not a talent plan: 新凤人才计划 is a policy of its issuer, with its own terms.) */
const ENROLMENT = /伙伴计划$/

/** Quotes balanced, and not a generic phrase (一系列整治措施, 相关政策) or a clipped verb (好…). */
function plausibleTitle(t: string): boolean {
  const open = (t.match(/“/g) ?? []).length
  const close = (t.match(/”/g) ?? []).length
  if (open !== close || t.startsWith("”")) return false
  if (/^(一系列|相关|各项|有关|各类|系列|好|了|的|等|和|与|细则|办法|方案|政策|措施|意见|情况|草案)/.test(t)) return false
  // 特制定本实施方案: the document speaking of itself, not a title (本溪市… is a name); 《通知》提到: a bare head
  // word is the short name of a title named before.
  if (SELF_REFERENCE.test(t) || BARE_HEAD_TITLE.test(t)) return false
  // Descriptions, not names: 各项措施, counts of firms (13家…扶持办法), lists closed by 等3条.
  return !/各项|[0-9]+家|等[0-9一二三四五六七八九十]/.test(t)
}

// (《实施意见》和《实施方案》: a kind of document with 实施/工作/管理 is no more a name.)
const BARE_HEAD_TITLE = /^(?:实施|工作|管理|行动)?(?:通知|方案|办法|意见|规划|计划|纲要|决定|条例|措施|细则|规定|政策)$/
const SELF_REFERENCE = /^本(?:实施|行动|工作)?(?:方案|办法|细则|规定|意见|措施|通知|政策|计划|条例|决定)$/

/** Region names of three characters or more by their first code unit, longest first within each (a title is tried against these only). */
const REGION_NAMES_BY_FIRST = new Map<number, Array<string>>()
for (const n of regionNamesLongestFirst) {
  if (n.length < 3) continue
  const list = REGION_NAMES_BY_FIRST.get(n.charCodeAt(0))
  if (list) list.push(n)
  else REGION_NAMES_BY_FIRST.set(n.charCodeAt(0), [n])
}

/** A title that opens with a region's name was issued there: 璧山区…管理办法 → 璧山区. */
function titleRegion(title: string): string | null {
  const name = REGION_NAMES_BY_FIRST.get(title.charCodeAt(0))?.find((n) => title.startsWith(n))
  // 中华人民共和国企业所得税法 names the country, not a body that issued it.
  const region = name ? findRegion(name)! : null
  return region && region.level !== "country" ? region.name : null
}

/** A body named just before the title: 市发展改革委印发《…》. */
function namedIssuer(before: string): string | null {
  const m = /([\u4e00-\u9fff]{2,16}(?:人民政府|政府办公室|办公厅|委员会|发展改革委|局|委|厅|部|办))(?:联合)?(?:关于)?(?:出台|制定|印发|发布|颁布)了?$/.exec(before)
  if (m) return m[1]!
  // 浙江省委、省政府今年1月正式印发, 国务院下发了: bodies joined by 、 (as written), and a time or
  // manner between them and the verb.
  const j = JOINT_ISSUER.exec(before)
  return j ? j[1]! : null
}
const JOINT_ISSUER =
  /((?:中共)?[\u4e00-\u9fff]{2,8}?(?:省委|市委|区委|县委|州委)、(?:[\u4e00-\u9fff]{2,8}?)?(?:省|市|区|县|州)(?:人民)?政府|国务院(?:办公厅)?)(?:今年|去年|近日|日前|[0-9]{1,2}月(?:[0-9]{1,2}日)?|正式|联合|共同|[,，])*(?:出台|制定|印发|发布|颁布|下发)了?$/

/** A body that opens the title itself: 共青团中央关于加强青年中心建设的决定. */
function titleIssuer(title: string): string | null {
  const m = /^(国务院|[\u4e00-\u9fff]{2,16}?(?:人民政府|政府办公室|办公厅|委员会|中央|国务院|局|委|厅|部|办))关于/.exec(title)
  if (m) return m[1]!
  // 湖南省人民政府办公厅印发〈…〉的通知, 中共中央办公厅国务院办公厅印发〈…〉的通知: the bodies that issue it open the title.
  const issued = /^((?:中共)?[\u4e00-\u9fff]{2,24}?(?:办公厅|人民政府|办公室))印发[〈<《]/.exec(title)
  return issued ? issued[1]! : null
}

/** 关于印发《X》的通知 / 关于印发X的通知: the notice, and X in group 1 when unbracketed. */
const ISSUING_NOTICE = /关于(?:印发|转发|发布)(?:《[^《》\n]{2,60}》|([^《》,，。;；\n]{4,40}?))的(?:通知|决定)/g
/** A notice spanning `at`, as the start of its 关于. */
function noticeAround(s: string, at: number): { at: number } | null {
  for (const m of s.matchAll(ISSUING_NOTICE)) if (m.index <= at && at < m.index + m[0].length) return { at: m.index }
  return null
}
/** The body a notice names before its 关于: 国务院办公厅关于印发…. */
function noticeIssuer(before: string): string | null {
  const m = /([\u4e00-\u9fff]{0,16}(?:国务院办公厅|国务院|人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|局|委|厅|部|办))$/.exec(before)
  return m ? m[1]! : null
}

/**
 * A title at the head of a paragraph, before the preamble that opens such documents
 * (为…, 根据…, 按照…) or alone on its line. Its first words must be 关于 or a place.
 */
/** The head words HEADING_TITLE ends with: a sentence without one has no match. */
const HEADING_HEADS = /办法|意见|措施|规定|细则|实施方案|条例/
const HEADING_TITLE = /(^|\n[|｜\s]*)((?:关于)?[\u4e00-\u9fff“”]{2,40}?(?:办法|意见|措施|规定|细则|实施方案|条例)(?:\((?:试行|暂行)\))?)(?=\n|$|为|根据|按照)/g

/** The document's issuer line, unless it only names the country (中国人民政府 is no body that issues). */
const ownIssuer = (issuer: string | null) => (issuer && !/^中国(?:人民政府)?$/.test(issuer) ? issuer : null)

/** The region a first-person issue (我市出台…) names; a country is a place, never an issuer. */
function localIssuer(region: { readonly name: string; readonly level: string } | null): string | null {
  return region && region.level !== "country" ? region.name : null
}
