/**
 * Parquet writer over hyparquet-writer, with the Parquet schema derived from the table's
 * fields (one source of truth). Rows stream in row groups: memory stays flat however many
 * rows pass through.
 */
import type { Field, Table } from "@govstat/schema"
import { fileWriter, ParquetWriter } from "hyparquet-writer"
import { ByteSink, writeColumnChunk } from "./column-chunk.js"
import { gzipSync, zstdCompressSync } from "./compress.js"
import { snappyCompressor } from "./snappy.js"

export type Compression = "snappy" | "zstd" | "gzip" | "none"

const DAY_MS = 86_400_000

type SchemaElement = ConstructorParameters<typeof ParquetWriter>[0]["schema"][number]

/** The Parquet schema element of a field: strings as UTF8, dates as DATE, counts as INT64 … */
export function parquetElement(f: Field): SchemaElement {
  const repetition_type = f.nullable ? "OPTIONAL" : "REQUIRED"
  switch (f.kind) {
    case "string":
    case "enum":
      return { name: f.name, type: "BYTE_ARRAY", converted_type: "UTF8", logical_type: { type: "STRING" }, repetition_type }
    case "int64":
      return { name: f.name, type: "INT64", repetition_type }
    case "double":
      return { name: f.name, type: "DOUBLE", repetition_type }
    case "date":
      return { name: f.name, type: "INT32", converted_type: "DATE", logical_type: { type: "DATE" }, repetition_type }
    case "timestamp":
      return {
        name: f.name, type: "INT64", converted_type: "TIMESTAMP_MILLIS",
        logical_type: { type: "TIMESTAMP", isAdjustedToUTC: true, unit: "MILLIS" }, repetition_type
      }
  }
}

export const parquetSchema = (t: Table): Array<SchemaElement> => [
  { name: "root", num_children: t.fields.length },
  ...t.fields.map(parquetElement)
]

/** Days since 1970-01-01 of an ISO date (the schema gate has checked its form). */
function days(v: string): number {
  const y = +v.slice(0, 4)
  // Date.UTC reads years 0–99 as 1900–1999.
  return y >= 100 ? Date.UTC(y, +v.slice(5, 7) - 1, +v.slice(8, 10)) / DAY_MS : Math.round(Date.parse(`${v}T00:00:00Z`) / DAY_MS)
}

/** A table's dates repeat (the periods of one report): each is converted once. */
const dayCache = new Map<string, number>()
function cachedDays(v: string): number {
  let d = dayCache.get(v)
  if (d === undefined) {
    if (dayCache.size > 100_000) dayCache.clear()
    d = days(v)
    dayCache.set(v, d)
  }
  return d
}

/** Dates as days since 1970, timestamps as milliseconds: JSON-safe physical values. */
const PHYSICAL: Partial<Record<Field["kind"], (v: unknown) => unknown>> = {
  date: (v) => cachedDays(v as string),
  timestamp: (v) => Date.parse(v as string)
}

type ColumnReader = (rows: ReadonlyArray<Record<string, unknown>>, columns: Array<Array<unknown>>) => void

/**
 * Per table, a function that reads every column of the rows in one pass, each field by a
 * literal property name: a loop over field names reads `row[name]` through V8's slow
 * generic lookup, about twice the cost of the whole conversion. Missing values become null.
 */
const readers = new WeakMap<Table, ColumnReader>()
function columnReader(t: Table): ColumnReader {
  let read = readers.get(t)
  if (!read) {
    const k = t.fields.map((_, i) => i)
    read = new Function("rows", "columns", [
      ...k.map((i) => `const c${i} = columns[${i}]`),
      `for (let i = 0; i < rows.length; i++) { const r = rows[i]; ${t.fields.map((f, i) => `c${i}[i] = r[${JSON.stringify(f.name)}] ?? null`).join("; ")} }`
    ].join("\n")) as ColumnReader
    readers.set(t, read)
  }
  return read
}

/**
 * Column arrays of a full row group, reused from one group to the next on this thread. A
 * row group's column is too big for V8's young generation: allocating them afresh for each
 * group cost more than filling them.
 */
