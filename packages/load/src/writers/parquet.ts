/**
 * Parquet writer over hyparquet-writer, with the Parquet schema derived from the table's
 * fields (one source of truth). Rows stream in row groups: memory stays flat however many
 * rows pass through.
 */
import type { Field, Table } from "@govstat/schema"
import { ByteWriter, fileWriter, ParquetWriter } from "hyparquet-writer"
import { snappyCompressor } from "hysnappy"
import { gzipSync, zstdCompressSync } from "./compress.js"

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

/** Dates as days since 1970, timestamps as milliseconds: JSON-safe physical values. */
const PHYSICAL: Partial<Record<Field["kind"], (v: unknown) => unknown>> = {
  date: (v) => days(v as string),
  timestamp: (v) => Date.parse(v as string)
}

/**
 * A column's values in a JSON-safe physical form (counts stay numbers). Workers send
 * document rows to the row-group encoder in this form (see `columnPiece`); `toWriter` makes
 * BigInts of the INT64 ones at the last step.
 */
function physicalColumn(f: Field, rows: ReadonlyArray<Record<string, unknown>>): Array<unknown> {
  const convert = PHYSICAL[f.kind]
  const name = f.name
  const out = new Array<unknown>(rows.length)
  for (let i = 0; i < rows.length; i++) {
    const v = rows[i]![name]
    out[i] = v === null || v === undefined ? null : convert ? convert(v) : v
  }
  return out
}

/** Physical values as hyparquet-writer takes them (INT64 as BigInt). */
function toWriter(f: Field, values: Array<unknown>): Array<unknown> {
  if (f.kind !== "int64" && f.kind !== "timestamp") return values
  return values.map((v) => (v === null ? null : BigInt(v as number)))
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
  return { bytes: utf8.encode(JSON.stringify(t.fields.map((f) => physicalColumn(f, rows)))), rows: rows.length }
}

/** Rows [from, to) of a piece. */
export interface PieceSlice {
  readonly bytes: Uint8Array
  readonly from: number
  readonly to: number
}

/**
 * Enums are always dictionary-encoded (no need to sample them first); text the schema marks
 * as unique per row (ids, quotes, raw rejected rows) is written plain and without min/max
 * statistics, which no reader can use for it and which cost the writer string comparisons.
 */
function encodingOf(f: Field): { encoding?: "RLE_DICTIONARY" | "PLAIN"; statistics?: boolean } {
  if (f.kind === "enum") return { encoding: "RLE_DICTIONARY" }
  if (f.kind === "string" && f.freeText) return { encoding: "PLAIN", statistics: false }
  return {}
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

/**
 * Snappy in WebAssembly (from the authors of hyparquet): about 3.5 times as fast as the
 * JavaScript one hyparquet-writer builds in, and no native binary to install.
 */
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

/** Encodes one row group of a table from its columns (physical values, see `columnPiece`). */
export function encodeRowGroup(t: Table, columns: ReadonlyArray<Array<unknown>>, options: ParquetOptions = {}): EncodedRowGroup {
  const rows = columns[0]?.length ?? 0
  const sink = new ByteWriter(1 << 16)
  const w = makeWriter(sink, t, options)
  void w.write({
    columnData: t.fields.map((f, k) => ({ name: f.name, data: toWriter(f, columns[k]!) as Array<never>, nullable: f.nullable, ...encodingOf(f) })),
    rowGroupSize: Math.max(1, rows)
  })
  return { bytes: sink.getBytes().slice(MAGIC), rowGroup: w.row_groups[0]!, indexes: w.pendingIndexes }
}

/** The columns of rows [from, to) of each piece, in order. */
export function piecesToColumns(t: Table, pieces: ReadonlyArray<PieceSlice>): Array<Array<unknown>> {
  const columns: Array<Array<unknown>> = t.fields.map(() => [])
  const text = new TextDecoder()
  for (const p of pieces) {
    const cols = JSON.parse(text.decode(p.bytes)) as Array<Array<unknown>>
    for (let k = 0; k < columns.length; k++) {
      const src = cols[k]!, dst = columns[k]!
      for (let i = p.from; i < p.to; i++) dst.push(src[i])
    }
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
    file.append(encodeRowGroup(t, t.fields.map((f) => physicalColumn(f, rows)), options))
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
      file.close()
    }
  }
}
