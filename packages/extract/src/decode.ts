/**
 * Bytes → source text. Detects UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM),
 * GB18030/GBK and Big5 from the bytes. Binary input, text valid in no supported encoding,
 * and text that could be either GB18030 or Big5 (or looks like Shift-JIS or Latin-1) are
 * refused with a specific error: a wrong guess gives valid-looking garbage rows.
 */
import type { Encoding } from "@govstat/schema"
import iconv from "iconv-lite"
import { isUtf8 } from "node:buffer"
import { BinaryInputError, EncodingError } from "./errors.js"
import { COMMON_HANZI } from "./common-hanzi.js"
import { classifyDoubleByte, MIN_PAIRS, SHORT_PAIRS } from "./double-byte.js"

export interface Decoded {
  readonly text: string
  readonly encoding: Encoding
  /** Whether a byte-order mark opened the file (it is not part of the text). */
  readonly bom: boolean
}

const MAGIC: ReadonlyArray<readonly [string, ReadonlyArray<number>]> = [
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["PDF document", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["ZIP archive (or docx/xlsx)", [0x50, 0x4b, 0x03, 0x04]],
  ["gzip archive", [0x1f, 0x8b]],
  ["OLE document (doc/xls)", [0xd0, 0xcf, 0x11, 0xe0]],
  ["RAR archive", [0x52, 0x61, 0x72, 0x21]],
  ["7-Zip archive", [0x37, 0x7a, 0xbc, 0xaf]],
  ["WebP/RIFF file", [0x52, 0x49, 0x46, 0x46]]
]

const startsWith = (bytes: Uint8Array, sig: ReadonlyArray<number>) =>
  bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)

/** Offset of the first byte that breaks UTF-8, and how many multi-byte sequences were valid. */
export function scanUtf8(bytes: Uint8Array): { firstInvalid: number; validMultiByte: number; invalid: number } {
  let firstInvalid = -1
  let validMultiByte = 0
  let invalid = 0
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    let need = 0
    let min = 0
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80]
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800]
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000]
    let cp = need === 1 ? b & 0x1f : need === 2 ? b & 0x0f : b & 0x07
    let ok = need > 0 && i + need < bytes.length + 0
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) ok = false
      else cp = (cp << 6) | (c & 0x3f)
    }
    if (ok && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) ok = false
    if (ok) {
      validMultiByte++
      i += need + 1
    } else {
      if (firstInvalid === -1) firstInvalid = i
      invalid++
      i++
    }
  }
  return { firstInvalid, validMultiByte, invalid }
}

/** Decodes whole buffers only (no stream option), so one instance serves every call; it drops a leading BOM. */
const UTF8 = new TextDecoder("utf-8")
const decoder = (label: string) => new TextDecoder(label, { fatal: true, ignoreBOM: false })

