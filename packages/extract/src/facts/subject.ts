/**
 * Subjects: the noun phrase a number measures, read from the words before it in its
 * clause (地区生产总值实现983亿元), or after it when the number comes first (帮助23家企业
 * 定制出海路线). Verbs of reporting and direction are peeled off both ends.
 */

import { findUnit, indicatorByName } from "@govstat/schema"
import { segmentKnown as segment, type Token } from "../words/segment.js"
import { EDGE_TAGS, FAST_FRAMES, FRAME_WORDS, INNER_FRAMES, INNER_TIMES, KEEP_VERBS, ADVERBIAL_NOUNS, NOT_PLACES, NOT_SUBJECTS, VERB_COMPLEMENTS, ZONE_HEADS } from "./subject-words.js"
import { citylessDivisionLength } from "../place/corps.js"

/** Leading words that are not part of what is measured. */
const LEADING = [
  "其中", "同时", "此外", "另外", "并且", "并", "且", "和", "及", "以及", "与", "、", "累计", "共计", "合计", "总计",
  "全年", "全区", "全市", "全县", "全省", "全旗", "全盟", "全疆", "我区", "我市", "我县", "我省", "我旗", "我盟", "今年", "去年", "当年", "年内", "目前", "截至目前",
  "截至", "已", "已经", "共", "还", "也", "均", "同比", "分别", "比上年", "较上年", "年均"
]
/** Trailing verbs and function words between a subject and its number. */
const TRAILING = [
  "分别达到", "分别达", "分别为", "分别增长", "分别下降", "分别提高", "分别", "达到", "实现了", "实现", "完成了", "完成",
  "突破", "超过", "超", "达", "为", "是", "有", "共", "累计", "共计", "合计", "总计", "增至", "增长到", "提高到",
  "提升到", "提升至", "提高至", "降至", "降低到", "下降到", "减少到", "扩大到", "拓展至", "拓展到", "缩至", "缩短至",
  "压缩至", "控制在", "保持在", "稳定在", "增长了", "增长", "下降了", "下降", "提高了", "提高", "提升", "降低了", "降低",
  "减少了", "减少", "增加了", "增加", "回落", "上升", "增速", "增幅", "涨幅", "同比", "比上年", "较上年", "年均",
  "约合", "折合", "约", "近", "超过", "不低于", "不少于", "以上", "左右", "的", "达成", "均", "各", "新增了", "拥有", "建成了", "由",
  "从", "到", "至", "了", "在", "已"
]
// (第一季, 第1季, 首季: Taiwan's quarters.)
const START_TIME = /^((?:19|20)\d{2}年(?:底|末|初)?|[一二三四1-4]季度|第[一二三四]季度|第[一二三四1-4]季|首季|前三季度|上半年|下半年|\d{1,2}[-—~至]\d{1,2}月|\d{1,2}月(?:份|底)?)/

const ENUM_SEP = /[、]/
/** 消费品价格下降0.1%: the dictionary joins 价格下降 into one word; the verb of change before the number is no part of the subject. */
/** 总支出调整为409959万元, 转贷收入调增12000万元: a budget's adjustment names nothing (not 占调整预算的). Its last two characters read first. */
const adjustedEnd = (s: string): boolean => {
  const a = s.charCodeAt(s.length - 2)
  const b = s.charCodeAt(s.length - 1)
  return (a === 0x6574 /* 整 */ && s.charCodeAt(s.length - 3) === 0x8c03 /* 调 */ && (b === 0x4e3a || b === 0x5230 || b === 0x81f3)) || (a === 0x8c03 && (b === 0x589e || b === 0x51cf))
}
// (减少至, 降低到: the level reached, 农村贫困人口减少至5万人 counts those left, not those who left.)
// (开办时间缩短三分之一, 通关时间再压缩: a cut's verb too; 各项税收共收到, 农业税收到: what a budget collected.)
const CHANGE_VERB_END = /(?<=[\u4e00-\u9fff]{2})(?<!分别|均|各)(?:上涨|下降|上升|下跌|回落|(?:减少|降低|增加|上涨|下降|上升|回落)[至到]|(?:再|要)?(?:缩短|压缩|精简|削减|压减)|共?收到)$/
/**
 * 地区生产总值增长的预期目标为8%, 农民人均纯收入增长目标为8%: the target is how the figure is
 * meant, not what it measures (status says so). Only after a subject of two characters or more.
 */
// (经济增长预期目标为5%: the growth word stays, 经济增长 is what grows.)
const TARGET_END = /(?<=[\u4e00-\u9fff]{2})的?(?:主要)?(?:预期目标|(?:宏观)?调控目标|奋斗目标|预期|目标)(?:值)?(?:为|是|定为|确定为|设定为)?$/
// (Cheap guard first: the words name a target at all.)
const withoutTarget = (s: string) => (s.includes("目标") || s.includes("预期") ? s.replace(TARGET_END, "") : s)
/** How a policy grants an amount, ending the words before it: (分别)给予(每家)(一次性)(最高)(可). */
const GRANT_END = /(?:分别|给予|每[家个项人户次]|一次性|最高|可)+$/
/** 全省生产总值[2]82553亿元: a footnote's mark between a subject and its number. */
const FOOTNOTE_MARK = /\[\d{1,2}\]/g
/**
 * 地方财政收入按可比口径计算增长20%, 按可比价年均增长, 扣除价格因素实际增长12.1%, 名义增长12.9%,
 * 同口径增长8.6%, 现价增长24.2%, 按现价计算达到, 按1980年不变价格计算达到, 实现现价地区生产总值24.9亿元: how a
 * figure is computed, inside the words before it, is no part of its subject.
 */
// (本地生产总值实质上升2.4%, 净产值实质下跌0.7%: Hong Kong's and Macao's 实质 is 实际, their 上升/下跌 the verbs.)
const METHOD_FRAME = /按照?(?:(?:(?:19|20)\d{2}年)?(?:可比|不变|现行|当年|现)(?:价格|价|口径)(?:计算|计)?|(?:常住|户籍|年平均)人口(?:计算|计)的?|[^，,；;。\d]{0,8}?汇率(?:折算|计算)(?:为|成)?)|扣除价格因素(?:后)?(?:实际)?|(?:名义|实际|实质|同口径|可比口径)(?=增长|下降|提高|增加|上升|下跌)|现价(?=[\u4e00-\u9fff])/g
/** 超过时间进度6.6个百分点: budget progress measured against the calendar names no subject of its own. */
// (领先时间进度7个百分点: ahead of it, too.)
const TIME_PROGRESS = /(?:超过|超出|高于|低于|快于|慢于|领先于?|落后于?)(?:序时|时间)进度$/

