/**
 * Parquet writer over hyparquet-writer, with the Parquet schema derived from the table's
 * fields (one source of truth). Rows stream in row groups: memory stays flat however many
 * rows pass through.
 */
import type { Field, Table } from "@govstat/schema"
import { fileWriter, ParquetWriter } from "hyparquet-writer"
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

/** A column's values in the physical form hyparquet-writer expects. */
function columnValues(f: Field, rows: ReadonlyArray<Record<string, unknown>>): Array<unknown> {
  return rows.map((r) => {
    const v = r[f.name]
    if (v === null || v === undefined) return null
    switch (f.kind) {
      case "int64":
        return BigInt(v as number)
      case "date":
        return Math.round(Date.parse(`${v as string}T00:00:00Z`) / DAY_MS)
      case "timestamp":
        return new Date(v as string)
      default:
        return v
    }
  })
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

export interface ParquetTableWriter {
  write(rows: ReadonlyArray<Record<string, unknown>>): void
  close(): void
}

/** Opens a Parquet file for a table; rows are buffered up to one row group, then flushed. */
export function openParquet(
  path: string, t: Table,
  options: { compression?: Compression; rowGroupSize?: number; createdBy?: string; metadata?: ReadonlyArray<{ key: string; value: string }> } = {}
): ParquetTableWriter {
  const compression = options.compression ?? "snappy"
  const rowGroupSize = options.rowGroupSize ?? 32_768
  const writer = new ParquetWriter({
    writer: fileWriter(path),
    schema: parquetSchema(t),
    codec: CODEC[compression],
    compressors: {
      ZSTD: (input: Uint8Array) => zstdCompressSync(input),
      GZIP: (input: Uint8Array) => gzipSync(input)
    },
    createdBy: options.createdBy ?? "govstat",
    kvMetadata: [{ key: "govstat.table", value: t.name }, ...(options.metadata ?? [])]
  })
  let buffer: Array<Record<string, unknown>> = []
  const flush = () => {
    if (!buffer.length) return
    writer.write({
      columnData: t.fields.map((f) => ({ name: f.name, data: columnValues(f, buffer) as Array<never>, nullable: f.nullable, ...encodingOf(f) })),
      rowGroupSize
    })
    buffer = []
  }
  return {
    write(rows) {
      for (const r of rows) {
        buffer.push(r as Record<string, unknown>)
        if (buffer.length >= rowGroupSize) flush()
      }
    },
    close() {
      flush()
      writer.finish()
    }
  }
}