const pool: Array<Array<unknown>> = []

function columnArrays(count: number, n: number, pooled: boolean): Array<Array<unknown>> {
  if (!pooled) return Array.from({ length: count }, () => new Array(n))
  if (pool.length && pool[0]!.length !== n) pool.length = 0
  while (pool.length < count) pool.push(new Array(n).fill(null))
  return pool.slice(0, count)
}

/** Drops what the pooled columns still hold of the last group's rows. */
function releasePool(): void {
  for (const c of pool) c.fill(null)
}

/**
 * The columns of some rows in a JSON-safe physical form (counts and timestamps stay
 * numbers, dates become day numbers), the form the column-chunk encoder takes. Workers send
 * document rows to the row-group encoder in this form (see `columnPiece`). `pooled` fills
 * this thread's reused arrays: only for columns encoded at once and then dropped.
 */
function physicalColumns(t: Table, rows: ReadonlyArray<Record<string, unknown>>, pooled = false): Array<Array<unknown>> {
  const columns = columnArrays(t.fields.length, rows.length, pooled)
  columnReader(t)(rows, columns)
  t.fields.forEach((f, k) => {
    const convert = PHYSICAL[f.kind]
    if (!convert) return
    const c = columns[k]!
    // A document's rows mostly share their periods: a value like the one before is not converted again.
    let last: unknown = null, lastPhysical: unknown = null
    for (let i = 0; i < c.length; i++) {
      const v = c[i]
      if (v === null) continue
      if (v !== last) {
        last = v
        lastPhysical = convert(v)
      }
      c[i] = lastPhysical
    }
  })
  return columns
}

/**
 * One document's rows of one table, column by column in physical form, as UTF-8 JSON: the
 * unit a worker hands on for Parquet. Compact (no keys), and its buffer moves between
 * threads without a copy and without weighing on the coordinating thread's heap.
 */
export interface ColumnPiece {
  readonly bytes: Uint8Array
  readonly rows: number
}

const utf8 = new TextEncoder()

export function columnPiece(t: Table, rows: ReadonlyArray<Record<string, unknown>>): ColumnPiece {
  return { bytes: utf8.encode(JSON.stringify(physicalColumns(t, rows))), rows: rows.length }
}

/** Rows [from, to) of a piece. */
export interface PieceSlice {
  readonly bytes: Uint8Array
  readonly from: number
  readonly to: number
}

const CODEC = { snappy: "SNAPPY", zstd: "ZSTD", gzip: "GZIP", none: "UNCOMPRESSED" } as const

export interface ParquetOptions {
  readonly compression?: Compression
  readonly rowGroupSize?: number
  readonly createdBy?: string
  /** Key-value metadata besides govstat.table. */
  readonly metadata?: ReadonlyArray<{ key: string; value: string }>
}

/** Rows per row group: big enough for good compression, small enough to encode on a worker. */
export const ROW_GROUP_SIZE = 32_768

/** Snappy in WebAssembly, its output a function of its input alone (see snappy.ts). */
const snappy = snappyCompressor()

const compressors = {
  SNAPPY: (input: Uint8Array) => snappy(input),
  ZSTD: (input: Uint8Array) => zstdCompressSync(input),
  GZIP: (input: Uint8Array) => gzipSync(input)
}

const makeWriter = (writer: ConstructorParameters<typeof ParquetWriter>[0]["writer"], t: Table, o: ParquetOptions) =>
  new ParquetWriter({
    writer,
    schema: parquetSchema(t),
    codec: CODEC[o.compression ?? "snappy"],
    compressors,
    createdBy: o.createdBy ?? "govstat",
    kvMetadata: [{ key: "govstat.table", value: t.name }, ...(o.metadata ?? [])]
  })

type RowGroup = ParquetWriter["row_groups"][number]
type PageIndexes = ParquetWriter["pendingIndexes"][number]

/**
 * One row group, encoded and compressed, as if it started at byte 0 of the file's body: the
 * file writer moves its offsets to where it lands. Made on a worker; a structured clone
 * keeps the chunks that `rowGroup` and `indexes` share as one object each.
 */