export function peel(s: string, words: ReadonlyArray<string>, fromStart: boolean): string {
  for (let again = true; again && s.length > 0;) {
    again = false
    for (const w of words) {
      if (fromStart ? s.startsWith(w) : s.endsWith(w)) {
        if (s.length === w.length) return ""
        s = fromStart ? s.slice(w.length) : s.slice(0, -w.length)
        again = true
        break
      }
    }
  }
  return s
}

/** Trims time words, region names and connectors from the start of a subject phrase. */
/** Length of the place name opening a string (0 for none). */
export type PlacePrefix = (s: string) => number

export function cleanLeft(s: string, placeLength: PlacePrefix): string {
  let out = s.replace(/^[\s、,，;；:："“”]+/, "")
  for (let again = true; again;) {
    again = false
    const before = out
    out = peel(out, LEADING, true)
    const t = START_TIME.exec(out)
    if (t) out = out.slice(t[0].length)
    const n = placeLength(out)
    if (n > 0 && out.length > n) out = out.slice(n)
    out = out.replace(/^[\s、,，"“”]+/, "")
    if (out !== before) again = true
  }
  return out
}

/**
 * Subject text left of a number: the noun phrase that ends the words since the clause start
 * or the previous number. `before` is the text just before `left` (the previous number):
 * words that run across that boundary (百分之二十七点八) are not the subject's.
 */
export function subjectBefore(left: string, placeLength: PlacePrefix, before = ""): string {
  // 化肥（按有效成份计算）由: a parenthesis qualifies the subject before it; it is not one.
  const s = afterKicker(withoutTarget(withoutNotes(left)))
  if (onlyFrames(s)) return ""
  // 每家给予最高20万元奖励, 对新认定的重点实验室给予每家200万元补助: a grant's wording names nothing;
  // the grantee before it, or the grant after the amount, is the subject.
  if (s.includes("给予") || s.includes("最高")) {
    const granted = s.replace(GRANT_END, "")
    if (granted !== s) return granted === "" || onlyFrames(granted) ? "" : subjectBefore(granted, placeLength, before)
  }
  if (adjustedEnd(s)) return subjectBefore(s.slice(0, s.charCodeAt(s.length - 2) === 0x6574 ? -3 : -2), placeLength, before)
  // 国内生产总值达到: a catalogue name and its verb need no segmenting (most statistics read so).
  const named = withoutTrailingFrames(s)
  if (named !== s && indicatorByName(named)) return named
  // The last 22 characters hold any subject (at most 20); the first word of a cut text may be a part word.
  // (规模以上工业增加值占全部工业增加值的比重比上年提高: the frames after a subject that fits take no room of it.)
  const tail = s.length > 22 && named.length <= 22 ? s.length - named.length : 0
  const context = s.length > 22 ? s.slice(-(25 + tail)) : before.slice(-3) + s
  const from = context.length - tail - Math.min(s.length - tail, 22)
  const tokens = segment(context)
  let first = 0
  while (first < tokens.length && tokens[first]!.start < from) first++
  const phrase = nounPhrase(first === 0 ? tokens : tokens.slice(first), placeLength)
  if (s.includes("岁")) return withAgeBand(s, phrase)
  return s.includes("、") ? withSectorList(s, phrase) : phrase
}

/**
 * The words before a number without what is no part of a subject: parentheses, footnote marks,
 * how the figure is computed, budget progress, trailing marks and a verb of change. Each pattern
 * runs only where its cue is written (most clauses hold none, and a pattern tries every position).
 */
function withoutNotes(left: string): string {
  let s = left
  if (s.includes("（") || s.includes("(")) s = s.replace(PARENTHESIS, "")
  if (s.includes("[")) s = s.replace(FOOTNOTE_MARK, "")
  if (METHOD_CUE.test(s)) s = s.replace(METHOD_FRAME, "")
  if (s.endsWith("进度")) s = s.replace(TIME_PROGRESS, "")
  // 第1季國內生產總值, 民間消費第一季成長: Taiwan's quarter (第1季, 首季; not 第一季度) is a time, wherever it stands.
  if (s.includes("季")) s = s.replace(TW_QUARTER, "")
  s = s.replace(TRAILING_MARKS, "")
  // 大陸第一季GDP年增18.3%: Taiwan's 年增 (grew on the year) is the verb of change.
  if (s.endsWith("年增") || s.endsWith("年減") || s.endsWith("年减")) return s.slice(0, -2)
  return CHANGE_VERB_LAST.test(s) ? s.replace(CHANGE_VERB_END, "") : s
}
const TRAILING_MARKS = /[\s、,，"“(（]+$/
const TW_QUARTER = /第[一二三四1-4]季(?!度)|首季(?!度)/g
/** The first characters of METHOD_FRAME's alternatives. */
const METHOD_CUE = /[按扣名实同可现]/
/** The last characters CHANGE_VERB_END can end on. */
const CHANGE_VERB_LAST = /[涨降升跌落至到短缩简减]$/

/** 二、三产业增加值占生产总值的比重: the sectors listed before 产业 are one subject (their sum), not the last one. */
function withSectorList(s: string, phrase: string): string {
  const at = phrase ? s.lastIndexOf(phrase) : -1
  if (at <= 0) return phrase
  const before = s.slice(Math.max(0, at - 12), at)
  const list = /^第?[一二三]产业/.test(phrase) ? SECTORS_BEFORE_ONE.exec(before) : /^产业/.test(phrase) ? SECTORS_BEFORE_BARE.exec(before) : null
  return list ? list[0] + phrase : phrase
}
const SECTORS_BEFORE_ONE = /(?:第?[一二三]、)+$/
const SECTORS_BEFORE_BARE = /(?:第?[一二三]、)+第?[一二三]$/

/** 0—14岁人口占全省总人口的比重, 65岁及以上人口: the age band before a population noun is part of what is measured. */
function withAgeBand(s: string, phrase: string): string {
  const at = phrase ? s.lastIndexOf(phrase) : -1
  if (at <= 0) return phrase
  const band = AGE_BAND_END.exec(s.slice(Math.max(0, at - 14), at))
  return band && /^人口|^人/.test(phrase) ? band[0] + phrase : phrase
}
const AGE_BAND_END = /(?:\d{1,3}\s*[—\-–~至到]\s*\d{1,3}|\d{1,3})\s*周?岁(?:及以上|以上|及以下|以下)?$/

/**
 * 经济繁荣发展 楚雄2018年地区生产总值达, 十一、资源、环境和应急管理 全年全州水资源总量: a space
 * between two runs of words ends a headline's kicker or a heading run into the line; the subject
 * is after it, when it runs four characters or more (not text spaced out character by character).
 */
const KICKER = /[\u4e00-\u9fff][\u3000 ]+(?=[\u4e00-\u9fff\d][^\s]{3,}$)/g
function afterKicker(s: string): string {
  // Most subjects hold no space at all: skip the expression, which tries every position.
  if (!s.includes(" ") && !s.includes("\u3000")) return s
  // 糧 食 1397.7萬噸, 烤 煙 1.1萬噸: an old table spaces a short name out character by character.
  const spaced = SPACED_NAME.exec(s)
  if (spaced) return s.slice(0, spaced.index) + spaced[0].replace(/[ \u3000]+/g, "")
  let cut = -1
  for (const m of s.matchAll(KICKER)) cut = m.index + m[0].length
  return cut === -1 ? s : s.slice(cut)
}
const SPACED_NAME = /(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff][ \u3000]{1,2}){1,3}[\u4e00-\u9fff]$/

/** Subject text right of a number that comes before its noun: 54个项目开工建设 → 项目开工建设. */
export function subjectAfter(right: string, counted = false): string {
  let s = right.replace(/^[的]/, "").replace(/[\s,，。;；:：、]+$/, "")
  // A line break ends the noun too (58所中小学全覆盖⏎强化…), and so does a list mark that opens
  // the examples of the next number (5所优质学校、重庆大学附属科学城医院等2家).
  const stop = s.search(/[\n,，。;；:：]/)
  if (stop !== -1) s = s.slice(0, stop)
  // (1.1亿农村劳动力外出务工 半数跨省流动: so does a headline's space between two runs of words.)
  if (s.includes(" ") || s.includes("\u3000")) {
    const gap = s.search(HEADLINE_GAP)
    if (gap !== -1) s = s.slice(0, gap)
  }
  const mark = s.indexOf("、")
  if (mark !== -1 && /等$/.test(s)) s = s.slice(0, mark)
  const tokens = segment(s.slice(0, 18))
  const out: Array<Token> = []
  // The characters taken so far, and whether a noun is among them.
  let chars = 0
  let noun = false
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (out.length > 0 && chars + t.word.length > 16) break
    // 142家企业履行环保责任: the noun ends where its own verb starts (a verb that changes what is
    // counted stays: 项目开工建设; so do verbs inside a compound noun: 国家自主创新示范区).
    if (noun && isVerb(t) && t.word.length >= 2 && !KEEP_VERBS.has(t.word) && !modifiesNoun(tokens, i)) {
      while (out.length > 1 && MODIFIER_TAGS.has(out[out.length - 1]!.tag) && out[out.length - 1]!.word.length === 1) out.pop()
      break
    }
    // 粮食而奋斗: a conjunction after the noun starts the predicate.
    if (t.tag === "c" && !/^(和|与|及|以及|或|或者|、)$/.test(t.word) && noun) break
    // 15个镇街协同推进…, 4211名干部点对点“绑定”, 200余个企业全天候服务: a word jieba calls a noun
    // that says how the verb after it is done starts the predicate.
    if (noun && ADVERBIAL_NOUNS.has(t.word) && verbNext(tokens, i + 1)) break
    // 5个中心卫生院为正科级事业单位: a copula after the noun counted starts what is said of it.
    // (40%的产品是废品: a share's predicate says which part it is, and stays.)
    if (counted && noun && (t.word === "为" || t.word === "是")) break
    // 117名服务专员对辖区…服务, 65人次向区总河长递交: a preposition after the noun counted opens its predicate.
    if (counted && noun && t.tag === "p") break
    out.push(t)
    chars += t.word.length
    if (isNoun(t)) noun = true
  }
  return closeParenthesis(trimEnd(out).map((t) => t.word).join(""))
}

const HEADLINE_GAP = /(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])/

/** Whether a verb comes within the next three words from k, past any quote mark (全天候全覆盖保姆式服务). */
function verbNext(ts: ReadonlyArray<Token>, k: number): boolean {
  while (k < ts.length && /^[“"「‘]$/.test(ts[k]!.word)) k++
  for (let j = k; j < ts.length && j < k + 3; j++) if (isVerb(ts[j]!) || ts[j]!.tag === "vn") return true
  return false
}

/** 县(市)已初步建立…: a parenthesis the cut left open is closed again. */
function closeParenthesis(phrase: string): string {
  const open = (phrase.match(/[(（]/g) ?? []).length - (phrase.match(/[)）]/g) ?? []).length
  return open > 0 && /[(（][^()（）]*$/.test(phrase) ? phrase.replace(/[(（]([^()（）]*)$/, (m, inner: string) => (inner ? m + (m[0] === "(" ? ")" : "）") : "")) : phrase
}

const isNoun = (t: Token) => !isEdge(t) && !isVerb(t)
const NOUN_TAGS = /^(n|nz|nt|nl|ng|j|vn)$/

/** Verbs from k on that are followed by nouns only, to the end: they modify a compound noun (自主创新示范区). */
function modifiesNoun(ts: ReadonlyArray<Token>, k: number): boolean {
  // 全覆盖, 完成工业总产值: a verb after an adverb, or a frame verb, is a predicate (重要依托 is a noun).
  const before = ts[k - 1]
  if (before && MODIFIER_TAGS.has(before.tag) && (before.tag !== "a" || before.word.length === 1)) return false
  if (FRAME_WORDS.has(ts[k]!.word)) return false
  // 专项附加扣除, 农民工职业技能提升培训任务: verbs and nouns to the end, with no particle,
  // adverb or frame among them, are one compound; 国家建立了外交关系 is a clause.
  for (let j = k; j < ts.length; j++) {
    const t = ts[j]!
    if (!(isVerb(t) || NOUN_TAGS.test(t.tag) || t.word === "等") || FRAME_WORDS.has(t.word)) return false
  }
  return true
}

/** True when a phrase ends in a noun (贷款金额, 供应土地), not a verb (严守, 建设). */
export function endsInNoun(phrase: string): boolean {
  const ts = segment(phrase)
  const last = ts[ts.length - 1]
  return last !== undefined && /^(n|nz|nt|nl|ng|j)$/.test(last.tag)
}

/**
 * The verb that ends the words before a number with 了 (访问了 → 访问), or "": 访问了46个国家
 * counts the countries visited. A frame verb (达到了) names nothing.
 */
export function verbBefore(left: string): string {
  if (!/了$/.test(left)) return ""
  const ts = segment(left.slice(-8, -1))
  const last = ts[ts.length - 1]
  return last && last.tag === "v" && last.word.length >= 2 && !FRAME_WORDS.has(last.word) && !KEEP_VERBS.has(last.word) ? last.word : ""
}

/** The last word of a phrase. */
export function lastWord(phrase: string): string {
  const ts = segment(phrase)
  return ts[ts.length - 1]?.word ?? ""
}
/** One-character adverbs and adjectives that belong to the verb after them (中小学全覆盖): */
const MODIFIER_TAGS: ReadonlySet<string> = new Set(["a", "ad", "d"])

/** True for text that is nothing but punctuation and frame words (，比上年增长): no need to segment it. */
function onlyFrames(s: string): boolean {
  let at = 0
  outer: while (at < s.length) {
    if (/[\s、,，;；:：]/.test(s[at]!)) { at++; continue }
    for (const w of FAST_FRAMES) {
      if (s.startsWith(w, at)) { at += w.length; continue outer }
    }
    return false
  }
  return true
}

/** Text without the frame words at its end (国内生产总值比上年增长 → 国内生产总值). */
function withoutTrailingFrames(s: string): string {
  for (let again = true; again;) {
    again = false
    for (const w of FAST_FRAMES) {
      if (s.length > w.length && s.endsWith(w)) {
        s = s.slice(0, -w.length)
        again = true
      }
    }
  }
  return s
}

const CJK_OR_LATIN = /[\u4e00-\u9fffA-Za-z0-9]/
/** jieba tags words it found by its HMM (科企, 高企) x, like punctuation: only the latter is an edge. */
// (纱增长16.2%: jieba tags some one-character products zg; a catalogue name is a noun, not an edge.)
const isEdge = (t: Token) =>
  (t.tag === "x" ? !CJK_OR_LATIN.test(t.word) : EDGE_TAGS.has(t.tag) && !(t.tag === "zg" && t.word.length === 1 && indicatorByName(t.word) !== undefined)) || FRAME_WORDS.has(t.word)
const isVerb = (t: Token) => t.tag === "v" || t.tag === "vd" || t.tag === "vi" || (t.tag === "ns" && KEEP_VERBS.has(t.word))
const isLoneChar = (t: Token) => t.word.length === 1 && /[\u4e00-\u9fff]/.test(t.word) && !isEdge(t)
/** Heads after 等 that say nothing without the list before them (科技、教育等方面的支出). */
const LIST_HEADS: ReadonlySet<string> = new Set(["方面", "领域", "行业", "部门", "地区", "事项", "方式", "种类", "类"])
/** Locatives that close a time clause (建成后, 投产以后). */
const AFTER_WORDS: ReadonlySet<string> = new Set(["后", "以后", "之后"])
/** Heads that say nothing without the clause that defines their population (…户的比例). */
const RELATIVE_HEADS: ReadonlySet<string> = new Set(["比例", "比重", "占比"])
const PARENTHESIS = /（[^（）]{0,30}）|\([^()]{0,30}\)/g
// A citation mark or a dash between list items ([2] - 明泉集团投资) ends a phrase as a comma does.
const HARD_STOP = /^[,，;；:：。!！?？()（）\[\]【】-]$/

function trimEnd(ts: Array<Token>): Array<Token> {
  while (ts.length > 0 && isEdge(ts[ts.length - 1]!) && !headMorpheme(ts, ts.length - 1)) ts.pop()
  return ts
}

/** Places and things a zg morpheme names as a head (jieba tags 较, 每, 仍 zg too: those are no heads). */
const HEAD_MORPHEMES: ReadonlySet<string> = new Set([..."村县乡镇厂场站畜户园校院馆店井库港桥组社队矿"])
/**
 * 重点/n 村/zg, 小/a 畜/zg: a one-character morpheme jieba tags zg right after a word is that word's
 * head (重点村, 小畜), not an edge to trim.
 */
function headMorpheme(ts: ReadonlyArray<Token>, k: number): boolean {
  const t = ts[k]!
  // (脱贫/v 不/d 稳定/a 户/q: 户 after a word is a household of that kind, 不稳定户.)
  if (!(t.tag === "zg" || (t.tag === "q" && t.word === "户")) || k === 0 || !HEAD_MORPHEMES.has(t.word)) return false
  const before = ts[k - 1]!
  // (By its tag: 稳定 is a frame word at an end, not before the head it qualifies.)
  return before.end === t.start && !EDGE_TAGS.has(before.tag) && CJK_OR_LATIN.test(before.word)
}

/** Whether a word from k up to hi is a noun (neither an edge nor a verb). */
function nounFrom(ts: ReadonlyArray<Token>, k: number, hi: number): boolean {
  for (let j = k; j < hi; j++) if (!isEdge(ts[j]!) && !isVerb(ts[j]!)) return true
  return false
}

/** hi less the edge words (punctuation, frames) that end ts[lo, hi). */
function trimEdgesEnd(ts: ReadonlyArray<Token>, lo: number, hi: number): number {
  while (hi > lo && ((isEdge(ts[hi - 1]!) && !(hi - 1 > lo && headMorpheme(ts, hi - 1))) || isModalEnd(ts[hi - 1]!))) hi--
  return hi
}
/** 财政总收入预计可净增, 物价涨幅可控制在: a lone modal before the verb ends no subject (可利用面积 opens one, so only at the end). */
const isModalEnd = (t: Token) => t.word.length === 1 && t.tag === "v" && (t.word === "可" || t.word === "能" || t.word === "会")

/**
 * 起征点从月销售额3万元提高到10万元, 补助标准由每人每年: the subject of 由/从 X 到 Y is before
 * 由/从 when at most one word qualifies the start value (从集体分得的平均收入 is a phrase): the new hi.
 */
function beforeStartValue(ts: ReadonlyArray<Token>, lo: number, hi: number): number {
  for (let k = hi - 1; k > lo; k--) {
    if ((ts[k]!.word === "从" || ts[k]!.word === "由") && ts[k]!.tag === "p" && !isEdge(ts[k - 1]!) && !isVerb(ts[k - 1]!)) {
      let words = 0
      for (let j = k + 1; j < hi; j++) if (!isEdge(ts[j]!)) words++
      return words <= 1 ? k : hi
    }
  }
  return hi
}

/**
 * 比第五个五年计划期间的577亿元: what follows 比 is the base of a comparison, not the subject;
 * a noun before 比 (钢产量比一九五七年) is, and without one the subject is elsewhere (-1).
 * The new hi.
 */
function beforeComparison(ts: ReadonlyArray<Token>, lo: number, hi: number): number {
  for (let k = hi - 1; k >= lo; k--) {
    const w = ts[k]!.word
    // (高于全省平均水平5.1个百分点, 增幅高于全省平均水平: 高于 compares as 比…高 does, its comparative inside it.)
    const builtIn = COMPARING_VERBS.has(w)
    if (w !== "比" && w !== "较" && !builtIn) continue
    // 比一九五七年钢产量: a comparison with a time only, the noun after it is the subject.
    let j = k + 1
    while (j < hi && (ts[j]!.tag === "t" || (ts[j]!.tag === "m" && /年$/.test(ts[j]!.word)) || FRAME_WORDS.has(ts[j]!.word))) j++
    // (比全省平均水平高9.6个百分点, 比全国快: a comparative after the words is a comparison with a
    // base, whatever opens them; the base is never the subject.)
    if (j > k + 1 && !builtIn && !COMPARATIVES.has(ts[hi - 1]!.word)) return hi
    if (!nounFrom(ts, k + 1, hi)) return hi
    let noun = false
    for (let j = lo; j < k && !noun; j++) noun = !isEdge(ts[j]!) && !isVerb(ts[j]!)
    if (!noun) return -1
    return trimEdgesEnd(ts, lo, k)
  }
  return hi
}

/** Verbs that compare with the base after them, the comparative inside them (高于全省平均水平). */
const COMPARING_VERBS: ReadonlySet<string> = new Set(["高于", "低于", "快于", "慢于", "高出", "低出"])

/** How much higher or lower a figure is than its base (比全省平均水平高, 比全国快). */
const COMPARATIVES: ReadonlySet<string> = new Set(["高", "低", "多", "少", "快", "慢", "高出", "低出", "多出", "少出"])

/**
 * 城乡居民收入比2010年增长, 收入比上年增长: the segmenter reads 收入比 (a ratio) as one word where
 * 比 compares the noun with a time right after it (the phrase ends there, the time being an
 * edge). Whether the phrase's last word is such a fused 比, to be cut.
 */
function fusedComparison(ts: ReadonlyArray<Token>, lo: number, hi: number): boolean {
  if (hi <= lo || hi >= ts.length) return false
  const w = ts[hi - 1]!.word
  if (w.length < 2 || w.charCodeAt(w.length - 1) !== 0x6bd4 /* 比 */) return false
  const next = ts[hi]!
  return next.tag === "t" || (next.tag === "m" && /^(?:(?:19|20)\d{2}|[一二三四五六七八九〇零]{4})年?$/.test(next.word))
}

/** 建成后将新增通过能力: what a verb before 后 dates is a time, not the subject. The new lo. */
function afterTimeClause(ts: ReadonlyArray<Token>, lo: number, hi: number): number {
  for (let k = hi - 2; k > lo; k--) {
    if (AFTER_WORDS.has(ts[k]!.word) && isVerb(ts[k - 1]!) && nounFrom(ts, k + 1, hi)) return k + 1
  }
  return lo
}

/** lo past the words that open a phrase but are not its subject: frames, 按…计算, places and verbs before a noun. */
const NUMERAL_FIRST = new Set([..."第一二三四五六七八九十"].map((c) => c.charCodeAt(0)))

/** The token index a place name that starts at ts[lo] ends on (at a token boundary), or lo when none does. */
function placeAcross(ts: ReadonlyArray<Token>, lo: number, hi: number, placeLength: PlacePrefix): number {
  let s = ""
  for (let k = lo; k < hi && s.length < 8; k++) s += ts[k]!.word
  const n = placeLength(s) || citylessDivisionLength(s)
  if (n === 0) return lo
  let len = 0
  for (let k = lo; k < hi; k++) {
    len += ts[k]!.word.length
    if (len === n) return k + 1
    if (len > n) return lo
  }
  return lo
}

/** A time of the year at k (前/f 三季度/mq: both words of 前三季度). */
const innerTime = (ts: ReadonlyArray<Token>, k: number) => INNER_TIMES.has(ts[k]!.word) || (ts[k]!.word === "前" && INNER_TIMES.has(ts[k + 1]?.word ?? ""))

/** Numerals that open a sector's short name (一产业) or a group's (三大主导产业), and what follows them there. */
const SECTOR_ORDINALS: ReadonlySet<string> = new Set([..."一二三四五六七八九十"])
const NAMED_GROUP_NEXT = /^(?:产业|产|大)$/

const NEGATIONS: ReadonlySet<string> = new Set(["未", "尚未", "没有", "没", "不", "仍未"])
/** Whether ts from k is a verb phrase closed by 的 within four words, with a noun after it (解决温饱的人口). */
function negatedClauseOf(ts: ReadonlyArray<Token>, k: number, hi: number): boolean {
  // (没有实现年初确定的…目标: a frame verb reports; it defines nothing.)
  if (k >= hi || INNER_FRAMES.has(ts[k]!.word) || !(isVerb(ts[k]!) || ts[k]!.tag === "a" || ts[k]!.tag === "ad")) return false
  for (let j = k + 1; j < hi && j <= k + 4; j++) if (ts[j]!.word === "的") return nounFrom(ts, j + 1, hi)
  return false
}

function dropLeading(ts: ReadonlyArray<Token>, lo: number, hi: number, placeLength: PlacePrefix): number {
  // Where a place and a zone head after it end (zoneHeadedEnd), read once per step.
  let zoneEnd = lo
  while (lo < hi) {
    const first = ts[lo]!
    // 全旗, 全盟: a frame word the dictionary does not know comes as two characters.
    if (lo + 1 < hi && FRAME_WORDS.has(first.word + ts[lo + 1]!.word)) {
      lo += 2
      continue
    }
    // 批零住餐: characters the dictionary does not join are an unknown word, not frames to drop.
    if (lo + 1 < hi && isLoneChar(first) && isLoneChar(ts[lo + 1]!)) break
    // 第八/m 师/ng, 八/m 师/ng 市/n: a place whose name opens with a numeral (a 兵团 division) spans words.
    // (克/m 州/n: a short name whose first character the segmenter tags a unit or numeral, 克州, spans words too.)
    const spanned = NUMERAL_FIRST.has(first.word.charCodeAt(0)) || (first.word.length === 1 && (first.tag === "m" || first.tag === "q") && lo + 1 < hi && ts[lo + 1]!.word.length === 1) ? placeAcross(ts, lo, hi, placeLength) : lo
    if (spanned > lo + 1 && nounFrom(ts, spanned, hi)) {
      lo = spanned
      continue
    }
    // 一产业增加值, 三大主导产业产值: a numeral before 产业/产 is the sector's ordinal, before 大 the
    // count in a group's name (三大主导产业); both are part of the noun.
    if (first.tag === "m" && first.word.length === 1 && lo + 1 < hi && SECTOR_ORDINALS.has(first.word) && NAMED_GROUP_NEXT.test(ts[lo + 1]!.word)) break
    // 第一季度 after a frame (预计第一季度全区完成生产总值), which jieba tags l, is a time.
    if (INNER_TIMES.has(first.word)) {
      lo++
      continue
    }
    // 头5个月: "the first five months", a time (the segmenter reads 头 as a noun, 前 as a locative).
    if (first.word === "头" && lo + 1 < hi && ts[lo + 1]!.tag === "m") {
      lo++
      continue
    }
    // 未解决温饱的绝对贫困人口, 尚未脱贫的人口: a negated verb before 的 defines the head; it stays.
    if (NEGATIONS.has(first.word) && negatedClauseOf(ts, lo + 1, hi)) break
    if (first.word === "按" || first.word === "按照") {
      // 按可比价格计算, 按2024年平均汇率计算: the whole frame goes.
      let k = lo + 1
      while (k < ts.length && k <= lo + 6 && ts[k]!.word !== "计算") k++
      lo = k < ts.length && ts[k]!.word === "计算" ? k + 1 : lo + 1
    } else if (isEdge(first)) {
      lo++
    } else if (lo + 2 < hi && placeLength(first.word) === first.word.length && (zoneEnd = zoneHeadedEnd(ts, lo, hi, placeLength)) > lo + 1) {
      // 常州/ns 经/开/区: a place and a zone's head after it name one zone, the figure's place; all go.
      lo = zoneEnd
    } else if (((first.tag === "ns" && first.word.length >= 2 && !NOT_PLACES.has(first.word)) || placeLength(first.word) === first.word.length) && nounFrom(ts, lo + 1, hi) &&
      !ZONE_HEADS.has(ts[lo + 1]!.word)) {
      // (川南经济区, 攀西经济区: a place naming a zone is the zone's name, not where the figure is.)
      lo++
    } else if (isVerb(first) && !KEEP_VERBS.has(first.word) && !attributeSuffixAfter(ts, lo + 1, hi) &&
      (nounFrom(ts, lo + 1, hi) || (lo + 1 < hi && allKept(ts, lo + 1, hi)))) {
      // (组织外出务工3.5万人次: a verb before kept verbs only is how they came about, not what is counted.)
      lo++
      // 落实好, 抓好: the result complement of a dropped verb goes with it.
      if (lo < hi - 1 && VERB_COMPLEMENTS.has(ts[lo]!.word)) lo++
    } else {
      break
    }
  }
  return lo
}

/**
 * 常州 + 经开区 (written in one word or three): the end of the words from `lo` that the gazetteer reads
 * as one place with a zone's head (高新区, 经开区, 开发区…), when a noun follows; else `lo`.
 */
function zoneHeadedEnd(ts: ReadonlyArray<Token>, lo: number, hi: number, placeLength: PlacePrefix): number {
  let rest = ""
  for (let k = lo; k < hi && rest.length < 16; k++) rest += ts[k]!.word
  const n = placeLength(rest)
  if (n <= ts[lo]!.word.length || rest.charCodeAt(n - 1) !== 0x533a /* 区 */) return lo
  // (The words up to the place's end: it must end between two of them.)
  let k = lo
  let chars = 0
  for (; k < hi && chars < n; k++) chars += ts[k]!.word.length
  return chars === n && nounFrom(ts, k, hi) ? k : lo
}

/**
 * 返还/v 性/n 收入: a verb with 性 after it is an attribute (返还性收入, 指导性计划), part of the
 * noun it qualifies, not an action to drop before it.
 */
const attributeSuffixAfter = (ts: ReadonlyArray<Token>, k: number, hi: number): boolean =>
  k < hi && ts[k]!.word.charCodeAt(0) === 0x6027 /* 性 */

/**
 * 奖励标准为投资额的1‰: what a copula equates the number with is its subject's left side.
 * 国家为职工建筑的宿舍: a 为 whose words end in 的 and a noun is a preposition, not a copula. The new hi.
 */
function beforeCopula(ts: ReadonlyArray<Token>, lo: number, hi: number): number {
  for (let k = lo + 1; k < hi - 1; k++) {
    if (ts[k]!.word === "为" || ts[k]!.word === "是") {
      let of = -1
      for (let j = k + 1; j < hi - 1; j++) {
        if (ts[j]!.word === "的") { of = j; break }
      }
      if (ts[k]!.word === "为" && of !== -1 && nounFrom(ts, of + 1, hi)) return hi
      return k
    }
  }
  return hi
}

/**
 * 坚决把文件压减三分之一, 努力把全年零售物价上涨幅度控制在10%: 把 brings forward what the verb
 * acts on, so that object, not the words of resolve before it, is what the number measures.
 * The new lo: after the last 把 with words between it and the end, else lo.
 */
function afterDisposal(ts: ReadonlyArray<Token>, lo: number, hi: number): number {
  for (let k = hi - 2; k >= lo; k--) if (ts[k]!.word === "把" && ts[k]!.tag === "p") return k + 1
  return lo
}

/**
 * …的机制为企业协调事宜260余项: 为 before a noun, a verb and a noun that run to the number is "for"
 * (for whom the thing counted was done), not a copula; the subject starts after it. The new lo.
 */
function afterBenefactive(ts: ReadonlyArray<Token>, lo: number, hi: number): number {
  for (let k = hi - 4; k > lo; k--) {
    if (ts[k]!.word !== "为") continue
    let j = k + 1
    while (j < hi && NOUN_TAGS.test(ts[j]!.tag) && ts[j]!.tag !== "vn") j++
    if (j === k + 1 || j >= hi - 1 || ts[j]!.tag !== "v") return lo
    for (let n = j + 1; n < hi; n++) if (!NOUN_TAGS.test(ts[n]!.tag)) return lo
    return k + 1
  }
  return lo
}

/**
 * 智慧大气、智慧水务、智慧执法等应用系统: where the examples before 等 end (the noun after it is
 * the subject), or -1.
 */
function examplesEnd(ts: ReadonlyArray<Token>, lo: number, hi: number): number {
  for (let k = hi - 2; k > lo; k--) {
    if ((ts[k]!.word === "等" || ts[k]!.word === "等等") && nounFrom(ts, k + 1, hi) && !LIST_HEADS.has(ts[k + 1]!.word)) return k
  }
  return -1
}

/**
 * The noun phrase a run of words ends with: frames, verbs of reporting, comparison frames
 * (比一九五二年, 平均每年), times and places are dropped from its ends, frame verbs inside it
 * (规模以上工业实现增加值) are dropped, and it is cut only between words.
 * Works on indexes into the words: it runs once per number. Each step is a function of its own,
 * so that each compiles small and once.
 */
export function nounPhrase(ts: ReadonlyArray<Token>, placeLength: PlacePrefix = () => 0): string {
  let lo = 0
  let hi = ts.length
  for (let k = hi - 1; k >= 0; k--) {
    if (HARD_STOP.test(ts[k]!.word)) { lo = k + 1; break }
  }
  hi = trimEdgesEnd(ts, lo, hi)
  // At most 20 characters, cut between words (a longer single word stays whole).
  let chars = 0
  let start = hi
  while (start > lo && chars + ts[start - 1]!.word.length <= 20) chars += ts[--start]!.word.length
  lo = start === hi && hi > lo ? hi - 1 : start
  const windowLo = lo
  hi = beforeStartValue(ts, lo, hi)
  hi = beforeComparison(ts, lo, hi)
  if (hi < 0) return ""
  const fused = fusedComparison(ts, lo, hi)
  lo = afterTimeClause(ts, lo, hi)
  lo = afterDisposal(ts, lo, hi)
  lo = dropLeading(ts, lo, hi, placeLength)
  hi = trimEdgesEnd(ts, lo, hi)
  lo = afterBenefactive(ts, lo, hi)
  hi = trimEdgesEnd(ts, lo, beforeCopula(ts, lo, hi))
  // …a verb that changes what is counted stays before the examples (新建成白鹭广场等公园 → 新建成公园).
  const etc = examplesEnd(ts, lo, hi)
  const keptHead = etc !== -1 && KEEP_VERBS.has(ts[lo]!.word) ? lo : -1
  let phrase = ""
  let nouns = 0
  for (let k = lo; k < hi; k++) {
    const t = ts[k]!
    if (k <= etc && k !== keptHead) continue
    if ((INNER_FRAMES.has(t.word) || innerTime(ts, k)) && k > lo && k < hi - 1) continue
    phrase += t.word
    if ((!isEdge(t) && !isVerb(t)) || (k === hi - 1 && headMorpheme(ts, k))) nouns++
  }
  return checkedPhrase(ts, lo, hi, windowLo, fused && phrase.endsWith("比") ? phrase.slice(0, -1) : phrase, nouns, placeLength)
}

/** The phrase of ts[lo, hi) with its quote marks mended, or the wider one a bare head after 的 needs, or "" when it names nothing. */
function checkedPhrase(ts: ReadonlyArray<Token>, lo: number, hi: number, windowLo: number, joined: string, nouns: number, placeLength: PlacePrefix): string {
  let phrase = joined.replace(/^[”"」』]+/, "").replace(/[“"「『]+$/, "")
  // “小巨人”企业 cut after its opening quote: an unpaired quote mark goes.
  if (!phrase.includes("“")) phrase = phrase.replace(/”/g, "")
  else if (!phrase.includes("”")) phrase = phrase.replace(/“/g, "")
  // No noun at all (会再新增, 建成): no subject, unless one kept verb is it (出口增长5%).
  const keptVerb = hi - lo === 1 && KEEP_VERBS.has(ts[lo]!.word)
  // 带动就业2.4万人, 完成转移就业14万人: kept verbs only, each of which changes what is counted, name it together.
  const keptVerbs = keptVerb || (hi - lo >= 2 && hi - lo <= 3 && allKept(ts, lo, hi))
  // 启动了178项: a verbal noun with 了 after it is used as a verb, and alone names nothing.
  if (hi - lo === 1 && !keptVerb && ts[lo]!.tag === "vn" && /^[了过着]$/.test(ts[hi]?.word ?? "")) return ""
  // 万元以下收入不增反降户的比例, 同我国建交的国家, 五年内增加的年产能力: a one-word head names
  // what is measured only with the clause before its 的.
  if (hi - lo === 1 && lo > windowLo && ts[lo - 1]!.word === "的" && (RELATIVE_HEADS.has(phrase) || !keptVerb)) {
    let from = windowLo
    // (jieba tags some one-character nouns zg: 糖的产量 keeps 糖.)
    while (from < lo - 1 && skipsBeforeHead(ts[from]!, placeLength)) from++
    if (from < lo - 1) return ts.slice(from, hi).map((t) => t.word).join("")
  }
  // 入选企业数占全市50%: 占 whose base was trimmed as a frame (全市) is the share's verb, no part of its subject.
  // (私营工业则只占, 农民贸易将占: the adverbs and frames before it go with it.)
  if (phrase.length > 2 && phrase.endsWith("占") && hi - lo > 1 && ts[hi - 1]!.word === "占") {
    let cut = 1
    // (实行劳动改造的占42.3%: a 的 closes a relative clause, those who were so, and stays.)
    for (let k = hi - 2; k > lo && ts[k]!.word !== "的" && (ts[k]!.tag === "d" || FRAME_WORDS.has(ts[k]!.word)); k--) cut += ts[k]!.word.length
    phrase = phrase.slice(0, -cut)
  }
  if ((nouns === 0 && !keptVerbs) || NOT_SUBJECTS.has(phrase) || findUnit(phrase)) return ""
  // 2003年中国有1.139亿农村劳动力外出务工: a place is where the figure is, never what it measures.
  if (phrase.length <= 10 && ts[hi - 1]!.tag === "ns" && placeLength(phrase) === phrase.length) return ""
  // 人均克州生产总值2717元: nor is it part of a per-person figure's name.
  if (phrase.startsWith("人均") && phrase.length > 5) {
    const n = placeLength(phrase.slice(2))
    if (n > 0 && phrase.length - 2 - n >= 2) return "人均" + phrase.slice(2 + n)
  }
  return phrase
}

/** Whether every word of ts[lo, hi) is a kept verb. */
function allKept(ts: ReadonlyArray<Token>, lo: number, hi: number): boolean {
  for (let k = lo; k < hi; k++) if (!KEEP_VERBS.has(ts[k]!.word)) return false
  return true
}

const skipsBeforeHead = (t: Token, placeLength: PlacePrefix) =>
  (isEdge(t) && t.tag !== "zg") || FRAME_WORDS.has(t.word) || placeLength(t.word) === t.word.length

const PER_PREFIX = /^(单位(国内|地区)?生产总值|单位GDP|万元(国内|地区)?生产总值|万元GDP|万元工业增加值|单位工业增加值|人均|亩均|户均)/

/** A measured head anywhere in an item (沙化土地面积净, 区级重大项目投资完成率). */
const HEAD_WORD = /增加值|产值|生产总值|GDP|收入|投资|总额|率|数量|规模|面积|销售额|零售额|营收|人次|排放量|产量|产能|占比/

/** Splits an enumerated subject (市级、区级重大项目投资完成率) into one subject per number. */
export function splitEnumeration(subject: string, count: number): Array<string> | null {
  let parts = subject.split(ENUM_SEP).filter((p) => p.length > 0)
  if (parts.length !== count) {
    // 建筑及装潢材料、饮料、…、日用品和书报杂志类: 和 joins the last two items only (及 may be inside one).
    const lastAnd = parts.length >= 2 && parts.length === count - 1 ? /^(.+?)[和与](.+)$/.exec(parts[parts.length - 1]!) : null
    const byAnd = lastAnd ? [...parts.slice(0, -1), lastAnd[1]!, lastAnd[2]!] : subject.split(/[、和及与]/).filter((p) => p.length > 0)
    if (byAnd.length !== count) return null
    parts = byAnd
  }
  // 第一、二、三产业: the later ordinals of one series leave out their 第.
  if (/^第[一二三四五六七八九十]/.test(parts[0]!)) parts = parts.map((p) => (/^[一二三四五六七八九十]/.test(p) ? `第${p}` : p))
  const last = parts[parts.length - 1]!
  const HEAD = /(增加值|总产值|产值|生产总值|GDP|收入|投资|总额|完成率|利用率|覆盖率|占比|率|企业|数量|规模|面积|销售额|消费品零售额|零售额|营收|人次|排放量|产量|产能)$/
  const suffix = HEAD.exec(last)
  // 单位国内生产总值能耗和二氧化碳排放: a per-unit or per-person frame holds for every item.
  const per = PER_PREFIX.exec(parts[0]!)
  if (per) parts = parts.map((p, k) => (k === 0 || PER_PREFIX.test(p) ? p : per[0] + p))
  // 规上制造业亩均增加值、税收: a bare head after a modified one shares its modifiers.
  const firstWords = segment(parts[0]!)
  const modifiers = firstWords.length > 1 ? firstWords.slice(0, -1).map((t) => t.word).join("") : ""
  return parts.map((p, k) => {
    if (k === parts.length - 1) {
      return k > 0 && modifiers.length >= 2 && segment(p).length === 1 && HEAD.test(parts[0]!) ? modifiers + p : p
    }
    // 市级、区级重大项目投资完成率, 工业、制造业占地区生产总值: a short modifier takes the
    // place of the last item's first words.
    // …not in a list of things (饲料、商品混凝土、乳制品和锂离子电池): with a long item between and no
    // measured head in the last, the short ones are names of their own.
    // A one-character item or a bare ordinal takes the last item's tail however short it is (猪、牛、羊出栏; 第一、二、三产业).
    const bare = p.length === 1 || /^第[一二三四五六七八九十]$/.test(p)
    if (p.length <= 3 && (last.length > p.length + 2 || (bare && last.length > p.length)) && (HEAD_WORD.test(last) || parts.every((q, j) => j === parts.length - 1 || q.length <= 3))) {
      const words = segment(last)
      let n = 0
      let k = 0
      while (k < words.length && n < p.length) n += words[k++]!.word.length
      // A catalogue name is one word (城镇、农村居民人均可支配收入): swap characters then; so are two
      // ordinals of one series (第二、第三产业: 第三产业 is one word).
      // So does a one-character modifier (轻、重工业: 重工业 is one word too).
      // (猪、牛、羊、家禽出栏: a two-character noun that opens the last item is that item, 家禽, unless
      // the item's first character joins the one-character ones into words: 猪、牛、羊、禽肉产量 → 猪肉产量.)
      const wholeFirst = p.length === 1 && words.length > 1 && words[0]!.word.length === 2 && /^n/.test(words[0]!.tag) && segment(p + last[1])[0]?.word.length !== 2
      const rest = !wholeFirst && (n === p.length || words.length === 1 || p[0] === last[0] || p.length === 1) ? last.slice(p.length) : last.slice(words[0]!.word.length)
      // (制造业、基础设施投资: a catalogue name whose swapped tail opens inside a word, 施投资, is no
      // pair of modifiers; the item is a noun of its own and takes the shared head, 制造业投资.)
      if (words.length === 1 && n !== p.length && p.length >= 2 && suffix && !p.endsWith(suffix[1]!) && !indicatorByName(rest) && (segment(rest)[0]?.word.length ?? 0) < 2) return p + suffix[1]
      return p + rest
    }
    if (suffix && !HEAD.test(p)) return p + suffix[1]
    return p
  })
}
