import type { MappedText } from "./mapped-text.js"

/**
 * Japanese forms of hanzi that a Chinese text can carry from an input method's Japanese
 * candidates (同比増长6.5%): no Chinese word uses them, so in a Chinese text each stands for its
 * Chinese character. OpenCC leaves them as they are. Data: add a pair when a text shows one.
 */
export const JAPANESE_VARIANTS: ReadonlyMap<string, string> = new Map([
  ["増", "增"] // U+5897 → U+589E: 増长, 増加, 増速
])

/** Hiragana and katakana (not the ・ middle dot, U+30FB, which Chinese texts use too): the text is Japanese. */
const KANA = /[\u3041-\u3096\u30a1-\u30fa]/

/** Replaces each Japanese variant by its Chinese character, one for one (the maps are kept), unless the text is Japanese. */
export function foldJapaneseVariants(input: MappedText): MappedText {
  const t = input.text
  let found = false
  for (const v of JAPANESE_VARIANTS.keys()) if (t.includes(v)) found = true
  if (!found || KANA.test(t)) return input
  let text = t
  for (const [v, c] of JAPANESE_VARIANTS) text = text.replaceAll(v, c)
  return { text, start: input.start, end: input.end }
}
