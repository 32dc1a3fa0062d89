/** Status cues: what makes a clause a target or an estimate rather than a reported result. */
import type { Status } from "@govstat/schema"

const ESTIMATE = /预计|初步统计|预估|估计/
const TARGET = /力争|确保|目标|预期|计划|拟|争取到|将(?:会|达|新增|实现|超|突破|建成|形成|带动|增加|提升|拉动|有)|有望|要(?:达到|实现)|到(?:19|20)\d{2}年/

export function clauseStatus(sentenceBefore: string, planSection: boolean): Status {
  if (ESTIMATE.test(sentenceBefore)) return "estimate"
  if (planSection || TARGET.test(sentenceBefore)) return "target"
  return "actual"
}
