/**
 * A document's encoded rows as its worker posts them chunk by chunk (a document read in
 * chunks), kept in a file of the staging folder until the document's turn in output order:
 * a later chunk may still fail the document (then the file is discarded, and nothing of the
 * document is written), and the documents before it may not be written yet. The writing
 * thread holds only the index of what the file holds, and at the turn one part at a time.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import type { WorkerPart } from "./pool.js"
import { ROW_STREAMS, type RowStream } from "./settle-chunks.js"

/** One part's rows in the file: CSV bytes, then the Parquet piece's bytes. */
interface Segment {
  readonly stream: RowStream
  readonly offset: number
  readonly csv: number
  readonly parquet: number
  readonly rows: number
}

/** A part as read back: its stream, rows, and its bytes, read when asked for. */
export interface SpilledPart {
  readonly stream: RowStream
  readonly rows: number
  readonly csvBytes: number
  /** Hands the CSV bytes on in blocks of at most `BLOCK` bytes. */
  copyCsv(to: (bytes: Uint8Array) => void): void
  /** The Parquet piece's bytes, or null. */
  parquet(): Uint8Array | null
}

/** Bytes copied at a time from the file to a CSV. */
const BLOCK = 1 << 20

let named = 0

export class Spill {
  private segments: Array<Segment> = []
  private size = 0
  readonly file: string

  constructor(dir: string) {
    this.file = path.join(dir, `${process.pid}-${named++}.rows`)
  }

  /** Rows were spilled. */
  get used(): boolean {
    return this.segments.length > 0
  }

  /** Appends one part's encoded rows. */
  add(part: Extract<WorkerPart, { part: "rows" }>): void {
    const csv = part.csv ?? new Uint8Array(0)
    const pq = part.parquet?.bytes ?? new Uint8Array(0)
    if (part.parquet && part.parquet.rows !== part.rows) throw new Error(`spill: a ${part.stream} piece of ${part.parquet.rows} rows for ${part.rows}`)
    const fd = fs.openSync(this.file, "a")
    try {
      for (const b of [csv, pq]) for (let at = 0; at < b.length;) at += fs.writeSync(fd, b, at)
    } finally {
      fs.closeSync(fd)
    }
    this.segments.push({ stream: part.stream, offset: this.size, csv: csv.length, parquet: pq.length, rows: part.rows })
    this.size += csv.length + pq.length
  }

  /** Forgets every part (the document starts again on another worker). */
  reset(): void {
    this.discard()
    this.segments = []
    this.size = 0
  }

  discard(): void {
    fs.rmSync(this.file, { force: true })
  }

  /** The parts in output order: stream by stream (`ROW_STREAMS`), each in the order it came. */
  *parts(): Generator<SpilledPart> {
    if (!this.used) return
    const fd = fs.openSync(this.file, "r")
    const read = (at: number, n: number, into?: Uint8Array) => {
      const buf = into ?? new Uint8Array(n)
      for (let k = 0; k < n;) {
        const got = fs.readSync(fd, buf, k, n - k, at + k)
        if (got === 0) throw new Error(`spill ${this.file}: ended at byte ${at + k} of ${this.size}`)
        k += got
      }
      return buf
    }
    try {
      for (const stream of ROW_STREAMS) {
        for (const s of this.segments) {
          if (s.stream !== stream) continue
          yield {
            stream, rows: s.rows, csvBytes: s.csv,
            copyCsv(to) {
              const block = new Uint8Array(Math.min(BLOCK, s.csv))
              for (let k = 0; k < s.csv; k += block.length) {
                const n = Math.min(block.length, s.csv - k)
                to(read(s.offset + k, n, block).subarray(0, n))
              }
            },
            parquet: () => (s.parquet ? read(s.offset + s.csv, s.parquet) : null)
          }
        }
      }
    } finally {
      fs.closeSync(fd)
    }
  }
}
