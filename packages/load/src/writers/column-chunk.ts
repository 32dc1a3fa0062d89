/**
 * Parquet column chunks for the kinds of columns our tables have (flat, UTF-8 text, INT64,
 * DOUBLE, DATE), written straight from the column's values into one byte buffer.
 *
 * It writes the same bytes as hyparquet-writer's generic `writeColumn` (same dictionary
 * choice, page cuts, RLE/bit-packed runs, page headers; test/parquet-encoder.test.ts checks
 * byte equality), at a fraction of the cost: that one turns every string into a
 * Uint8Array, copies each page into new arrays of values and levels, looks values up in
 * several maps and writes byte by byte through a DataView, which together made our writer
 * 5× slower than DuckDB's COPY. Here each value is looked up once (the dictionary, whose
 * distinct entries also give the text statistics), only distinct strings are encoded to
 * UTF-8 when a dictionary is used, and levels and indexes are typed arrays.
 */
import type { Field } from "@govstat/schema"

/** Parquet's physical types for our kinds. */
export type PhysicalType = "BYTE_ARRAY" | "INT64" | "DOUBLE" | "INT32"

export const physicalType = (f: Field): PhysicalType =>
  f.kind === "string" || f.kind === "enum" ? "BYTE_ARRAY"
    : f.kind === "int64" || f.kind === "timestamp" ? "INT64"
    : f.kind === "double" ? "DOUBLE"
    : "INT32"

/** A growable byte buffer; `base` is the file offset of its first byte. */
export class ByteSink {
  buf: Uint8Array
  view: DataView
  pos = 0
  constructor(size: number, readonly base = 0) {
    this.buf = new Uint8Array(size)
    this.view = new DataView(this.buf.buffer)
  }

  get offset(): number {
    return this.base + this.pos
  }

  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.pos + n))
    next.set(this.buf.subarray(0, this.pos))
    this.buf = next
    this.view = new DataView(next.buffer)
  }

  u8(v: number): void {
    this.ensure(1)
    this.buf[this.pos++] = v
  }

  varint(v: number): void {
    this.ensure(5)
    while (v & ~0x7f) {
      this.buf[this.pos++] = (v & 0x7f) | 0x80
      v >>>= 7
    }
    this.buf[this.pos++] = v
  }

  bytes(b: Uint8Array): void {
    this.ensure(b.length)
    this.buf.set(b, this.pos)
    this.pos += b.length
  }

  /** Rewinds to `pos` (a scratch buffer is reused page after page). */
  reset(): void {
    this.pos = 0
  }
}

/**
 * Writes a string as UTF-8 (lone surrogates as U+FFFD, as TextEncoder does); the caller has
 * ensured 3 bytes per UTF-16 unit. The same loop as `writeUtf8Range` on purpose: written as a
 * call to it over the whole string, the writer took 9% more CPU (bench/writer-choice.mjs,
 * 0.069–0.070 s against 0.076–0.079 s, two runs each).
 */
function writeUtf8(buf: Uint8Array, pos: number, s: string): number {
  const n = s.length
  let i = 0
  // ASCII (ids, codes) in a loop of its own.
  for (; i < n; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0x80) break
    buf[pos++] = c
  }
  for (; i < n; i++) {
    let c = s.charCodeAt(i)
    if (c < 0x80) {
      buf[pos++] = c
    } else if (c < 0x800) {
      buf[pos++] = 0xc0 | (c >> 6)
      buf[pos++] = 0x80 | (c & 0x3f)
    } else if (c < 0xd800 || c > 0xdfff) {
      buf[pos++] = 0xe0 | (c >> 12)
      buf[pos++] = 0x80 | ((c >> 6) & 0x3f)
      buf[pos++] = 0x80 | (c & 0x3f)
    } else {
      const d = i + 1 < n ? s.charCodeAt(i + 1) : 0
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00)
        i++
        buf[pos++] = 0xf0 | (c >> 18)
        buf[pos++] = 0x80 | ((c >> 12) & 0x3f)
        buf[pos++] = 0x80 | ((c >> 6) & 0x3f)
        buf[pos++] = 0x80 | (c & 0x3f)
      } else {
        buf[pos++] = 0xef
        buf[pos++] = 0xbf
        buf[pos++] = 0xbd
      }
    }
  }
  return pos
}

