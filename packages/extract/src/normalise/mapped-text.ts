/**
 * MappedText: a text together with, for each of its characters, the span of the source
 * text it came from. Every cleaning step reads one MappedText and writes another through a
 * MappedTextBuilder, so the way back to the source is never lost: a clean span [s, e)
 * maps to the source span [start[s], end[e - 1]).
 */
export interface MappedText {
  readonly text: string
  /** Source index where clean character i begins. */
  readonly start: Int32Array
  /** Source index (exclusive) where clean character i ends. */
  readonly end: Int32Array
}

/** The identity mapping of a source text onto itself. */
export function identity(text: string): MappedText {
  const n = text.length
  // Views of one kept ascending run, for the texts most documents are: nothing to allocate or
  // fill. Shared safely because no step writes into its input's maps (a builder writes its own).
  if (n < IOTA_MAX) {
    const iota = iotaOf(n + 1)
    return { text, start: iota.subarray(0, n), end: iota.subarray(1, n + 1) }
  }
  const start = new Int32Array(n)
  const end = new Int32Array(n)
  // Built before the loop: the loop is compiled on stack (OSR) on a long text, and a literal
  // it had never reached deoptimised that code at every call.
  const mapped = { text, start, end }
  for (let i = 0; i < n; i++) {
    start[i] = i
    end[i] = i + 1
  }
  return mapped
}

/** Texts up to this long take their identity maps from one kept run 0, 1, 2 … (1 MB at most). */
const IOTA_MAX = 1 << 18
let IOTA = new Int32Array(0)

/** The kept run, grown (doubling, up to IOTA_MAX + 1) to hold at least n values. */
function iotaOf(n: number): Int32Array {
  if (IOTA.length >= n) return IOTA
  const grown = new Int32Array(Math.min(IOTA_MAX + 1, Math.max(n, IOTA.length * 2, 4096)))
  for (let i = 0; i < grown.length; i++) grown[i] = i
  IOTA = grown
  return grown
}

/** Maps a clean-text span to the source span it came from. An empty span maps to a point. */
export function toSource(m: MappedText, s: number, e: number): readonly [number, number] {
  if (m.text.length === 0) return [0, 0]
  if (e <= s) {
    const at = s < m.text.length ? m.start[s]! : m.end[m.text.length - 1]!
    return [at, at]
  }
  return [m.start[s]!, m.end[e - 1]!]
}

/** Accumulates the output of one cleaning step, mapping each emitted character to the source. */
export class MappedTextBuilder {
  private chunks: Array<string> = []
  private length = 0
  private start: Int32Array
  private end: Int32Array

  constructor(private readonly input: MappedText) {
    const capacity = input.text.length + 16
    this.start = new Int32Array(capacity)
    this.end = new Int32Array(capacity)
  }

  private ensure(extra: number) {
    if (this.length + extra <= this.start.length) return
    const capacity = Math.max(this.start.length * 2, this.length + extra)
    const start = new Int32Array(capacity)
    const end = new Int32Array(capacity)
    start.set(this.start.subarray(0, this.length))
    end.set(this.end.subarray(0, this.length))
    this.start = start
    this.end = end
  }

  /** Copies input characters [from, to) unchanged. */
  keep(from: number, to: number): void {
    if (to <= from) return
    this.ensure(to - from)
    this.chunks.push(this.input.text.slice(from, to))
    this.start.set(this.input.start.subarray(from, to), this.length)
    this.end.set(this.input.end.subarray(from, to), this.length)
    this.length += to - from
  }

  /**
   * Emits `text` in place of input characters [from, to). When the lengths agree each
   * character maps to its counterpart; otherwise every emitted character maps to the
   * whole replaced span (an entity, a folded ligature), which is the honest answer.
   */
  replace(from: number, to: number, text: string): void {
    if (text.length === 0) return
    this.ensure(text.length)
    this.chunks.push(text)
    const oneToOne = text.length === to - from
    const spanStart = this.input.start[from] ?? this.input.end[this.input.text.length - 1] ?? 0
    const spanEnd = to > from ? this.input.end[to - 1]! : spanStart
    for (let k = 0; k < text.length; k++) {
      this.start[this.length + k] = oneToOne ? this.input.start[from + k]! : spanStart
      this.end[this.length + k] = oneToOne ? this.input.end[from + k]! : spanEnd
    }
    this.length += text.length
  }

  build(): MappedText {
    // Views, not copies, when the maps fill their buffers but for a little (usual: a step drops
    // or replaces a few characters); a copy when much of the buffer would be held for nothing.
    const full = this.start.length - this.length <= (this.length >> 3) + 16
    return {
      text: this.chunks.join(""),
      start: full ? this.start.subarray(0, this.length) : this.start.slice(0, this.length),
      end: full ? this.end.subarray(0, this.length) : this.end.slice(0, this.length)
    }
  }
}
