/**
 * Indicator facts: every quantity of a section, with its subject, measure, period, status,
 * qualifier and region read from the clause and the section context. Works on clean-text
 * coordinates only; the caller maps spans back to the source.
 */
import { findIndicators, findUnit, indicatorByName, type Measure, type Qualifier, type Region, type Status } from "@govstat/schema"
import { clausePlace, topicPlace } from "../place/clause-place.js"
import { opensCitylessDivision } from "../place/corps.js"
import { opensAbroad, speaksOfHome } from "../place/foreign.js"
import { leadingPlaceLength } from "../place/match.js"
import { datelinePlace } from "../place/dateline.js"
import { isWithin, NATION, provinceOf } from "../place/gazetteer.js"
import { modeAfter, type Section } from "../document/sections.js"
import { namesSplitFiscalYear } from "../document/time.js"
import { clauses, paragraphs, sentences, type Span } from "../document/spans.js"
import type { QuantityMention } from "../quantity/mention.js"
import { nounBase } from "../quantity/noun-base.js"
import { isChineseNumeralCode } from "../quantity/numerals.js"
import { scanQuantities } from "../quantity/scan.js"
import { continuesRatio, isRatioColon, isRatioPartAt, RATIO_TO } from "../quantity/ratio-parts.js"
import { CAPACITY_UNIT, capacityInName } from "./capacity-names.js"
import { growthFrameEntry, indicatorEntry, PER_SET_ENTRIES } from "./indicator-code.js"
import { noteRow, type TableCell, type TableColumn, type TableRow, tableHeading, tableRow, tableUnitOf } from "./table-rows.js"
import { opensPlanTable, type PlanTableFact, readPlanTable } from "./plan-table.js"
import { FALL_NOUN_AFTER, GROWTH_NOUN_AFTER, readMeasure, type Reading } from "./measure.js"
import { nationInSar, yuanBaseIn } from "./local-currency.js"
import {
  attachedLastYear, attachedYear, baseValueYear, bracketBaseYear, bracketYear, comparedSubYear, fromPriorYear, priorYearBase, sameTimeBase, clauseYear, documentPlan, fiveYearsEnd, fromValueYear, isFromValue, leadingSubYear, leadingTargetYear, innerTargetYear, deadlineYear,
  maskBrackets, NAMES_OWN_TIME, namesOwnTime, openBracketAt, pastYearHeading, relativeYear, spanEndYear, subYearPeriod
} from "./period.js"
import {
  clauseCue, clauseStatus, colonLead, ESTIMATE_NOTE, ESTIMATE_NOTE_AFTER, governsNextParagraph, headingLead, LIST_ITEM, opensEstimate, withoutPastDeadlines
} from "./status.js"
import { segmentKnown as segment } from "../words/segment.js"
import { BUDGET_WORD_ONLY, budgetBaseWord } from "./budget-base.js"
import { cleanLeft, endsInNoun, lastWord, type PlacePrefix, splitEnumeration, subjectAfter, subjectBefore, verbBefore } from "./subject.js"
import { BARE_HEADS, EVALUATIVE, KEEP_VERBS, LISTED_VERBS, NOT_SUBJECTS, RUN_IN_TOPICS, SHARED_HEADS, STEM_HEADS } from "./subject-words.js"

export interface IndicatorFact {
  readonly region: Region | null
  readonly indicator: string
  readonly indicatorCode: string | null
  /** Canonical catalogue name of indicatorCode. */
  readonly indicatorName: string | null
  readonly measure: Measure
  readonly value: number
  readonly unit: string
  readonly valueBase: number | null
  readonly baseUnit: string | null
  readonly period: string | null
  readonly status: Status
  readonly qualifier: Qualifier | null
  /** Clean-text span of the evidence (qualifier, number, unit). */
  readonly span: Span
  /** Clean-text span of the clause it was read from. */
  readonly clause: Span
  /** For the 2nd, 3rd … subject of one number stated with 均/各 (same span): its place in the list. */
  readonly sharedIndex?: number
  /** The subject was borrowed from another sentence, so neither this row nor a row that takes its subject gets a code. */
  readonly borrowed?: true
}

export interface Malformed {
  readonly span: Span
  readonly reason: string
}

/**
 * A subject when the words before a number give none (…,增长7.2%) or only a share frame
 * (…元，占预算数的96.99%): the previous fact's in a run of numbers, else the noun after the
 * number, else the noun phrase ending the clauses before (农民人均纯收入，1982年为270元).
 */
function fallbackSubject(found: string, at: {
  text: string; m: QuantityMention; clause: Span; sentence: Span; nextStart: number
  inSentence: ReadonlyArray<IndicatorFact>; names: PlacePrefix
}): string {
  const { text, m, clause, sentence, nextStart, names } = at
  // 收入463.8亿元(剔除…调入资金0.9亿元),完成预算…的66.3%: a figure in a bracketed note lends no subject to one outside it.
  const last = at.inSentence[at.inSentence.length - 1]
  // (…(其中男性44.1万人,女性41.5万人),比上年减少0.3万人: nor does any other figure of that note.)
  const inSentence = last !== undefined && last.span.end < m.start && closedBetween(text, last.span.end, m.start) ? outsideNote(at.inSentence, text, last.span.end) : at.inSentence
  // 连续开展8次集中清查行动, 47%的村集体经济…, 再新增200亿产值: with no words of its own before
  // it, a number's noun right after it is its subject, before any borrowed from elsewhere.
  // A rate is followed by its noun only through 的 (增长253.2%数字经济蓬勃发展 is two lines run together).
  const rate = /^(%|‰|个百分点|倍|成)$/.test(m.unit)
  if (found === "" && (!rate || text[m.end] === "的")) {
    // 10万千瓦/20万千瓦时独立储能电站: the first of a pair written with a slash is of the noun after the second.
    const pairEnd = text[m.end] === "/" && nextStart === m.end + 1 ? SLASH_PAIR.exec(text.slice(nextStart, nextStart + 16)) : null
    const from = pairEnd ? nextStart + pairEnd[0].length : m.end
    const adjacent = nounRightAfter(text.slice(from, pairEnd ? clause.end : nextStart), m.unit)
    if (adjacent.length >= 2) return adjacent
  }
  const previous = inSentence[inSentence.length - 1]
  // A previous row whose subject was itself borrowed from another sentence lends no subject.
  if (previous && !previous.borrowed && !startsNumberFirst(text, m, clause)) {
    // 二十九个省、市、自治区的总人口，必须控制在十亿六千万左右: the noun after the counted things' 的,
    // closing the clause before, is what this number measures (the count is of the things).
    if (found === "" && previous.span.end < clause.start && CLASSIFIER.test(previous.unit) && !CLASSIFIER.test(m.unit)) {
      const of = COUNTED_THEN_OF.exec(text.slice(previous.span.end, clause.start))
      if (of && previous.indicator !== of[1] && !NOT_SUBJECTS.has(of[1]!)) return of[1]!
    }
    if (found.startsWith("占")) return previous.indicator.replace(/占.*$/, "") + found
    // 收入81000万元,占调整预算的100%,同比下降6.8%: a rate of change after a share describes the amount, not the share.
    const amount = previous.indicator.replace(/占.*$/, "")
    if (m.unit === "%" && previous.measure === "share" && amount.length >= 2 && amount !== previous.indicator && GROWTH_ONLY.test(text.slice(clause.start, m.start))) return amount
    // 新增科企1065家、总量2515家: a bare head word takes the previous subject's noun.
    if (GENERIC_HEADS.test(found)) return previous.indicator.replace(/^(新增|新培育|新认定|新建|新)/, "") + found
    // 新增助企融资近7000万元、累计突破10亿元: the running total is not what was added.
    if (/累计|总计|共计/.test(text.slice(clause.start, m.start)) && previous.indicator.includes("新增")) return previous.indicator.replace("新增", "累计")
    // 贸易顺差连续两年下降，2010年比上年减少6.4%: after a streak, a figure is of the thing named before 连续.
    const streak = STREAK_UNIT.test(previous.unit) ? previous.indicator.search(/连续|持续/) : -1
    if (streak >= 2) return previous.indicator.slice(0, streak)
    if (streak === 0 && previous.indicator.length >= 4) return previous.indicator.slice(2)
    return previous.indicator
  }
  const numberFirst = startsNumberFirst(text, m, clause)
  // 190公里、生物防火阻隔带470公里: a noun after a list mark names the next number, not this one.
  const listMarkAfter = /^[、,，;；]/.test(text.slice(m.end, m.end + 1))
  const after = (numberFirst || found.length < 2) && !listMarkAfter ? subjectAfter(text.slice(m.end, nextStart)) : ""
  if (after.length >= 2 && numberFirst) return after
  if (found.length >= 2) return found
  const before = subjectOfClausesBefore(text.slice(sentence.start, clause.start), names)
  return before.length >= 2 ? before : after.length >= 2 ? after : ""
}

/** The facts before the bracketed note that holds the one ending at `end` (the note opens before `end`). */
function outsideNote(facts: ReadonlyArray<IndicatorFact>, text: string, end: number): ReadonlyArray<IndicatorFact> {
  const open = Math.max(text.lastIndexOf("(", end), text.lastIndexOf("（", end))
  let n = facts.length - 1
  while (n >= 0 && facts[n]!.span.start > open) n--
  return facts.slice(0, n + 1)
}

/** The second figure of a slash pair (20万千瓦时 after 10万千瓦/): a number and its unit. */
const SLASH_PAIR = /^\d+(?:\.\d+)?(?:万|亿)?(?:千瓦时|千瓦|吨|立方米|平方米|个|台|辆)/
const COUNTED_THEN_OF = /^[^，,；;。的]{1,20}的([\u4e00-\u9fff]{2,8})\s*[，,]\s*$/

/** Whether a bracket closes between two positions before any opens: the first stood inside a note. */
function closedBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x29 || c === 0xff09) return true
    if (c === 0x28 || c === 0xff08) return false
  }
  return false
}

/** The noun phrase that starts right after a number (after an optional 的), or "" when a verb, frame or mark comes first. */
function nounRightAfter(right: string, unit: string): string {
  // 3个10亿级以上项目: a grade of size before the noun counted qualifies it (no digit may open the noun).
  const grade = GRADE_FIRST.exec(right)?.[0] ?? ""
  const r = right.replace(/^的/, "").slice(grade.length)
  // 争创3-5个引领产业结构优化升级、在全国具有一定影响力的领军型县域冠军产业: what is counted is the
  // head after the last 的 of a long modifier that runs to the clause's end.
  // Only where the words after the count open with a modifier (引领…, 对…, 在…), not with what is
  // counted (141个项目就是其中的骨干), and the head is a thing, not a level (达到…的生产水平).
  const head = CLASSIFIER.test(unit) ? MODIFIED_HEAD.exec(r.replace(/[，,。；;：:\s]+$/, "")) : null
  if (head && /^(?:v|vd|vi|p|d)$/.test(segment(r.slice(0, 6))[0]?.tag ?? "n") && nounOnly(head[1]!) && !NOT_SUBJECTS.has(head[1]!) && !ABSTRACT_HEAD.test(head[1]!)) return head[1]!
  if (!NOUN_AFTER.test(r.slice(0, 1)) || NOT_NOUN_START.test(r.slice(0, 4))) return ""
  // 7840万元支持示范区…: a verb after a measure starts another clause, it names nothing; after a
  // counting word it is what is counted (192项审批中介服务事项, 8次集中清查行动).
  const first = segment(r.slice(0, 6))[0]
  if (!first || /^(p|c|r|d|u.*)$/.test(first.tag)) return ""
  if (/^(v|vd|vi)$/.test(first.tag) && !KEEP_VERBS.has(first.word) && !CLASSIFIER.test(unit)) return ""
  const noun = countedOf(countedBeforeAmount(subjectAfter(r, CLASSIFIER.test(unit)), r, unit), unit)
  return NOT_SUBJECTS.has(noun) || findUnit(noun) ? "" : grade && noun ? grade + noun : noun
}

/**
 * 5个一般村的美丽宜居村庄建设工作, 21个国控监测点位的监测任务: a count is of the noun right after
 * it; a 的 after that noun starts what is said of the things counted. (3个省级以上的园区: a
 * modifier before 的 is no noun, the head after it is what is counted.)
 */
