/**
 * The title a document gives itself, or null. Read from the lines before the body starts
 * (the first long paragraph): a line with a genre's title words wins (joined with the next
 * line when a long title is set over two), else the first line that is neither site chrome,
 * a salutation, a dateline nor a heading. Never a salutation or an opening sentence.
 */
import type { Genre } from "@govstat/schema"

/** Site chrome around a page's title: navigation, login, share and dateline fields. */
// A metadata table's row (废止时间: 2020-01-23 名称: …的通知) holds a title among labels: the title line itself comes below.
const CHROME = /\d{4}-\d{2}-\d{2}号?(?:报道|讯)$|[:：]\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\S{2,6}[:：]|\[\s*[^\]]{2,8}\s*\]|\||首页|当前位置|您的位置|位置[:：]|>|›|»|下载|微信|找回密码|登录|注册|字体|打印|分享|发布日期|发布时间|来源[:：]|^日期|编者按|浏览|作者[:：]|^[|｜\s•·-]*$|^(?:发布信息|内容全文|全文|正文|内容概述|文章来源)$|^(?:返回(?:顶部|首页|列表|上一页)|关闭(?:窗口|本页)|加入收藏|收藏本页|设为首页|无障碍(?:浏览|阅读)?|繁體|简体)$/
/** Labels of a government page's metadata table (索引号, 发文字号, 公开方式 …) followed by their colon. */
const METADATA_ROW = /(?:索引号|发文字号|公开方式|发布机构|主题分类|成文日期|公开日期|信息来源)\s*[:：]/
/** A metadata table's title row: 文件名称 | …, 标题: … (the value up to the next cell). */
const TABLED_TITLE = /^(?:文件名称|标\s*题)\s*[|｜:：]\s*([^|｜]{4,60}?)\s*(?:[|｜]|$)/
/** Lines that are never a title: salutations, session lines, datelines, headings, captions. */
const NOT_TITLE =
  /^(?:各位代表|同志们|女士们)|^[^。]{0,40}[:：!！]$|^——|^[（(]?\s*(?:19|20)\d{2}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}日?\s*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*[)）]?$|[摄攝]$|\s(?:19|20)\d{2}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}日?(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$|^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[)）]|^第[一二三四五六七八九十]+[部章节]|^图\s*\d/
/** Words a title carries in the genres that have one. */
const TITLE_CUE = /政府工作报告|统计公报|[预决]算[^。]{0,24}(?:报告|公开的说明)|决算(?:草案|公开)|计划[^。]{0,24}报告|新闻(?:发布|通报|通气)会|的通知|的批复|办法|的(?:指导|实施)?意见|决议|讲话|致辞|方案|要点|措施|工作规则|实施细则|条例|五年规划(?:纲要)?|规划纲要/
/** A body that issues documents, named alone on a line. */
const ISSUING_BODY = /(?:人民政府|政府办公室|办公厅|办公室|委员会|常委会|领导小组)$/
const HAN_WORD = /[\u4e00-\u9fff]{2}/
const REPORTS: ReadonlySet<Genre> = new Set(["work_report", "plan_report", "budget_report", "resolution"])
/** A paragraph this long is body text: the title is above it. */
const BODY = 80

const tidy = (l: string) => l.replace(/^[|｜\s]+|[|｜\s]+$/g, "").replace(/^(?:【[^】]{0,30}】)+/, "").trim()
const squeeze = (l: string) => l.replace(/\s+/g, "")
/** 政 府 工 作 报 告: a title set with a space between its characters. */
const spacedOut = (l: string) => l.length - squeeze(l).length >= squeeze(l).length / 2

/**
 * A line that can be a title: no chrome, salutation, dateline or heading, no full stop, at most
 * one comma (an opening sentence has more), and no 《 or 》 left open (a piece of a wrapped sentence).
 */
const candidate = (l: string): boolean =>
  !CHROME.test(l) && !NOT_TITLE.test(l) && l.length <= 60 && !/。/.test(l) && (l.match(/[,，]/g) ?? []).length <= 1 && !/《[^》]*$|^[^《]*》/.test(l)