/** Decodes a document's bytes, or says precisely why it cannot be decoded. */
export function decodeBytes(bytes: Uint8Array, path: string): Decoded | BinaryInputError | EncodingError {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return utf8(bytes, path, true)
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes, path, "utf-16le")
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes, path, "utf-16be")
  for (const [format, sig] of MAGIC) {
    if (startsWith(bytes, sig)) {
      return new BinaryInputError({ path, format, message: `${path}: not a text document (${format} signature at byte 0)` })
    }
  }
  const head = bytes.subarray(0, 8192)
  const nul = head.indexOf(0)
  if (nul !== -1) {
    return new BinaryInputError({
      path,
      format: "binary data",
      message: `${path}: not a text document (NUL byte at offset ${nul}; UTF-16 without a byte-order mark is not supported)`
    })
  }
  // Nearly every document is valid UTF-8: the native check says so at memory speed. Only a
  // file that fails it is scanned here, for where it breaks and how badly.
  if (isUtf8(bytes)) return utf8(bytes, path, false)
  const scan = scanUtf8(bytes)
  if (scan.firstInvalid === -1) return utf8(bytes, path, false)
  // Mostly valid UTF-8 with a few bad bytes is a damaged UTF-8 file, not GBK: say where.
  if (scan.validMultiByte >= 8 && scan.invalid * 20 < scan.validMultiByte) {
    return new EncodingError({
      path,
      encoding: "utf-8",
      byteOffset: scan.firstInvalid,
      message: `${path}: invalid UTF-8 at byte offset ${scan.firstInvalid} (${scan.invalid} bad byte(s) in an otherwise UTF-8 file)`
    })
  }
  // A few bad bytes among valid UTF-8 characters (a short file with one stray byte): damaged UTF-8.
  if (scan.validMultiByte >= 2 && scan.invalid * 4 < scan.validMultiByte) {
    return new EncodingError({
      path,
      encoding: "utf-8",
      byteOffset: scan.firstInvalid,
      message: `${path}: invalid UTF-8 at byte offset ${scan.firstInvalid} (${scan.invalid} bad byte(s) among ${scan.validMultiByte} UTF-8 characters)`
    })
  }
  const c = classifyDoubleByte(bytes)
  const refuse = (why: string) => new EncodingError({
    path,
    encoding: "unknown",
    byteOffset: scan.firstInvalid,
    message: `${path}: not UTF-8 (first invalid byte at offset ${scan.firstInvalid}) and ${why}; save it as UTF-8 to read it`
  })
  if (c.shiftJisKana >= Math.max(4, c.pairs * 0.2)) return refuse("looks like Shift-JIS (Japanese), which is not supported")
  if (c.lone > c.pairs / 2) return refuse("looks like a single-byte encoding (Latin-1 or Windows-1252), which is not supported")
  if (c.pairs < MIN_PAIRS) return refuse(`too short to tell GB18030 from Big5 (${c.pairs} double-byte characters)`)
  const gb = decodeOrNull(() => decoder("gb18030").decode(bytes))
  // iconv-lite's Big5 includes the HKSCS extensions (pinyin with tones) that mirrors use.
  const big5 = decodeOrNull(() => iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), "big5"))
  const gbScore = gb === null ? 0 : commonShare(gb)
  const big5Score = big5 === null || big5.includes("\ufffd") ? 0 : commonShare(big5)
  const pct = (x: number) => `${Math.round(100 * x)}%`
  if (Math.max(gbScore, big5Score) < PLAUSIBLE) {
    return refuse(`no Chinese encoding reads it as text (common characters: ${pct(gbScore)} as GB18030, ${pct(big5Score)} as Big5)`)
  }
  if (Math.abs(gbScore - big5Score) < MARGIN) {
    return refuse(`it reads as GB18030 (${pct(gbScore)} common characters) as well as Big5 (${pct(big5Score)}): cannot tell which`)
  }
  // A short text decides only when one reading is all common characters and the other is not close.
  if (c.pairs < SHORT_PAIRS && (Math.max(gbScore, big5Score) < 0.9 || Math.abs(gbScore - big5Score) < 0.5)) {
    return refuse(`too short to tell GB18030 (${pct(gbScore)} common characters) from Big5 (${pct(big5Score)}) with ${c.pairs} double-byte characters`)
  }
  return gbScore > big5Score ? { text: gb!, encoding: "gb18030", bom: false } : { text: big5!, encoding: "big5", bom: false }
}

/** Share of a decoding's Han characters that are common ones: high for the right encoding, low for garbage. */
function commonShare(text: string): number {
  let han = 0
  let common = 0
  for (const ch of text) {
    if (!HAN.test(ch)) continue
    han++
    if (COMMON_HANZI.has(ch)) common++
  }
  return han === 0 ? 0 : common / han
}

const HAN = /\p{Script=Han}/u
/** Real text scores 0.85 and up in its own encoding; a wrong decoding well under 0.5. */
const PLAUSIBLE = 0.6
const MARGIN = 0.2

const decodeOrNull = (f: () => string): string | null => {
  try {
    return f()
  } catch {
    return null
  }
}

function utf8(bytes: Uint8Array, path: string, bom: boolean): Decoded | EncodingError {
  const scan = bom && !isUtf8(bytes.subarray(3)) ? scanUtf8(bytes.subarray(3)) : { firstInvalid: -1 }
  if (scan.firstInvalid !== -1) {
    const at = scan.firstInvalid + 3
    return new EncodingError({ path, encoding: "utf-8", byteOffset: at, message: `${path}: invalid UTF-8 at byte offset ${at}` })
  }
  return { text: UTF8.decode(bytes), encoding: "utf-8", bom }
}

function utf16(bytes: Uint8Array, path: string, encoding: "utf-16le" | "utf-16be"): Decoded | EncodingError {
  try {
    return { text: decoder(encoding).decode(bytes), encoding, bom: true }
  } catch {
    const odd = bytes.length % 2 === 1
    return new EncodingError({
      path,
      encoding,
      byteOffset: odd ? bytes.length - 1 : 0,
      message: `${path}: invalid ${encoding.toUpperCase()}${odd ? " (odd number of bytes)" : " (unpaired surrogate)"}`
    })
  }
}
