/** Status cues: what makes a clause a target or an estimate rather than a reported result. */
import type { Status } from "@govstat/schema"

const ESTIMATE = /预计|初步统计|预估|估计/
const TARGET = /力争|确保|目标(?:是|为)|预期|(?<![行动划])计划(?![》”])|(?<!拟上市)拟(?!上市)|争取到|将(?:会|达|新增|实现|超|突破|建成|形成|带动|增加|提升|拉动|有)|有望|要(?:达到|实现)|到(?:19|20)\d{2}年/
/** Cues that open a sentence and govern all of it: 力争全年…, 到2025年…. */
const SENTENCE_TARGET = /^(?:力争|确保|目标|预期|计划|到(?:19|20)\d{2}年)/

/**
 * The status of a number from the words before it in its clause, the way its sentence
 * opens, and whether its section reports plans.
 */
export function clauseStatus(clauseBefore: string, sentenceStart: string, planSection: boolean): Status {
  if (ESTIMATE.test(clauseBefore) || /^预计/.test(sentenceStart)) return "estimate"
  if (planSection || TARGET.test(clauseBefore) || SENTENCE_TARGET.test(sentenceStart)) return "target"
  return "actual"
}