export function readTitle(text: string, genre: Genre): string | null {
  const lines: Array<string> = []
  for (const raw of text.slice(0, 3000).split("\n")) {
    const l = tidy(raw)
    if (!l) continue
    // 索引号: … 公开方式: … 发布机构: …: a page's metadata rows run into one long line above the title; not body text.
    if (l.length > BODY) {
      if (!l.includes("。") && METADATA_ROW.test(l)) continue
      break
    }
    lines.push(l)
    if (lines.length >= 20) break
  }
  // (A title is words: an index number line, 11500238709450498T/2023-00005, is not one.)
  const usable = (l: string) => l.length >= 4 && candidate(l) && HAN_WORD.test(l)
  if (genre === "press_conference") {
    const m = /举行(?:“[^”]{1,30}”主题系列)?新闻发布会(?:第[一二三四五六七八九十\d]+场)?(.{2,40}?新闻发布会)/.exec(text.slice(0, 300))
    if (m) return m[1]!
  }
  // 文件名称 | 上半年全市经济运行情况: a page's metadata table names the document in a row of its own.
  const tabled = lines.map((l) => TABLED_TITLE.exec(l)?.[1]).find((t) => t !== undefined && candidate(t))
  if (tabled) return tabled.trim()
  // A reprint names the story's own title: 原标题:济南、青岛、烟台和临沂发布前三季度经济“成绩单”.
  const original = lines.map((l) => /^原标题\s*[:：]\s*(.{4,60})$/.exec(l)?.[1]).find((t) => t !== undefined)
  if (original) return original.trim()
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!
    if (!candidate(l) || !TITLE_CUE.test(squeeze(l)) || (genre === "resolution" && !/决议/.test(l))) continue
    // …预算执行情况和 / 2024年预算草案的报告: the line before ends mid-phrase.
    const prev = k > 0 ? lines[k - 1]! : null
    // …在全县经济工作会议上的 / 讲话: so does a line ending in 的, or one whose 关于 has no 的 yet
    // (湖南省人民政府办公厅关于加强普通高等学校 / 毕业生就业工作的通知).
    // (松阳县国民经济和社会发展 / 第十三个五年规划纲要: the plan's full name set over two lines.)
    if (prev && candidate(prev) && prev.length <= 40 && (/[和及与、暨的]$|国民经济和社会发展$/.test(prev) || /关于[^的]*$/.test(prev))) return squeeze(prev + l)
    // 湖南省人民政府 / 关于同意…的批复: the issuing body set on the line above its 关于.
    if (prev && candidate(prev) && prev.length <= 30 && l.startsWith("关于") && ISSUING_BODY.test(prev)) return squeeze(prev + l)
    return spacedOut(l) ? squeeze(l) : l
  }
  // 政府工作报 / 告, 南开区2023年预算执行情况和 / 2024年预算草案的报告: a title set over two lines.
  for (let k = 0; k + 1 < lines.length; k++) {
    const l = lines[k]!
    const next = lines[k + 1]!
    if (candidate(l) && candidate(next) && l.length <= 40 && next.length <= 30 && TITLE_CUE.test(squeeze(l + next)) && !TITLE_CUE.test(squeeze(next))) {
      return squeeze(l + next)
    }
  }
  // A report read out to a congress has a title only where its words say so (政府工作报告).
  if (REPORTS.has(genre)) return null
  const first = lines.find(usable)
  if (!first) return null
  // 数据呈现 over a paragraph: a section's label, not the document's title (null beats a guess).
  const next = lines[lines.indexOf(first) + 1]
  if (squeeze(first).length <= 6 && !/\d/.test(first) && next !== undefined && /。/.test(next)) return null
  const subtitle = lines[lines.indexOf(first) + 1]
  if (genre === "meeting_digest" && subtitle?.startsWith("——")) return `${first}${subtitle}`
  return first
}