/** PLAIN BYTE_ARRAY: a 4-byte length, then the UTF-8 bytes. */
function plainString(out: ByteSink, s: string): void {
  out.ensure(4 + 3 * s.length)
  const buf = out.buf
  const at = out.pos
  const end = writeUtf8(buf, at + 4, s)
  const len = end - at - 4
  buf[at] = len
  buf[at + 1] = len >>> 8
  buf[at + 2] = len >>> 16
  buf[at + 3] = len >>> 24
  out.pos = end
}

/** PLAIN INT64 of a safe integer, without a BigInt. */
function plainInt64(out: ByteSink, v: number): void {
  out.ensure(8)
  const hi = Math.floor(v / 4294967296)
  out.view.setUint32(out.pos, v - hi * 4294967296, true)
  out.view.setInt32(out.pos + 4, hi, true)
  out.pos += 8
}

function plainDouble(out: ByteSink, v: number): void {
  out.ensure(8)
  out.view.setFloat64(out.pos, v, true)
  out.pos += 8
}

function plainInt32(out: ByteSink, v: number): void {
  out.ensure(4)
  out.view.setInt32(out.pos, v, true)
  out.pos += 4
}

// --- RLE / bit-packed hybrid, the same runs as hyparquet-writer's writeRleBitPackedHybrid ---

/** Encodes values[from, to) with `bitWidth` bits each. */
function writeRleHybrid(out: ByteSink, values: Int32Array, from: number, to: number, bitWidth: number): void {
  let pending = 0
  let packedStart = 0
  let i = from
  while (i < to) {
    const first = values[i]!
    let run = 1
    while (i + run < to && values[i + run] === first) run++
    if (run >= 8) {
      if (pending) {
        writeBitPacked(out, values, packedStart, pending, bitWidth, to)
        pending = 0
      }
      out.varint(run << 1)
      const width = (bitWidth + 7) >> 3
      out.ensure(width)
      for (let j = 0; j < width; j++) out.buf[out.pos++] = (first >> (j << 3)) & 0xff
      i += run
    } else {
      if (pending === 0) packedStart = i
      pending++
      i += 8
    }
  }
  if (pending) writeBitPacked(out, values, packedStart, pending, bitWidth, to)
}

function writeBitPacked(out: ByteSink, values: Int32Array, start: number, groups: number, bitWidth: number, to: number): void {
  out.varint((groups << 1) | 1)
  if (bitWidth === 0) return
  out.ensure(groups * bitWidth + 1)
  const mask = (1 << bitWidth) - 1
  const buf = out.buf
  let pos = out.pos
  let buffer = 0
  let used = 0
  const end = start + groups * 8
  for (let idx = start; idx < end; idx++) {
    const v = idx < to ? values[idx]! & mask : 0
    buffer |= v << used
    used += bitWidth
    while (used >= 8) {
      buf[pos++] = buffer & 0xff
      buffer >>>= 8
      used -= 8
    }
  }
  if (used > 0) buf[pos++] = buffer & 0xff
  out.pos = pos
}

// --- page headers (Thrift compact protocol), as hyparquet-writer's writePageHeader writes them ---

function zigzag(out: ByteSink, v: number): void {
  out.varint((v << 1) ^ (v >> 31))
}

const I32 = 5
const STRUCT = 12
const ENCODING = { PLAIN: 0, RLE_DICTIONARY: 8 } as const
const PAGE_DICTIONARY = 2
const PAGE_DATA_V2 = 3

