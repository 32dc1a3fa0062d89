/**
 * CSV writer: UTF-8, RFC 4180 quoting, LF line endings, a header row, empty field for
 * null, numbers in their shortest exact form (286.9, never 286.90000000000003), and
 * optional BOM for spreadsheet users. Text cells that a spreadsheet would run as a formula
 * (starting with = + - @, tab or CR) get a leading apostrophe; so do cells that start with
 * an apostrophe themselves, so that stripping one leading apostrophe always restores the
 * value. The Parquet keeps the exact value.
 */
import type { Field, Table } from "@govstat/schema"
import { stringify } from "csv-stringify/sync"
import * as fs from "node:fs"

const NEEDS_APOSTROPHE = /^[=+\-@\t\r']/

/** The CSV text of one cell. */
export function csvCell(f: Field, v: unknown): string {
  if (v === null || v === undefined) return ""
  if (f.kind === "double" || f.kind === "int64") return String(v)
  const s = String(v)
  return (f.kind === "string") && NEEDS_APOSTROPHE.test(s) ? `'${s}` : s
}

/** The CSV lines of some rows (no header), as the file holds them. */
export function csvText(t: Table, rows: ReadonlyArray<Record<string, unknown>>): string {
  if (!rows.length) return ""
  return stringify(rows.map((r) => t.fields.map((f) => csvCell(f, r[f.name]))), { record_delimiter: "\n" })
}

export interface CsvTableWriter {
  write(rows: ReadonlyArray<Record<string, unknown>>): void
  append(bytes: Uint8Array): void
  close(): void
}

export function openCsv(path: string, t: Table, options: { bom?: boolean } = {}): CsvTableWriter {
  const fd = fs.openSync(path, "w")
  const header = stringify([t.fields.map((f) => f.name)], { record_delimiter: "\n" })
  fs.writeSync(fd, (options.bom ? "\ufeff" : "") + header)
  return {
    write(rows) {
      if (rows.length) fs.writeSync(fd, csvText(t, rows))
    },
    /** Lines already encoded (by a worker, with `csvText`). */
    append(bytes: Uint8Array) {
      for (let at = 0; at < bytes.length;) at += fs.writeSync(fd, bytes, at)
    },
    close() {
      fs.fsyncSync(fd)
      fs.closeSync(fd)
    }
  }
}
