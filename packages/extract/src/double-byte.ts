/**
 * Which double-byte Chinese encoding a non-UTF-8 text is in, from the byte pairs alone.
 * GB2312's common block (lead and trail 0xA1–0xFE) holds nearly every character of a
 * simplified text in GBK/GB18030; a Big5 text puts about half its trail bytes in 0x40–0x7E,
 * which GB2312 never uses, and its common characters in leads 0xA4–0xC6. Shift-JIS puts
 * its kana at lead 0x82/0x83, below both. Counting these is enough to say which one, or
 * that it cannot tell.
 */

/** Fewer double-byte characters than this are too few to tell GB18030 from Big5 at all. */
export const MIN_PAIRS = 4
/** Below this many, a decoding must win clearly (see decode.ts). */
export const SHORT_PAIRS = 16

export interface DoubleByteCounts {
  /** Double-byte characters (pairs with a lead byte ≥ 0x81) under the GB reading. */
  readonly pairs: number
  readonly gb: { readonly core: number; readonly bad: number }
  readonly big5: { readonly core: number; readonly bad: number }
  /** Pairs that are Shift-JIS hiragana or katakana. */
  readonly shiftJisKana: number
  /** High bytes followed by an ASCII byte that cannot be a trail in any of them (Latin-1 text). */
  readonly lone: number
}

export function classifyDoubleByte(bytes: Uint8Array): DoubleByteCounts {
  let pairs = 0
  let gbCore = 0
  let gbBad = 0
  let lone = 0
  let kana = 0
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    const t = bytes[i + 1]
    if (b === 0x80 || b === 0xff || t === undefined) {
      gbBad++
      i++
      continue
    }
    // GB18030 four-byte sequence.
    if (t >= 0x30 && t <= 0x39) {
      pairs++
      i += 4
      continue
    }
    pairs++
    if ((b === 0x82 && t >= 0x9f && t <= 0xf1) || (b === 0x83 && t >= 0x40 && t <= 0x96)) kana++
    if (t < 0x40 || t === 0x7f || t === 0xff) {
      gbBad++
      if (t < 0x40) lone++
      i++
      continue
    }
    if (b >= 0xa1 && b <= 0xf7 && t >= 0xa1 && t <= 0xfe) gbCore++
    i += 2
  }
  let big5Core = 0
  let big5Bad = 0
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    const t = bytes[i + 1]
    const trailOk = t !== undefined && ((t >= 0x40 && t <= 0x7e) || (t >= 0xa1 && t <= 0xfe))
    if (b < 0x81 || b > 0xfe || !trailOk) {
      big5Bad++
      i++
      continue
    }
    if (b >= 0xa1 && b <= 0xc6) big5Core++
    i += 2
  }
  return { pairs, gb: { core: gbCore, bad: gbBad }, big5: { core: big5Core, bad: big5Bad }, shiftJisKana: kana, lone }
}
