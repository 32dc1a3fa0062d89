/** Measure and sign from the unit and the verb before the number. */
import type { Measure } from "@govstat/schema"
import { isRateUnit } from "./rate-unit.js"

// 上半年GDP增长是7%: a spoken 是 between the verb and its rate.
// 按年升2.1%, 出口总额升12.2%: Hong Kong and Macao write a rise as 升, a fall as 跌.
// 3,795 (↑92.3%), 2,322.73 (↓ 6.0%): a data page's arrow before a rate says it rose or fell.
// 經濟成長6.51%, 實質成長10.21%: Taiwan writes growth as 成长.
// (比上年同期增亏33.48%: a loss grown by a rate, its rise; 减亏 its fall.)
const UP = /(增长|增加|提高|提升|上升|上涨|增速|增幅|涨幅|升幅|拉动|扩大|增产|增收|增亏|递增|成长|增|升|↑)(了|是)?$/
/** 节约10%, 节省15%: a rate of saving is a fall of what is spent, not a share of it. */
// 开办时间缩短三分之一, 会议精简30%: a time or a count cut by a share of itself.
const DOWN = /(下降|减少|降低|减低|回落|放缓|减缓|下滑|下跌|缩小|收窄|减产|减收|减亏|递减|节约|节省|缩短|压缩|精简|削减|减|降|跌|↓)(了)?$/
/** 节约煤和电2%, 节约油5%: a saving of a named thing (not of a rate: 节约率). */
const SAVING_OF = /(?:节约|节省)[\u4e00-\u9fff]{1,4}(?<![率比重例])$/
const NEGATIVE_GROWTH = /负(?:增长|成长)(?:了|为|是|达)?$/
/** 降至, 提高到: the number is the new level, not the change. */
const TO_LEVEL = /(至|到|为)$/
/**
 * Verbs that state an absolute change of a level (比上年增加1.1万亿元, 减少1386万, 分别提高194万元);
 * 新增57家 counts new things and stays a level.
 */
// 比2017年增支8807万元, 同比减952万元: a budget's spending up or down, and a bare 增/减 after a comparison;
// 调增12000万元, 调减: a budget adjusted up or down.
const CHANGE_UP = /(增长|增加|提高|上升|上涨|增收|增支|增产|净增|多增|调增|(?<=同比|比上年|较上年|比去年)增)(了)?$/
const CHANGE_DOWN = /(下降|减少|降低|减低|回落|下滑|下跌|减收|减支|减产|净减|少增|调减|缩小|收窄|压减|压缩|削减|(?<=同比|比上年|较上年|比去年)减)(了)?$/
/** 比上年多0.07万吨, 较去年少1.2万人: more or fewer than a base is an absolute change. */
const MORE_OR_FEWER = /(?:比|较)(?:上年|去年|上年同期|去年同期|上年末|去年末|上月|年初)(多|少)(了)?$/

/**
 * 增速达到10%, 居民消费价格涨幅控制在3%, 涨幅回落到2.6%, 能耗降幅超过3%, 年均增速预计将达到5%, 增速保持7.6%左右: a rate of growth
 * stated as a level (or as the level it moves to) is still a growth rate, not a share.
 */
// (增速分别达到1.8倍、65.7%和37.3%: 分别 stands between the rate noun and its verb.)
const GROWTH_NOUN = /(增速|增幅|涨幅|升幅|降幅|跌幅|减幅|增长速度)(?:仍然|仍|还|也|都|均|分别|已经|已|由原定|由原来的?|由)?(?:预计|预期|有望)?(?:将|会|可)?(?:平均)?(?:每年)?(高达|达到|达|为|是|保持在|保持|维持在|维持|稳定在|控制在|回落到|回落至|回落为|降到|降至|降为|提高到|提高至|上升到|上升至|在|超过|超)?$/
/** 经济增长预期目标6.5%, 增长目标定为7.5%: a target for growth is a growth rate. */
// (名义趋势增长预测为百分之六: Hong Kong's budget forecasts growth, 预测, the same way.)
const GROWTH_TARGET = /(增长|增速|增幅|涨幅|升幅)(速度)?(的)?(预期目标|预期|调控目标|目标|预测)(定为|为|是)?$/
/** 增速与上半年的7.3%持平, 增幅比一季度的6.2%加快: the rate compared with is a growth rate too. */
const COMPARED_GROWTH = /(增速|增幅|涨幅|升幅|降幅|跌幅|增长速度)[^，,；;。\d%]{0,4}(?:与|比|较|同|和|跟)[^，,；;。%]{1,10}的$/