function dictionaryPageHeader(out: ByteSink, uncompressed: number, compressed: number, count: number): void {
  out.u8((1 << 4) | I32); zigzag(out, PAGE_DICTIONARY)
  out.u8((1 << 4) | I32); zigzag(out, uncompressed)
  out.u8((1 << 4) | I32); zigzag(out, compressed)
  out.u8((4 << 4) | STRUCT) // field 7
  out.u8((1 << 4) | I32); zigzag(out, count)
  out.u8((1 << 4) | I32); zigzag(out, ENCODING.PLAIN)
  out.u8(0)
  out.u8(0)
}

function dataPageV2Header(
  out: ByteSink, uncompressed: number, compressed: number, values: number, nulls: number, encoding: number, levelBytes: number
): void {
  out.u8((1 << 4) | I32); zigzag(out, PAGE_DATA_V2)
  out.u8((1 << 4) | I32); zigzag(out, uncompressed)
  out.u8((1 << 4) | I32); zigzag(out, compressed)
  out.u8((5 << 4) | STRUCT) // field 8
  out.u8((1 << 4) | I32); zigzag(out, values) // num_values
  out.u8((1 << 4) | I32); zigzag(out, nulls) // num_nulls
  out.u8((1 << 4) | I32); zigzag(out, values) // num_rows (flat columns: one value a row)
  out.u8((1 << 4) | I32); zigzag(out, encoding)
  out.u8((1 << 4) | I32); zigzag(out, levelBytes) // definition_levels_byte_length
  out.u8((1 << 4) | I32); zigzag(out, 0) // repetition_levels_byte_length
  out.u8(0)
  out.u8(0)
}

// --- the dictionary decision, as hyparquet-writer's useDictionary makes it ---

/** hyparquet-writer's page size (its default): pages are cut once their estimated values reach it. */
const PAGE_SIZE = 1_048_576
const SAMPLE_REJECTION = 0.9

type Values = ReadonlyArray<unknown>

/**
 * Per-row integers (levels, dictionary indexes, text lengths), reused column after column:
 * each is read before the next column is written. A row group's worth is too big to
 * allocate and zero afresh for every column.
 */
const ints: Array<Int32Array> = [new Int32Array(0), new Int32Array(0), new Int32Array(0)]
const LEVELS = 0, INDEXES = 1, LENGTHS = 2
function scratchInts(which: number, n: number): Int32Array {
  if (ints[which]!.length < n) ints[which] = new Int32Array(Math.max(n, 2 * ints[which]!.length))
  return ints[which]!
}

/**
 * Estimated size of a value as hyparquet-writer counts it: UTF-16 length for text (not its
 * UTF-8 bytes), the width for numbers, nothing for null.
 */
const width = (type: PhysicalType): number => (type === "INT32" ? 4 : 8)

/**
 * The sample check: distinct sampled values' bytes over all sampled bytes above 0.9 means
 * plain (ids, quotes). Null is a key like any other, of size 0.
 */
function sampleSaysPlain(values: Values, type: PhysicalType): boolean {
  const n = values.length
  const size = Math.min(n, 1000)
  const seen = new Set<unknown>()
  let distinct = 0
  let total = 0
  for (let i = 0; i < size; i++) {
    const v = values[size === 1 ? 0 : Math.floor((i * (n - 1)) / (size - 1))]
    const s = v === null || v === undefined ? 0 : type === "BYTE_ARRAY" ? (v as string).length + 4 : width(type)
    if (!seen.has(v)) {
      seen.add(v)
      distinct += s
    }
    total += s
  }
  return !total || distinct / total > SAMPLE_REJECTION
}

interface Dictionary<T> {
  readonly entries: Array<T>
  /** The dictionary index of each non-null value, in order. */
  readonly indexes: Int32Array
  readonly nonNull: number
  /** Value bytes as PLAIN would count them (text: UTF-16 units), all values and distinct ones. */
  readonly totalSize: number
  readonly distinctSize: number
}

