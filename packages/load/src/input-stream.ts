/**
 * A large input read as a stream from its file descriptor, with the checks `readInput` makes
 * on a whole read: opened without blocking, a regular file, the size and time the listing
 * saw, unchanged while read. It is read twice: once to hash it (the hash decides a cached
 * result, a queued job's content, a duplicate), then again as extractChunks asks for its
 * bytes, hashed again, so that the rows extracted are those of the content hashed. Neither
 * pass holds more than a window of the file (about one chunk).
 */
import type { ByteSource } from "@govstat/extract"
import { createHash } from "node:crypto"
import * as fs from "node:fs"
import { fileChanged as changed, type InputFile, InputReadError, openChecked } from "./inputs.js"

/** Bytes asked of the file at a time. */
const BLOCK = 1 << 20

export interface OpenedInput {
  readonly fd: number
  readonly input: InputFile
  readonly size: number
  readonly mtimeMs: number
}

/** Opens an input as `readInput` does (vanished, not a file, not as listed: InputReadError). */
export function openInput(input: InputFile): OpenedInput {
  const { fd, before } = openChecked(input)
  if (before.size !== input.size || before.mtimeMs !== input.mtimeMs) {
    fs.closeSync(fd)
    throw changed(input, before.size)
  }
  return { fd, input, size: before.size, mtimeMs: before.mtimeMs }
}

/** Throws FileChanged when the file no longer has the size and time it was opened with. */
function unchanged(f: OpenedInput): void {
  const now = fs.fstatSync(f.fd)
  if (now.size !== f.size || now.mtimeMs !== f.mtimeMs) throw changed(f.input, now.size)
}

/** Reads up to `length` bytes at `position`; a read that ends before the size opened with means the file changed. */
function readAt(f: OpenedInput, buf: Uint8Array, offset: number, length: number, position: number): number {
  let n: number
  try {
    n = fs.readSync(f.fd, buf, offset, length, position)
  } catch (e) {
    throw new InputReadError("ReadError", `${f.input.sourcePath}: ${(e as Error).message}`)
  }
  if (n === 0 && position < f.size) throw changed(f.input, fs.fstatSync(f.fd).size)
  return n
}

/** The SHA-256 of the whole file, read block by block; FileChanged if it changed meanwhile. */
export function hashInput(f: OpenedInput): string {
  const hash = createHash("sha256")
  const buf = new Uint8Array(Math.min(BLOCK, Math.max(1, f.size)))
  for (let at = 0; at < f.size;) {
    const n = readAt(f, buf, 0, Math.min(buf.length, f.size - at), at)
    hash.update(buf.subarray(0, n))
    at += n
  }
  if (fs.readSync(f.fd, buf, 0, 1, f.size) !== 0) throw changed(f.input, fs.fstatSync(f.fd).size)
  unchanged(f)
  return hash.digest("hex")
}

/**
 * The file's bytes for extractChunks, read forward in blocks and hashed as read: the window
 * holds the bytes from the last `subarray`'s start to the furthest byte asked for.
 */
export class InputStream implements ByteSource {
  readonly length: number
  private window = new Uint8Array(0)
  /** File offset of `window[0]`, and of the byte after the last one read. */
  private start = 0
  private end = 0
  private readonly hash = createHash("sha256")

  constructor(private readonly f: OpenedInput, private readonly sha256: string) {
    this.length = f.size
  }

  /** Reads on until the bytes up to `to` (at most the size) are in the window. */
  private readTo(to: number): void {
    const want = Math.min(to, this.length)
    if (want <= this.end) return
    const target = Math.min(this.length, Math.max(want, this.end + BLOCK))
    if (target - this.start > this.window.length) {
      // A new buffer, not a move within the old one: subarrays handed out stay as they were.
      // It at least doubles, so a file with no line break to cut at is copied O(size) times, not O(size²).
      const grown = new Uint8Array(Math.max(target - this.start, Math.min(this.length - this.start, this.window.length * 2)))
      grown.set(this.window.subarray(0, this.end - this.start))
      this.window = grown
    }
    while (this.end < target) {
      const at = this.end - this.start
      const n = readAt(this.f, this.window, at, target - this.end, this.end)
      this.hash.update(this.window.subarray(at, at + n))
      this.end += n
    }
  }

  /** Forgets the bytes before `from`. */
  private drop(from: number): void {
    if (from < this.start) throw new Error(`InputStream: bytes from ${from} were already released (window starts at ${this.start})`)
    if (from - this.start < BLOCK) return
    this.window = this.window.slice(from - this.start, this.end - this.start)
    this.start = from
  }

  indexOf(byte: number, from: number): number {
    for (let at = Math.max(from, this.start); ;) {
      this.readTo(at + 1)
      if (at >= this.end) return -1
      const i = this.window.subarray(0, this.end - this.start).indexOf(byte, at - this.start)
      if (i !== -1) return this.start + i
      at = this.end
      if (at >= this.length) return -1
      this.readTo(at + BLOCK)
    }
  }

  subarray(from: number, to: number): Uint8Array {
    const end = Math.min(to, this.length)
    this.readTo(end)
    this.drop(from)
    return this.window.subarray(from - this.start, Math.max(from, end) - this.start)
  }

  /**
   * Once extraction is done: reads what it did not ask for, and throws FileChanged unless the
   * file still has its size and time and the bytes read hash to the first pass's hash.
   */
  finish(): void {
    this.window = new Uint8Array(0)
    const buf = new Uint8Array(Math.min(BLOCK, Math.max(1, this.length - this.end)))
    while (this.end < this.length) {
      const n = readAt(this.f, buf, 0, Math.min(buf.length, this.length - this.end), this.end)
      this.hash.update(buf.subarray(0, n))
      this.end += n
    }
    this.start = this.end
    unchanged(this.f)
    if (this.hash.digest("hex") !== this.sha256) throw changed(this.f.input, this.length)
  }
}
