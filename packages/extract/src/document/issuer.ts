/**
 * The body that issues a document, as the text names it, or null. Never composed from a
 * region and a default (a report whose text says only 我代表县人民政府 and names no county
 * has no issuer we can read).
 */
import type { Genre } from "@govstat/schema"
import { labelledField } from "./dates.js"

/** A named body: a government, its office, a bureau, a committee, a statistics team. */
const BODY =
  /([^\s，。,、:：|（()）]{2,30}?(?:人民政府办公(?:室|厅)|人民政府|统计局|调查(?:总)?队|财政局|财政厅|发展和改革委员会|发展改革委|管理委员会(?:办公室)?|新闻办(?:公室)?))/

export function readIssuer(text: string, title: string | null, genre: Genre): string | null {
  const head = text.slice(0, 3000)
  const field = labelledField(head, ["发布机构", "发文机关"])
  if (field) return field
  // 我代表国务院, 我受国务院的委托: the speaker's body.
  const speaker = /我(?:受|代表)\s*((?:中华人民共和国)?国务院|[^\s，。,、]{1,20}?人民政府)/.exec(head)
  if (speaker && /国务院/.test(speaker[1]!)) return "国务院"
  const lines = head.split("\n").map((l) => l.trim()).filter((l) => l.length > 0).slice(0, 14)
  // A report header: 重庆市璧山区人民政府区长  江志斌 → the government the speaker heads.
  for (const l of lines) {
    const m = /^(.{2,24}?人民政府)(?:区长|市长|县长|省长|主席|总理)?\s/.exec(l)
    if (m) return m[1]!
  }
  if (speaker && !/^[省市县区州旗盟]人民政府$/.test(speaker[1]!)) return speaker[1]!
  // 我代表县人民政府 … 在长沙县第十八届人民代表大会: the government of the county whose congress it is.
  if (speaker) {
    const level = speaker[1]![0]!
    const congress = new RegExp(`在\\s*([^\\s，。,、在]{1,12}?${level})第[一二三四五六七八九十]+届\\s*人民代表大会`).exec(head)
    if (congress) return `${congress[1]}人民政府`
  }
  // The body a title names as its author: 2017年黄梅县人民政府工作报告.
  const named = title ? /((?:[^\s（()）年]{2,12}?)(?:省|市|县|区|州|旗|盟))人民政府工作报告/.exec(title) : null
  if (named) return `${named[1]}人民政府`
  // 重庆市长寿区财政局关于…的报告: a title that opens with its author's name, then 关于.
  const author = title ? /^([^\s，。,、]{2,30}?)关于/.exec(title) : null
  const authorBody = author ? BODY.exec(author[1]!) : null
  if (authorBody && authorBody.index === 0 && authorBody[1] === author![1]) return authorBody[1]!
  // A short header line naming a body: 晋中市统计局 国家统计局晋中调查队, 南开区财政局.
  for (const l of lines) {
    if (l.length > 40 || /[。，,]/.test(l) || (title && l.includes(title))) continue
    const m = BODY.exec(l)
    if (m && !/^(?:受|关于)/.test(m[1]!)) return m[1]!.replace(/^[\s|]+/, "")
  }
  if (genre === "press_conference") {
    // 国家统计局发言人就一季度经济运行情况答记者问: the body whose spokesman answers.
    const at = title ? title.indexOf("发言人") : -1
    const spokes = at > 0 ? BODY.exec(title!.slice(0, at)) : null
    if (spokes) return spokes[1]!
    const m = /(\S{0,12}新闻办(?:公室)?)/.exec(lines.slice(0, 2).join(""))
    // 4月24日下午黑龙江省人民政府新闻办公室: the day and time before the office are not its name.
    if (m) return m[1]!.replace(/^.*?[,，。]/, "").replace(DAY_BEFORE, "")
  }
  const source = labelledField(head, ["来源"])?.replace(/(?:时间|发布|日期|作者|编辑).*$/, "")
  // 来源: sp20241121: a page's code, not a body's name.
  return source && /[\u4e00-\u9fff]/.test(source) ? source : null
}

/** The tail of a date and a time of day (…4日下午, …19日(星期四)上午10时) that runs into a name. */
const DAY_BEFORE = /^(?:[\d〇一二三四五六七八九十月]*日)?(?:[（(]星期.[)）])?(?:上午|下午|中午|晚上?|早上?)?(?:\d{1,2}(?:时|点|:\d{2})(?:\d{1,2}分)?)?/