function countedOf(noun: string, unit: string): string {
  const of = noun.indexOf("的")
  if (of < 2 || !CLASSIFIER.test(unit)) return noun
  const head = noun.slice(0, of)
  const words = segment(head)
  const last = words[words.length - 1]
  // (30多个优质的团队, 3个全国领先的企业: a one-word or evaluative modifier is no noun counted.)
  // (县和相当于县的行政单位, 农民在…合作化的基础上: a verb, preposition or conjunction before 的 makes a clause of it.)
  return last !== undefined && words.length >= 2 && COUNTED_TAGS.test(last.tag) && !EVALUATIVE.has(last.word) && !ABSTRACT_HEAD.test(head) &&
    !words.some((w) => CLAUSE_TAGS.test(w.tag)) && !/[(（]/.test(head) ? head : noun
}
const COUNTED_TAGS = /^(?:n|nz|nt|nl|ng|ns|j|zg)$/
/** Whether a phrase ends in a noun things are counted by (大城市 is a noun to count, whatever jieba's ns says). */
const endsInCounted = (phrase: string) => { const ws = segment(phrase); return ws.length > 0 && COUNTED_TAGS.test(ws[ws.length - 1]!.tag) }
const CLAUSE_TAGS = /^(?:v|vd|vi|p|c)$/

/**
 * 全国229家国家级经开区地区生产总值15.7万亿元: a count whose noun runs straight into the next
 * number names what is counted (国家级经开区); the catalogued indicator that ends the run
 * (地区生产总值) is the next number's.
 */
function countedBeforeAmount(noun: string, right: string, unit: string): string {
  // Not a title's run (43个重点项目 总投资416亿元), nor a cut that leaves a bare modifier (重点, of 592个重点贫困县).
  if (!CLASSIFIER.test(unit) || /\s/.test(noun)) return noun
  const whole = right.trim()
  // (31个大城市城镇调查失业率继续保持在5%以下: frames may stand between the run and the next number.)
  if (noun === whole || (whole.startsWith(noun) && AMOUNT_FRAMES.test(whole.slice(noun.length)))) {
    for (let i = 3; i <= noun.length - 2; i++) {
      const head = noun.slice(0, i)
      if (findIndicators(noun.slice(i)).length > 0 && endsInCounted(head)) return head
    }
  }
  // 29个医疗卫生单位现有业务用房36531平方米, 10个行政村集体收入全部达到20万元: the amount's own noun
  // (业务用房, 集体收入) ends the run, after a frame or none, before the next number.
  // (41个大类行业中有19个行业增加值实现增长: a count of the things whose amount grew.)
  if ((noun === whole || (whole.startsWith(noun) && (AMOUNT_FRAMES.test(whole.slice(noun.length)) || AMOUNT_GREW.test(whole.slice(noun.length))))) && AMOUNT_HEAD_END.test(noun)) {
    // (By characters, not words: the dictionary has 村集体收入 as one word.)
    for (let i = 2; i <= noun.length - 2; i++) {
      if (AMOUNT_NOUN.test(noun.slice(i)) && endsInCounted(noun.slice(0, i))) return noun.slice(0, i)
    }
  }
  return noun
}
/** What an amount after a count is of (集体收入, 业务用房, 利润总额): the thing's measure, not the thing. */
// (39个单位领导干部65人次: the people of the things counted are the next number's too.)
const AMOUNT_NOUN = /^(?:现有)?[\u4e00-\u9fff]{0,2}(?:收入|用房|面积|产值|总产值|增加值|投资|总额|产量|营收|资产|利润|税收|销售额|干部|职工|员工)$/
const AMOUNT_HEAD_END = /(?:收入|用房|面积|产值|增加值|投资|总额|产量|营收|资产|利润|税收|销售额|干部|职工|员工)$/
const AMOUNT_GREW = /^(?:均|都)?(?:实现|保持)?(?:正)?(?:增长|下降)[，,。；;]?$/
const AMOUNT_FRAMES = /^(?:全部|均|都|共|共计|合计|总计|达到|达|为|超过|超|突破|实现|完成|继续|保持|稳定|控制|在)+$/

const GRADE_FIRST = /^\d+(?:\.\d+)?(?:万|亿)?(?:元|吨|千瓦)?级(?:以上)?(?=[\u4e00-\u9fff])/
const MODIFIED_HEAD = /^[^，,。；;：:的]{4,40}的([\u4e00-\u9fff]{2,12})$/
/** A phrase of nouns and modifiers only, ending in a noun (领军型县域冠军产业; not 传染病纳入国家免疫规划). */
const nounOnly = (phrase: string) => endsInNoun(phrase) && !segment(phrase).some((t) => /^(?:v|vd|vi|p|c|u.*)$/.test(t.tag))
const ABSTRACT_HEAD = /(?:水平|标准|要求|目标|程度|作用|经验|阶段|基础|能力|任务)$/

/** Counting words: the noun after them is what is counted (4211名干部, 3个国家级平台). */
const CLASSIFIER = /^(万|亿)?(家|户|个|项|件|所|座|张|辆|台|套|条|场|名|支|处|批|份|笔|位|款|组|栋|间|人|人次|次|种)$/

/**
 * A noun after a measure (亩, 元) with another number later in its clause is that number's
 * subject when the lines ran together (供应土地1.2万亩渝西水资源配置工程…完成总工程量的90%):
 * then a noun phrase ending right before the number is this one's. After a counting word, or
 * with no noun before, the noun after stands (8.46万亩森林指标交易, 帮助24家企业).
 */
function afterOrBefore(after: string, before: () => string, left: string, unit: string, moreNumbers: boolean): string {
  // 访问了46个国家: one bare noun counted is named with the verb that counts it.
  if (CLASSIFIER.test(unit) && segment(after).length === 1) return verbBefore(left.trimEnd()) + after
  if (CLASSIFIER.test(unit) || !moreNumbers) return after
  const b = before()
  return b.length >= 2 && endsInNoun(b) && left.trimEnd().endsWith(lastWord(b)) && leadingPlaceLength(b) !== b.length ? b : after
}

/** The noun phrase that opens the nearest clause before (its words up to its first digit): 总额9999元,增长3.5% → 总额. */
function subjectOfClausesBefore(before: string, names: PlacePrefix): string {
  const parts = before.split(/[,，;；]/)
  for (let k = parts.length - 1; k >= 0; k--) {
    const words = parts[k]!.split(/[0-9０-９]/)[0]!
    if (words.length < 2) continue
    const subject = subjectBefore(words, names)
    if (subject.length >= 2) return subject
  }
  return ""
}

/** A clause that is nothing but a rate of change (同比下降, 比上年增长): no from–to, no 为/到. */
const GROWTH_ONLY = /^\s*(?:同比|比上年|比去年|较上年|比上年同期|(?:比|较|同)(?:(?:19|20)\d{2}年)[^，,；;。\d%]{0,12}?(?:比较|相比)?)?(?:增长|下降|增加|减少)了?\s*$/

const GENERIC_HEADS = /^(总量|总数|总额|规模|金额|数量|余额)$/

/**
 * Whether the words around a number let its subject carry a code at all: not a per-entity
 * average (平均一个人民公社拥有六万四千亩耕地), not a total stated of newly added things
 * (新培育企业69家，累计达到201家), not a list of new production capacity (新增加的生产能力有：机制纸…).
 */
function codable(subject: string, clauseBefore: string, sentenceBefore: string): boolean {
  if (/平均每(?!年)|平均一个|每个|每一个|每户|每家/.test(clauseBefore)) return false
  // 改造城镇老旧小区16.7万个，惠及2900多万家: the people reached, not the thing done.
  if (/惠及|受益|受惠/.test(clauseBefore)) return false
  if (/累计|总计|合计|共计|总量|总数/.test(clauseBefore) && /^(新增|新培育|新建|新认定|新签约|新设)/.test(subject)) return false
  if (/能力/.test(sentenceBefore) && !/能力|装机|容量|产能/.test(subject)) return false
  return true
}

/** 表2360万只, 钢增长58%: a one-character noun is a subject; a character cut from a word (励) is not. */
function isOneCharNoun(found: string): boolean {
  if (found.length !== 1 || !/[\u4e00-\u9fff]/.test(found)) return false
  // (纱增长16.2%: a one-character product the catalogue names is one, whatever jieba tags it.)
  return segment(found)[0]?.tag === "n" || indicatorByName(found) !== undefined
}

/**
 * 人均可支配收入分别达38922元和17998元: one subject written for several listed numbers of one
 * measure names none of them exactly (here urban and rural), so none of them gets a code.
 */
function uncodeShared(
  facts: Array<IndicatorFact>, inSentence: Array<IndicatorFact>, from: number, text: string,
  mentions: ReadonlyArray<QuantityMention>
): void {
  if (facts.length - from < 2) return
  const listed = mentions.slice(1).every((m, k) => /^[、,，和及与]?$/.test(text.slice(mentions[k]!.end, m.start)))
  if (!listed) return
  const added = facts.slice(from)
  added.forEach((f, k) => {
    if (f.indicatorCode === null) return
    const twin = added.some((g, j) => j !== k && g.indicator === f.indicator && g.measure === f.measure)
    if (!twin) return
    const bare = indicatorFact(f, f.indicator, null, null, f.sharedIndex)
    facts[from + k] = bare
    const at = inSentence.indexOf(f)
    if (at !== -1) inSentence[at] = bare
  })
}

/** value × factor without floating-point noise: 286.9 × 1e8 is 28690000000, not 28690000000.000004. */
export function scale(value: number, factor: number): number {
  if (factor === 1) return value
  const product = value * factor
  // A non-zero integer of at most 15 digits is its own 15-digit rounding: no string round trip
  // needed (zero goes the long way, which turns −0 into 0).
  if (Number.isInteger(product) && product !== 0 && Math.abs(product) < 1e15) return product
  const exact = Number(product.toPrecision(15))
  return Number.isFinite(exact) ? exact : value * factor
}

/** A noun right after the unit: 帮助24家企业…, 38.89万亩耕地保有量 — the subject follows the number. */
const NOUN_AFTER = /^[\u4e00-\u9fff“]/
const NOT_NOUN_START = /^(的|和|及|与|并|且|同比|以|约|超|左右|上下|余|多|增长|下降|提高|降低|减少|增加|调整[为到至]|调增|调减|占|达|为|是|在|到|至|分别|均|各|左|规模|大关|关口|(?:新的?|大|一个新)?台阶|、|(?:发展|扩展|扩大|攀升|跃升)(?:到|至|为|成))/
/** Counting, area and money units (not %, 倍 or 个百分点, which measure changes). */
const COUNT_UNIT = /^(万|亿)?(家|户|个|项|件|所|座|张|辆|台|套|条|场|名|支|处|批|份|笔|位|款|组|栋|间|人|人次|种|亩|平方米|平方公里|公里|元|美元|吨)$|^万$/

/**
 * 分别给予最高30万元、50万元奖励: a cap written before the first amount of a list holds for every amount
 * listed after it (the same money unit, 、 or 和 between), or null.
 */
function listedCap(c: ClauseScope, k: number): Qualifier | null {
  const m = c.mentions[k]!
  if (!m.unit.endsWith("元") || m.range !== null || !c.clauseText.includes("分别")) return null
  let j = k
  while (j > 0 && c.mentions[j - 1]!.unit === m.unit && c.mentions[j - 1]!.range === null && /^[、和及与]$/.test(c.text.slice(c.mentions[j - 1]!.end, c.mentions[j]!.start))) j--
  return j < k && c.mentions[j]!.qualifier === "upper_bound" && /分别[^，,；;。]{0,8}$/.test(c.text.slice(c.clause.start, c.mentions[j]!.start)) ? "upper_bound" : null
}

/** A qualifier left before a number the scanner did not take; 约 closing 节约, 签约, 条约 is part of the word, not "about". */
const STRIP_QUALIFIER = /(不低于|不少于|不超过|超过|突破|大约|接近|(?<![条合节制签特公契预履违邀践大])约|近|超|逾|上)$/

/**
 * Every fact is built here, with all its fields in one order: rows of one shape (one hidden
 * class), so the code that reads them stays monomorphic (a spread of `borrowed` or
 * `sharedIndex` onto some of them gave the array three shapes and its readers deopts).
 */
function indicatorFact(
  base: Omit<IndicatorFact, "indicator" | "indicatorCode" | "indicatorName" | "sharedIndex">,
  indicator: string, indicatorCode: string | null, indicatorName: string | null, sharedIndex: number | undefined
): IndicatorFact {
  return {
    region: base.region,
    indicator,
    indicatorCode,
    indicatorName,
    measure: base.measure,
    value: base.value,
    unit: base.unit,
    valueBase: base.valueBase,
    baseUnit: base.baseUnit,
    period: base.period,
    status: base.status,
    qualifier: base.qualifier,
    span: base.span,
    clause: base.clause,
    sharedIndex,
    borrowed: base.borrowed
  }
}

/** A digit or a Chinese numeral character: a sentence with none holds no number, no year and no plan name. */
function hasNumeral(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k)
    if ((code >= 0x30 && code <= 0x39) || isChineseNumeralCode(code)) return true
  }
  return false
}

export function extractIndicators(text: string, sections: ReadonlyArray<Section>, malformed: Array<Malformed> = []): Array<IndicatorFact> {
  const facts: Array<IndicatorFact> = []
  // The five-year plan a report is about (作关于第六个五年计划的报告): what its 五年内 means.
  const reportPlan = documentPlan(text)
  // Where the last plan table read ends: its cells are not read again as prose.
  let tableEnd = -1
  // The part of the year the last batch of projects the text named is dated by (第四季度…集中开工): a
  // later sentence about "this" batch (本次集中开工项目90个) is of it, a paragraph or a sentence later too.
  let batch: string | null = null
  // Where the text's cue words stand, read forward as the sentences go (one pass over the text each).
  const batchCue = new NextCue(text, "集中")
  const thenCue = new NextCue(text, "届时")
  // The place of the story a dateline opened (本报郑州…电 on a page that opened with 山西), if any.
  let story: Region | null = null
  for (let s = 0; s < sections.length; s++) {
    let section = sections[s]!
    const paras = paragraphs(text, section)
    // The columns of the table heading row the paragraphs run under, if any.
    let columns: ReadonlyArray<TableColumn | null> | null = null
    // The lead-in sentence (…的主要目标:) governing this paragraph, if the one before ends in it.
    let lead: string | null = null
    // Whether the paragraphs run under a journalist's name (中央电视台记者:) until the next speaker's.
    let asking = false
    for (let q = 0; q < paras.length; q++) {
      const para = paras[q]!
      const line = text.slice(para.start, para.end)
      // A transcript's speaker line: a journalist asks, anyone else answers. A question (…?) states no
      // fact of the speaker's: its figures are quoted, supposed or asked about.
      const speaker = speakerLine(line)
      if (speaker !== null) asking = speaker
      if ((asking || QUESTION_OPENING.test(line)) && (line.includes("？") || line.includes("?"))) continue
      const governed: string | null = lead
      lead = null
      // 指标 ⏎ 2020年 ⏎ 2025年 ⏎ 属性 ⏎ …: a plan's indicator table one cell per line.
      if (para.end <= tableEnd) continue
      // (A paragraph opening with a plan's name switches the rest of its part: see comingPlanPart.)
      if (line.charCodeAt(0) === 0x201c || line.includes("五")) section = comingPlanPart(line, section) ?? section
      const planTable = opensPlanTable(line) ? readPlanTable(text, paragraphs(text, { start: para.start, end: Math.min(text.length, para.start + PLAN_TABLE_REACH) }), 0) : null
      if (planTable) {
        for (const f of planTable.facts) facts.push(planTableFact(f, section.context))
        tableEnd = planTable.end
        columns = null
        continue
      }
      const piped = line.includes("|")
      // (单位:万元 on the line above a heading is the unit of its amount columns.)
      const tableUnit = piped && q > 0 ? tableUnitOf(text.slice(paras[q - 1]!.start, paras[q - 1]!.end)) : null
      const single = piped ? tableHeading(line, tableUnit) : null
      const heading = single !== null ? { columns: single, last: q } : piped ? wrappedHeading(text, paras, q, tableUnit) : null
      const row: TableRow | null = heading === null && columns !== null ? tableRow(line, para.start, columns) : null
      // | (包括博彩业) | ||||: a row of the table with a note and no figures keeps the heading for the rows after it.
      columns = heading?.columns ?? (row || (columns !== null && piped && noteRow(line)) ? columns : null)
      if (heading) {
        q = heading.last
        continue
      }
      if (row) {
        for (const cell of row.cells) facts.push(tableFact(row, cell, section.context))
        continue
      }
      const filed = datelinePlace(line, section.context.region)
      if (filed !== undefined) story = filed
      const storySection: Section = story === null ? section : { ...section, context: { ...section.context, region: story } }
      const all = sentences(text, para)
      const last = all[all.length - 1]
      // (A heading lead without its colon is read as if it had one: the colon is what makes its words govern.)
      const ownLead = last === undefined ? null : governsNextParagraph(text.slice(last.start, last.end)) ? text.slice(last.start, last.end)
        : all.length === 1 && headingLead(line) ? `${line.trimEnd()}：` : null
      // The first paragraph after the lead is governed, and each list item after it.
      const under: string | null = governed !== null && ownLead === null ? governed : null
      lead = ownLead ?? (under !== null && LIST_ITEM.test(text.slice(paras[q + 1]?.start ?? para.end, paras[q + 1]?.end ?? para.end)) ? under : null)
      // A lead naming a span or a later year (“十四五”时期(2021年至2025年)…目标:) dates what it governs.
      const leadYear = under === null ? null : clauseYear(under)
      const paragraph: ParagraphScope = {
        text, section: storySection, para, reportPlan, facts, paragraphStart: facts.length, malformed, lead: under,
        year: leadYear !== null && (leadYear.span || (section.context.year !== null && leadYear.year > section.context.year)) ? leadYear.year : section.context.year
      }
      // The sub-year period heading the run of ；-joined statements the next sentence belongs to.
      let run: string | null = null
      // Whether a statement of the ；-run the next sentence belongs to opened with 预计.
      let estimated = false
      // …and the target year (到2027年) heading it, if that is how it opens.
      let targetRun: string | null = null
      // …and the colon lead (今后五年…蓝图:, 主要预期目标:) a statement of it ends in, which governs the run.
      let leadRun: string | null = null
      // (预计数，下同): where the paragraph notes that its figures from there on are estimates.
      const note = line.includes("下同") ? ESTIMATE_NOTE.exec(line) : null
      const notedFrom = note ? para.start + note.index : -1
      // What the sentence before governed, its time and whether it was an estimate: a sentence that
      // breaks it down (其中…) or goes on about its event (本次…) continues both (see Governed).
      let governedBefore: Governed = UNGOVERNED
      // 2015年3月末,全省金融机构本外币各项存款余额…。按可比口径计算,…余额同比增长8.53%…: a month's end opening
      // the paragraph dates its later sentences' balances to the end (monthEndBalance reads it), and their
      // changes since the year began to the months up to it (截至2月末 → M01-02; other figures keep their period).
      const head = text.slice(para.start, Math.min(para.end, para.start + 60))
      const monthEnd = head.includes("月末") || head.includes("月底") ? MONTH_END_OPENING.exec(head)?.[1] ?? null : null
      const paragraphYear = paragraph.year
      // The place (a part of the document's, or a peer) heading the run of ；-joined statements the next sentence belongs to.
      let placeRun: Region | null = null
      // “去年,…全县农村人均纯收入达10700元…；全县个人存款达102亿元: 去年 opening a ；-run dates the statements after it
      // that name no time of their own, as it dates its own.
      let lastYearRun = false
      // 10月份,全省规模以上工业增加值同比增长10.6%。全省汽车及零部件产业…增加值同比分别增长42.4%: the part of
      // the year the paragraph opens with dates the paragraph's later sentences that name no time of
      // their own, until one names a year of its own (全年…, 2023年…) without opening with it.
      let opened: string | null = null
      // Whether a sentence of the paragraph before this one had a digit.
      let numberedBefore = false
      for (let k = 0; k < all.length; k++) {
        const sentence = all[k]!
        // … [1] - 每年新开工…: an item of a list run into one line is dated afresh; a year one item names is not the next one's.
        if (text.charCodeAt(sentence.start - 1) === 45) paragraph.year = paragraphYear
        const carried: string | null = run
        const carriedEstimate: boolean = estimated
        const carriedTarget: string | null = targetRun
        const carriedLead: string | null = leadRun
        const carriedPlace: Region | null = placeRun
        const carriedLastYear: boolean = lastYearRun
        const opening = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 24))
        const opens = leadingSubYear(opening)
        const opensTarget = leadingTargetYear(opening)
        const semicolon = endsInSemicolon(text, sentence)
        // A deadline heading a later clause of a ；-ended statement heads the run from the next statement on.
        const inner = opensTarget === null && semicolon ? innerTargetYear(text.slice(sentence.start, sentence.end)) : null
        // 1—10月份,全市…增长面为56.8%。其中,金属制品业…分别增长43.8%: a 其中 sentence breaks down the one
        // before, of its time; 预计全年全国粮食播种面积…。其中,夏粮面积2716万公顷: the parts of an estimate are
        // estimates. 举行2023年第二季度重大重点项目集中开工仪式。本次集中开工项目共45个: 本次 is that event's.
        const continued: Continued = opens === null && carried === null ? continuedFrom(governedBefore, opening, batch) : NOT_CONTINUED
        const partOf: boolean = continued.estimate
        run = semicolon ? opens ?? carried ?? continued.period : null
        // 预计全年…增长6%左右；1-11月，规模以上工业增加值增长7.5%: a statement opening with the months
        // so far reports what was counted; the estimate of the year does not govern it, nor what follows it.
        const counted: boolean = carriedEstimate && opens !== null
        estimated = semicolon && ((carriedEstimate && !counted) || partOf || opensEstimate(opening))
        leadRun = semicolon ? carriedLead ?? colonLead(text, sentence.start, sentence.end) : null
        // 2023年七台河市社会消费品零售总额74.3亿元…；全年一般公共预算收入34.3亿元: the place a statement
        // opens with is the subject of the ；-joined statements after it that name none of their own.
        placeRun = semicolon ? runPlace(text.slice(sentence.start, sentence.end), storySection.context.region, text) ?? carriedPlace : null
        // (Whether this statement is dated by the 去年 of its run: it names no time of its own.)
        const lastYearDated: boolean = carriedLastYear && opens === null && !statesOwnTime(text.slice(sentence.start, sentence.end))
        lastYearRun = semicolon && opens === null && (LAST_YEAR_OPENING.test(opening) || lastYearDated)
        // A target year heads its ；-run, and the paragraph's next sentences that name no time of their
        // own (到2027年,…50个。县域产业…:即争创3-5个…；培育10-15个…).
        const next = all[k + 1]
        const target: string | null = opensTarget ?? inner ?? carriedTarget
        const keeps: boolean = target !== null && (semicolon || (next !== undefined && !NAMES_OWN_TIME.test(text.slice(next.start, next.end))))
        targetRun = keeps ? target : null
        // 总投资123.65亿元 江西南昌县第二季度重大重点项目集中开工: a batch of projects named by its part of the year dates the batch's figures.
        const event = opens === null && carried === null && continued.period === null ? eventPeriod(text, sentence, batchCue.within(sentence)) : null
        if (event !== null) batch = event
        governedBefore = { period: opens ?? carried ?? continued.period ?? event, opening, part: partOf }
        // A sentence without a numeral states no figure and names no year (去年 or 今后 without
        // one dates nothing past its own sentence): reading it would change nothing.
        const sinceOpened: string | null = opened
        // (今年上半年, opening a sentence in a paragraph about 1979: 今年 dates its own sentence only, and so its part of the year.)
        // (Only a period opening the paragraph's first sentence with a number, after at most a lead without one
        // (工业生产进一步提速,重点产业增势强劲。10月份,…): 2024年经济运行情况。1至9月,…。全区规上工业企业559家 keeps the year.)
        const numbered = hasNumeral(text, sentence.start, sentence.end)
        if (opens !== null) opened = !numberedBefore && !THIS_YEAR_OPENING.test(opening) ? opens : null
        else if (opened !== null && namesOwnYear(text, sentence)) opened = null
        // (Digits only: a lead's words hold numerals too, 进一步.)
        if (!numberedBefore && numbered) numberedBefore = DIGIT.test(text.slice(sentence.start, sentence.end))
        if (numbered) {
          readSentence(paragraph, sentence, opens === null ? carried ?? continued.period ?? event ?? (k > 0 ? monthEnd ?? sinceOpened : null) : null, (carriedEstimate && !counted) || partOf || (notedFrom !== -1 && sentence.start > notedFrom),
            opensTarget === null ? carriedTarget ?? thenDeadline(text, sentence, all[k - 1], thenCue.within(sentence)) : null, carriedLead, carriedPlace,
            lastYearDated)
        }
      }
    }
  }
  return facts
}

