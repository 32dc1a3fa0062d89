import { type MappedText, MappedTextBuilder } from "./mapped-text.js"

/**
 * Full-width/half-width folding: NFKC applied only to the characters where it keeps the
 * meaning — full-width ASCII (１２３％，：), the ideographic space, half-width forms and CJK
 * compatibility ideographs. Circled numbers, superscripts and fractions are left alone,
 * since NFKC would turn ① (an ordinal) or ² (a power) into plain digits.
 */
const foldable = (c: number) =>
  (c >= 0xff01 && c <= 0xff5e) || c === 0x3000 || (c >= 0xff61 && c <= 0xffee) || (c >= 0xf900 && c <= 0xfaff)

export function foldWidth(input: MappedText): MappedText {
  const t = input.text
  let first = -1
  for (let i = 0; i < t.length; i++) {
    if (foldable(t.charCodeAt(i))) {
      first = i
      break
    }
  }
  if (first === -1) return input
  const b = new MappedTextBuilder(input)
  let run = 0
  for (let i = first; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if (!foldable(c)) continue
    b.keep(run, i)
    b.replace(i, i + 1, c === 0x3000 ? " " : t[i]!.normalize("NFKC"))
    run = i + 1
  }
  b.keep(run, t.length)
  return b.build()
}