function stringDictionary(values: Values): Dictionary<string> {
  const map = new Map<string, number>()
  const entries: Array<string> = []
  const indexes = scratchInts(INDEXES, values.length)
  let nonNull = 0, totalSize = 0, distinctSize = 0
  let last: string | undefined, lastIndex = -1
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as string | null
    if (v === null || v === undefined) continue
    totalSize += v.length
    // Rows of one document repeat their text back to back: the same string object, no lookup.
    if (v !== last) {
      // A few values (enums, levels) are found faster by comparing them all than by hashing.
      let k: number | undefined
      if (entries.length <= 8) {
        for (let e = 0; e < entries.length; e++) if (entries[e] === v) { k = e; break }
      } else {
        k = map.get(v)
      }
      if (k === undefined) {
        k = entries.length
        entries.push(v)
        map.set(v, k)
        distinctSize += v.length
      }
      last = v
      lastIndex = k
    }
    indexes[nonNull++] = lastIndex
  }
  return { entries, indexes, nonNull, totalSize, distinctSize }
}

const bits = new Float64Array(1)
const bitWords = new Uint32Array(bits.buffer)

/** A hash of a number's bits (+0 for -0 and one NaN, as a Map keys them). */
function numberHash(v: number): number {
  bits[0] = v === 0 ? 0 : v === v ? v : NaN
  let h = Math.imul(bitWords[0]! ^ Math.imul(bitWords[1]!, 0x27d4eb2d), 0x9e3779b1)
  h ^= h >>> 15
  return h
}

/**
 * The same dictionary as a Map of numbers would give (first occurrence order, -0 and +0 one
 * value, NaN one value), in an open-addressing table of typed arrays: a Map boxes and
 * hashes each double through the runtime, several times the cost of this.
 */
function numberDictionary(values: Values, w: number): Dictionary<number> {
  const entries: Array<number> = []
  const indexes = scratchInts(INDEXES, values.length)
  let keys = new Float64Array(256)
  let mask = 1023
  let slots = new Int32Array(mask + 1).fill(-1)
  let nonNull = 0
  let last = NaN, lastIndex = -1
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number | null
    if (v === null || v === undefined) continue
    if (v !== last) {
      let j = numberHash(v) & mask
      let k = slots[j]!
      while (k !== -1) {
        const x = keys[k]!
        if (x === v || (x !== x && v !== v)) break
        j = (j + 1) & mask
        k = slots[j]!
      }
      if (k === -1) {
        k = entries.length
        entries.push(v)
        if (k === keys.length) {
          const grown = new Float64Array(2 * keys.length)
          grown.set(keys)
          keys = grown
        }
        keys[k] = v
        slots[j] = k
        // Keep the table at most half full.
        if (2 * entries.length > mask) {
          mask = 2 * mask + 1
          slots = new Int32Array(mask + 1).fill(-1)
          for (let e = 0; e < entries.length; e++) {
            let s = numberHash(keys[e]!) & mask
            while (slots[s] !== -1) s = (s + 1) & mask
            slots[s] = e
          }
        }
      }
      last = v
      lastIndex = k
    }
    indexes[nonNull++] = lastIndex
  }
  return { entries, indexes, nonNull, totalSize: nonNull * w, distinctSize: entries.length * w }
}

/** hyparquet-writer keeps an automatic dictionary only if it and its indexes at least halve the PLAIN bytes. */
function dictionaryWins(d: Dictionary<unknown>, prefix: number): boolean {
  const bitWidth = Math.ceil(Math.log2(d.entries.length))
  const indexSize = Math.ceil((d.nonNull * bitWidth) / 8)
  const plainSize = d.totalSize + d.nonNull * prefix
  const dictionarySize = d.distinctSize + d.entries.length * prefix
  return !(2 * (dictionarySize + indexSize) > plainSize)
}

// --- the column chunk ---

