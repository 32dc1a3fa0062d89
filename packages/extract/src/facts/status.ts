/** Status cues: what makes a clause a target or an estimate rather than a reported result. */
import type { Status } from "@govstat/schema"

// 预测今年本港经济增长2.5%至3.5%, 预料: Hong Kong's and Macao's forecasts. (确保了6.8万人的安全饮水: ensured, a result.)
// (TARGET: 预期 is no cue in 企业生产经营活动预期指数, a survey's index of expectations; 争取达200万吨 is 争取达到.)
const ESTIMATE = /预计|初步统计|预估|估计|预测|预料/
const TARGET = /力争|确保(?!了)|目标(?:是|为)|(?<!完成)指标(?:是|为|定为)|预期(?!效益|收益|寿命|指数)|(?<![行动划”"]|比(?:年初|原定?)?|完成了?(?:原定|原|年度|全年|年)?|占(?:原定?|年度?|全年)?)计划(?![》”"]|生育|惠及|覆盖)|(?<!拟上市)拟(?!上市)|争取(?:到|在)?(?:19|20)\d{2}年|争取(?:提前)?(?:达到?|实现|超过)|争取到|将(?:会|达|新增|实现|超|突破|建成|形成|带动|增加|提升|拉动|有)|有望|可望|要(?:达到|实现)|(?:月底|月末|月\d{1,2}日|年底|年末)前|(?<![增加提高上升下降减少扩大达降升长年\d])到(?:19|20)\d{2}年/
/** 比1980年预计, 较上年预计数: an estimate named as a comparison base. */
const ESTIMATED_BASE = /(?:比|较|同|与)[^，,；;。]{0,8}?(?:预计|预估)(?:数|执行数|完成数)?/g
/** Cues that open a sentence and govern all of it: 力争全年…, 到2025年…. */
const SENTENCE_TARGET = /^(?:力争|确保(?!了)|目标|预期|计划|到(?:19|20)\d{2}年)/

/**
 * Progress made, counted (累计完成, 已完成, 实际完成) or as a share of the plan (占年计划投资的, 为年度投资计划的):
 * a result, though its statement opens with 计划 (计划新开工项目157项,…,1-6月累计完成投资101.97亿元).
 */
// (占年度计划23%, 完成年度计划22.8%: the 的 may be left out.)
const PROGRESS = /累计完成|已完成|实际完成|实际已|(?:占|为|达到?|完成了?)(?:年度?|全年)?(?:投资)?计划(?:投资|任务)?的?\s*$/
/** The plan named as the base of a share (占年计划投资的): no target cue of the clause's own. */
const PLAN_BASE = /(?:占|为|达到?|完成了?)(?:年度?|全年)?(?:投资)?计划(?:投资|任务)?的?\s*$/
/** A budget's own figure right before the number: 调整预算37.5亿元, 年初预算安排12亿元. */
const BUDGET_FIGURE = /(?<!完成|占|超|公共|基金|资本经营)预算(?:安排|数)?(?:为|是)?$/
/**
 * A budget as approved or revised in its sentence (年度预算执行中,经…批准,一般公共预算收入由年初的76138万元调整为
 * 89138万元,调增13000万元): the first budget, the revised one and the revision are plans, not results.
 */
const BUDGET_REVISED = /(?:调整为|调(?:增|减)了?|由年初(?:预算)?的?)\s*$/
/** 预计 (and XX年(预测), a bracketed note) governs the rest of its sentence (初步统计 only its own clause: it qualifies a source). */
const SENTENCE_ESTIMATE = /预计|预估|[（(]预测[)）]/
/**
 * 预计 opening a statement (预计全年…, 2023年，预计…, XX年(预测),…) governs the statements ；-joined to it up to
 * the 。: 预计实现生产总值20.37亿元，增长15.3%；固定资产投资完成33.68亿元… are all estimates.
 */
const OPENING_ESTIMATE = /^[^；;。]{0,12}?(?:预计|预估|[（(]预测[)）])/
/**
 * A list governed by a target heading word and a colon: 主要预期目标:地区生产总值增长9%, ….
 * Or by a lead naming the coming years (今后五年福州发展蓝图:, 未来三年:): what follows is planned.
 * Or by a budget's lead (批准的年初预算为:一般公共预算收入76138万元…): the budget's figures are plans.
 */
const GOVERNING_TARGET = /(?:预期目标|主要目标|目标任务|发展目标|目标|计划|安排)(?:是|为|如下)?[:：]|(?:今后|未来)[一二三四五六七八九十两]{1,2}年[^，,。；;:：]{0,16}[:：]|(?:年初|调整后?的?|批准的?)预算(?:数|安排)?(?:为|是)?[:：]|预算(?:数|安排)?(?:为|是)[:：]/

/**
 * The colon lead a ；-ended statement holds (…今后五年福州发展蓝图:地区生产总值…；), which governs the
 * statements ；-joined after it up to the 。 as it governs its own; null without one. A colon is looked
 * for first: most statements have none.
 */
export function colonLead(text: string, start: number, end: number): string | null {
  let colon = text.indexOf("：", start)
  if (colon === -1 || colon >= end) colon = text.indexOf(":", start)
  if (colon === -1 || colon >= end) return null
  const m = GOVERNING_TARGET.exec(text.slice(start, end))
  return m ? m[0] : null
}

/**
 * 《纲要》提出…的确切目标:⏎经济发展…: a sentence ending in a governing target word and a colon
 * governs the paragraph after it (and a list of items after that), not only its own sentence.
 */
