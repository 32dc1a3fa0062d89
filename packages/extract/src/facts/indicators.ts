/**
 * Indicator facts: every quantity of a section, with its subject, measure, period, status,
 * qualifier and region read from the clause and the section context. Works on clean-text
 * coordinates only; the caller maps spans back to the source.
 */
import { findUnit, type Measure, type Qualifier, type Region, regionNamesLongestFirst, type Status } from "@govstat/schema"
import { regionMentions } from "../document/metadata.js"
import type { Section } from "../document/sections.js"
import { clauses, paragraphs, sentences, type Span } from "../document/spans.js"
import type { QuantityMention } from "../quantity/mention.js"
import { scanQuantities } from "../quantity/scan.js"
import { indicatorEntry } from "./indicator-code.js"
import { readMeasure } from "./measure.js"
import { clauseYear, subYearPeriod } from "./period.js"
import { clauseStatus } from "./status.js"
import { segment } from "../words/segment.js"
import { splitEnumeration, subjectAfter, subjectBefore } from "./subject.js"

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
}

export interface Malformed {
  readonly span: Span
  readonly reason: string
}

/** A region named at the start of a clause, after time words: 璧山高新区产业集中度达94%. */
function leadingRegion(text: string): Region | null {
  const s = text.replace(/^[\s,，、]*((?:19|20)\d{2}年|[一二三四]季度|上半年|前三季度|全年|同时|其中)*[,，]?/, "")
  const m = regionMentions(s.slice(0, 24))
  const first = m[0]
  if (!first || first.at !== 0 || first.region.level === "country") return null
  // 重庆市专精特新企业: a name used as a modifier, not the subject's region, when followed by 的/级.
  if (/^(级|的|人|籍|市场|特色)/.test(s.slice(first.name.length))) return null
  return first.region
}

/**
 * A subject when the words before a number give none (…,增长7.2%) or only a share frame
 * (…元，占预算数的96.99%): the previous fact's in a run of numbers, else the noun after the
 * number, else the noun phrase ending the clauses before (农民人均纯收入，1982年为270元).
 */
function fallbackSubject(found: string, at: {
  text: string; m: QuantityMention; clause: Span; sentence: Span; nextStart: number
  inSentence: ReadonlyArray<IndicatorFact>; names: ReadonlyArray<string>
}): string {
  const { text, m, clause, sentence, nextStart, inSentence, names } = at
  const previous = inSentence[inSentence.length - 1]
  if (previous && !startsNumberFirst(text, m, clause)) {
    if (found.startsWith("占")) return previous.indicator.replace(/占.*$/, "") + found
    // 新增科企1065家、总量2515家: a bare head word takes the previous subject's noun.
    if (GENERIC_HEADS.test(found)) return previous.indicator.replace(/^(新增|新培育|新认定|新建|新)/, "") + found
    return previous.indicator
  }
  const numberFirst = startsNumberFirst(text, m, clause)
  const after = numberFirst || found.length < 2 ? subjectAfter(text.slice(m.end, nextStart)) : ""
  if (after.length >= 2 && numberFirst) return after
  if (found.length >= 2) return found
  const before = subjectBefore(text.slice(sentence.start, clause.start), names)
  return before.length >= 2 ? before : after.length >= 2 ? after : ""
}

const GENERIC_HEADS = /^(总量|总数|总额|规模|金额|数量|余额)$/

/** 表2360万只, 钢增长58%: a one-character noun is a subject; a character cut from a word (励) is not. */
function isOneCharNoun(found: string): boolean {
  if (found.length !== 1 || !/[\u4e00-\u9fff]/.test(found)) return false
  return segment(found)[0]?.tag === "n"
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
    const bare = { ...f, indicatorCode: null, indicatorName: null }
    facts[from + k] = bare
    const at = inSentence.indexOf(f)
    if (at !== -1) inSentence[at] = bare
  })
}

/** value × factor without floating-point noise: 286.9 × 1e8 is 28690000000, not 28690000000.000004. */
export function scale(value: number, factor: number): number {
  if (factor === 1) return value
  const exact = Number((value * factor).toPrecision(15))
  return Number.isFinite(exact) ? exact : value * factor
}

/** A noun right after the unit: 帮助24家企业…, 38.89万亩耕地保有量 — the subject follows the number. */
const NOUN_AFTER = /^[\u4e00-\u9fff“]/
const NOT_NOUN_START = /^(的|和|及|与|并|同比|以|约|超|左右|上下|余|多|增长|下降|提高|降低|减少|增加|占|达|为|是|在|到|至|分别|均|各|左|规模|、)/
/** Counting, area and money units (not %, 倍 or 个百分点, which measure changes). */
const COUNT_UNIT = /^(万|亿)?(家|户|个|项|件|所|座|张|辆|台|套|条|场|名|支|处|批|份|笔|位|款|组|栋|间|人|人次|亩|平方米|平方公里|公里|元|美元|吨)$|^万$/

const STRIP_QUALIFIER = /(不低于|不少于|不超过|超过|突破|大约|接近|约|近|超|逾|上)$/

