/** Paragraphs, sentences and clauses of a clean text, as [start, end) spans. */
export interface Span {
  readonly start: number
  readonly end: number
}

const SENTENCE_END = new Set([..."。！？!?；;"])
const CLAUSE_END = new Set([..."。！？!?；;,，:："])

function split(text: string, span: Span, isEnd: (c: string) => boolean): Array<Span> {
  const out: Array<Span> = []
  let s = span.start
  for (let i = span.start; i < span.end; i++) {
    if (isEnd(text[i]!)) {
      if (i + 1 > s) out.push({ start: s, end: i + 1 })
      s = i + 1
    }
  }
  if (span.end > s) out.push({ start: s, end: span.end })
  return out
}

/** Paragraphs: the lines of the clean text (normalisation leaves one paragraph per line). */
export const paragraphs = (text: string, span: Span = { start: 0, end: text.length }) =>
  split(text, span, (c) => c === "\n").map((p) => (text[p.end - 1] === "\n" ? { start: p.start, end: p.end - 1 } : p))
    .filter((p) => p.end > p.start)

/** Sentences end at 。！？； (a semicolon closes a statement in these documents). */
export const sentences = (text: string, span: Span) => split(text, span, (c) => SENTENCE_END.has(c))

/** Clauses end at commas and colons as well. The 、 of an enumeration stays inside its clause. */
export const clauses = (text: string, span: Span) => split(text, span, (c) => CLAUSE_END.has(c))