/** 增速比2017年(10.7%)提高: the base's rate written in a bracket after it. */
const COMPARED_GROWTH_BRACKET = /(增速|增幅|涨幅|升幅|降幅|跌幅|增长速度)[^，,；;。\d%]{0,4}(?:与|比|较|同)[^，,；;。%()（）]{1,10}[(（]$/

/** 收入比1.91, 比值为1.5, 收入比缩减至1.91: a plain ratio. */
const RATIO_BEFORE = /比(值|例)?(为|是|达|缩减至|缩小至|缩小到|缩小为|降至)?$/

/** 连续3个月保持9%以上增速, 保持在7%以上的较快增长区间: a rate named right after its number is a growth rate. */
// 录得1.6%的实质升幅: Hong Kong's 升幅 (a rise in real terms, 实质).
export const GROWTH_NOUN_AFTER = /^(?:的)?(?:较快|较高|高速|中高速|平稳|稳定|实质)?(?:增速|增幅|升幅|增长速度|增长区间|增长)/
/** 錄得1.0%的實質跌幅: a fall named right after its number (Hong Kong's 跌幅) is a negative growth rate. */
export const FALL_NOUN_AFTER = /^(?:的)?(?:实质)?(?:跌幅|降幅|减幅)/

export interface Reading {
  readonly measure: Measure
  /** -1 for decreases expressed as changes (下降29.4% → -29.4), else 1. */
  readonly sign: 1 | -1
}

// (增长力争9%, 增长确保8%: resolve between the verb and its number.)
const trimLeft = (s: string) => s.replace(/\s+$/, "").replace(/(同比|比上年|较上年|年均|分别|均|各|(?<![节签条])约|近|超过|超|突破|力争|确保|争取)+$/, "")

/**
 * `left` is the clause text just before the number, qualifier words removed; `wide` (optional) the
 * same reaching further back, where a rate noun may stand before a longer run of adverbs
 * (增长速度由原定平均每年6%): only the rate-noun patterns read it, and they admit no number between.
 */
export function readMeasure(unit: string, left: string, wide: string = left): Reading {
  const l = trimLeft(left)
  const w = trimLeft(wide)
  // 负增长5.30%, 负增长为7.59%: a growth written negative is a fall of that rate.
  if (NEGATIVE_GROWTH.test(l) && (isRateUnit(unit) || unit === "")) return { measure: "growth_rate", sign: -1 }
  const toLevel = TO_LEVEL.test(l)
  const up = !toLevel && UP.test(l)
  const down = !toLevel && DOWN.test(l)
  // 降幅收窄1.1个百分点: a narrower fall is a rise; 降幅扩大 a further fall.
  // (降幅比1-10月收窄0.9个百分点: the fall may stand further back, before the period compared with.)
  const ofFall = /(降幅|跌幅)/.test(w) && /(收窄|缩小|扩大)(了)?$/.test(l) && !/[，,；;。]/.test(w.slice(w.search(/降幅|跌幅/)))
  if (ofFall) return { measure: "growth_rate", sign: /扩大(了)?$/.test(l) ? -1 : 1 }
  if (unit === "个百分点" || unit === "个千分点") return { measure: "growth_rate", sign: down ? -1 : 1 }
  if (isRateUnit(unit) || unit === "成") {
    // 增速达到10%, 年均增速达4.25%: a rate of growth stated as a level is still a growth rate.
    if (GROWTH_TARGET.test(w)) return { measure: "growth_rate", sign: 1 }
    const noun = GROWTH_NOUN.exec(l) ?? GROWTH_NOUN.exec(w)
    // 同比减952万元，减幅1.49%: a fall named by its rate noun is negative.
    if (noun) return { measure: "growth_rate", sign: /^(降幅|跌幅|减幅)$/.test(noun[1]!) ? -1 : 1 }
    if (up) return { measure: "growth_rate", sign: 1 }
    if (down || SAVING_OF.test(l)) return { measure: "growth_rate", sign: -1 }
    const compared = l.endsWith("的") ? COMPARED_GROWTH.exec(l) : l.endsWith("(") || l.endsWith("（") ? COMPARED_GROWTH_BRACKET.exec(w) : null
    if (compared) return { measure: "growth_rate", sign: /^(降幅|跌幅)$/.test(compared[1]!) ? -1 : 1 }
    return { measure: "share", sign: 1 }
  }
  if (unit === "倍" || unit === "番") return { measure: up || unit === "番" || GROWTH_NOUN.test(l) ? "growth_rate" : "ratio", sign: 1 }
  if (unit === "") {
    if (RATIO_BEFORE.test(l)) return { measure: "ratio", sign: 1 }
    // 压减三分之一, 提高二分之一: a fraction after a verb of change is the rate of that change.
    if (up || down) return { measure: "growth_rate", sign: down ? -1 : 1 }
    return { measure: "share", sign: 1 }
  }
  if (!toLevel && !/新增$/.test(l)) {
    if (CHANGE_DOWN.test(l)) return { measure: "change", sign: -1 }
    if (CHANGE_UP.test(l)) return { measure: "change", sign: 1 }
    const more = MORE_OR_FEWER.exec(left)
    if (more) return { measure: "change", sign: more[1] === "少" ? -1 : 1 }
  }
  return { measure: "level", sign: 1 }
}
