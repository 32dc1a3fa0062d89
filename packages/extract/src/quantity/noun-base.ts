/**
 * A bare magnitude (6600多万纳税人, 510万沼气用户, 一亿一千多万农户) counts the noun after it;
 * when the noun says what it counts, the number takes that counter's base unit. Nouns that
 * say nothing leave the base unit null: a bare 万 is never a `count` by default.
 */
import { findUnit } from "@govstat/schema"

/** Noun endings → the counter they are counted in (its codebook entry gives the base unit). */
const NOUN_COUNTER: ReadonlyArray<readonly [string, string]> = [
  ["用户", "户"], ["农户", "户"], ["家庭", "户"], ["贫困户", "户"], ["住户", "户"], ["户", "户"],
  ["纳税人", "人"], ["人口", "人"], ["人民", "人"], ["农村居民", "人"], ["城镇居民", "人"], ["农民工", "人"], ["农民", "人"], ["居民", "人"], ["职工", "人"], ["群众", "人"],
  ["学生", "人"], ["儿童", "人"], ["老人", "人"], ["劳动力", "人"], ["干部", "人"], ["青壮年", "人"], ["工人", "人"],
  ["毕业生", "人"], ["患者", "人"], ["人员", "人"], ["人", "人"],
  ["企业", "家"], ["市场主体", "户"],
  ["元", "元"], ["资金", "元"]
]

/** Stops the noun phrase after the number. */
const STOP = /[，。；、,;：:（(）)的和与及是在已将被把]/

/** The base unit a bare magnitude takes from the noun right after it, or null. */
export function nounBase(after: string): string | null {
  const stop = after.search(STOP)
  const phrase = (stop === -1 ? after : after.slice(0, stop)).slice(0, 8)
  for (let n = phrase.length; n >= 1; n--) {
    const p = phrase.slice(0, n)
    for (let k = 0; k < NOUN_COUNTER.length; k++) {
      if (p.endsWith(NOUN_COUNTER[k]![0])) return findUnit(NOUN_COUNTER[k]![1])?.base ?? null
    }
  }
  return null
}