export interface EncodedRowGroup {
  readonly bytes: Uint8Array
  readonly rowGroup: RowGroup
  readonly indexes: Array<PageIndexes>
}

const MAGIC = 4

/**
 * Compares strings in UTF-8 byte (code point) order, as Parquet orders BYTE_ARRAY bounds;
 * JavaScript's `<` compares UTF-16 units, which misorders characters beyond U+FFFF against
 * U+E000–U+FFFF. Lone surrogates compare as U+FFFD, as TextEncoder writes them.
 */
function compareUtf8(a: string, b: string): number {
  const length = Math.min(a.length, b.length)
  let i = 0
  while (i < length && a.charCodeAt(i) === b.charCodeAt(i)) i++
  if (i > 0) {
    const prev = a.charCodeAt(i - 1)
    if (prev >= 0xd800 && prev <= 0xdbff) i--
  }
  while (i < a.length && i < b.length) {
    const x = codePoint(a, i), y = codePoint(b, i)
    if (x !== y) return x - y
    i += x > 0xffff ? 2 : 1
  }
  return a.length - b.length
}

function codePoint(s: string, i: number): number {
  const c = s.codePointAt(i) ?? 0xfffd
  return c >= 0xd800 && c <= 0xdfff ? 0xfffd : c
}

type ChunkStatistics = NonNullable<NonNullable<RowGroup["columns"][number]["meta_data"]>["statistics"]>

/**
 * A column chunk's statistics as hyparquet-writer computes them (min and max of the
 * non-null values, NaN left out and counted for doubles, a zero bound signed as the spec
 * asks), at less cost: text is compared only once per distinct value (`distinct`, when the
 * encoder has them, spares even the set), numbers with `<`. One function per kind of value,
 * so that each stays optimised for its own type. INT64 values may be numbers or BigInts.
 */
export function columnStatistics(f: Field, values: ReadonlyArray<unknown>, distinct?: ReadonlyArray<unknown> | null, nulls?: number): ChunkStatistics {
  let s: Bounds<unknown>
  if (f.kind === "string" || f.kind === "enum") {
    s = distinct ? distinctTextBounds(distinct as ReadonlyArray<string>) : textBounds(values as ReadonlyArray<string | null>)
    if (distinct) s.nulls = nulls ?? countNulls(values)
  } else if (f.kind === "int64" || f.kind === "timestamp") {
    s = bigintBounds(values as ReadonlyArray<bigint | number | null>)
  } else {
    s = numberBounds(values as ReadonlyArray<number | null>)
  }
  let { min, max } = s
  if (min === 0) min = -0
  if (max === 0) max = 0
  return { min_value: min as never, max_value: max as never, null_count: BigInt(s.nulls), nan_count: f.kind === "double" ? BigInt(s.nans) : undefined } as ChunkStatistics
}

interface Bounds<T> { min: T | undefined; max: T | undefined; nulls: number; nans: number }

function countNulls(values: ReadonlyArray<unknown>): number {
  let nulls = 0
  for (let i = 0; i < values.length; i++) if (values[i] === null || values[i] === undefined) nulls++
  return nulls
}

function distinctTextBounds(values: ReadonlyArray<string>): Bounds<string> {
  const b: Bounds<string> = { min: undefined, max: undefined, nulls: 0, nans: 0 }
  for (const v of values) {
    if (b.min === undefined || compareUtf8(v, b.min) < 0) b.min = v
    if (b.max === undefined || compareUtf8(v, b.max) > 0) b.max = v
  }
  return b
}

function textBounds(values: ReadonlyArray<string | null | undefined>): Bounds<string> {
  const seen = new Set<string>()
  const b: Bounds<string> = { min: undefined, max: undefined, nulls: 0, nans: 0 }
  for (const v of values) {
    if (v === null || v === undefined) { b.nulls++; continue }
    if (seen.has(v)) continue
    seen.add(v)
    if (b.min === undefined || compareUtf8(v, b.min) < 0) b.min = v
    if (b.max === undefined || compareUtf8(v, b.max) > 0) b.max = v
  }
  return b
}