export const governsNextParagraph = (sentence: string): boolean => endsInColon(sentence) && GOVERNING_LEAD.test(sentence)
/** The lead's colon ends the sentence (checked first: the expression would try every position of every paragraph's last sentence). */
const endsInColon = (s: string): boolean => {
  const t = s.trimEnd()
  const last = t.charCodeAt(t.length - 1)
  return last === 0x3a || last === 0xff1a
}
const GOVERNING_LEAD = /(?:预期目标|主要目标|目标任务|发展目标|目标|指标)(?:是|为|如下)?[:：]\s*$/

/**
 * 2024年主要预期目标是⏎地区生产总值增长6%左右…, （一）今年经济社会发展主要预期目标⏎…: a line of its own
 * that ends in 预期目标 without a colon heads the targets under it as the colon does. Only 预期目标 (no
 * review names its results so), and only a short line with no figure but a year.
 */
export const headingLead = (line: string): boolean => {
  const t = line.trimEnd()
  const last = t.charCodeAt(t.length - 1)
  // (Cheap guard: the line ends in 标, 是, 为 or 下.)
  if (t.length > 40 || (last !== 0x6807 && last !== 0x662f && last !== 0x4e3a && last !== 0x4e0b)) return false
  return HEADING_LEAD.test(t) && !/\d/.test(t.replace(/(?:19|20)\d{2}\s?年/g, ""))
}
const HEADING_LEAD = /预期目标(?:是|为|如下)?$/
/** An item of a list (（一）, 1., 一是, ——): a list under a governing lead goes on with it. */
export const LIST_ITEM = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}是|——)/

/**
 * The status of a number from the words before it in its clause and in its sentence, and
 * whether its section reports plans. 预计 makes an estimate of every fact of its sentence
 * that it opens or governs (never beyond the sentence).
 */
export function clauseStatus(clauseBefore: string, sentenceBefore: string, planSection: boolean, estimatedRun = false): Status {
  // 比1980年预计增加9万吨: the estimate is the base compared with, not the figure.
  clauseBefore = clauseBefore.replace(ESTIMATED_BASE, "")
  sentenceBefore = sentenceBefore.replace(ESTIMATED_BASE, "")
  if (ESTIMATE.test(clauseBefore)) return "estimate"
  if (BUDGET_FIGURE.test(clauseBefore)) return "target"
  if (sentenceBefore.includes("预算") && BUDGET_REVISED.test(clauseBefore)) return "target"
  if (SENTENCE_ESTIMATE.test(sentenceBefore)) return "estimate"
  // A statement of an estimated ；-run is an estimate unless it names a target of its own.
  if (estimatedRun && !TARGET.test(sentenceBefore) && !SENTENCE_TARGET.test(sentenceBefore)) return "estimate"
  // 1-6月累计完成投资101.97亿元，占年计划投资的52.42% in a statement opening 计划新开工项目…: progress made is reported.
  // 到2020年底累计已完成投资1420亿元: what was already done by a deadline reports it past, whatever the text's year.
  if (!planSection && (clauseBefore.includes("完成") || clauseBefore.includes("计划") || clauseBefore.includes("实际")) && PROGRESS.test(clauseBefore) &&
    !TARGET.test(reachedBy(clauseBefore).replace(PLAN_BASE, ""))) return "actual"
  if (planSection || TARGET.test(clauseBefore) || SENTENCE_TARGET.test(sentenceBefore) || GOVERNING_TARGET.test(sentenceBefore)) return "target"
  return "actual"
}

/** (预计数，下同) after a figure: it and the figures after it in the paragraph are estimates. */
// (预计(下同): the word before the bracket, the note inside it.)
export const ESTIMATE_NOTE = /[（(]\s*(?:预计数?|预估数?)\s*[，,、]?\s*(?:下同|以下同)\s*[)）]|(?:预计|预估)数?\s*[（(]\s*(?:下同|以下同)\s*[)）]/
/** (预计数) right after a figure: that figure is an estimate. */
export const ESTIMATE_NOTE_AFTER = /^\s*[（(]\s*(?:预计数?|预估数?)/

/** 到2020年底: a deadline year, a target's cue while it lies ahead. */
const DEADLINE_YEAR = /到((?:19|20)\d{2})年/g
/** The clause without its deadlines when it says the work is already done by them (累计已完成, 已经完成). */
const reachedBy = (clause: string): string =>
  clause.includes("到") && ALREADY_DONE.test(clause) ? clause.replace(DEADLINE_YEAR, (all) => " ".repeat(all.length)) : clause
const ALREADY_DONE = /已(?:经)?完成|累计已|实际已/

/**
 * The words before a number without the deadlines already past (到2020年底，全县累计建成… in a
 * 2021 review, 发展到2018年… in a 2019 release): what was reached by then is a result.
 */
export const withoutPastDeadlines = (before: string, past: (year: number) => boolean): string =>
  before.includes("到") ? before.replace(DEADLINE_YEAR, (all, y: string) => (past(Number(y)) ? " ".repeat(all.length) : all)) : before

/** Whether a statement opens with 预计 (not an estimate named as a base: 比1980年预计增加). */
export const opensEstimate = (statementOpening: string): boolean =>
  OPENING_ESTIMATE.test(statementOpening.replace(ESTIMATED_BASE, ""))

/** Whether the words before a number in its clause carry a status cue of their own. */
export const clauseCue = (clauseBefore: string): boolean => {
  const own = clauseBefore.replace(ESTIMATED_BASE, "")
  return ESTIMATE.test(own) || TARGET.test(own) || BUDGET_FIGURE.test(own)
}
