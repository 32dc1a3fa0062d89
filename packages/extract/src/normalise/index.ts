/**
 * Normalisation: source text → clean text with an offset map back to the source.
 * The steps run in a fixed order, each a pure function MappedText → MappedText.
 */
import type { Script } from "@govstat/schema"
import { dropChrome } from "./chrome.js"
import { htmlToText, looksLikeHtml } from "./html.js"
import { foldLineEndings } from "./line-endings.js"
import { rejoinLines } from "./lines.js"
import { identity, type MappedText } from "./mapped-text.js"
import { detectScript, removePinyinArtefacts, toSimplifiedScript } from "./script.js"
import { foldJapaneseVariants } from "./variants.js"
import { rocYears } from "./roc-years.js"
import { foldWidth } from "./width.js"

export * from "./mapped-text.js"
export { dropChrome, foldJapaneseVariants, foldLineEndings, foldWidth, htmlToText, looksLikeHtml, rejoinLines, rocYears }
export { detectScript, removePinyinArtefacts, toSimplifiedScript }

export interface Normalised {
  readonly clean: MappedText
  readonly script: Script
  readonly html: boolean
}

/** `fixed`: the script and markup of the whole document, when `source` is a later chunk of it (chunks.ts). */
export function normaliseText(source: string, fixed?: { readonly script: Script; readonly html: boolean }): Normalised {
  const html = fixed?.html ?? looksLikeHtml(source)
  let m = identity(source)
  if (html) m = htmlToText(m)
  m = foldLineEndings(m)
  m = foldWidth(m)
  m = foldJapaneseVariants(m)
  m = removePinyinArtefacts(m)
  const script = fixed?.script ?? detectScript(m.text)
  if (script === "traditional") m = toSimplifiedScript(m)
  m = rocYears(m)
  m = dropChrome(m)
  m = rejoinLines(m, html ? undefined : source)
  return { clean: m, script, html }
}
