/**
 * extractChunks: a document too big to hold as one text (a 200 MB scrape, a yearbook dumped
 * as CSV lines) read in chunks of about `chunkChars` characters, so the memory it takes is
 * that of one chunk whatever the document's size. Pure, like extractDocument.
 *
 * - A document of at most `chunkChars` characters is extracted whole: the same rows and ids
 *   as extractDocument.
 * - Otherwise the bytes are decoded chunk by chunk (the encoding is decided on the head), and
 *   each chunk ends at a line break, preferably after a sentence's end (a paragraph break
 *   normalisation never joins across). Metadata (title, genre, region, years) and the script
 *   are read from the first chunk, the head; the section a chunk ends in, with the mode its
 *   headings hand on, is carried into the next. Each later chunk is read after the document's
 *   opening lines (up to HEAD_CHARS), so readers that look at the opening (is this a national
 *   document?) see the same opening; rows found in those lines are dropped. Spans and ids
 *   are in the coordinates of the whole source, as for a whole read.
 * - What differs for such a document: metadata and the year inferred from the years the text
 *   mentions most come from the head; a line broken by the page exactly at a chunk's end is
 *   not rejoined; a project named in two chunks is one row (merged as within a section: the
 *   most advanced status, the first area and investment), and a policy is one row at its
 *   first mention, as a whole read gives.
 */
import type { DocumentRow, ProjectRow, ProjectStatus } from "@govstat/schema"
import { ProjectStatuses } from "@govstat/schema"
import iconv from "iconv-lite"
import { decodeBytes } from "./decode.js"
import { type DocumentMetadata, readMetadata } from "./document/metadata.js"
import { modeAfter, type Section, type SectionCarry } from "./document/sections.js"
import { BinaryInputError, EncodingError, type DocumentError } from "./errors.js"
import { documentRow, extractText, type ExtractOptions, type ExtractResult, factRows, trimQuote } from "./extract.js"
import { parserFor } from "./genres/index.js"
import { CHUNK_CHARS } from "./chunk-size.js"
import { sha256Hex } from "./ids.js"
import { normaliseText, toSource } from "./normalise/index.js"
import { EXTRACTOR_VERSION } from "./version.js"

export { CHUNK_CHARS }
/** Bytes read to decide the encoding of a chunked document (cut at a line break). */
const HEAD_BYTES = 1 << 20
/** Bytes decodeBytes looks at to call a file binary (a signature at byte 0, a NUL byte). */
const SNIFF_BYTES = 8192
/** The opening read before each later chunk: at least this many characters, to a line's end. */
const HEAD_CHARS = 600

/**
 * The rows of one chunk: candidate rows as extractDocument gives them (projects come with the
 * last chunk). `whole` is true when the document is read in one chunk (a text of at most
 * `chunkChars` characters read as extractDocument reads it, or one of up to half as much again
 * read in one piece): all its rows are known at once, and a caller may hold them or cache them.
 * When it is false, every yield of the document says so from the first.
 */
export type ChunkRows = Pick<ExtractResult, "indicators" | "projects" | "policies" | "warnings"> & { readonly whole: boolean }

/**
 * A document's bytes as extractChunks reads them: a Uint8Array, or a reader over a file that
 * holds only the bytes from the last `subarray`'s start on. extractChunks asks in file order:
 * each `subarray` starts at or after the previous one's start.
 */
export interface ByteSource {
  readonly length: number
  /** Offset of the first `byte` at or after `from`, or -1. */
  indexOf(byte: number, from: number): number
  subarray(from: number, to: number): Uint8Array
}

export type ChunksEnd =
  | { readonly ok: true; readonly document: DocumentRow }
  | { readonly ok: false; readonly error: DocumentError }

/** Characters that end a sentence or a quoted or bracketed one: a line ending in one is a paragraph's end. */
const ENDS = new Set([..."。！？!?；;:：”’」』)）】》…"])

/** Where to cut `text` at or after `target`: after a line that ends a sentence, else after any line, else at `target`. */
function cutAt(text: string, target: number): number {
  const limit = target + (target >> 2)
  let any = -1
  for (let i = text.indexOf("\n", target); i !== -1 && i < limit; i = text.indexOf("\n", i + 1)) {
    if (any === -1) any = i + 1
    let j = i - 1
    while (j >= 0 && (text[j] === " " || text[j] === "\r" || text[j] === "\t")) j--
    if (j >= 0 && ENDS.has(text[j]!)) return i + 1
  }
  if (any !== -1) return any
  const nl = text.indexOf("\n", target)
  if (nl !== -1) return nl + 1
  // One line for ever: cut after a full stop, else anywhere (never inside a surrogate pair).
  const stop = text.lastIndexOf("。", limit)
  if (stop > target >> 1) return stop + 1
  const c = text.charCodeAt(target - 1)
  return c >= 0xd800 && c <= 0xdbff ? target + 1 : target
}

