/** The genre of a document from its title, its opening lines and its structure (cues in cues.ts). */
import type { Genre } from "@govstat/schema"
import { GENRE_CUES } from "./cues.js"

export function detectGenre(text: string, title: string | null = null): Genre {
  const head = `${title ?? ""}\n${text.slice(0, 600)}`
  const body = text.slice(0, 4000)
  for (const cue of GENRE_CUES) {
    if (cue.title && !cue.title.test(head)) continue
    if (cue.body && !cue.body.test(body)) continue
    if (cue.all && !cue.all.every((r) => r.test(text.slice(0, 20000)))) continue
    return cue.genre
  }
  return "unknown"
}