export function extractIndicators(text: string, sections: ReadonlyArray<Section>, malformed: Array<Malformed> = []): Array<IndicatorFact> {
  const facts: Array<IndicatorFact> = []
  const names = regionNamesLongestFirst
  for (const section of sections) {
    const ctx = section.context
    for (const para of paragraphs(text, section)) {
      const paragraphStart = facts.length
      let year = ctx.year
      for (const sentence of sentences(text, para)) {
        const sentenceText = text.slice(sentence.start, sentence.end)
        let region = leadingRegion(sentenceText) ?? ctx.region
        const inSentence: Array<IndicatorFact> = []
        for (const clause of clauses(text, sentence)) {
          const clauseText = text.slice(clause.start, clause.end)
          const named = clauseYear(clauseText)
          if (named) year = named.year
          const clauseRegion = leadingRegion(clauseText)
          if (clauseRegion) region = clauseRegion
          const bad: Array<{ start: number; end: number; reason: string }> = []
          const mentions = scanQuantities(text, clause.start, clause.end, bad)
          for (const b of bad) malformed.push({ span: { start: b.start, end: b.end }, reason: b.reason })
          if (!mentions.length) continue
          const subjects = enumeratedSubjects(text, clause, mentions, inSentence, names)
          const clauseFirst = facts.length
          mentions.forEach((m, k) => {
            const prevEnd = k > 0 ? mentions[k - 1]!.end : clause.start
            const leftRaw = text.slice(prevEnd, m.start)
            const left = leftRaw.replace(STRIP_QUALIFIER, "")
            const listed = k > 0 && /^[、和及与]$/.test(leftRaw) && mentions[k - 1]!.unit === m.unit
            const previousFact = inSentence[inSentence.length - 1]
            // 分别增长7.6%、5.2%: a listed number shares the verb of the first one.
            const reading = listed && previousFact
              ? { measure: previousFact.measure, sign: (Math.sign(previousFact.value) || 1) as 1 | -1 }
              : readMeasure(m.unit, text.slice(Math.max(clause.start, m.start - 8), m.start).replace(STRIP_QUALIFIER, ""))
            const nextStart = k + 1 < mentions.length ? mentions[k + 1]!.start : clause.end
            const nounAfter = NOUN_AFTER.test(text.slice(m.end, m.end + 1)) && !NOT_NOUN_START.test(text.slice(m.end, m.end + 4)) && COUNT_UNIT.test(m.unit)
              ? subjectAfter(text.slice(m.end, nextStart)) : ""
            const found = subjects?.[k] ?? (nounAfter.length >= 2 ? nounAfter : subjectBefore(left, names, text.slice(Math.max(clause.start, prevEnd - 8), prevEnd)))
            const subject = (found.length >= 2 && !found.startsWith("占") && !GENERIC_HEADS.test(found)) || isOneCharNoun(found)
              ? found
              : fallbackSubject(found, { text, m, clause, sentence, nextStart, inSentence, names }) ||
                // 交界断面水质考核奖励镇街10万元。2019年励200万: the paragraph's last subject before none.
                (facts.length > paragraphStart ? facts[facts.length - 1]!.indicator : "")
            if (subject.length < 1) return
            const status = clauseStatus(text.slice(clause.start, m.start), sentenceText, ctx.mode === "plan")
            const period = periodOf(text.slice(sentence.start, m.start), year, ctx)
            const unit = findUnit(m.unit)
            const value = reading.sign * m.value
            const entry = indicatorEntry(subject, m.unit, reading.measure)
            const fact: IndicatorFact = {
              region,
              indicator: subject,
              indicatorCode: entry?.code ?? null,
              indicatorName: entry?.name ?? null,
              measure: reading.measure,
              value,
              unit: m.unit,
              valueBase: unit && unit.base ? scale(value, unit.factor) : null,
              baseUnit: unit?.base ?? null,
              period,
              status,
              qualifier: m.qualifier,
              span: { start: m.start, end: m.end },
              clause
            }
            inSentence.push(fact)
            facts.push(fact)
          })
          uncodeShared(facts, inSentence, clauseFirst, text, mentions)
        }
      }
    }
  }
  return facts
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
  names: ReadonlyArray<string>
): Array<string> | null {
  if (mentions.length < 2) return null
  const first = mentions[0]!
  const between = mentions.slice(1).every((m, k) => /^[、,，和及与]?$/.test(text.slice(mentions[k]!.end, m.start)))
  if (!between) return null
  const left = text.slice(clause.start, first.start)
  const subject = subjectBefore(left.replace(STRIP_QUALIFIER, ""), names)
  // …农村居民人均纯收入5153元，实际增长9.8%和8.5%: a verb and its numbers, the subjects before.
  const listed = /分别|均|各/.test(left) || /、/.test(left)
  if (!listed && subject !== "") return null
  const parts = subject ? splitEnumeration(subject, mentions.length) : null
  if (parts) return parts
  if (subject === "" && inSentence.length >= mentions.length) {
    return inSentence.slice(-mentions.length).map((f) => f.indicator)
  }
  return null
}

/** The period of a number: a sub-year period named before it in the sentence, else the context's. */
function periodOf(sentenceBefore: string, year: number | null, ctx: Section["context"]): string | null {
  if (year === null) return null
  const sub = subYearPeriod(sentenceBefore, year)
  if (sub) return sub
  if (/全年|今年|年度/.test(sentenceBefore)) return String(year)
  if (ctx.period && ctx.year === year) return ctx.period
  return String(year)
}
