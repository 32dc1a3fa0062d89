/**
 * Subjects: the noun phrase a number measures, read from the words before it in its
 * clause (地区生产总值实现983亿元), or after it when the number comes first (帮助23家企业
 * 定制出海路线). Verbs of reporting and direction are peeled off both ends.
 */

/** Leading words that are not part of what is measured. */
const LEADING = [
  "其中", "同时", "此外", "另外", "并且", "并", "且", "和", "及", "以及", "与", "、", "累计", "共计", "合计", "总计",
  "全年", "全区", "全市", "全县", "全省", "我区", "我市", "我县", "今年", "去年", "当年", "年内", "目前", "截至目前",
  "截至", "已", "已经", "共", "还", "也", "均", "同比", "分别", "比上年", "较上年", "年均"
]
/** Trailing verbs and function words between a subject and its number. */
const TRAILING = [
  "分别达到", "分别达", "分别为", "分别增长", "分别下降", "分别提高", "分别", "达到", "实现了", "实现", "完成了", "完成",
  "突破", "超过", "超", "达", "为", "是", "有", "共", "累计", "共计", "合计", "总计", "增至", "增长到", "提高到",
  "提升到", "提升至", "提高至", "降至", "降低到", "下降到", "减少到", "扩大到", "拓展至", "拓展到", "缩至", "缩短至",
  "压缩至", "控制在", "保持在", "稳定在", "增长了", "增长", "下降了", "下降", "提高了", "提高", "提升", "降低了", "降低",
  "减少了", "减少", "增加了", "增加", "回落", "上升", "增速", "增幅", "涨幅", "同比", "比上年", "较上年", "年均",
  "约", "近", "超过", "不低于", "不少于", "以上", "左右", "的", "达成", "均", "各", "新增了", "拥有", "建成了", "由",
  "从", "到", "至", "了", "在", "已"
]
const START_TIME = /^((?:19|20)\d{2}年(?:底|末|初)?|[一二三四1-4]季度|第[一二三四]季度|前三季度|上半年|下半年|\d{1,2}[-—~至]\d{1,2}月|\d{1,2}月(?:份|底)?)/

const ENUM_SEP = /[、]/

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

/** Subject text left of a number: the words since the clause start or the previous number. */
export function subjectBefore(left: string, placeLength: PlacePrefix): string {
  let s = cleanLeft(left, placeLength)
  s = peel(s, TRAILING, false)
  s = s.replace(/[\s、,，"“(（]+$/, "")
  // Keep the phrase short enough to be a subject: the last 16 characters.
  if (s.length > 16) s = s.slice(-16)
  return s
}

/** Subject text right of a number that comes before its noun: 54个项目开工建设 → 项目开工建设. */
export function subjectAfter(right: string): string {
  let s = right.replace(/^[的]/, "").replace(/[\s,，。;；:：、]+$/, "")
  const stop = s.search(/[,，。;；:：]/)
  if (stop !== -1) s = s.slice(0, stop)
  if (s.length > 16) s = s.slice(0, 16)
  return s
}

/** Splits an enumerated subject (市级、区级重大项目投资完成率) into one subject per number. */
export function splitEnumeration(subject: string, count: number): Array<string> | null {
  let parts = subject.split(ENUM_SEP).filter((p) => p.length > 0)
  if (parts.length !== count) {
    const byAnd = subject.split(/[、和及与]/).filter((p) => p.length > 0)
    if (byAnd.length !== count) return null
    parts = byAnd
  }
  const last = parts[parts.length - 1]!
  const HEAD = /(增加值|总产值|产值|收入|投资|总额|完成率|利用率|覆盖率|占比|率|企业|数量|规模|面积|销售额|营收|人次)$/
  const suffix = HEAD.exec(last)
  return parts.map((p, k) => {
    if (k === parts.length - 1) return p
    // 市级、区级重大项目投资完成率: a short modifier shares the head of the last item.
    if (p.length <= 3 && last.length > p.length + 2) return p + last.slice(p.length)
    if (suffix && !HEAD.test(p)) return p + suffix[1]
    return p
  })
}