function numberBounds(values: ReadonlyArray<number | null | undefined>): Bounds<number> {
  const b: Bounds<number> = { min: undefined, max: undefined, nulls: 0, nans: 0 }
  for (const v of values) {
    if (v === null || v === undefined) { b.nulls++; continue }
    if (Number.isNaN(v)) { b.nans++; continue }
    if (b.min === undefined || v < b.min) b.min = v
    if (b.max === undefined || v > b.max) b.max = v
  }
  return b
}

/** Bounds of INT64 values (safe-integer numbers or BigInts), as BigInts. */
function bigintBounds(values: ReadonlyArray<bigint | number | null | undefined>): Bounds<bigint> {
  let min: bigint | number | undefined, max: bigint | number | undefined
  let nulls = 0
  for (const v of values) {
    if (v === null || v === undefined) { nulls++; continue }
    if (min === undefined || v < min) min = v
    if (max === undefined || v > max) max = v
  }
  return { min: min === undefined ? undefined : BigInt(min), max: max === undefined ? undefined : BigInt(max), nulls, nans: 0 }
}

/** The row group's bytes as they are written, reused group after group (the result is a copy). */
const groupSink = new ByteSink(1 << 20, MAGIC)

/**
 * Encodes one row group of a table from its columns (physical values, see `columnPiece`),
 * with our column-chunk encoder (the bytes hyparquet-writer would write, see column-chunk.ts).
 */
export function encodeRowGroup(t: Table, columns: ReadonlyArray<ReadonlyArray<unknown>>, options: ParquetOptions = {}): EncodedRowGroup {
  const rows = columns[0]?.length ?? 0
  const codec = CODEC[options.compression ?? "snappy"]
  const o = { codec, compress: codec === "UNCOMPRESSED" ? undefined : compressors[codec] }
  const out = groupSink
  out.reset()
  const chunks: RowGroup["columns"] = []
  const indexes: Array<PageIndexes> = []
  let uncompressed = 0n
  t.fields.forEach((f, k) => {
    const values = columns[k]!
    const c = writeColumnChunk(out, f, values, o)
    // Text unique per row (ids, quotes, raw rejected rows) has no statistics: no reader can use them.
    const stats = f.freeText ? undefined : columnStatistics(f, values, c.distinct, c.nulls)
    const chunk: RowGroup["columns"][number] = {
      meta_data: {
        type: c.type,
        encodings: c.encodings,
        path_in_schema: [f.name],
        codec,
        num_values: BigInt(c.numValues),
        total_compressed_size: BigInt(c.compressedSize),
        total_uncompressed_size: BigInt(c.uncompressedSize),
        data_page_offset: BigInt(c.dataPageOffset),
        dictionary_page_offset: c.dictionaryPageOffset === undefined ? undefined : BigInt(c.dictionaryPageOffset),
        statistics: stats,
        encoding_stats: stats && [
          ...(c.dictionaryPageOffset !== undefined ? [{ page_type: "DICTIONARY_PAGE" as const, encoding: "PLAIN" as const, count: 1 }] : []),
          { page_type: "DATA_PAGE_V2" as const, encoding: c.encodings.at(-1)!, count: c.pages.length }
        ]
      },
      file_offset: BigInt(c.fileOffset)
    }
    uncompressed += BigInt(c.uncompressedSize)
    chunks.push(chunk)
    indexes.push({ chunk, offsetIndex: c.pages.length > 1 ? { page_locations: c.pages } : undefined })
  })
  const rowGroup: RowGroup = { columns: chunks, total_byte_size: uncompressed, num_rows: BigInt(rows), total_compressed_size: BigInt(out.pos) }
  return { bytes: out.buf.slice(0, out.pos), rowGroup, indexes }
}

