import { type MappedText, MappedTextBuilder } from "./mapped-text.js"

/** CRLF and lone CR become LF, so that every later step sees one kind of line break. */
export function foldLineEndings(input: MappedText): MappedText {
  const t = input.text
  if (t.indexOf("\r") === -1) return input
  const b = new MappedTextBuilder(input)
  let run = 0
  for (let i = 0; i < t.length; i++) {
    if (t.charCodeAt(i) !== 13) continue
    b.keep(run, i)
    if (t.charCodeAt(i + 1) === 10) {
      b.replace(i, i + 2, "\n")
      i++
    } else {
      b.replace(i, i + 1, "\n")
    }
    run = i + 1
  }
  b.keep(run, t.length)
  return b.build()
}
