import { type MappedText, MappedTextBuilder } from "./mapped-text.js"

/**
 * Page chrome: lines that belong to the web page around a document, not to the document.
 * Each pattern is anchored to a whole line, so body text is never cut mid-paragraph.
 */
const CHROME_LINE: ReadonlyArray<RegExp> = [
  /^\s*(您当前的位置|您现在的位置|当前位置|您的位置|所在位置)\s*[:：]/, // breadcrumbs
  /^\s*(首页|主页)\s*>/,
  /(扫一扫在手机打开当前页|扫一扫在手机上查看|分享到[:：]?|打印本页|关闭窗口|【打印】|【关闭】|字号[:：]?\s*[大中小])/,
  /^\s*(国务院部门网站|地方政府网站|驻港澳机构网站|媒体网站|其他网站|友情链接|相关链接|网站地图|联系我们|版权所有|主办单位|承办单位|网站标识码|ICP备|公安备案|技术支持)/,
  /^\s*(network|home|menu|share|print)\s*$/i
]

/** A navigation entry: a short list item with no sentence punctuation and no digits. */
const NAV_ITEM = /^\s*[-•·*]\s*[^\s,，。;；:：0-9][^,，。;；:：0-9]{0,15}$/

function isChrome(line: string): boolean {
  return CHROME_LINE.some((p) => p.test(line))
}

/**
 * Drops chrome lines and runs of three or more navigation items (one list item alone may
 * be content). Dropped lines leave no trace in the clean text; the offset map skips them.
 */
export function dropChrome(input: MappedText): MappedText {
  const t = input.text
  const lines: Array<readonly [number, number]> = []
  for (let from = 0; from <= t.length;) {
    let to = t.indexOf("\n", from)
    if (to === -1) to = t.length
    lines.push([from, to])
    from = to + 1
  }
  const drop = new Uint8Array(lines.length)
  for (let k = 0; k < lines.length; k++) {
    const [s, e] = lines[k]!
    if (e - s < 400 && isChrome(t.slice(s, e))) drop[k] = 1
  }
  for (let k = 0; k < lines.length;) {
    let j = k
    while (j < lines.length && NAV_ITEM.test(t.slice(lines[j]![0], lines[j]![1]))) j++
    if (j - k >= 3) for (let x = k; x < j; x++) drop[x] = 1
    k = j === k ? k + 1 : j
  }
  if (!drop.some((d) => d === 1)) return input
  const b = new MappedTextBuilder(input)
  for (let k = 0; k < lines.length; k++) {
    if (drop[k]) continue
    const [s, e] = lines[k]!
    b.keep(s, Math.min(e + 1, t.length))
  }
  return b.build()
}
