/**
 * Word boundaries of a clause for project names, from the segmenter: a head noun must end
 * where a word ends (工程 in 工程师 or 工程量 is not a head), a name starts where a word
 * starts (保障性安居工程, not 性安居工程), and a verb taking a proper name as its object
 * (成立国家行政学院, 召开大足区…) ends what comes before it.
 */
import { segment, type Token } from "../words/segment.js"

/**
 * Tags of place and personal names. Organisation tags (nt) are left out: jieba gives them to
 * common nouns too (康复中心/nt).
 */
const PROPER = /^(?:ns|nr|nrt|nrfg)$/

export interface Words {
  readonly tokens: ReadonlyArray<Token>
  /** Index of the token covering each code unit of the clause. */
  readonly at: Int32Array
}

export function wordsOf(clause: string): Words {
  const tokens = segment(clause)
  const at = new Int32Array(clause.length).fill(-1)
  tokens.forEach((t, k) => at.fill(k, t.start, t.end))
  return { tokens, at }
}

/**
 * True when the head noun ending at `end` is a word of its own, not the start of a longer
 * word that adds one character to it (工程师, 工程量, 项目部), nor split across two words
 * (中|学习). A head fused with the noun after it (工程进度) is still a head.
 */
export function headIsWord(w: Words, end: number, head: string): boolean {
  const k = w.at[end - 1] ?? -1
  if (k < 0) return true
  const t = w.tokens[k]!
  const start = end - head.length
  // 中学 in 永久性校舍中学习: the head's last character opens the next word.
  if (t.start > start && t.end > end) return false
  return !(t.start <= start && t.end === end + 1)
}

/**
 * Where a cut at `at` belongs when it falls inside a word: after the word (抓|紧黄河 →
 * 抓紧|黄河), or before it when the word runs into the head at `headStart` — a whole name
 * the dictionary knows (重庆沿江承接产业转移示范区) is not cut at a verb inside it.
 */
export function cutAtWord(w: Words, at: number, headStart: number): number {
  const k = w.at[at] ?? -1
  if (k < 0) return at
  const t = w.tokens[k]!
  if (t.start >= at) return at
  return t.end > headStart ? t.start : t.end
}

/** The start of the word that covers `start`: a name never opens inside a word. */
export function wordStart(w: Words, start: number): number {
  const k = w.at[start] ?? -1
  return k < 0 ? start : w.tokens[k]!.start
}

/** True when `start` is where a word begins. */
export const startsWord = (w: Words, start: number) => wordStart(w, start) === start

/**
 * The end of the last verb in [from, to) whose object is a proper name (决定成立国家行政学院 →
 * after 成立), or `from` when there is none. A verb after a proper subject is not enough: the
 * segmenter tags words of names as verbs (中关村|联创/v|医学工程…); the verbal nouns that do
 * follow a place (北京建设…) are cut by afterClauseWord.
 */
export function afterVerbOfProperName(w: Words, from: number, to: number): number {
  let cut = from
  for (let k = Math.max(0, w.at[from] ?? 0); k < w.tokens.length - 1; k++) {
    const t = w.tokens[k]!
    if (t.start < from) continue
    if (t.end >= to) break
    // Two-character verbs only: one-character ones are often a name's own (环玉泉湖).
    const next = w.tokens[k + 1]!
    const proper = (x: Token | undefined) => x !== undefined && PROPER.test(x.tag) && x.word.length >= 2
    // In a national centre's name (国家超级计算郑州中心, 国家技术转移郑州中心) the field before the
    // city reads as a verb: after 国家 and a word of the field, it is no verb of the clause.
    const field = k >= 2 && w.tokens[k - 1]!.start > from && /^n|^b$/.test(w.tokens[k - 1]!.tag) && w.tokens[k - 2]!.word === "国家"
    if (t.tag.startsWith("v") && t.tag !== "vn" && t.word.length >= 2 && proper(next) && !field) cut = t.end
  }
  return cut
}


/** A word that can be one end of a line's name: two characters or more, not a verb. */
const namePart = (t: Token | undefined): boolean => t !== undefined && t.word.length >= 2 && !t.tag.startsWith("v")

/** Verbal nouns that act as the verb after a place opening a name (北京建设科技创新中心). */
const VERBAL_AFTER_PLACE = new Set(["建设", "发展", "打造", "管理"])
/** Adverbs as whole words (jieba tags parts of names as adverbs too: 高新/d, 遂/d). */
const ADVERBS = new Set(["不再", "直接", "已经", "正在", "不", "也", "都", "还", "就", "已", "将", "再", "又", "均", "仍"])

/**
 * The end of the last word in [from, to) that no name holds: a preposition (中国农业科学院同
 * 苏联…), an adverb (不再直接管理学校), 有/是 as a verb (公社有农业中学), or a verbal noun
 * right after the place that opens the name (澳门建设世界旅游休闲中心); `from` when none.
 */
export function afterClauseWord(w: Words, from: number, to: number): number {
  let cut = from
  for (let k = Math.max(0, w.at[from] ?? 0); k < w.tokens.length; k++) {
    const t = w.tokens[k]!
    if (t.start < from) continue
    // A preposition right before the head (经开区以项目建设推动…) leaves no name: the head is a common noun there.
    if (t.end === to && t.tag === "p") return to
    if (t.end >= to) break
    const prev = w.tokens[k - 1]
    // 至 between two names joins the ends of a line (巴中至南充高铁, 凤凰至璧山输变电工程); after a verb
    // (搬迁至) it is a preposition.
    if (t.word === "至" && prev !== undefined && prev.start >= from && namePart(prev) && namePart(w.tokens[k + 1])) continue
    if (t.tag === "p" || ADVERBS.has(t.word) || (t.tag === "v" && (t.word === "有" || t.word === "是")) ||
      (VERBAL_AFTER_PLACE.has(t.word) && prev !== undefined && prev.start >= from && prev.tag === "ns")) cut = t.end
  }
  return cut
}