/**
 * A table's heading row whose cells wrap over lines (| 指 标 | 绝对数 ⏎ (亿元) | ⏎ 比上年增长 ⏎ (%) |): its lines
 * up to the next that opens a row, read as one; null unless they make a heading. `last` is its last paragraph.
 */
function wrappedHeading(text: string, paras: ReadonlyArray<Span>, q: number, tableUnit: string | null): { columns: ReadonlyArray<TableColumn | null>; last: number } | null {
  const first = text.slice(paras[q]!.start, paras[q]!.end).trim()
  if (!first.startsWith("|") || first.endsWith("|")) return null
  let joined = first
  for (let j = q + 1; j < paras.length && j <= q + 6; j++) {
    const next = text.slice(paras[j]!.start, paras[j]!.end).trim()
    if (next.startsWith("|") || next.length > 20) break
    joined += next
    if (!next.endsWith("|")) continue
    const columns = tableHeading(joined, tableUnit)
    // The heading ends where the next line opens a row.
    const after = paras[j + 1]
    if (columns && (after === undefined || text.slice(after.start, after.end).trim().startsWith("|"))) return { columns, last: j }
  }
  return null
}

/** The fact of one numeric cell of a table row: the row names it, the column gives its unit and measure. */
function tableFact(row: TableRow, cell: TableCell, ctx: Section["context"]): IndicatorFact {
  const { unit, known, measure, year } = cell.column
  const status: Status = cell.column.status ?? (ctx.mode === "plan" ? "target" : "actual")
  const entry = indicatorEntry(row.name, unit, measure)
  return indicatorFact({
    region: ctx.region,
    measure,
    value: cell.value,
    unit,
    valueBase: known ? scale(cell.value, known.factor) : null,
    baseUnit: known?.base ?? null,
    period: year !== null ? String(year) : periodOf("", ctx.year, ctx, status),
    status,
    qualifier: null,
    span: cell.span,
    clause: { start: row.nameAt, end: cell.span.end }
  }, row.name, entry?.code ?? null, entry?.name ?? null, undefined)
}

/** How far past its heading a plan table is read (a table of 40 rows is some 3,000 characters). */
const PLAN_TABLE_REACH = 20_000

/**
 * The fact of one cell of a plan's indicator table: its column's year dates it, the base year's a
 * result, the last a target. A communiqué table's cell is dated and placed like a text table's row.
 */
function planTableFact(f: PlanTableFact, ctx: Section["context"]): IndicatorFact {
  const entry = indicatorEntry(f.name, f.unit, f.measure)
  const status: Status = f.status ?? (ctx.mode === "plan" ? "target" : "actual")
  return indicatorFact({
    region: ctx.region,
    measure: f.measure,
    value: f.value,
    unit: f.unit,
    valueBase: f.known ? scale(f.value, f.known.factor) : null,
    baseUnit: f.known?.base ?? null,
    period: f.period ?? periodOf("", ctx.year, ctx, status),
    status,
    qualifier: f.qualifier,
    span: f.span,
    clause: { start: f.nameAt, end: f.span.end }
  }, f.name, entry?.code ?? null, entry?.name ?? null, undefined)
}

/** What the sentences of one paragraph share; `year` is the year its sentences carry on to the next. */
interface ParagraphScope {
  readonly text: string
  readonly section: Section
  readonly para: Span
  readonly reportPlan: number | null
  readonly facts: Array<IndicatorFact>
  readonly paragraphStart: number
  readonly malformed: Array<Malformed>
  /** The lead-in sentence ending in a governing target word (…主要目标:) before this paragraph, or null. */
  readonly lead: string | null
  year: number | null
}

/** The year a clause dates its figures by, and how: read in order through a sentence. */
interface SentenceYear {
  year: number | null
  dated: boolean
  spanned: boolean
  fromSpan: boolean
  /** Whether the year is the deadline heading the ；-run the sentence continues (到2027年, “十一五”期间). */
  fromRun: boolean
  readonly carried: number | null
}

const THIS_YEAR_OPENING = /^\s*今年/
const DIGIT = /[0-9０-９]/

/** Whether a sentence names a year of its own (全年, 今年, 年末, 2023年), not a base (比上年, 去年同期). */
function namesOwnYear(text: string, s: Span): boolean {
  const sentence = text.slice(s.start, s.end)
  return sentence.includes("年") && OWN_YEAR.test(sentence)
}
const OWN_YEAR = /全年|今年(?!以来)|年末|年底|(?:19|20)\d{2}\s?年(?!以来)/

const endsInSemicolon = (text: string, s: Span) => text[s.end - 1] === "；" || text[s.end - 1] === ";"

/**
 * A paragraph opening with a month's end alone (2015年3月末, 截至2月末,), or after a source's lead-in in
 * its first sentence (…发布的全省2月份金融运行数据显示,截至2月末,): the month's end words.
 */
const MONTH_END_OPENING = /^[^。；;！？\n]{0,40}?(?:^|[,，:：]|显示|表明)\s*(?:(?:19|20)\d{2}\s?年)?((?:截至|截止)?\s*(?:1[0-2]|[1-9])月(?:末|底))\s*[,，]/