/** The columns of rows [from, to) of each piece, in order. */
export function piecesToColumns(t: Table, pieces: ReadonlyArray<PieceSlice>): Array<Array<unknown>> {
  let rows = 0
  for (const p of pieces) rows += p.to - p.from
  // Sized once and filled by index: pushing grew each array step by step.
  const columns: Array<Array<unknown>> = t.fields.map(() => new Array(rows))
  const text = new TextDecoder()
  let at = 0
  for (const p of pieces) {
    const cols = JSON.parse(text.decode(p.bytes)) as Array<Array<unknown>>
    for (let k = 0; k < columns.length; k++) {
      const src = cols[k]!, dst = columns[k]!
      for (let i = p.from, j = at; i < p.to; i++, j++) dst[j] = src[i]
    }
    at += p.to - p.from
  }
  return columns
}

/**
 * Cuts a table's stream of pieces into row groups of exactly `size` rows (the last one
 * shorter), whatever the documents' sizes: where the groups break depends on the rows
 * alone, so the file is the same for any number of workers.
 */
export class RowGroupCutter {
  private pending: Array<PieceSlice> = []
  private count = 0
  constructor(readonly size: number = ROW_GROUP_SIZE) {}

  /** Adds a piece; returns the row groups it completes. */
  add(piece: ColumnPiece): Array<Array<PieceSlice>> {
    const done: Array<Array<PieceSlice>> = []
    let from = 0
    while (from < piece.rows) {
      const take = Math.min(piece.rows - from, this.size - this.count)
      // A piece split between groups: each group gets its own buffer, to move to its worker.
      const bytes = from + take < piece.rows ? piece.bytes.slice() : piece.bytes
      this.pending.push({ bytes, from, to: from + take })
      this.count += take
      from += take
      if (this.count === this.size) {
        done.push(this.pending)
        this.pending = []
        this.count = 0
      }
    }
    return done
  }

  /** The last, partial row group (or nothing). */
  rest(): Array<PieceSlice> | null {
    const last = this.pending.length ? this.pending : null
    this.pending = []
    this.count = 0
    return last
  }
}

/** Writes encoded row groups into one Parquet file, in the order given. */
export interface ParquetFileWriter {
  append(group: EncodedRowGroup): void
  close(): void
}

export function openParquetFile(path: string, t: Table, options: ParquetOptions = {}): ParquetFileWriter {
  const file = fileWriter(path)
  const w = makeWriter(file, t, options)
  return {
    append({ bytes, rowGroup, indexes }) {
      const shift = BigInt(file.offset - MAGIC)
      for (const c of rowGroup.columns) {
        c.file_offset += shift
        const m = c.meta_data
        if (m) {
          m.data_page_offset += shift
          if (m.dictionary_page_offset !== undefined) m.dictionary_page_offset += shift
        }
      }
      for (const x of indexes) for (const p of x.offsetIndex?.page_locations ?? []) p.offset += shift
      file.appendBytes(bytes)
      w.row_groups.push(rowGroup)
      w.num_rows += rowGroup.num_rows
      w.pendingIndexes.push(...indexes)
    },
    close() {
      void w.finish()
    }
  }
}

export interface ParquetTableWriter {
  write(rows: ReadonlyArray<Record<string, unknown>>): void
  close(): void
}

/**
 * Opens a Parquet file for a table and writes rows given on this thread (the pipeline
 * encodes on its workers instead, with the same functions): rows are buffered up to one
 * row group, then encoded and appended.
 */
export function openParquet(path: string, t: Table, options: ParquetOptions = {}): ParquetTableWriter {
  const size = options.rowGroupSize ?? ROW_GROUP_SIZE
  const file = openParquetFile(path, t, options)
  let buffer: Array<Record<string, unknown>> = []
  const flush = () => {
    if (!buffer.length) return
    const rows = buffer
    buffer = []
    // Full groups all have the same size: their column arrays are reused.
    file.append(encodeRowGroup(t, physicalColumns(t, rows, rows.length === size), options))
  }
  return {
    write(rows) {
      for (const r of rows) {
        buffer.push(r as Record<string, unknown>)
        if (buffer.length >= size) flush()
      }
    },
    close() {
      flush()
      releasePool()
      file.close()
    }
  }
}
