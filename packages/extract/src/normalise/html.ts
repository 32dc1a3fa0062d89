import { type MappedText, MappedTextBuilder } from "./mapped-text.js"

/** True when the text is markup rather than plain text: it opens with a doctype or html/head/body tag. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).toLowerCase()
  return /<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]/.test(head)
}

const NAMED: Record<string, string> = {
  nbsp: " ", amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", ensp: " ", emsp: " ", thinsp: " ",
  middot: "·", mdash: "—", ndash: "–", hellip: "…", ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’",
  times: "×", divide: "÷", yen: "¥", copy: "©", reg: "®", deg: "°", permil: "‰", laquo: "«", raquo: "»"
}

const BLOCK = new Set([
  "p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6",
  "section", "article", "header", "footer", "nav", "title", "dd", "dt", "blockquote", "pre", "hr"
])
/** Elements whose content is never text. */
const SKIP = new Set(["script", "style", "noscript", "template", "svg"])

/** Decodes one character reference starting at `&`; returns the text and its length, or null. */
function entityAt(t: string, i: number): { text: string; length: number } | null {
  const semi = t.indexOf(";", i)
  if (semi === -1 || semi - i > 12) return null
  const body = t.slice(i + 1, semi)
  let code = NaN
  if (/^#[0-9]{1,7}$/.test(body)) code = Number(body.slice(1))
  else if (/^#[xX][0-9a-fA-F]{1,6}$/.test(body)) code = parseInt(body.slice(2), 16)
  else if (body in NAMED) return { text: NAMED[body]!, length: semi - i + 1 }
  if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code === 0) return null
  return { text: String.fromCodePoint(code), length: semi - i + 1 }
}

/**
 * Markup to text: tags are removed (block tags become line breaks), script and style
 * content dropped, character references decoded. A linear scan, no regex over the document.
 */
export function htmlToText(input: MappedText): MappedText {
  const t = input.text
  const lower = t.toLowerCase()
  const b = new MappedTextBuilder(input)
  let run = 0
  let i = 0
  while (i < t.length) {
    const c = t.charCodeAt(i)
    if (c === 60 /* < */) {
      b.keep(run, i)
      if (lower.startsWith("<!--", i)) {
        const close = lower.indexOf("-->", i + 4)
        i = close === -1 ? t.length : close + 3
        run = i
        continue
      }
      const close = t.indexOf(">", i + 1)
      if (close === -1) {
        run = i
        break
      }
      const m = /^<\/?\s*([a-zA-Z][a-zA-Z0-9]*)/.exec(t.slice(i, Math.min(close + 1, i + 40)))
      const name = m ? m[1]!.toLowerCase() : ""
      let next = close + 1
      if (SKIP.has(name) && t[i + 1] !== "/") {
        const end = lower.indexOf(`</${name}`, next)
        next = end === -1 ? t.length : (lower.indexOf(">", end) + 1 || t.length)
      }
      if (BLOCK.has(name)) b.replace(i, next, "\n")
      i = next
      run = i
      continue
    }
    if (c === 38 /* & */) {
      const ent = entityAt(t, i)
      if (ent) {
        b.keep(run, i)
        b.replace(i, i + ent.length, ent.text)
        i += ent.length
        run = i
        continue
      }
    }
    i++
  }
  b.keep(run, Math.min(i, t.length))
  return b.build()
}