/** A streaming decoder for an encoding decodeBytes chose. */
function streamDecoder(encoding: DocumentRow["encoding"]): (bytes: Uint8Array, last: boolean) => string {
  if (encoding === "big5") {
    const d = iconv.getDecoder("big5")
    return (b, last) => d.write(Buffer.from(b.buffer, b.byteOffset, b.length)) + (last ? d.end() ?? "" : "")
  }
  const d = new TextDecoder(encoding, { fatal: true, ignoreBOM: false })
  return (b, last) => d.decode(b, { stream: !last })
}

const rank = (s: ProjectStatus | null) => (s === null ? -1 : ProjectStatuses.indexOf(s))

/**
 * Extracts a document chunk by chunk: yields each chunk's candidate rows, and returns its
 * documents row, or the error that stopped it (an encoding error found in a later chunk
 * fails the document; rows already yielded are then to be discarded). The bytes may come
 * from a `ByteSource` that reads a file as they are asked for (give its `sha256` then): read
 * in chunks, a document is held a window at a time.
 */
export function* extractChunks(
  bytes: Uint8Array | ByteSource, options: ExtractOptions & { readonly chunkChars?: number }
): Generator<ChunkRows, ChunksEnd, void> {
  const chunkChars = options.chunkChars ?? CHUNK_CHARS
  // A ByteSource's caller passes the hash (it has read the file once to take it).
  const sha256 = options.sha256 ?? sha256Hex(bytes.subarray(0, bytes.length))
  const large = bytes.length > chunkChars
  // Binary data is told by its first bytes (decodeBytes says the same of them as of the whole):
  // a large binary file is refused without a search for a line break through all of it.
  const sniffed = large ? decodeBytes(bytes.subarray(0, SNIFF_BYTES), options.path) : null
  if (sniffed instanceof BinaryInputError) return { ok: false, error: sniffed }
  // The encoding is decided on the head, cut at a line break (0x0A is never part of a multi-byte
  // character in UTF-8, GB18030 or Big5); UTF-16 and small documents are decoded whole.
  const lf = bytes.length > HEAD_BYTES ? bytes.indexOf(0x0a, HEAD_BYTES) : -1
  const bom = bytes.subarray(0, 2)
  const utf16 = (bom[0] === 0xff && bom[1] === 0xfe) || (bom[0] === 0xfe && bom[1] === 0xff)
  if (!large || lf === -1 || utf16) {
    const all = bytes.subarray(0, bytes.length)
    const decoded = decodeBytes(all, options.path)
    if (!("text" in decoded)) return { ok: false, error: decoded }
    if (decoded.text.length <= chunkChars) {
      const r = extractText(decoded.text, { ...options, sha256, bytes: bytes.length, encoding: decoded.encoding })
      yield { indicators: r.indicators, projects: r.projects, policies: r.policies, warnings: r.warnings, whole: true }
      return { ok: true, document: r.document }
    }
    return yield* chunked(decoded.text, decoded.encoding, null, all, sha256, options, chunkChars)
  }
  const head = decodeBytes(bytes.subarray(0, lf + 1), options.path)
  if (!("text" in head)) return { ok: false, error: head }
  return yield* chunked(null, head.encoding, head.bom ? 3 : 0, bytes, sha256, options, chunkChars)
}

/**
 * The chunked read, from a text decoded whole (`whole`) or from the bytes decoded as it goes
 * (`whole` null; `skip` bytes of byte-order mark first).
 */
