/**
 * The source text as HTML with one element per span: rows, rejects and warnings. Spans are
 * nested when one contains another; a span that crosses the end of an open one is drawn up to
 * that end (its exact span stays in its data), so every span keeps exactly one element and
 * the text is written once.
 */

export interface Span {
  readonly start: number
  readonly end: number
  /** The element's opening tag, written by the caller. */
  readonly open: (clippedTo: number | null) => string
  readonly close: string
  /** Ties at one position: lower ranks open first (outside). */
  readonly rank: number
}

const ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]!)

export function markText(text: string, spans: ReadonlyArray<Span>): string {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, Number.isFinite(n) ? n : 0))
  const sorted = spans
    .map((s) => ({ s, a: clamp(s.start), b: Math.max(clamp(s.start), clamp(s.end)) }))
    .sort((x, y) => x.a - y.a || y.b - x.b || x.s.rank - y.s.rank)
  const out: Array<string> = []
  const open: Array<{ end: number; close: string }> = []
  let at = 0
  const emitTo = (to: number) => {
    if (to > at) out.push(escapeHtml(text.slice(at, to)))
    at = Math.max(at, to)
  }
  for (const { s, a, b } of sorted) {
    while (open.length && open[open.length - 1]!.end <= a) {
      const top = open.pop()!
      emitTo(top.end)
      out.push(top.close)
    }
    const limit = open.length ? open[open.length - 1]!.end : text.length
    const end = Math.min(b, limit)
    emitTo(a)
    out.push(s.open(end < b ? end : null))
    open.push({ end, close: s.close })
  }
  while (open.length) {
    const top = open.pop()!
    emitTo(top.end)
    out.push(top.close)
  }
  emitTo(text.length)
  return out.join("")
}
