/**
 * Budget completion (完成年初预算65200万元的96.57%, 占调整预算数539267万元的99.6%, 为调整预算数的
 * 100.66%, 完成年度预算的100.2%): a budget report measures an amount against its budget. The
 * budget's own figure is a fact of the year reviewed (a target, as the budget planned it); the
 * words that name the budget name no subject of their own: the rate is the amount's.
 */

/** Words naming the budget an amount is measured against, ending the words before a number. */
// 完成调整预算收入计划275000万元的100%: a budget named as the plan of its revenue or spending.
// 占年度计划15.3亿元的44.8%, 完成年度投资计划…的: a year's plan is such a base too.
const BUDGET_WORD_END = /(?:年初|年度|全年|调整后?的?|变动后的?|年)?预算(?:数|(?:收入|支出)?计划)?$|(?:年初|年度|全年|年)(?:投资)?计划$/
/** A subject that is nothing but such words (年度预算, 调整预算数): no subject of the rate. */
// (调整预算收入, of 完成调整预算收入计划…的100%; not 预算收入 alone, which older reports call the revenue itself.)
// (完成人大通过预算的102.89%, 为市人代会批准预算的98%: the budget as the congress passed it.)
// (完成年度计划的105.7%, 完成年度目标任务的102%, 完成市定任务130.28%: a plan or target is a base the same way;
// 完成年度投资计划的103.95%, read 年度投资 with 计划 cut as a frame, too.)
export const BUDGET_WORD_ONLY = /^(?:(?:[省市县区州旗]?人大(?:常委会)?|[省市县区州旗]?人代会)(?:审议)?(?:通过|批准)的?|年初|年度|全年|调整后?的?|变动后的?|年)?预算(?:数|(?:收入|支出)?计划)?$|^(?:年初|年度|全年|调整后?的?|变动后的?)预算(?:收入|支出)$|^(?:年初|年度|全年|[省市县区州]定|上级下达的?)?(?:计划|目标|预期目标|目标任务|计划任务|任务)(?:数)?$|^(?:年初|年度|全年)投资(?:计划|任务)?$/
/** The base figure is followed by the rate taken of it: 65200万元的96.57%. */
const RATE_AFTER = /^的\s*[\d０-９]/

/**
 * The budget words (年初预算, 调整预算数) before an amount that is the base of a completion rate,
 * or null. `before` is the clause's words before the number, `after` the text after it.
 */
export function budgetBaseWord(before: string, after: string, unit: string): string | null {
  // Cheap cues first: a rate follows (的 + digit) and the words before end in 预算 or 预算数.
  // 完成预算(540.9亿元)的63.5%: the budget's figure may stand in brackets.
  const bracketed = after.charCodeAt(0) === 0x29 || after.charCodeAt(0) === 0xff09
  if (bracketed) after = after.slice(1)
  if (after.charCodeAt(0) !== 0x7684 || unit === "%" || unit === "" || !RATE_AFTER.test(after)) return null
  let tail = before.trimEnd()
  if (bracketed) {
    if (!tail.endsWith("(") && !tail.endsWith("（")) return null
    tail = tail.slice(0, -1)
  }
  if (!tail.endsWith("预算") && !tail.endsWith("预算数") && !tail.endsWith("计划")) return null
  const m = BUDGET_WORD_END.exec(tail.slice(-10))
  return m ? m[0].replace(/的$/, "").replace(/(?<=预算)(?:收入|支出)?计划$/, "") : null
}
