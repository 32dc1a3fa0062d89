/**
 * A settled document in the form the writing thread only has to append: per table its CSV
 * lines as UTF-8 bytes and its Parquet columns as a piece for the row-group encoder. Made on
 * the worker that extracted the document, so the coordinating thread neither parses rows
 * nor encodes them, and the output is the same for any number of workers.
 */
import { RejectTable, type Table, type TableName, TableNames, Tables } from "@govstat/schema"
import type { DocumentResult } from "../pipeline.js"
import { csvText } from "./csv.js"
import { type ColumnPiece, columnPiece } from "./parquet.js"

export type OutputTable = TableName | "rejects"

/** Which encodings the run writes. Rejects always get CSV, the file people open when something went wrong. */
export interface EncodeOptions {
  readonly csv: boolean
  readonly parquet: boolean
}

export interface EncodedDocument {
  readonly counts: Record<TableName, number>
  readonly rejects: number
  readonly warnings: DocumentResult["warnings"]
  readonly csv: Partial<Record<OutputTable, Uint8Array>>
  readonly parquet: Partial<Record<OutputTable, ColumnPiece>>
}

export const outputTables: ReadonlyArray<Table> = [...TableNames.map((n) => Tables[n] as Table), RejectTable as Table]

const utf8 = new TextEncoder()

/** Encodes a settled document; `transfer` lists the buffers to move (not copy) to the writing thread. */
export function encodeDocument(result: DocumentResult, o: EncodeOptions): { doc: EncodedDocument; transfer: Array<ArrayBuffer> } {
  const csv: EncodedDocument["csv"] = {}
  const parquet: EncodedDocument["parquet"] = {}
  const transfer: Array<ArrayBuffer> = []
  for (const t of outputTables) {
    const name = t.name as OutputTable
    const rows = (name === "rejects" ? result.rejects : result.rows[name]) as ReadonlyArray<Record<string, unknown>>
    if (!rows.length) continue
    if (o.csv || name === "rejects") {
      const bytes = utf8.encode(csvText(t, rows))
      csv[name] = bytes
      transfer.push(bytes.buffer as ArrayBuffer)
    }
    if (o.parquet) {
      const piece = columnPiece(t, rows)
      parquet[name] = piece
      transfer.push(piece.bytes.buffer as ArrayBuffer)
    }
  }
  const counts = Object.fromEntries(TableNames.map((t) => [t, result.rows[t].length])) as Record<TableName, number>
  return { doc: { counts, rejects: result.rejects.length, warnings: result.warnings, csv, parquet }, transfer }
}