/** A page compressor; what it returns is copied before its next call (snappy returns a view of its memory). */
export type Compress = (input: Uint8Array) => Uint8Array

export interface ColumnChunkOptions {
  /** Parquet codec name, as written in the metadata. */
  readonly codec: "SNAPPY" | "ZSTD" | "GZIP" | "UNCOMPRESSED"
  readonly compress: Compress | undefined
}

interface PageLocation { offset: bigint; compressed_page_size: number; first_row_index: bigint }

export interface EncodedColumn {
  readonly type: PhysicalType
  readonly encodings: Array<"PLAIN" | "RLE_DICTIONARY">
  readonly numValues: number
  readonly fileOffset: number
  readonly dataPageOffset: number
  readonly dictionaryPageOffset: number | undefined
  readonly compressedSize: number
  readonly uncompressedSize: number
  readonly pages: Array<PageLocation>
  /** The distinct non-null values when a dictionary was built (for statistics), else null. */
  readonly distinct: ReadonlyArray<unknown> | null
  readonly nulls: number
}

/** Scratch for a page's values before compression, reused page after page. */
const scratch = new ByteSink(1 << 16)
const levelScratch = new ByteSink(1 << 12)

/** A page's bytes compressed, or as they are. */
const compressed = (bytes: Uint8Array, o: ColumnChunkOptions): Uint8Array => o.compress ? o.compress(bytes) : bytes

/** The data pages of a column chunk as they are written. */
class Pages {
  readonly pages: Array<PageLocation> = []
  uncompressedSize = 0
  constructor(
    readonly out: ByteSink, readonly levels: Int32Array | null, readonly encoding: number, readonly o: ColumnChunkOptions
  ) {}

  /** Writes the page of rows [start, end) whose encoded values are `page`; returns its null count. */
  write(start: number, end: number, page: Uint8Array): number {
    const { out, levels } = this
    const pageOffset = out.offset
    levelScratch.reset()
    let nulls = 0
    if (levels) {
      for (let i = start; i < end; i++) if (levels[i] === 0) nulls++
      writeRleHybrid(levelScratch, levels, start, end, 1)
    }
    const body = compressed(page, this.o)
    const levelBytes = levelScratch.pos
    const headerStart = out.pos
    dataPageV2Header(out, levelBytes + page.length, levelBytes + body.length, end - start, nulls, this.encoding, levelBytes)
    this.uncompressedSize += out.pos - headerStart + levelBytes + page.length
    out.bytes(levelScratch.buf.subarray(0, levelBytes))
    out.bytes(body)
    this.pages.push({ offset: BigInt(pageOffset), compressed_page_size: out.offset - pageOffset, first_row_index: BigInt(start) })
    return nulls
  }
}

/**
 * Writes one column chunk of `values` (physical values: strings, numbers, day numbers,
 * millisecond numbers; null for missing) to `out`.
 */