function* chunked(
  whole: string | null, encoding: DocumentRow["encoding"], skip: number | null, bytes: Uint8Array | ByteSource, sha256: string,
  options: ExtractOptions, chunkChars: number
): Generator<ChunkRows, ChunksEnd, void> {
  const decode = whole === null ? streamDecoder(encoding) : null
  let byteAt = skip ?? 0
  let pending = whole ?? ""
  let wholeAt = whole === null ? -1 : 0
  /** The next chunk of source text, or null at the end; throws on undecodable bytes. */
  const nextChunk = (): string | null => {
    if (wholeAt >= 0) {
      if (wholeAt >= pending.length) return null
      const rest = pending.length - wholeAt
      const cut = rest <= chunkChars + (chunkChars >> 1) ? pending.length : wholeAt + cutAt(pending.slice(wholeAt, wholeAt + chunkChars * 2), chunkChars)
      const out = pending.slice(wholeAt, cut)
      wholeAt = cut
      return out
    }
    // Decode byte blocks (cut at a line break) until a chunk and a half is pending, or the end.
    while (pending.length < chunkChars + (chunkChars >> 1) && byteAt < bytes.length) {
      const want = Math.min(bytes.length, byteAt + chunkChars)
      const lf = want >= bytes.length ? -1 : bytes.indexOf(0x0a, want)
      const to = lf === -1 ? bytes.length : lf + 1
      try {
        pending += decode!(bytes.subarray(byteAt, to), to >= bytes.length)
      } catch {
        throw new EncodingError({ path: options.path, encoding, byteOffset: byteAt, message: `${options.path}: invalid ${encoding.toUpperCase()} in the block from byte offset ${byteAt}` })
      }
      byteAt = to
    }
    if (pending.length === 0) return null
    const cut = byteAt >= bytes.length && pending.length <= chunkChars + (chunkChars >> 1) ? pending.length : cutAt(pending, chunkChars)
    const out = pending.slice(0, cut)
    pending = pending.slice(cut)
    return out
  }

  let meta: DocumentMetadata | null = null
  let fixed: { script: DocumentRow["script"]; html: boolean } | null = null
  let extractor = ""
  /** The document's opening lines and their sections, read before each later chunk. */
  let head = { text: "", sections: [] as Array<Section> }
  let carry: SectionCarry | undefined
  let base = 0
  const projects = new Map<string, ProjectRow>()
  /** A document's policy is one record, at its first mention (as policies.ts reads a whole text). */
  const policies = new Set<string>()
  /** The document is read in one chunk. */
  let single = false
  for (;;) {
    let source: string | null
    try {
      source = nextChunk()
    } catch (e) {
      if (e instanceof EncodingError) return { ok: false, error: e }
      throw e
    }
    if (source === null) break
    // The first chunk is the only one when nothing is left to read after it.
    if (base === 0) single = wholeAt >= 0 ? wholeAt >= pending.length : pending.length === 0 && byteAt >= bytes.length
    const n = normaliseText(source, fixed ?? undefined)
    const clean = n.clean
    if (meta === null) {
      meta = readMetadata(clean.text)
      fixed = { script: n.script, html: n.html }
      extractor = `${parserFor(meta.genre).name}@${EXTRACTOR_VERSION}`
    }
    const parser = parserFor(meta.genre)
    const own = parser.sections(clean.text, meta, carry)
    const h = head.text.length
    const text = head.text + clean.text
    const sections = [...head.sections, ...own.map((s) => ({ ...s, start: s.start + h, end: s.end + h }))]
    const at = base
    const src = (s: number, e: number): readonly [number, number] => {
      if (s < h) return [-1, -1]
      const [a, b] = toSource(clean, s - h, e - h)
      return [a + at, b + at]
    }
    const quote = (s: number, e: number) => {
      const [a, b] = src(s, e)
      if (a < 0) return ""
      return trimQuote(source!.slice(a - at, b - at))
    }
    const rows = factRows(text, sections, meta, { docId: options.docId, extractor, src, quote })
    const inChunk = <R extends { char_start: number }>(r: R) => r.char_start >= 0
    for (const p of rows.projects.filter(inChunk)) {
      const prev = projects.get(p.id)
      projects.set(p.id, !prev ? p : {
        ...prev,
        status: rank(prev.status) >= rank(p.status) ? prev.status : p.status,
        area_km2: prev.area_km2 ?? p.area_km2,
        investment_yuan: prev.investment_yuan ?? p.investment_yuan,
        region: p.region, region_code: p.region_code, region_level: p.region_level
      })
    }
    yield { indicators: rows.indicators.filter(inChunk), projects: [], policies: rows.policies.filter((p) => inChunk(p) && !policies.has(p.title) && !!policies.add(p.title)), warnings: rows.warnings.filter(inChunk), whole: single }

    // What the next chunk carries on: the open section, the mode later headings inherit, the opening lines.
    const last = own[own.length - 1]!
    // A section of this chunk (not the one carried in, whose context is the carried object).
    const opened = carry === undefined || last.context !== carry.context
    carry = {
      heading: last.heading,
      context: last.context,
      inherited: opened && last.heading !== null ? modeAfter(last.heading, last.context.mode) : carry?.inherited ?? last.context.mode
    }
    if (head.text === "") {
      const end = clean.text.indexOf("\n", HEAD_CHARS)
      const cut = end === -1 ? clean.text.length : end + 1
      head = {
        text: clean.text.slice(0, cut) + (end === -1 ? "\n" : ""),
        sections: own.filter((s) => s.start < cut).map((s) => ({ ...s, end: Math.min(s.end, cut) }))
      }
    }
    base += source.length
  }
  if (meta === null || fixed === null) return { ok: false, error: new EncodingError({ path: options.path, encoding, byteOffset: 0, message: `${options.path}: no text` }) }
  yield { indicators: [], projects: [...projects.values()].sort((a, b) => a.char_start - b.char_start), policies: [], warnings: [], whole: single }
  return { ok: true, document: documentRow(meta, extractor, { ...options, sha256, bytes: bytes.length, encoding, script: fixed.script, charCount: base }) }
}