/** A run headed by a plan's span (“十二五”时期), not by a deadline (到2027年). */
const PLAN_SPAN_RUN = /^[“"]?十[一二三四五六七八九]?五/

/** The sentence's clauses in order: their years, then the facts of those with numbers; `run` the period of the ；-run it continues. */
/**
 * The place a statement opens with that can head a ；-run: a place named in it that is not the
 * document's own nor one around it (全市 in a district's report, 全国), whose figures the
 * document's are anyway.
 */
function runPlace(statement: string, doc: Region | null, text: string): Region | null {
  const p = clausePlace(statement, doc, text)
  return p === null || (doc !== null && isWithin(doc, p)) ? null : p
}

function readSentence(p: ParagraphScope, sentence: Span, run: string | null, estimatedRun: boolean, targetRun: string | null, leadRun: string | null, placeRun: Region | null = null, lastYearDated = false): void {
  const { text, section } = p
  const ctx = section.context
  // The year the text is written in: a report read out early in Y about Y−1 is written in Y.
  const now = ctx.currentYear ?? (ctx.mode === "review" ? ctx.year : null)
  // Years named inside a bracket (（2019年为5.8%）) date only the bracket's figures.
  const masked = maskBrackets(text.slice(sentence.start, sentence.end))
  const y: SentenceYear = { year: p.year, dated: false, spanned: false, fromSpan: false, fromRun: false, carried: p.year }
  // A statement continuing a target year's ；-run is dated by that year (its own sentence only);
  // a year not ahead of the text (到1955年底,已经完成… in a review of 1955) heads no run of targets.
  const named = targetRun === null ? null : deadlineYear(targetRun)
  // (In a text that names no year of its own a plan's span still dates its run: its end year is the
  // period whether the run states targets or results, and the status is left to the run's words.)
  const runYear = named !== null && (isFuture(named, ctx) || (ctx.year === null && PLAN_SPAN_RUN.test(targetRun!))) ? named : null
  if (runYear === null) targetRun = null
  if (runYear === null && lastYearDated && now !== null) {
    // (A statement in the ；-run of one opening with 去年, naming no time of its own: that year, its own sentence only.)
    y.year = now - 1
    y.dated = true
    y.spanned = true
  } else if (runYear !== null) {
    y.year = runYear
    y.dated = true
    y.spanned = true
    y.fromRun = true
  }
  // The region is read lazily: only a clause with a number needs it, and most clauses have none.
  // `placed` tells whether the sentence's opening has been read; `unplaced` is the first of the
  // clauses since the last number, whose places are read in order when the next number comes.
  let region: Region | null = null
  // …nor our period: a foreign figure is dated only by a year its own sentence names.
  let foreign = false
  let placed = false
  let unplaced = 0
  const inSentence: Array<IndicatorFact> = []
  // Numbers the scanner could not read; a new list only after one held some (most clauses have none).
  let bad: Array<{ start: number; end: number; reason: string }> = []
  const all = clauses(text, sentence)
  for (let at = 0; at < all.length; at++) {
    const clause = all[at]!
    const clauseText = text.slice(clause.start, clause.end)
    const yearText = masked.slice(clause.start - sentence.start, clause.end - sentence.start)
    clauseYearInto(y, p, clause, clauseText, yearText, now, foreign)
    const mentions = scanQuantities(text, clause.start, clause.end, bad)
    if (bad.length > 0) {
      for (let n = 0; n < bad.length; n++) p.malformed.push({ span: { start: bad[n]!.start, end: bad[n]!.end }, reason: bad[n]!.reason })
      bad = []
    }
    if (!mentions.length) continue
    if (!placed) {
      // A sentence about another country (英国早在…) has no region of ours: null, never the document's.
      const sentenceText = text.slice(sentence.start, sentence.end)
      foreign = opensAbroad(sentenceText)
      // (国家经济总量… in a Hong Kong text: the nation's figure.)
      region = foreign ? null : clausePlace(sentenceText, ctx.region, text) ?? placeRun ?? (nationInSar(ctx.region, sentenceText) ? NATION : ctx.region)
      placed = true
    }
    for (; unplaced <= at; unplaced++) {
      const c = text.slice(all[unplaced]!.start, all[unplaced]!.end)
      const abroad = opensAbroad(c)
      const clauseRegion = abroad ? null : clausePlace(c, ctx.region, text) ?? topicPlace(c, ctx.region)
      // 第十二师…: a 兵团 division with no city is no place of ours; its figures get none.
      if (abroad || clauseRegion || opensCitylessDivision(c)) region = clauseRegion
      else if (region === null && speaksOfHome(c)) region = ctx.region
      foreign = abroad || (foreign && region === null)
    }
    const scope: ClauseScope = {
      text, ctx, para: p.para, sentence, masked, clause, clauseText, mentions,
      subjects: enumeratedSubjects(text, clause, mentions, inSentence, leadingPlaceLength),
      year: y.year, now, foreign, dated: y.dated, fromSpan: y.fromSpan, region, facts: p.facts, inSentence, paragraphStart: p.paragraphStart, malformed: p.malformed,
      run, estimatedRun, targetRun, lead: leadRun === null ? p.lead : `${p.lead ?? ""}${leadRun}`
    }
    const clauseFirst = p.facts.length
    for (let k = 0; k < mentions.length; k++) readFact(scope, k)
    uncodeShared(p.facts, inSentence, clauseFirst, text, mentions)
  }
  p.year = y.spanned ? y.carried : y.year
}

/** The year a clause names or implies, into the sentence's running year. */
function clauseYearInto(y: SentenceYear, p: ParagraphScope, clause: Span, clauseText: string, yearText: string, now: number | null, foreign: boolean): void {
  const ctx = p.section.context
  // 在2014-15至2018-19的五年期内, 2015-16年度: a split fiscal year is no calendar year the schema
  // can state; the clause's figures take none (its sentence only), not the document's.
  if (namesSplitFiscalYear(clauseText)) {
    y.year = null
    y.dated = true
    y.spanned = true
    return
  }
  const named = clauseYear(yearText)
  if (named) {
    y.year = named.year
    y.dated = true
    // A span's end year, or a year past the one the section plans for (到2030年), dates its own sentence only.
    y.spanned = named.span || isFuture(named.year, ctx)
    y.fromSpan = false
  }
  // 去年全国财政…超收 in a plan part: last year counted from the year the text is written in (its sentence only).
  const relative = named ? null : relativeYear(yearText, now)
  if (relative !== null) {
    y.year = relative
    y.spanned = true
  }
  // 过去一年, heading its paragraph: that year dates the sentences after it too.
  const past = named || relative !== null ? null : pastYearHeading(yearText, now, ctx.year)
  if (past !== null) {
    y.year = past
    y.dated = true
    y.spanned = false
  }
  // “十四五”时期, 六五计划, 今后五年, 五年内 in a plan part: the span's end year (its sentence only);
  // not another country's plan (而苏联的第一个五年计划).
  // A review part's mention of a plan still running (“十四五”规划…) is left to the section, unless
  // it reads what follows as the plan's (按调整后的“八五”计划，国民经济增长速度由原定…).
  const span = named || relative !== null || foreign ? null
    : spanEndYear(yearText, now, ctx.mode === "plan", () => fiveYearsEnd(p.text, p.para.start, clause.start, p.section.heading, now, p.reportPlan))
  // …but a plan that has not begun by the year the text is about (“十四五”期间 in a 2021 speech) states its targets.
  if (span && !opensAbroad(clauseText) && (!span.plan || ctx.mode === "plan" || span.governs === true || (span.year !== null && !isFuture(span.year, ctx)) || comingPlan(span.year, ctx))) {
    y.year = span.year
    y.spanned = true
    y.dated = true
    y.fromSpan = true
  } else if ((y.fromSpan || y.fromRun) && !named && THIS_YEAR.test(yearText)) {
    // “十一五”期间关停5000万千瓦小火电机组，今年要关停1000万千瓦: 今年 returns to the year of the part
    // (also in a statement the span heads: …；五年淘汰…1亿吨，今年力争分别淘汰3000万吨).
    y.year = y.carried
    y.fromSpan = false
    y.fromRun = false
  } else if (!named && relative === null && now !== null && y.dated && y.year !== null && y.year < now && yearText.includes("今年") && !yearText.includes("比今年")) {
    // 1958年…每户达四百一十五元,今年…预计每户社员可分现金六百三十五元 (a story of 1959): 今年 after a
    // year the sentence named returns to the year of writing.
    y.year = now
  } else if (!named && relative === null && now === null && ctx.year === null && y.year !== null && yearText.includes("今年")) {
    // 2022年实现地区生产总值…。今年上半年,实现… in a speech that never states its year: 今年 is the
    // year of writing, not the year an earlier sentence named, and nothing says which that is.
    y.year = null
    y.dated = false
  }
}


/** What the facts of one clause are read against (one shape for every clause). */
interface ClauseScope {
  readonly text: string
  readonly ctx: Section["context"]
  readonly para: Span
  readonly sentence: Span
  /** The sentence with its brackets blanked (maskBrackets). */
  readonly masked: string
  readonly clause: Span
  readonly clauseText: string
  readonly mentions: ReadonlyArray<QuantityMention>
  readonly subjects: Array<string> | null
  readonly year: number | null
  readonly now: number | null
  readonly foreign: boolean
  readonly dated: boolean
  /** Whether the clause's year is the end of a span it names (“十三五”时期, 今后五年). */
  readonly fromSpan: boolean
  readonly region: Region | null
  readonly facts: Array<IndicatorFact>
  readonly inSentence: Array<IndicatorFact>
  readonly paragraphStart: number
  readonly malformed: Array<Malformed>
  /** The sub-year period of the ；-run the sentence continues (leadingSubYear), or null. */
  readonly run: string | null
  /** Whether the sentence continues a ；-run opened by 预计 (opensEstimate). */
  readonly estimatedRun: boolean
  /** The target year (到2027年) heading the ；-run the sentence continues (leadingTargetYear), or null. */
  readonly targetRun: string | null
  /** The paragraph's governing lead-in (ParagraphScope.lead), and the colon lead of the ；-run the sentence continues. */
  readonly lead: string | null
}

/** The measure of the k-th number of a clause, with the sign of a change. */
function factReading(c: ClauseScope, k: number, listed: boolean, prevEnd: number): Reading {
  const { text, clause } = c
  const m = c.mentions[k]!
  const previousFact = c.inSentence[c.inSentence.length - 1]
  // 同比增长7.5%(全市11.1%): the wider area's figure of what the bracket follows, read the same way.
  if (previousFact !== undefined && bareAreaFigure(c, k)) return { measure: previousFact.measure, sign: 1 }
  // 比上年增长(按可比口径计算)2.3%: a note in brackets between the verb and its number is skipped.
  const end = noteBefore(text, m.start, Math.max(clause.start, prevEnd))
  // 分别增长7.6%、5.2%: a listed number shares the verb of the first one (its sign too, unless the
  // list writes its own signs: 0.15、-5.64、1.34个百分点).
  const read = listed && previousFact
    ? { measure: previousFact.measure, sign: (c.mentions[k - 1]!.value < 0 ? 1 : Math.sign(previousFact.value) || 1) as 1 | -1 }
    : readMeasure(
      m.unit, text.slice(Math.max(clause.start, end - 8), end).replace(STRIP_QUALIFIER, ""),
      text.slice(Math.max(prevEnd, end - MEASURE_REACH), end).replace(STRIP_QUALIFIER, "")
    )
  // 货物和服务净出口向下拉动国内生产总值0.6个百分点: a drag on growth is a negative contribution.
  if (m.unit === "个百分点" && read.sign === 1 && DRAG.test(text.slice(Math.max(clause.start, m.start - 20), m.start))) return { measure: "growth_rate", sign: -1 }
  // 比全省的6.1%快1.4个百分点: the wider area's figure a growth rate is compared with is a growth rate too.
  if (read.measure === "share" && m.unit === "%" && previousFact?.measure === "growth_rate" &&
    COMPARED_AREA_RATE.test(text.slice(Math.max(clause.start, m.start - 12), m.start))) return { measure: "growth_rate", sign: 1 }
  // 增速分别达到1.8倍、65.7%和37.3%: a percentage listed after a growth in 倍 is a growth rate too.
  if (read.measure === "share" && m.unit === "%" && k > 0 && previousFact?.measure === "growth_rate" && previousFact.unit === "倍" &&
    /^[、和及与]$/.test(text.slice(c.mentions[k - 1]!.end, m.start))) return { measure: "growth_rate", sign: 1 }
  // 保持9%以上增速: a percentage its growth noun follows is a growth rate, not a share.
  // (保持百分之八至百分之九的增长: the low end of a range reads what follows its high end.)
  const rangeEnd = m.range === "low" && c.mentions[k + 1]?.range === "high" ? c.mentions[k + 1]!.end : m.end
  if (read.measure === "share" && m.unit === "%") {
    const after = text.slice(rangeEnd, rangeEnd + 8)
    if (GROWTH_NOUN_AFTER.test(after)) return { measure: "growth_rate", sign: 1 }
    if (FALL_NOUN_AFTER.test(after)) return { measure: "growth_rate", sign: -1 }
  }
  // 提高65项任务, 增加3个站点: a number with its object after it counts things, it is not a change.
  const objectAfter = NOUN_AFTER.test(text.slice(m.end, m.end + 1)) && !NOT_NOUN_START.test(text.slice(m.end, m.end + 4))
  if (read.measure === "change" && objectAfter && !listed) return { measure: "level" as const, sign: 1 as const }
  // 性别比为110.77:100, 收入比由2.05:1下降为2.02:1: a ratio to its base (read through the base) is a ratio.
  if (m.unit === "" && m.end > m.numEnd + 1 && isRatioColon(text[m.numEnd])) return { measure: "ratio", sign: 1 }
  // 三次产业结构比为25.72:26.84:47.44: each part of a structure is a share, 比为 before the first notwithstanding.
  return m.unit === "" && isRatioPartAt(text, m.start, m.end) ? { measure: "share" as const, sign: 1 as const } : read
}

/**
 * Whether the k-th number is a later part of a colon ratio (41 in 19.8∶41∶39.2), or the first
 * part of the ratio a from–to pair moves to (17.9 in 由19.8∶41∶39.2优化为17.9∶43∶39.1): it
 * belongs to the same structure as the ratio part before it.
 */
function sameRatio(text: string, mentions: ReadonlyArray<QuantityMention>, k: number): boolean {
  const m = mentions[k]!
  const prev = k > 0 ? mentions[k - 1]! : undefined
  if (prev === undefined) return false
  // 由上年的22.26%、28.63%和49.11%调整为21.35%、…: the list a from–to pair of shares moves to.
  if (m.unit === "%" && prev.unit === "%") {
    return listedAt(text, mentions, k + 1) && listedAt(text, mentions, k - 1) && RATIO_TO.test(text.slice(prev.end, m.start))
  }
  if (m.unit !== "" || prev.unit !== "") return false
  if (continuesRatio(text, m.start)) return true
  return isRatioPartAt(text, m.start, m.end) && continuesRatio(text, prev.start) && RATIO_TO.test(text.slice(prev.end, m.start))
}

/** Whether the k-th number is listed after the one before it (、 or 和 between, the same unit). */
function listedAt(text: string, mentions: ReadonlyArray<QuantityMention>, k: number): boolean {
  const m = mentions[k]
  const prev = mentions[k - 1]
  return m !== undefined && prev !== undefined && m.unit === prev.unit && /^[、和及与]$/.test(text.slice(prev.end, m.start))
}

/**
 * The fact whose date a listed number shares: the first of its list, when that one is dated as the
 * start of a change (由上年的22.26%、28.63%和49.11%: all three are last year's).
 */
function listHead(c: ClauseScope, k: number): IndicatorFact | undefined {
  if (!listedAt(c.text, c.mentions, k)) return undefined
  let j = k
  while (j > 0 && listedAt(c.text, c.mentions, j)) j--
  const before = c.text.slice(c.sentence.start, c.mentions[j]!.start)
  if (!fromPriorYear(before) && attachedYear(before) === null && !attachedLastYear(before)) return undefined
  const head = c.inSentence[c.inSentence.length - (k - j)]
  return head !== undefined && head.span.start === c.mentions[j]!.start ? head : undefined
}

/** The subject the clause's own words give the k-th number ("" for none): before it, after it, or borrowed from a neighbour. */
function ownSubject(c: ClauseScope, k: number, left: string, prevEnd: number, nextStart: number): string {
  const { text, clause } = c
  const m = c.mentions[k]!
  const names = leadingPlaceLength
  // The low end of a range (3-5个…产业) counts what its high end counts: read the noun after that.
  const high = m.range === "low" && c.mentions[k + 1]?.range === "high" ? c.mentions[k + 1]! : null
  const end = high ? high.end : m.end
  const nounEnd = high ? c.mentions[k + 2]?.start ?? clause.end : nextStart
  const nounAfter = (NOUN_AFTER.test(text.slice(end, end + 1)) ? !NOT_NOUN_START.test(text.slice(end, end + 4)) : GRADE_FIRST.test(text.slice(end, end + 12))) && COUNT_UNIT.test(m.unit)
    ? nounRightAfter(text.slice(end, nounEnd), m.unit) : ""
  const wordsBefore = () => subjectBefore(left, names, text.slice(Math.max(clause.start, prevEnd - 8), prevEnd))
  const fallback = (found: string) => fallbackSubject(found, { text, m, clause, sentence: c.sentence, nextStart, inSentence: c.inSentence, names })
  const previous = c.inSentence[c.inSentence.length - 1]
  if (previous !== undefined && c.subjects?.[k] === undefined && sameRatio(text, c.mentions, k)) return previous.indicator
  // 社会消费品零售总额连续12个月保持增长: a streak is a count of periods of what is said after it.
  // (连续三个季度保持7%以上增速: a figure after it in the clause is what was kept; its subject stays the words before.)
  if (k + 1 === c.mentions.length && isStreak(text, clause.start, m)) {
    const streak = streakSubject(text.slice(clause.start, m.start), text.slice(m.end, nextStart), () => fallback(""))
    if (streak !== null) return streak
  }
  // 最终消费支出拉动国内生产总值增长4.3个百分点: a contribution to growth, of its driver.
  // (分别拉动经济增长3.2、1.1和-0.3个百分点: a listed number reads the words before the first.)
  const pullLeft = m.unit !== "个百分点" ? "" : left.includes("拉动") ? left
    : k > 0 && /^[、和及与]?$/.test(left) ? text.slice(clause.start, c.mentions[0]!.start) : ""
  if (pullLeft.includes("拉动")) {
    // (分别拉动…5.3、1.3和1.3个百分点 after A、B、C增加值分别增长…: the drivers listed before, one per number.)
    const n = c.mentions.length
    const drivers = n > 1 && k < n && c.inSentence.length >= n + k ? c.inSentence.slice(c.inSentence.length - k - n, c.inSentence.length - k) : null
    const own = drivers !== null && new Set(drivers.map((f) => f.indicator)).size === n && drivers.every((f) => !f.borrowed) ? drivers[k] : previous
    const pulled = pullSubject(pullLeft, k, n, own)
    if (pulled !== null) return pulled
  }
  // 是“九五”时期的4.08倍: the words before a multiple name its base; the subject is the figure compared.
  if (c.subjects?.[k] === undefined && m.unit === "倍" && MULTIPLE_BASE.test(left)) {
    return fallback("")
  }
  if (CLASSIFIER.test(m.unit) && c.subjects?.[k] === undefined) {
    const counted = countedAfterAmount(text, end, clause.end) ?? (nounAfter.length < 2 ? countedOfExamples(left, text.slice(end, nounEnd)) : null)
    if (counted !== null) return counted
  }
  const read = c.subjects?.[k] ?? (nounAfter.length >= 2 ? afterOrBefore(nounAfter, wordsBefore, left, m.unit, k + 1 < c.mentions.length) : wordsBefore())
  // 完成年度预算的100.2%: the budget a rate is taken against is not what the rate measures.
  const found = m.unit === "%" && BUDGET_WORD_ONLY.test(read) ? "" : read
  return (found.length >= 2 && !found.startsWith("占") && !GENERIC_HEADS.test(found)) || isOneCharNoun(found)
    ? found
    : (found === "" ? respectively(c, k) : null) ?? fallback(found)
}

/**
 * 县市财政总收入达到2.16亿元，其中地方一般预算收入达到1.26亿元，分别完成年度计划的113.1%和120.4%: a
 * clause of n figures with no subject, opened by 分别, takes the n figures of the sentence before it
 * one by one (not the last one for all) when those are one list: same unit and measure, n subjects
 * of their own. Null otherwise.
 */
function respectively(c: ClauseScope, k: number): string | null {
  const n = c.mentions.length
  if (n < 2) return null
  // (Cheap guard: the words before the clause's first figure say 分别.)
  const lead = c.text.slice(c.clause.start, c.mentions[0]!.start)
  if (!lead.includes("分别")) return null
  // (…比重分别为3.2%、54.6%，对地区生产总值增长的贡献率分别为1.8%、65.0%: words before 分别 name the clause's own figures.)
  if (/[\u4e00-\u9fff]/.test(lead.slice(0, lead.indexOf("分别")))) return null
  const end = c.inSentence.length - k
  if (end < n || c.mentions.some((m) => m.unit !== c.mentions[0]!.unit)) return null
  const prior = c.inSentence.slice(end - n, end)
  const first = prior[0]!
  if (prior[n - 1]!.span.end > c.clause.start) return null
  if (new Set(prior.map((f) => f.indicator)).size !== n) return null
  if (prior.some((f) => f.borrowed || f.sharedIndex !== undefined || f.unit !== first.unit || f.measure !== first.measure)) return null
  return prior[k]!.indicator
}

/**
 * 46个总投资389亿元的重点项目集中开工: a count whose noun follows the amount of each thing
 * counted is of that noun (the amount is the next number's). Null for any other count.
 */
function countedAfterAmount(text: string, end: number, clauseEnd: number): string | null {
  // (Cheap guard: the words after the count open with 总, 投, 计 or 金.)
  if (!AMOUNT_FIRST.has(text.charCodeAt(end))) return null
  const of = AMOUNT_OF.exec(text.slice(end, Math.min(clauseEnd, end + 30)))
  if (!of) return null
  const noun = subjectAfter(text.slice(end + of[0].length, clauseEnd))
  return noun.length >= 2 ? noun : null
}
const AMOUNT_FIRST = new Set([..."总投计金"].map((ch) => ch.charCodeAt(0)))
const AMOUNT_OF = /^(?:计划)?(?:总投资|投资|总金额|金额)(?:约|近|超|逾|达)?\s*\d+(?:\.\d+)?\s*(?:万|亿)?元(?:以上)?的/

/**
 * 天祝县高铁西站应急避难场、…风电项目、…天祝县重点调蓄水源工程等36个: a count after its examples
 * (…等) counts their class, never its last example: the one-character noun after it (等7个区), else
 * the head most of the examples share (项目). Null when neither is written: the words before stand.
 */
function countedOfExamples(left: string, right: string): string | null {
  if (!left.endsWith("等") || !left.includes("、")) return null
  const one = /^[\u4e00-\u9fff](?=$|[\s，,。；;、：:])/.exec(right)
  if (one) return segment(one[0])[0]?.tag === "n" ? one[0] : null
  if (/^[\u4e00-\u9fff]/.test(right)) return null
  const heads = new Map<string, number>()
  for (const item of left.slice(0, -1).split("、")) {
    const words = segment(item.slice(-12))
    const last = words[words.length - 1]
    // (The last two characters: 风电项目 and 建设项目 share 项目, whatever the dictionary's words.)
    const head = last && last.word.length >= 2 && /^n/.test(last.tag) ? last.word.slice(-2) : ""
    if (head) heads.set(head, (heads.get(head) ?? 0) + 1)
  }
  let best: string | null = null
  for (const [head, n] of heads) if (n >= 2 && (best === null || n > heads.get(best)!)) best = head
  return best
}

/** Units a streak is counted in (连续12个月, 连续5年, 连续三个季度). */
const STREAK_UNIT = /^(?:年|个月|个季度|天|周)$/
const STREAK_BEFORE = /(?:连续|持续)(?:了)?$/
/** Whether the number counts the periods of a streak (连续12个月保持增长): never a value of the indicator named before it. */
const isStreak = (text: string, clauseStart: number, m: QuantityMention) =>
  STREAK_UNIT.test(m.unit) && STREAK_BEFORE.test(text.slice(Math.max(clauseStart, m.start - 3), m.start))

/**
 * The subject of a streak: what was kept up (社会消费品零售总额连续保持增长, 污染防治攻坚战成效考核连续获评
 * “优秀”, 连续位居全省第一), the noun before 连续 and the words after the count to the clause's end.
 * Null when nothing follows the count.
 */
function streakSubject(before: string, after: string, context: () => string): string | null {
  const kept = STREAK_KEPT.exec(after.replace(/^(?:以来|来|都|均|里|内|中)/, ""))
  if (!kept) return null
  // (实现连续6年增产: with no noun of its own, the one its context gives, if short and no streak itself.)
  const word = /持续(?:了)?$/.test(before) ? "持续" : "连续"
  const own = subjectBefore(before.replace(/(?:已经|已|均|都)?(?:连续|持续)(?:了)?$/, ""), leadingPlaceLength)
  const near = own.length >= 2 ? "" : context()
  const noun = own.length >= 2 ? own : near.length <= 8 && !/连续|持续/.test(near) && !kept[0].includes(near) ? near : ""
  // (在连续四年增产的基础上, 在连续6年增产增收之后: the frame around the streak is no part of it.)
  return `${noun}${word}${kept[0].replace(STREAK_FRAME_END, "")}`
}
const STREAK_FRAME_END = /(?:的基础上|基础上|之后|以后|以来)$/
const STREAK_KEPT = /^[^，,；;。：:\d]{2,24}/

/**
 * 最终消费支出拉动国内生产总值增长4.3个百分点, 第二产业对全县地区生产总值的贡献率为70.4%，拉动GDP增长
 * 2.6个百分点: points of growth contributed by a driver. The subject names the driver and what it
 * drives (第二产业拉动GDP增长), never the growth itself (GDP); the driver is the clause's own words
 * before 拉动, else the sentence's previous figure of the same driver (its 贡献率). Null when no
 * driver is named.
 */
function pullSubject(left: string, k: number, count: number, previous: IndicatorFact | undefined): string | null {
  const m = PULLED.exec(left)
  if (!m) return null
  const own = cleanLeft(m[1]!, leadingPlaceLength).replace(/(?:的|对|共|合计|分别|依次)+$/, "")
  // 最终消费支出、资本形成总额、货物和服务净出口分别拉动…: one driver per listed number; 三次产业, 第一、二、三产业: the three sectors.
  const listed = count === 3 && THREE_SECTORS.test(own) ? SECTORS : own.includes("、") ? own.split("、") : null
  const mine = listed === null ? own : listed.length === count ? listed[k]! : ""
  // The previous figure of the sentence is the driver's own (装备制造业增长9.8%，拉动工业增长1个百分点), or its share of the growth.
  // (分别拉动GDP增长0.3、3.5和4.2个百分点: a listed number with no driver of its own shares the one before it.)
  if (previous !== undefined && k > 0 && mine === "" && previous.indicator.includes("拉动")) return previous.indicator
  const theirs = previous === undefined || previous.borrowed ? "" : contributor(previous.indicator)
  const driver = mine.length >= 2 ? mine : listed === null ? theirs : ""
  if (driver.length < 2) return null
  return `${driver}${m[2] ?? ""}拉动${m[3] ?? m[4]!}增长`
}
const DRAG = /向下拉动[^，,；;。\d]{0,16}$/
/** The three sectors named as one driver (三次产业, 第一、二、三产业, 一二三产业), each its own driver. */
const THREE_SECTORS = /(?:三次产业|第?一、?(?:第)?二、?(?:第)?三(?:次)?产业)$/
const SECTORS = ["第一产业", "第二产业", "第三产业"]
/** The words before 拉动 (the driver), 向下 (a drag), what is driven, up to the number. */
const PULLED = /([^，,；;。]*?)(?:(向下)拉动([^，,；;。\d为]{1,16}?)(?:增长|增速)?|拉动([^，,；;。\d为]{1,16}?)(?:增长|增速))(?:了)?$/
const contributor = (subject: string) => { const c = CONTRIBUTION_OF.exec(subject); return c ? (c[1] ?? c[2])! : subject }
/** 第一产业对全县地区生产总值的贡献率, 消费贡献率: the driver a contribution share is of. */
const CONTRIBUTION_OF = /^(.{2,16}?)对.+贡献率?$|^(.{2,16}?)的?贡献率$/

/** 是2000年的, 为“九五”时期的, 相当于上年的: the base a multiple is stated against. */
const MULTIPLE_BASE = /(?:^|[^\u4e00-\u9fff])(?:是|为|相当于)[^，,；;。]{1,12}的\s*$/

/**
 * 人口年末常住人口94.9万人, 国民经济全年实现地区生产总值…: a communiqué paragraph may open with its
 * topic run into the first sentence (a bold lead word in the source); the topic is no part of
 * the subject when a full noun phrase follows the time word.
 */
function withoutRunInTopic(subject: string, c: ClauseScope): string {
  if (c.clause.start !== c.para.start) return subject
  const m = RUN_IN_TOPIC.exec(subject)
  return m && subject.length - m[0].length >= 4 ? subject.slice(m[0].length) : subject
}
const RUN_IN_TOPIC = new RegExp(`^(?:${RUN_IN_TOPICS.join("|")})(?:全年|年末|年底)`)

/** The period and status of a number. */
interface FactTime {
  readonly period: string | null
  readonly status: Status
}

function factTime(c: ClauseScope, k: number, reading: Reading): FactTime {
  const { text, clause, sentence, ctx, now, year } = c
  const m = c.mentions[k]!
  const sentenceBefore = text.slice(sentence.start, m.start)
  // A figure inside a bracket takes the year the bracket names, else the sentence's;
  // a figure outside is dated by the sentence less its brackets.
  const bracket = openBracketAt(sentenceBefore)
  const ownYear = bracket === null ? null : bracketYear(sentenceBefore.slice(bracket + 1), year)
  const ownText = bracket === null ? c.masked.slice(0, m.start - sentence.start) : c.masked.slice(0, bracket) + sentenceBefore.slice(bracket)
  // A statement naming no time of its own is dated by the period heading its ；-run.
  const runPeriodText = c.run !== null && !namesOwnTime(ownText) ? `${c.run}，${ownText}` : ownText
  // (批准的年初预算为:…；政府性基金预算收入80000万元: a budget's lead dates the ；-run it governs as the year under review.)
  const periodText = c.lead !== null && BUDGET_UNDER_REVIEW.test(c.lead) ? `${c.lead}${runPeriodText}` : runPeriodText
  // 由去年的1076亿元增加到…, 由一九七八年的…, 由115家 after 是2011年的…倍: the year of the number itself.
  const lastYears = now !== null && attachedLastYear(sentenceBefore)
  const priorYear = !lastYears && year !== null && (fromPriorYear(sentenceBefore) || priorYearBase(sentenceBefore, text.slice(m.end, m.end + 8)))
  const ownAttached = attachedYear(sentenceBefore)
  const baseYear = ownAttached === null ? baseValueYear(sentenceBefore, text, m.end) : null
  const attached = ownAttached ?? baseYear
  const startsChange = isFromValue(sentenceBefore, text.slice(m.end, m.end + 8))
  const based = lastYears || priorYear || attached !== null || !startsChange
    ? undefined : fromValueYear(text.slice(c.para.start, m.start), text.slice(m.end, m.end + 8))
  // 从56.1%提高到2020年的63.9%: the year the end value is dated by is not the start's; with no
  // year of its own, and none of the paragraph's bases, the start is undatable (not the end's year).
  const endYear = based === undefined && startsChange && attached === null && !c.fromSpan ? END_YEAR_AFTER.exec(text.slice(m.end, m.end + 16)) : null
  // “十三五”时期，城镇化率从56.1%提高到63.9%: the span's end year dates the end value, not the start.
  const unstated = based === undefined && startsChange && attached === null && ownYear === null && (c.fromSpan || (endYear !== null && Number(endYear[1]) === year))
  const start = unstated ? null : based
  const factYear = lastYears ? now - 1 : priorYear ? year - 1 : attached ?? (typeof start === "number" ? start : unstated ? null : ownYear ?? year)
  // A passage its own year dates before the year of writing reports results, even in a plan part
  // (1959: 一九五八年上半年… under 四、关于国家的政治生活, which inherits plan mode).
  // 由一九八○年的7159亿元 in a sentence about 1985: the start is a past figure whatever the section plans.
  const past = (now !== null && factYear !== null && factYear < now) || (attached !== null && year !== null && attached < year)
  // A plan part does not make targets of another country's figures, nor of the level a planned
  // change starts from (国务院组成部门从40个减少到29个: 40 is today's count).
  // A budget report's figure of the year it is read out in is the budget's (１９５６年国家预算规定…),
  // unless its sentence or paragraph reports the year so far (到５月份为止…比去年同期增长６８％).
  // Read out in the year it reviews (a county's December session), that year's figures are results.
  const written = ctx.currentYear ?? null
  const budgeted = ctx.plansWrittenYear === true && written !== null && factYear === written && subYearPeriod(periodText, written) === null &&
    !YEAR_TO_DATE.test(text.slice(Math.max(c.para.start, m.start - 600), m.start))
  const planned = (ctx.mode === "plan" || budgeted) && !past && !c.foreign && !startsChange
  const pastYear = (y: number) => (now !== null ? y < now : ctx.year !== null && ctx.mode !== "plan" && y <= ctx.year)
  // 11亿元(预计数，下同): the figure the note follows is an estimate too.
  const noted = ESTIMATE_NOTE_AFTER.test(text.slice(m.end, m.end + 8))
  // A statement naming no time of its own in a target year's ；-run is a target like the run's head.
  const runText = c.targetRun !== null && !NAMES_OWN_TIME.test(ownText) ? `${c.targetRun}，${sentenceBefore}` : sentenceBefore
  const statusText = c.lead !== null ? `${c.lead}${runText}` : runText
  const cued = clauseStatus(withoutPastDeadlines(text.slice(clause.start, m.start), pastYear), withoutPastDeadlines(statusText, pastYear),
    planned || isFuture(factYear, ctx), c.estimatedRun || noted)
  // 拟定为145亿元，比一九五七年的预计数增加了22亿元: a comparison that goes on from the
  // sentence's last figure describes it, and shares its status unless it has a cue of its own.
  const previousFact = c.inSentence[c.inSentence.length - 1]
  const goesOn = k === 0 && previousFact !== undefined && CONTINUES.test(c.clauseText) && attached === null && !lastYears && !priorYear
  const carried = goesOn && cued !== "estimate" && !clauseCue(text.slice(clause.start, m.start)) ? previousFact.status : cued
  // 完成年初上报…预算收入计划552200万元的98.9%: the share of a plan done is a result, whatever 计划 says.
  const status = carried === "target" && !planned && m.unit === "%" && isCompletionRate(text.slice(clause.start, m.start)) ? "actual" : carried
  // 增速与上半年的7.3%持平: the figure compared with is of the part of the year it is named after.
  const compared = comparedSubYear(sentenceBefore, year)
  if (compared !== undefined) return { period: c.foreign && !c.dated ? null : compared, status }
  const period = c.foreign && !c.dated && attached === null ? null : lastYears || priorYear || baseYear !== null ? String(factYear) : start === undefined ? periodOf(periodText, ownYear ?? year, ctx, status) : start === null ? null : String(start)
  // 同比(154.6亿元)增长31.8%: the base is the same period a year before, a result.
  const open = text.charCodeAt(m.start - 1)
  if (period !== null && (open === 0x28 || open === 0xff08) && sameTimeBase(sentenceBefore, text.slice(m.end, m.end + 8))) return { period: String(Number(period.slice(0, 4)) - 1) + period.slice(4), status: "actual" }
  // 增速比2017年(10.7%)提高1.9个百分点: the base year's own figure.
  const bracketBase = period !== null && (open === 0x28 || open === 0xff08) ? bracketBaseYear(sentenceBefore, text.slice(m.end, m.end + 8), year) : null
  if (bracketBase !== null) return { period: String(bracketBase), status: "actual" }
  return { period, status }
}

/**
 * The subject a number with none of its own takes from its paragraph: the paragraph's last one,
 * unless a sentence with no figure stands between them (…共减少了10.9万人。二是贫困地区农民人均纯收入逐年增加。
 * 由2005年底的1300元增加到…): that lead names what the figures after it measure.
 */
function paragraphSubject(c: ClauseScope): string {
  const last = c.facts[c.facts.length - 1]!
  const lead = leadSentence(c.text, last.span.end, c.sentence.start)
  const named = lead === "" ? "" : subjectBefore(lead, leadingPlaceLength)
  return named.length >= 2 ? named : last.indicator
}

/**
 * The last whole sentence of text[from, to) when it is a short lead that says which way a thing
 * moved (…逐年增加, …大幅减少), with no figure and no comma, else "" (这还要尽很大的努力 leads nothing).
 */
function leadSentence(text: string, from: number, to: number): string {
  if (to - from < 6) return ""
  // (A lead is short: the 40 characters before the sentence hold it and the stop before it.)
  const gap = text.slice(Math.max(from, to - 40), to)
  const end = gap.replace(/[\s。！？!?]+$/, "")
  const stop = Math.max(end.lastIndexOf("。"), end.lastIndexOf("！"), end.lastIndexOf("？"))
  if (stop === -1) return ""
  const lead = end.slice(stop + 1).trim()
  return lead.length >= 4 && lead.length <= 30 && LEAD_MOVES.test(lead) && !LEAD_NOT.test(lead) ? lead : ""
}
const LEAD_NOT = /[0-9０-９,，;；:：、]/
const LEAD_MOVES = /(?:增加|增长|提高|上升|扩大|减少|下降|降低|缩小|回升|回落)$/

/** The fact (or facts, for 均/各 over listed subjects) of the k-th number of a clause. */
function readFact(c: ClauseScope, k: number): void {
  const { text, clause, sentence, mentions, facts, inSentence } = c
  const names = leadingPlaceLength
  const m = mentions[k]!
  const prevEnd = k > 0 ? mentions[k - 1]!.end : clause.start
  const leftRaw = text.slice(prevEnd, m.start)
  const left = leftRaw.replace(STRIP_QUALIFIER, "")
  // 分别下降29.4%20.8%: numbers run together in the source are a list too.
  // The high end of a range (增长6%-6.5%) shares the verb of its low end.
  const rangeHigh = k > 0 && m.range === "high" && mentions[k - 1]!.range === "low"
  const listed = rangeHigh || (k > 0 && /^[、和及与]?$/.test(leftRaw) && mentions[k - 1]!.unit === m.unit && mentions[k - 1]!.range === null)
  const nextStart = k + 1 < mentions.length ? mentions[k + 1]!.start : clause.end
  // 占年初预算10065万元的43.2%: the budget a rate is taken of is a fact of its own (a target).
  const budgetWord = budgetBaseWord(leftRaw, text.slice(m.end, m.end + 4), m.unit)
  // 约占全市16个区的60%: a count in the base a share is taken of describes the base, it is not a fact.
  if (budgetWord === null && leftRaw.includes("占") && SHARE_BASE_BEFORE.test(leftRaw) && SHARE_BASE_AFTER.test(text.slice(m.end, m.end + 12))) return
  // 松山滩10万千瓦风电项目: a capacity in a project's name is the project's, not a fact.
  if (CAPACITY_UNIT.test(m.unit) && capacityInName(leftRaw, text.slice(m.end, Math.min(nextStart, m.end + 24)), text.slice(m.end, Math.min(clause.end, m.end + 100)))) return
  // 占地9平方公里的新能源装备产业园: the area of the project named after it is the project's (area_km2), not a fact of the place.
  if (AREA_UNIT.test(m.unit) && leftRaw.endsWith("占地") && NAMED_AFTER_AREA.test(text.slice(m.end, Math.min(clause.end, m.end + 40)))) return
  // 24小时城市书房, 24小时自助图书馆: round-the-clock service names a kind of facility, it measures nothing.
  if (m.value === 24 && m.unit === "小时" && ROUND_THE_CLOCK.test(text.slice(m.end, m.end + 2))) return
  // 国家统计局10位司局长独家解读: the officials who speak to the data are no statistic of it.
  if (m.unit === "位" && SPEAKERS.test(text.slice(m.end, m.end + 16))) return
  // A bound before the noun of a counted class (签约50亿元以上先进制造业项目9个, 亿元以上项目152个) picks
  // out the class the count is of: no fact. (A bound before 的 stays a fact, uncoded: the gold keeps
  // 收入10万元以上的村实现全覆盖, and the figure after it, …的村占65%, takes its subject from it.)
  if ((m.qualifier !== null || text.charCodeAt(m.end) === YI) && thresholdOfClass(text, m)) return
  const reading = factReading(c, k, listed, prevEnd)
  const bare = bareAreaFigure(c, k) ? c.inSentence[c.inSentence.length - 1] : undefined
  const read = bare !== undefined ? bare.indicator : withoutRunInTopic(ownSubject(c, k, left, prevEnd, nextStart), c)
  const amount = budgetWord !== null || k > 0 ? amountBefore(c.inSentence, budgetWord === null ? mentions[k - 1] : undefined) : null
  // 收入31751万元，完成预算数31220万元的101.7%: the budget is the amount's (县级…收入预算数), and so is the rate after it.
  const own = amount !== null ? (budgetWord !== null ? amount + budgetWord : amount)
    : BARE_HEADS.has(read) ? withStemOf(read, c.inSentence.length > 0 ? c.inSentence : afterSemicolon(c) ? facts.slice(c.paragraphStart) : c.inSentence)
      : withGroupHead(read, m, reading.measure, c)
  // 交界断面水质考核奖励镇街10万元。2019年励200万: the paragraph's last subject before none
  // names the row, but a subject from another sentence is too unsure to code.
  const subject = own || (facts.length > c.paragraphStart ? paragraphSubject(c) : "")
  if (subject.length < 1) return
  // 由2016年的42.5∶2.8∶54.7: a later part of a ratio is dated like its first part.
  const ratioPart = continuesRatio(text, m.start) && m.unit === "" ? inSentence[inSentence.length - 1] : listHead(c, k)
  const { period, status } = budgetWord !== null ? budgetTime(c, k) : ratioPart !== undefined && ratioPart.span.end < m.start ? ratioPart : factTime(c, k, reading)
  const unit = findUnit(m.unit)
  // A value above what its unit can plausibly hold was misread: say so rather than publish it.
  if (unit && Math.abs(m.value) > unit.plausibleMax) {
    c.malformed.push({ span: { start: m.start, end: m.end }, reason: `implausible value ${m.value}${m.unit} (above ${unit.plausibleMax})` })
    return
  }
  // 6600多万纳税人: a bare magnitude takes the base unit of the noun it counts, if any.
  const baseUnit = unit?.base ?? (unit ? nounBase(text.slice(m.end, m.end + 10)) : null)
  const value = reading.sign * m.value
  // 收入10万元以上的村: a number before 的 is a threshold that qualifies a noun, not a value of the subject.
  const threshold = /^(以上|以下|以内)?的/.test(text.slice(m.end, m.end + 3))
  const uncodable = threshold || !own || isStreak(text, clause.start, m) || !codable(subject, text.slice(clause.start, m.start), text.slice(sentence.start, m.start))
  const byName = uncodable ? null : indicatorEntry(subject, m.unit, reading.measure, text.slice(Math.max(sentence.start, m.start - 120), m.start))
  const byFrame = uncodable || byName !== null ? null : growthFrameEntry(text.slice(clause.start, m.start), m.unit, reading.measure)
  const named = byName ?? byFrame
  // (经济预期增长目标为14%, 经济增长预期目标为7%: a target set for the economy's growth, coded by the growth
  // frame, is of 经济增长, not of 经济; 全区经济增长7% states the economy grew, and its subject stays 经济.)
  const grows = byFrame !== null && subject === "经济" && GROWTH_TARGET_FRAME.test(text.slice(clause.start, m.start))
  const entry = named !== null && !PER_SET_ENTRIES.has(named.code) && partOfCoded(named.code, value, reading.measure, period, m.start, c) ? null : named
  // (全省增长9.5%) in a county's release: a bracket that opens with a whole-place word (全省,
  // 全国, 全疆) is about that place. Not any name: (其中城区…) is a part, and 城区 a county's name too.
  const sentenceBefore = text.slice(sentence.start, m.start)
  // (Most sentences hold no bracket: the backward scan is skipped for them.)
  const bracket = c.foreign || !(sentenceBefore.includes("(") || sentenceBefore.includes("（")) ? null : openBracketAt(sentenceBefore)
  const inBracket = bracket === null ? "" : text.slice(sentence.start + bracket + 1, m.start)
  const bracketRegion = WHOLE_PLACE_OPENING.test(inBracket) ? clausePlace(inBracket, c.ctx.region, text) : null
  const region = bracketRegion ?? comparedRegion(text.slice(Math.max(clause.start, m.start - 12), m.start), c.region) ?? c.region
  // A yuan figure placed in Hong Kong or Macao is in its own dollar, unless the sentence speaks of the
  // nation (国家/全国/内地…134万亿元), where which money is meant cannot be told: no base then.
  const moneyBase = baseUnit !== "CNY" ? baseUnit : yuanBaseIn(region, text.slice(Math.max(0, m.start - 4), m.end + 4), sentenceBefore, text)
  const fact: IndicatorFact = indicatorFact({
    region,
    measure: reading.measure,
    value,
    unit: m.unit,
    valueBase: unit && moneyBase ? scale(value, unit.factor) : null,
    baseUnit: moneyBase,
    period,
    status,
    qualifier: m.qualifier ?? (k === 0 ? farQualifier(text.slice(clause.start, m.start)) : listedCap(c, k)),
    span: { start: m.start, end: m.end },
    clause,
    borrowed: own ? undefined : true
  }, grows ? "经济增长" : subject, entry?.code ?? null, entry?.name ?? null, undefined)
  // 旅游人次和收入均增长16%, 续建、储备道路各超100公里: one number stated of each listed subject.
  const each = mentions.length === 1 ? eachSubject(text.slice(clause.start, m.start), names) : []
  if (each.length === 0) {
    inSentence.push(fact)
    facts.push(fact)
  }
  if (budgetWord !== null && amount !== null) BUDGET_BASES.set(fact, amount)
  for (let n = 0; n < each.length; n++) {
    const one = each[n]!
    const code = indicatorEntry(one, m.unit, reading.measure)
    const f = indicatorFact(fact, one, code?.code ?? null, code?.name ?? null, n > 0 ? n : undefined)
    inSentence.push(f)
    facts.push(f)
  }
}

/**
 * 农林牧渔业总产值169.7亿元…,其中,农业产值91.9亿元; 执业(助理)医师2089人。其中,执业医师1390人: a
 * part (after 其中) of the same period, named by an alias of the entry its whole was coded with, is
 * not that entry.
 */
function partOfCoded(code: string, value: number, measure: Measure, period: string | null, at: number, c: ClauseScope): boolean {
  const { facts, text } = c
  for (let j = facts.length - 1; j >= Math.max(c.paragraphStart, facts.length - 8); j--) {
    const f = facts[j]!
    if (f.indicatorCode !== code || f.measure !== measure || f.value === value || f.span.end > at) continue
    // (…五年合计…,其中一九八五年为…: a part of the time, not of the thing, keeps its code.)
    if (f.period !== period) return false
    if (at - f.span.end >= 300) return false
    const between = text.slice(f.span.end, at)
    const of = between.lastIndexOf("其中")
    return of !== -1 && !YEAR_PART.test(between.slice(of + 2))
  }
  return false
}
/** 其中一九八五年为…, 其中2023年: a year after 其中 makes the part a part of the time. */
const YEAR_PART = /^[，,:：\s]*(?:[0-9０-９一二三四五六七八九〇○零]{4}年|今年|去年|当年)/

/** A bound (以上, 以下, 以内) in or right after a mention, then a counted noun: a threshold of a class. */
function thresholdOfClass(text: string, m: QuantityMention): boolean {
  const after = text.slice(m.end, m.end + 16)
  const bound = BOUND_END.test(text.slice(Math.max(m.start, m.end - 2), m.end))
  if (!bound && !BOUND_START.test(after)) return false
  return COUNTED_CLASS.test(bound ? after : after.slice(2))
}
/** Officials and guests counted before they speak, answer or attend (10位司局长为你解读, 5位负责人出席). */
const SPEAKERS = /^(?:司局长|局长|部长|厅长|负责人|发言人|嘉宾|主任|处长)[^，,。；;]{0,6}?(?:解读|详解|介绍|谈|答|出席|发布|回应)/
const YI = 0x4ee5 /* 以 */
const BOUND_END = /(?:以上|以下|以内)$/
const BOUND_START = /^(?:以上|以下|以内)/
const COUNTED_CLASS = /^[\u4e00-\u9fff]{0,10}?(?:项目|企业|工程|村|社区|平台)[0-9]+(?:个|家|项|户|座|所)/

const AREA_UNIT = /^(?:平方公里|平方千米|平方米|亩|公顷)$/
/** After an area, the work it is the area of: 的 and a name ending in a head of projects and zones. */
const NAMED_AFTER_AREA = /^(?:左右)?的[^，,。；;、]{2,30}?(?:项目|工程|产业园|园区|片区|小镇|城|基地|中心)/
/** A noun right after 24小时 (城市书房, 自助图书馆, 营业): not a bound of time (以内, 左右, 之内, 内, 后, 前). */
const ROUND_THE_CLOCK = /^[\u4e00-\u9fff](?<![以左之内后前的])/

/** Budget base figures of the text read so far and the subject of the amount each is the budget of (weak: dropped with the facts). */
const BUDGET_BASES = new WeakMap<IndicatorFact, string>()

/**
 * The amount's subject a budget base figure belongs to: the sentence's previous fact (for a base
 * itself, the amount it was the budget of). For the rate after a base (`rateOf` its mention), the
 * base's amount; null when the previous fact is no base.
 */
function amountBefore(inSentence: ReadonlyArray<IndicatorFact>, rateOf: QuantityMention | undefined): string | null {
  const previous = inSentence[inSentence.length - 1]
  if (previous === undefined) return null
  const base = BUDGET_BASES.get(previous)
  if (rateOf !== undefined) return base !== undefined && previous.span.start === rateOf.start ? base : null
  if (base !== undefined) return base
  if (previous.measure === "level") return previous.borrowed ? null : previous.indicator
  const before = inSentence[inSentence.length - 2]
  // 投资68585万元,同比增长44.7%,占年度计划15.3亿元的44.8%: the amount's own rate of change stands between it and its base.
  if (rateOf === undefined && (previous.measure === "growth_rate" || previous.measure === "change") && before !== undefined &&
    before.measure === "level" && !before.borrowed && before.indicator === previous.indicator) return before.indicator
  // …完成年初预算X万元的98.9%,完成调整预算Y万元的99.3%: a second base after the rate of the first is the same amount's.
  return previous.measure === "share" && before !== undefined && before.span.end < previous.span.start ? BUDGET_BASES.get(before) ?? null : null
}

/** A budget base figure is the budget of the year reviewed (not of the year the report is read out in, nor a part of the year). */
function budgetTime(c: ClauseScope, k: number): FactTime {
  const before = c.text.slice(c.sentence.start, c.mentions[k]!.start)
  const year = attachedYear(before) ?? c.year
  return { period: year === null ? null : String(year), status: "target" }
}

/** 占全市16个区的60%: the words between 占 and a count, and between the count and the share's 的 and number. */
const SHARE_BASE_BEFORE = /占[^，,；;。\d%]{0,8}$/
const SHARE_BASE_AFTER = /^[^，,；;。\d%]{0,8}的\s*\d/

/** A bare head (产量) with the thing the sentence's previous figure is of (蔬菜播种面积 → 蔬菜产量); the head alone without one. */
function withStemOf(head: string, inSentence: ReadonlyArray<IndicatorFact>): string {
  const previous = inSentence[inSentence.length - 1]
  if (previous === undefined || previous.indicator === head || BARE_HEADS.has(previous.indicator)) return head
  const s = previous.indicator
  const own = STEM_HEADS.find((h) => s.length > h.length && s.endsWith(h))
  // 果用瓜1107公顷，增长1.9%，产量28408吨: a crop named by its area alone is the thing itself. Any
  // other subject without such a head (新培育龙头企业15家，产值…) is too loose a stem: the head stays bare.
  const stem = own ? s.slice(0, -own.length) : inSentence.some((f) => f.indicator === s && CROP_AREA_UNIT.test(f.unit)) ? s : ""
  return stem.length >= 1 && stem.length <= 12 && !/[占比率]/.test(stem) ? stem + head : head
}

const CROP_AREA_UNIT = /^(?:万|千)?(?:亩|公顷)$/

/** Whether the sentence continues a statement that ended in ；(完成总产值…;完成增加值…): its figures go on from that one's. */
function afterSemicolon(c: ClauseScope): boolean {
  let at = c.sentence.start - 1
  while (at > c.para.start && /\s/.test(c.text[at]!)) at--
  return at >= c.para.start && (c.text[at] === "；" || c.text[at] === ";")
}

/**
 * 国有控股企业增加值增长3.3%;股份制企业增长4.8%, 采矿业利润15574亿元…;制造业64150亿元: in a
 * breakdown by groups (企业, 业), a bare group takes the measure the group before it named in the same
 * statement run, in the same unit and measure (the group alone would be a count of firms).
 */
function withGroupHead(subject: string, m: QuantityMention, measure: Measure, c: ClauseScope): string {
  // (Cheap guard: only a group name ending in 业 (企业, 制造业) is read further.)
  if (subject.charCodeAt(subject.length - 1) !== 0x4e1a || subject.length < 2) return subject
  const { facts, text } = c
  for (let j = facts.length - 1; j >= Math.max(c.paragraphStart, facts.length - 6); j--) {
    const f = facts[j]!
    if (f.span.end > m.start || text.slice(f.span.end, m.start).includes("。")) break
    if (f.unit !== m.unit || f.measure !== measure || f.borrowed) continue
    const h = GROUP_HEAD.exec(f.indicator)
    return h !== null && h[1] !== subject && !subject.includes(h[1]!) ? subject + h[2] : subject
  }
  return subject
}
const GROUP_HEAD = /^(.{2,}业)(增加值|利润总额|利润|总产值|产值|营业收入|主营业务收入|营收|出口交货值)$/

/** Where the words before a number end when a bracketed note (at most 20 characters) closes right before it; else `at`. */
function noteBefore(text: string, at: number, from: number): number {
  const close = text.charCodeAt(at - 1)
  if (close !== 0x29 && close !== 0xff09) return at
  const open = close === 0x29 ? "(" : "（"
  const i = text.lastIndexOf(open, at - 2)
  return i >= from && at - i <= 22 ? i : at
}

/**
 * 同比增长7.5%(全市11.1%), 增长6.4%（全省平均6.6%）: a number alone in a bracket after a whole-place
 * word, right after the sentence's previous figure in the same unit, is that area's figure of it.
 */
function bareAreaFigure(c: ClauseScope, k: number): boolean {
  const m = c.mentions[k]!
  const at = m.start - 1
  // (Cheap guard first: the character before the number closes a whole-place word or its 平均.)
  if (at < 2 || !AREA_LAST.has(c.text.charCodeAt(at))) return false
  const previous = c.inSentence[c.inSentence.length - 1]
  if (previous === undefined || previous.unit !== m.unit) return false
  const before = c.text.slice(Math.max(previous.span.end, m.start - 8), m.start)
  return BARE_AREA_BRACKET.test(before) && /^\s*[)）]/.test(c.text.slice(m.end, m.end + 2))
}
const BARE_AREA_BRACKET = /^\s*[(（](?:全|本|我)[国省市区县州盟旗疆](?:平均(?:水平)?)?(?:为)?$/
const AREA_LAST = new Set([..."国省市区县州盟旗疆均平为"].map((ch) => ch.charCodeAt(0)))

/** A stretch opening with a word for a whole place: 全省, 全国, 本市, 全疆. */
const WHOLE_PLACE_OPENING = /^\s*(?:全|本|我)[国省市区县州盟旗疆]/
const THIS_YEAR = /今年|本年|年内/
/** The year so far: 到５月份为止, 今年以来, 比去年同期, 1—5月. */
const YEAR_TO_DATE = /(?:到|至|截至|截止到?)\s*[0-9０-９一二三四五六七八九十]{1,2}\s*月份?(?:底|末)?(?:为止|止)|(?:今年|本年)以来|同期|[0-9０-９一二三四五六七八九十]{1,2}\s*[-—–~至到]\s*[0-9０-９一二三四五六七八九十]{1,2}\s*月|[上下]半年|第?[一二三四1-4]季度/

/** How far back a rate noun may stand from its number (增长速度由原定平均每年6%); readMeasure's patterns admit no number between. */
const MEASURE_REACH = 16

/**
 * 大约损失工业总产值一千亿元: 大约 before the verb governs the clause's first number, when no other
 * numeral stands between.
 */
const FAR_APPROX = /(?:大约|大概)[^\d０-９零〇一二三四五六七八九十百千万亿两半，,、]{1,12}$/
const farQualifier = (clauseBefore: string): Qualifier | null => (FAR_APPROX.test(clauseBefore) ? "approx" : null)

/** 问:, 记者问:, 有记者问,: a paragraph that is a question. */
const QUESTION_OPENING = /^\s*(?:问|提问|有?记者(?:提)?问)\s*[:：,，]/
/** A transcript's speaker line (中央电视台记者:, 盛来运:, 李晓超 (国家统计局新闻发言人) :): true for a journalist, false for another speaker, null for no speaker line. */
function speakerLine(line: string): boolean | null {
  const last = line.charCodeAt(line.length - 1)
  if ((last !== 0x3a && last !== 0xff1a) || line.length > 40 || /[。，,；;？?！!]/.test(line)) return null
  return /记者\s*[:：]$/.test(line.trim())
}

/**
 * 计划到2027年建成5G基站1万个。届时，全市数字经济规模将达到800亿元; …将于2026年建成投用，届时可新增就业岗位
 * 5000个: 届时 is the time named last before it, in its sentence or the one before, and the figures after it
 * are that time's, as after the deadline itself. Returns the deadline's words (到2027年), or null.
 * (readSentence heads no run with a year not ahead of the text.)
 */
function thenDeadline(text: string, sentence: Span, before: Span | undefined, cue: number): string | null {
  if (cue === -1) return null
  const head = text.slice(sentence.start, cue)
  const years = [...(/\d/.test(head) || before === undefined ? head : text.slice(before.start, before.end)).matchAll(NAMED_YEAR)]
  return years.length === 0 ? null : `到${years[years.length - 1]![1]}年`
}
const NAMED_YEAR = /((?:19|20)\d{2})\s?年/g

/**
 * What a sentence governed for the sentence after it: the sub-year period heading it (its opening,
 * its ；-run's or its event's), its opening (whether it opened an estimate is read only when a
 * sentence continues it: most do not) and whether it was itself the part of an estimate.
 */
interface Governed {
  readonly period: string | null
  readonly opening: string
  readonly part: boolean
}
const UNGOVERNED: Governed = { period: null, opening: "", part: false }

/** What a sentence continuing another takes over from it: the other's period and whether it is an estimate. */
interface Continued {
  readonly period: string | null
  readonly estimate: boolean
}
const NOT_CONTINUED: Continued = { period: null, estimate: false }

/**
 * What a sentence takes over from the one before: a sentence breaking it into parts (其中…) keeps
 * its period (全年 for an estimate of the whole year), and its estimate when 其中 stands apart
 * (其中,夏粮面积…); one about the same event (本次集中开工项目共45个, 此次共有98个项目) keeps its
 * period, or takes the last batch's the text named.
 */
function continuedFrom(before: Governed, opening: string, batch: string | null): Continued {
  // (Cheap guard: the opening's first character after spaces is 其, 本, 此 or 这.)
  let o = opening.charCodeAt(0) <= 0x20 || opening.charCodeAt(0) === 0x3000 ? opening.trimStart() : opening
  const first = o.charCodeAt(0)
  if (first !== 0x5176 && first !== 0x672c && first !== 0x6b64 && first !== 0x8fd9 && first !== 0x96c6) {
    // 房县本次集中开工项目12个: the batch's place before 本次 (guarded: only where 次, 批 or 集中 follows).
    if (batch === null || (!o.includes("次") && !o.includes("批") && !o.includes("集中"))) return NOT_CONTINUED
    const place = leadingPlaceLength(o)
    if (place === 0) return NOT_CONTINUED
    o = o.slice(place)
  }
  if (o.startsWith("其中")) {
    const estimate = before.part || (before.opening !== "" && opensEstimate(before.opening))
    const wholeYear = !before.part && estimate && WHOLE_YEAR_OPENING.test(before.opening) ? "全年" : null
    return { period: before.period ?? wholeYear, estimate: estimate && PART_OF.test(o) }
  }
  // (Only a sentence about projects: 本次普查 is another event.)
  const period = before.period ?? batch
  return period !== null && SAME_EVENT.test(o) && BATCH_WORDS.test(o) ? { period, estimate: false } : NOT_CONTINUED
}
const BATCH_WORDS = /项目|开工|签约|竣工|投产/
/** A sentence that breaks the one before into its parts (其中,夏粮面积…). */
const PART_OF = /^其中\s*[，,:：]/
/** 本次集中开工项目…, 此次共有98个项目…: the event the sentence before named (its opening's first 24 characters). */
// (集中开工项目共45个 after the sentence naming 第二季度…集中开工: the batch's own words.)
const SAME_EVENT = /^(?:本次|此次|这次|本批|此批|集中(?:开工|签约|竣工|投产|开业))/
/** 预计全年…: an estimate for the whole year. */
const WHOLE_YEAR_OPENING = /^[^，,；;。]{0,12}全年/

/**
 * 2023年第二季度重大重点项目集中开工仪式, 一季度项目集中签约: the part of the year that names a batch of
 * projects started or signed together; null when the sentence names none. (Guarded by 集中: most sentences name no batch.)
 */
function eventPeriod(text: string, sentence: Span, cue: number): string | null {
  if (cue === -1) return null
  const m = BATCH_EVENT.exec(text.slice(Math.max(sentence.start, cue - 24), Math.min(sentence.end, cue + 4)))
  return m ? m[1]! : null
}

/**
 * The next place of a cue word in a text, for spans asked in order: each lookup moves forward, so
 * the text is searched once in all (a search per sentence would run to the text's end when the cue
 * is rare).
 */
class NextCue {
  private at: number
  constructor(private readonly text: string, private readonly cue: string) {
    this.at = text.indexOf(cue)
  }
  /** Where the cue first stands inside the span, or -1. */
  within(span: Span): number {
    if (this.at !== -1 && this.at < span.start) this.at = this.text.indexOf(this.cue, span.start)
    return this.at !== -1 && this.at + this.cue.length <= span.end ? this.at : -1
  }
}
const BATCH_EVENT = /(第?[一二三四1-4]季度|[上下]半年)[^，,；;。\d]{0,10}?集中(?:开工|签约|竣工|投产|开业)/

/** A clause that states how much of a plan or budget was done: 完成…的. */
// (…累计完成投资629.0亿元,占年度投资计划的97.2%: the share of the plan reached is one too.)
// (占年度计划15.3亿元的44.8%: the plan's own figure may stand before the 的.)
const COMPLETION_RATE = /^(?:完成[^，,；;。]{0,40}|占[^，,；;。]{0,20}(?:计划|预算|目标任务)(?:[\d.]+(?:万亿|亿|万)?元)?)的$/
/** 完成年初预算36.7%, 占原计划百分之一○八点二: 的 left out after the plan or budget named. */
const PLAN_SHARE_RATE = /^(?:完成|占)[^，,；;。]{0,20}(?:计划|预算)$/
/** 仅完成原计划的百分之九四: an adverb before the verb. */
const COMPLETION_ADVERB = /^[\s，,]*(?:仅|只|才|已|共|均|都|也|分别|超额|基本)?/
const isCompletionRate = (clauseBefore: string): boolean => {
  const rest = clauseBefore.replace(COMPLETION_ADVERB, "")
  return COMPLETION_RATE.test(rest) || PLAN_SHARE_RATE.test(rest)
}

/** 提高到2020年的63.9%: the year written before the end value of a from–to pair, right after its start value. */
const END_YEAR_AFTER = /^[^，,。；;\d]{0,6}?(?:到|至|为)\s*((?:19|20)\d{2})\s*年(?:底|末)?的/

/** A clause that compares the figure before it: 比上年增加…, 增长…. */
const CONTINUES = /^\s*(?:比|较|同比|增长|增加|下降|减少|提高|降低)/

/** 均/各 before the number (after an optional verb): the clause states one value of each listed subject. */
const EACH = /(均|各)(为|是|达到|达|增长|下降|提高|降低|超过|超|突破|在|实现|有)?$/

/** The subjects of a 均/各 clause when its subject is a list (旅游人次和收入), else none. */
function eachSubject(left: string, names: PlacePrefix): Array<string> {
  const l = left.replace(STRIP_QUALIFIER, "")
  const each = EACH.exec(l)
  if (!each) return []
  const subject = subjectBefore(l.slice(0, each.index).replace(/(增长|下降|提高|降低)$/, ""), names)
  for (let n = 2; n <= 6; n++) {
    const parts = splitEnumeration(subject, n)
    if (parts) return shareAcross(parts)
  }
  return []
}

/**
 * A list under one 均/各 shares words its members leave out: 旅游人次和收入 → 旅游人次,
 * 旅游收入 (a bare head borrows the first member's modifier); 新开工、续建、储备道路 →
 * 新开工道路, 续建道路, 储备道路 (a bare verb borrows the last member's noun).
 */
function shareAcross(parts: ReadonlyArray<string>): Array<string> {
  // The modifier is the first member less its own head, a shared head (旅游人次 is one dictionary word) or its last word.
  const head = [...SHARED_HEADS].find((h) => parts[0]!.length > h.length + 1 && parts[0]!.endsWith(h))
  const first = segment(parts[0]!)
  const modifier = head ? parts[0]!.slice(0, -head.length) : first.length >= 2 ? parts[0]!.slice(0, first[first.length - 1]!.start) : ""
  const last = segment(parts[parts.length - 1]!)
  const noun = last.length >= 2 && LISTED_VERBS.has(last[0]!.word) ? parts[parts.length - 1]!.slice(last[1]!.start) : ""
  return parts.map((p, i) =>
    i > 0 && modifier && SHARED_HEADS.has(p) ? modifier + p
      : i < parts.length - 1 && noun && LISTED_VERBS.has(p) ? p + noun
        : p)
}

const previousSubject = (facts: ReadonlyArray<IndicatorFact>) => facts[facts.length - 1]?.indicator

/** True when the number opens its clause and its noun follows (54个项目开工建设). */
function startsNumberFirst(text: string, m: QuantityMention, clause: Span): boolean {
  const left = text.slice(clause.start, m.start).replace(/^[\s,，、]+/, "")
  return left.length <= 2 && /^[\u4e00-\u9fff]/.test(text.slice(m.end, m.end + 1)) && !/^[,，。;；、]/.test(text.slice(m.end, m.end + 1))
}

/**
 * 高新技术企业、科技型企业分别达到490家、2250家: when a clause with 分别 (or a list of
 * numbers after one verb) has as many listed subjects as numbers, pair them in order;
 * when its subjects were named by the previous numbers of the sentence, reuse those.
 */
function enumeratedSubjects(
  text: string, clause: Span, mentions: ReadonlyArray<QuantityMention>, inSentence: ReadonlyArray<IndicatorFact>,
  names: PlacePrefix
): Array<string> | null {
  if (mentions.length < 2) return null
  // 城乡居民人均可支配收入分别从44026元、21235元提高到63481元、32428元: two lists, from and to, of the
  // same subjects; the subjects of the first pair again for the second.
  if (mentions.length === 4 && FROM_TO_PAIRS.test(text.slice(mentions[1]!.end, mentions[2]!.start))) {
    const pair = enumeratedSubjects(text, clause, mentions.slice(0, 2), inSentence, names)
    return pair && /分别[从由]\s*$/.test(text.slice(clause.start, mentions[0]!.start)) ? [...pair, ...pair] : null
  }
  const first = mentions[0]!
  const between = mentions.slice(1).every((m, k) => /^[、,，和及与]?$/.test(text.slice(mentions[k]!.end, m.start)))
  if (!between) return null
  const left = text.slice(clause.start, first.start)
  // 分别比全省快10.6个百分点和5个百分点: a comparison names no subject; the sentence's do.
  const subject = COMPARISON_ONLY.test(left) ? "" : subjectBefore(left.replace(STRIP_QUALIFIER, ""), names)
  // …农村居民人均纯收入5153元，实际增长9.8%和8.5%: a verb and its numbers, the subjects before.
  const listed = /分别|均|各/.test(left) || /、/.test(left)
  if (!listed && subject !== "") return null
  // 0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为…: one age band per number.
  const bands = left.includes("岁") ? ageBands(left, mentions.length) : null
  if (bands) return bands
  // 三次产业对经济增长的拉动贡献分别为0.15、-5.64、1.34个百分点: one sector per number, in order.
  const sectors = mentions.length === 3 && left.includes("三次产业") ? threeSectors(left) : null
  if (sectors) return sectors
  // 城乡居民人均可支配收入分别达到18687元、5634元: the urban figure, then the rural one.
  const pair = mentions.length === 2 && /分别|各/.test(left) ? urbanRuralPair(subject) : null
  if (pair) return pair
  const split = subject ? splitEnumeration(subject, mentions.length) : null
  const long = subject && (split === null || subject.length >= 12) ? longEnumeration(left, mentions.length, names) : null
  // 信息传输软件和信息技术服务业、租赁和商务服务业增加值: a subject read from its last characters may
  // have lost the head of its first item; the whole list before 分别 has it.
  const parts = split !== null && long !== null && cutFrom(long[0]!, subject.split("、")[0]!)
    ? splitEnumeration(long.join("、"), mentions.length) ?? long : split ?? long
  if (parts) return parts
  // 食品烟酒类、…、交通和通信类、教育文化和娱乐类分别上涨2.4%、…: the noun phrase before 分别 may be
  // longer than a subject is read, and hold 和 inside its items; its 、-items, one per number.
  const items = /分别/.test(left) ? listedItems(left.slice(0, left.lastIndexOf("分别")), mentions.length) : null
  if (items) return items
  // 汽车制造业、电气机械和器材制造业、通用设备制造业增长较快,产值同比分别增长21.3%、37.5%、22.7%: the
  // items named in the clause before, each with the head this clause names (if any).
  const before = /分别/.test(left) && (subject === "" || SHARED_HEADS.has(subject)) ? itemsBefore(text, clause.start, mentions.length) : null
  if (before) return before.map((item) => item + subject)
  if (subject === "" && inSentence.length >= mentions.length) {
    return inSentence.slice(-mentions.length).map((f) => f.indicator)
  }
  return null
}

/** The n 、-listed items that open the clause before `at` in its sentence (…A、B、C增长较快,), or null. */
function itemsBefore(text: string, at: number, n: number): Array<string> | null {
  const head = text.slice(Math.max(0, at - 80), at).replace(/[,，]\s*$/, "")
  const open = Math.max(head.lastIndexOf("，"), head.lastIndexOf(","), head.lastIndexOf("。"), head.lastIndexOf("；"), head.lastIndexOf(";"), head.lastIndexOf("\n"), head.lastIndexOf("："), head.lastIndexOf(":"))
  const prev = head.slice(open + 1)
  if (!prev.includes("、")) return null
  // 贡献最大的三个行业分别是:A、B、C,增加值分别增长…: a list a colon lead introduces is the items too.
  if ((head[open] === "：" || head[open] === ":") && LIST_LEAD.test(head.slice(Math.max(0, open - 4), open))) return listedItems(prev, n)
  const m = ITEMS_THEN_PREDICATE.exec(prev)
  return m ? listedItems(m[1]!, n) : null
}
const LIST_LEAD = /(?:分别是|依次是|分别为|依次为)$/
/** A list of things and what is said of them all (增长较快, 增势良好, 表现突出). */
const ITEMS_THEN_PREDICATE = /^\s*(?:其中)?\s*([^，,；;。\d]{4,80}?)(?:等行业|等产业|等)?(?:增长较快|增速较快|增势良好|增势较好|增长明显|表现突出|表现亮眼|领跑|拉动明显|贡献突出)$/

/** The words between a from-pair and a to-pair of figures (…、21235元提高到63481元、…). */
const FROM_TO_PAIRS = /^(?:提高|提升|增加|增长|上升|下降|减少|降低|扩大|缩小)?(?:到|至)$/

/** 三次产业增加值分别为…: the three sectors, each with what the clause says of them. */
function threeSectors(left: string): Array<string> | null {
  const m = /三次产业([\u4e00-\u9fff]{2,16}?)(?:分别|各)/.exec(left)
  if (!m || /结构|比例|构成/.test(m[1]!)) return null
  return ["第一", "第二", "第三"].map((o) => `${o}产业${m[1]}`)
}

/** The n age bands listed before a population noun and 分别 (0-17岁、…、60岁及以上户籍人口分别为), each with the noun. */
function ageBands(left: string, n: number): Array<string> | null {
  const m = AGE_LIST.exec(left)
  if (!m) return null
  const bands = m[1]!.split(/、|[和及](?=\d)/)
  return bands.length === n ? bands.map((b) => b + m[2]!) : null
}
const AGE_BAND = String.raw`(?:\d{1,3}\s*[-—–~至]\s*)?\d{1,3}\s*周?岁(?:及以上|以上|及以下|以下)?`
const AGE_LIST = new RegExp(String.raw`((?:${AGE_BAND}(?:、|[和及](?=\d))){1,9}${AGE_BAND})([\u4e00-\u9fff]{0,4}人口(?:数)?)(?:分别|各)`)

/** 城乡居民人均可支配收入 → 城镇居民…, 农村居民…; null for any other subject. */
function urbanRuralPair(subject: string): [string, string] | null {
  const m = /^城乡(居民.+)$/.exec(subject)
  return m ? [`城镇${m[1]}`, `农村${m[1]}`] : null
}

const GROWTH_TARGET_FRAME = /经济(?:预期)?(?:增长|增速)[^，,；;。]{0,4}(?:目标|预期)/

/** Whether `part` is the tail of `whole` cut inside a word (服务业 of 信息技术服务业), not a phrase it qualifies (力争高新技术企业). */
function cutFrom(whole: string, part: string): boolean {
  if (whole.length <= part.length || !whole.endsWith(part)) return false
  const at = whole.length - part.length
  return !segment(whole).some((t) => t.start === at)
}

/** The n items of an enumeration that opens a clause (其中：A、B、C), when they are n noun phrases. */
function listedItems(list: string, n: number): Array<string> | null {
  // …专用设备制造业增加值同比分别增长: the frame before 分别 is no part of the last item.
  const whole = list.replace(/^(?:其中|另外|此外)?[:：,，\s]*/, "").replace(/(?:同比|比上年|均|都)$/, "")
  // …日用品和书报杂志类: the last two items may be joined by 和 (splitEnumeration reads them so).
  const items = whole.split("、")
  if ((items.length !== n && !(items.length >= 2 && items.length === n - 1 && /[和与]/.test(items[items.length - 1]!))) || /[\d,，;；]/.test(whole)) return null
  const parts = splitEnumeration(whole, n)
  return parts !== null && parts.every((p) => p.length >= 2 && p.length <= 16) ? parts : null
}

/** 比全省的6.1%, 高于全国的5.2%: the figure of the wider area a place compares itself with is that area's. */
function comparedRegion(before: string, region: Region | null): Region | null {
  const m = COMPARED_AREA_RATE.exec(before)
  if (!m) return null
  if (m[1] === "全国") return NATION
  return m[1] === "全省" && region !== null && region.level !== "province" && region.level !== "country" ? provinceOf(region) : null
}

const COMPARED_AREA_RATE = /(?:比|较|高于|低于|快于|慢于)(全国|全省|全市|全区|全县|全州)(?:平均水平)?的$/

/** 分别比全省快, 分别高于全国: a clause that only compares the figures before it with a wider area or year. */
const COMPARISON_ONLY = /^[\s,，]*分别(?:比|较|高于|低于|快于|慢于)(?:全国|全省|全市|全区|全县|全州|上年|去年|上年同期|去年同期)(?:平均水平?)?(?:快|慢|高|低|多|少|提高|增加)?$/

/**
 * 如科学技术支出、节能环保支出、城乡社区支出分别比上年同期增长…: a list longer than a subject may
 * run (20 characters) is read item by item from the words before 分别/均/各.
 */
function longEnumeration(left: string, count: number, names: PlacePrefix): Array<string> | null {
  const m = /^(?:.*[,，:：])?\s*(?:如|例如|比如|其中|包括)?([^,，:：]+?)(?:分别|均|各)/.exec(left)
  if (!m) return null
  const parts = cleanLeft(m[1]!, names).split("、")
  // Only full noun phrases each (no item that borrows words from another: 中、高等职业教育).
  if (parts.length !== count || parts.some((x) => x.length < 4 || x.length > 20 || /\d|比|较|于/.test(x))) return null
  return parts
}

/** A five-year plan (by its end year) that begins after the year a section covers, or in it: all of it lies ahead. */
const comingPlan = (end: number | null, ctx: Section["context"]) => end !== null && ctx.year !== null && end - 4 >= ctx.year

/**
 * “十四五”时期是开启…的第一个五年。 opening a paragraph of a part headed as a review and a plan
 * (“十三五”时期发展成就和“十四五”时期主要目标任务): the coming plan's paragraphs follow, and the
 * rest of the part states its targets, dated by its end year. Null when the paragraph opens no such plan.
 */
function comingPlanPart(line: string, section: Section): Section | null {
  const ctx = section.context
  if (ctx.mode !== "review" || ctx.year === null || section.heading === null || !OPENS_PLAN.test(line)) return null
  if (modeAfter(section.heading, "review") !== "plan") return null
  const end = spanEndYear(line.slice(0, 16), null, false, () => null)
  if (end === null || end.year === null || !comingPlan(end.year, ctx) || end.year - 4 === ctx.year) return null
  // (The year of writing is no longer later than the year the part is about: the targets are dated by the plan.)
  return { ...section, context: { ...ctx, mode: "plan", year: end.year, currentYear: null } }
}
const OPENS_PLAN = /^\s*(?:[“"「]?[一二三四五六七八九十]{1,3}五[”"」]?|第[一二三四五六七八九十]{1,3}个五年(?:计划|规划))(?:时期|期间)/

/** A year after the one the section covers: a review's next year is its plan year, later ones are targets. */
const isFuture = (year: number | null, ctx: Section["context"]) =>
  year !== null && ctx.year !== null && year > Math.max(ctx.year + (ctx.mode === "plan" ? 0 : 1), ctx.currentYear ?? 0)

/**
 * The period of a number: a sub-year period named before it in the sentence; none for what a
 * project yields once built (建成达产后年营收); the year for a figure its sentence dates by the
 * year alone (全年, 年内, 2023年以来) or for a target; else the context's period.
 */
export function periodOf(sentenceBefore: string, year: number | null, ctx: Section["context"], status: Status): string | null {
  // 由1997年的5160元增加到2002年的7703元: a year written right before the number dates it.
  const attached = attachedYear(sentenceBefore)
  if (attached !== null) return String(attached)
  if (year === null) return null
  // 第二季度集中开工…,年计划投资370亿元: a year's planned amount right before the number is the year's (not 五年计划).
  if (YEAR_PLAN_AMOUNT.test(sentenceBefore)) return String(year)
  const balance = monthEndBalance(sentenceBefore, year)
  if (balance !== null) return balance
  const sub = subYearPeriod(sentenceBefore, year)
  if (sub) return sub
  if (/(?:达产|投产)后/.test(sentenceBefore)) return null
  const current = ctx.currentYear != null && ctx.year === year ? ctx.currentYear : null
  // …unless its sentence names the year (2023年区级一般公共预算…调整预算37.5亿元).
  // (Not a budget of the year under review, as passed or revised while it ran: 批准的年初预算为:…, 预算执行中…调整为;
  // nor the original plan of the year reported on: 比上年降低了7.9%(原计划降低8.4%), that year's plan, not the current one.)
  if (current !== null && status === "target" && clauseYear(sentenceBefore) === null && !BUDGET_UNDER_REVIEW.test(sentenceBefore) &&
    !ORIGINAL_PLAN.test(sentenceBefore.slice(-12))) return String(current)
  // 今年以来 in a release is its year to date, i.e. the release's period.
  if (/全年|今年(?!以来)|年度|年内/.test(sentenceBefore)) return String(year)
  if (ctx.period && ctx.year === year && status !== "target" && !statesYearAlone(sentenceBefore)) return ctx.period
  return String(year)
}

/** Whether a statement names a time of its own, not counting a year it is compared with (比2017年净增). */
const statesOwnTime = (s: string): boolean => namesOwnTime(s.replace(YEAR_BASE, ""))
const YEAR_BASE = /(?:比|较|同|与)(?:19|20)\d{2}\s?年(?:同期)?/g

/** 去年 opening a statement, after quote marks or a source (据介绍,): the year before the year of writing. */
const LAST_YEAR_OPENING = /^[\s“"「]*(?:据[^，,。]{0,12}[，,])?去年(?!同期|以来|底以来|相比|比|水平|的水平|同比)/

/** The budget of the year a section reviews: passed at its start (年初预算, 年初的) or revised while it ran (预算执行中, 调整为, 调增). */
const BUDGET_UNDER_REVIEW = /年初(?:预算|的)|预算执行中|调整为|调[增减]/

/**
 * 截至2月末,四川辖内金融机构本外币各项存款余额达43463.67亿元; 9月末,贷款余额…同比增长…: a balance is a
 * stock at the month's end, dated by that month (2013M02), not by the months up to it; its change
 * since the year began (比年初增加…, a clause with no balance word) keeps the months. A year-end
 * balance is the year's. Null unless the number's own clause names a balance and a month end before it.
 */
function monthEndBalance(sentenceBefore: string, year: number): string | null {
  if (!sentenceBefore.includes("余额") && !sentenceBefore.includes("存量")) return null
  const clause = sentenceBefore.slice(Math.max(sentenceBefore.lastIndexOf("，"), sentenceBefore.lastIndexOf(","), sentenceBefore.lastIndexOf("；"), sentenceBefore.lastIndexOf(";")) + 1)
  // (…余额8000亿元，同比增长9.1%: the balance's rate of growth is of the same month's end.)
  const balanceClause = BALANCE.test(clause) || (BALANCE_GROWTH.test(clause) && BALANCE.test(sentenceBefore.slice(0, -clause.length)))
  if (!balanceClause || !(sentenceBefore.includes("月末") || sentenceBefore.includes("月底"))) return null
  let month: number | null = null
  for (const m of sentenceBefore.matchAll(MONTH_END)) month = monthNumber(m[1]!)
  return month === null || month < 1 || month > 12 ? null : month === 12 ? String(year) : `${year}M${String(month).padStart(2, "0")}`
}
const BALANCE = /余额|存量/
/** A clause that is nothing but a rate of growth (同比增长, 按可比口径计算…增长, 增速较去年同期回落): not a change since the year began (比年初增加). */
const BALANCE_GROWTH = /^\s*(?:按可比口径计算)?\s*(?:(?:同比|比上年同期)?(?:增长|下降)了?|增速(?:较|比)(?:去年|上年)(?:同期)?(?:回落|提高|加快|放缓|下降|上升))\s*$/
/** 2月末, 截至9月底, 2015年3月末 (not 比上年12月末, 1至9月末, 9月底前: a base, a range, a deadline). */
const MONTH_END = /(?<![0-9０-９比较與与同于\-—–~]|[0-9０-９一二三四五六七八九十][至到])(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?:末|底)(?!前|以前)/g
const CN_MONTHS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
const monthNumber = (s: string) => (/^\d+$/.test(s) ? Number(s) : CN_MONTHS.indexOf(s) + 1)

/**
 * (原计划降低8.4%) in brackets after a result: the plan made for the period the result reports on.
 * (Not 原定的…指标是285万吨 in a plan's own discussion: that is this year's plan before it was raised.)
 */
const ORIGINAL_PLAN = /[(（]\s*原(?:定|订)?计划[^()（）]*$/
const YEAR_PLAN_AMOUNT = /(?<![\u4e00-\u9fff\d])年(?:度)?计划(?:投资|完成投资|总投资)?[^，,；;。\d]{0,4}$/

/** 2023年以来,… / 2023年,…: the sentence opens with a year alone (not a date, nor a year in a name). */
const statesYearAlone = (s: string) => /^[^，,。；;]{0,6}?(?:19|20)\d{2}年(?:以来)?[,，]/.test(s)