export function writeColumnChunk(out: ByteSink, f: Field, values: Values, o: ColumnChunkOptions): EncodedColumn {
  const type = physicalType(f)
  const n = values.length
  const fileOffset = out.offset
  const text = type === "BYTE_ARRAY"

  // Definition levels (0 null, 1 present) of a nullable column.
  let levels: Int32Array | null = null
  let nulls = 0
  if (f.nullable) {
    levels = scratchInts(LEVELS, n)
    for (let i = 0; i < n; i++) {
      const present = values[i] === null || values[i] === undefined ? 0 : 1
      levels[i] = present
      nulls += 1 - present
    }
  } else {
    for (let i = 0; i < n; i++) if (values[i] === null || values[i] === undefined) throw new Error(`parquet required value is undefined (${f.name})`)
  }

  // The dictionary: always for enums, never for free text, else as hyparquet-writer decides.
  const forced = f.kind === "enum"
  let dict: Dictionary<unknown> | null = null
  // A dictionary built and then refused still names the distinct values, for statistics.
  let built: Dictionary<unknown> | null = null
  if (forced || (!(text && f.freeText) && !sampleSaysPlain(values, type))) {
    built = text ? stringDictionary(values) : numberDictionary(values, width(type))
    dict = forced || dictionaryWins(built, text ? 4 : 0) ? built : null
  }

  let dictionaryUncompressed = 0
  let dictionaryPageOffset: number | undefined
  if (dict) {
    dictionaryPageOffset = out.offset
    scratch.reset()
    for (const v of dict.entries) writePlain(scratch, type, v)
    const page = scratch.buf.subarray(0, scratch.pos)
    const body = compressed(page, o)
    const headerStart = out.pos
    dictionaryPageHeader(out, page.length, body.length, dict.entries.length)
    dictionaryUncompressed = out.pos - headerStart + page.length
    out.bytes(body)
  }

  const dataPageOffset = out.offset
  const pages = new Pages(out, levels, dict ? ENCODING.RLE_DICTIONARY : ENCODING.PLAIN, o)
  if (dict) dictionaryPages(pages, dict.indexes, n)
  else if (text) textPages(pages, values)
  else fixedPages(pages, type, values)

  return {
    type,
    encodings: dict ? ["PLAIN", "RLE_DICTIONARY"] : ["PLAIN"],
    numValues: n,
    fileOffset,
    dataPageOffset,
    dictionaryPageOffset,
    compressedSize: out.offset - fileOffset,
    uncompressedSize: dictionaryUncompressed + pages.uncompressedSize,
    pages: pages.pages,
    distinct: built ? built.entries : null,
    nulls
  }
}

/*
 * Pages are cut as hyparquet-writer cuts them: before the value that brings the page's
 * value bytes to PAGE_SIZE (dictionary indexes count 4 bytes, PLAIN text its UTF-8 bytes,
 * nulls nothing), never before a page's first value. In practice only long text gets there.
 */

/** Cuts for values of `size` bytes each (nulls 0) over rows [0, n). */
function fixedBounds(levels: Int32Array | null, n: number, size: number): Array<number> {
  if (size * n < PAGE_SIZE) return n ? [0, n] : [0]
  const bounds = [0]
  let acc = 0, start = 0
  for (let i = 0; i < n; i++) {
    const s = levels && levels[i] === 0 ? 0 : size
    acc += s
    if (acc >= PAGE_SIZE && i > start) {
      bounds.push(i)
      start = i
      acc = s
    }
  }
  bounds.push(n)
  return bounds
}

/** Dictionary indexes, RLE/bit-packed at the width of the page's largest index. */
function dictionaryPages(pages: Pages, indexes: Int32Array, n: number): void {
  const bounds = fixedBounds(pages.levels, n, 4)
  let from = 0
  for (let p = 0; p + 1 < bounds.length; p++) {
    const start = bounds[p]!, end = bounds[p + 1]!
    let count = end - start
    if (pages.levels) for (let i = start; i < end; i++) count -= 1 - pages.levels[i]!
    let max = 0
    for (let i = from; i < from + count; i++) if (indexes[i]! > max) max = indexes[i]!
    const bitWidth = Math.ceil(Math.log2(max + 1))
    scratch.reset()
    scratch.u8(bitWidth)
    writeRleHybrid(scratch, indexes, from, from + count, bitWidth)
    pages.write(start, end, scratch.buf.subarray(0, scratch.pos))
    from += count
  }
}

/** PLAIN numbers, one loop per type so that each stays monomorphic. */
function fixedPages(pages: Pages, type: PhysicalType, values: Values): void {
  const bounds = fixedBounds(pages.levels, values.length, width(type))
  for (let p = 0; p + 1 < bounds.length; p++) {
    const start = bounds[p]!, end = bounds[p + 1]!
    scratch.reset()
    scratch.ensure(8 * (end - start))
    if (type === "INT64") {
      for (let i = start; i < end; i++) {
        const v = values[i]
        if (v !== null && v !== undefined) plainInt64(scratch, v as number)
      }
    } else if (type === "DOUBLE") {
      for (let i = start; i < end; i++) {
        const v = values[i]
        if (v !== null && v !== undefined) plainDouble(scratch, v as number)
      }
    } else {
      for (let i = start; i < end; i++) {
        const v = values[i]
        if (v !== null && v !== undefined) plainInt32(scratch, v as number)
      }
    }
    pages.write(start, end, scratch.buf.subarray(0, scratch.pos))
  }
}

