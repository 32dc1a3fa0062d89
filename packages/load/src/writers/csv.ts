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

const NEEDS_QUOTES = /[",\n\r]/

/**
 * RFC 4180 quoting, as csv-stringify does it (the header still goes through it), except that
 * a lone CR is quoted too: csv-stringify leaves it bare when the record delimiter is LF, and
 * some readers take a bare CR for the end of a line.
 */
const quoted = (s: string) => (NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s)

/**
 * The CSV lines of some rows (no header), as the file holds them. Written by hand: the rows
 * are flat and every cell is already text, and it is about four times as fast as
 * csv-stringify.
 */
export function csvText(t: Table, rows: ReadonlyArray<Record<string, unknown>>): string {
  const fields = t.fields
  let out = ""
  for (const r of rows) {
    for (let k = 0; k < fields.length; k++) {
      const f = fields[k]!
      if (k) out += ","
      out += quoted(csvCell(f, r[f.name]))
    }
    out += "\n"
  }
  return out
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
