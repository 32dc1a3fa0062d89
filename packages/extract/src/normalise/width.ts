import { type MappedText, MappedTextBuilder } from "./mapped-text.js"

/**
 * Full-width/half-width folding: NFKC applied only to the characters where it keeps the
 * meaning — full-width ASCII (１２３％，：), the ideographic space, half-width forms and CJK
 * compatibility ideographs. Circled numbers, superscripts and fractions are left alone,
 * since NFKC would turn ① (an ordinal) or ² (a power) into plain digits.
 */
const foldable = (c: number) =>
  (c >= 0xff01 && c <= 0xff5e) || c === 0x3000 || (c >= 0xff61 && c <= 0xffee) || (c >= 0xf900 && c <= 0xfaff) || c === CARE_OF

/**
 * ℅ (care of, U+2105) for a per cent sign: some county sites' input methods offer it next to %
 * (同比增长15℅). It has no other use in these texts.
 */
const CARE_OF = 0x2105

/**
 * The first foldable character, or -1. Its own small function: V8 compiles a long loop while it
 * runs, and compiled code that then meets code it has never run (the rest of foldWidth)
 * deoptimises — measured 78 times in one 20 MB run when the scan was inline.
 */
function firstFoldable(t: string): number {
  for (let i = 0; i < t.length; i++) if (foldable(t.charCodeAt(i))) return i
  return -1
}

export function foldWidth(input: MappedText): MappedText {
  const t = input.text
  const first = firstFoldable(t)
  if (first === -1) return input
  // Full-width commas and colons stand in every sentence. When each folded character is one
  // character (as NFKC makes them), every output character maps where its input did: the
  // maps are copied and only the text is rebuilt, without a builder step per character.
  const parts: Array<string> = []
  let from = 0
  let oneToOne = true
  for (let i = first; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if (!foldable(c)) continue
    const folded = fold(c, t[i]!)
    if (folded.length !== 1) {
      oneToOne = false
      break
    }
    parts.push(t.slice(from, i), folded)
    from = i + 1
  }
  if (oneToOne) {
    parts.push(t.slice(from))
    // The maps are shared, not copied: no step writes into its input's maps.
    return { text: parts.join(""), start: input.start, end: input.end }
  }
  const b = new MappedTextBuilder(input)
  let run = 0
  for (let i = first; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if (!foldable(c)) continue
    b.keep(run, i)
    b.replace(i, i + 1, fold(c, t[i]!))
    run = i + 1
  }
  b.keep(run, t.length)
  return b.build()
}

/** NFKC of one foldable character; full-width ASCII (U+FF01–FF5E) is its ASCII counterpart, 0xFEE0 lower. */
function fold(c: number, ch: string): string {
  if (c === 0x3000) return " "
  if (c === CARE_OF) return "%"
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0)
  return ch.normalize("NFKC")
}