/**
 * PLAIN text, encoded straight into the page: a value's UTF-8 length is known once it is
 * written, so a value that fills the page is moved to the start of the next one.
 */
function textPages(pages: Pages, values: Values): void {
  const n = values.length
  // One flat copy of the column's text: reading characters from sliced strings scattered
  // over the heap costs several times reading them from one string.
  const parts: Array<string> = []
  const lengths = scratchInts(LENGTHS, n)
  for (let i = 0; i < n; i++) {
    const v = values[i] as string | null
    if (v !== null && v !== undefined) {
      lengths[i] = v.length
      parts.push(v)
    } else {
      lengths[i] = -1
    }
  }
  const text = parts.join("")
  scratch.reset()
  let start = 0, acc = 0, from = 0
  for (let i = 0; i < n; i++) {
    const mark = scratch.pos
    let s = 0
    const length = lengths[i]!
    if (length >= 0) {
      scratch.ensure(4 + 3 * length)
      const buf = scratch.buf
      const end = writeUtf8Range(buf, mark + 4, text, from, from + length)
      from += length
      s = end - mark - 4
      buf[mark] = s
      buf[mark + 1] = s >>> 8
      buf[mark + 2] = s >>> 16
      buf[mark + 3] = s >>> 24
      scratch.pos = end
    }
    acc += s
    if (acc >= PAGE_SIZE && i > start) {
      pages.write(start, i, scratch.buf.subarray(0, mark))
      scratch.buf.copyWithin(0, mark, scratch.pos)
      scratch.pos -= mark
      start = i
      acc = s
    }
  }
  if (n > start) pages.write(start, n, scratch.buf.subarray(0, scratch.pos))
}

/** `writeUtf8` of s[from, to), a value's part of the joined text (a pair never spans two values). */
function writeUtf8Range(buf: Uint8Array, pos: number, s: string, from: number, to: number): number {
  let i = from
  for (; i < to; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0x80) break
    buf[pos++] = c
  }
  for (; i < to; i++) {
    let c = s.charCodeAt(i)
    if (c < 0x80) {
      buf[pos++] = c
    } else if (c < 0x800) {
      buf[pos++] = 0xc0 | (c >> 6)
      buf[pos++] = 0x80 | (c & 0x3f)
    } else if (c < 0xd800 || c > 0xdfff) {
      buf[pos++] = 0xe0 | (c >> 12)
      buf[pos++] = 0x80 | ((c >> 6) & 0x3f)
      buf[pos++] = 0x80 | (c & 0x3f)
    } else {
      const d = i + 1 < to ? s.charCodeAt(i + 1) : 0
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00)
        i++
        buf[pos++] = 0xf0 | (c >> 18)
        buf[pos++] = 0x80 | ((c >> 12) & 0x3f)
        buf[pos++] = 0x80 | ((c >> 6) & 0x3f)
        buf[pos++] = 0x80 | (c & 0x3f)
      } else {
        buf[pos++] = 0xef
        buf[pos++] = 0xbf
        buf[pos++] = 0xbd
      }
    }
  }
  return pos
}

function writePlain(out: ByteSink, type: PhysicalType, v: unknown): void {
  if (type === "BYTE_ARRAY") plainString(out, v as string)
  else if (type === "INT64") plainInt64(out, v as number)
  else if (type === "DOUBLE") plainDouble(out, v as number)
  else plainInt32(out, v as number)
}
