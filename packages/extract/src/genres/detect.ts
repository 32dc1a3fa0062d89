/**
 * The genre of a document from its title, its opening lines and its structure (cues in
 * cues.ts). `title` is the title as read before the genre is known (document/title.ts).
 */
import type { Genre } from "@govstat/schema"
import { GENRE_CUES } from "./cues.js"

export function detectGenre(text: string, title: string | null = null): Genre {
  const head = `${title ?? ""}\n${text.slice(0, 600)}`
  const body = text.slice(0, 4000)
  for (const cue of GENRE_CUES) {
    if (cue.title && !cue.title.test(head)) continue
    if (cue.heading && !(title !== null && cue.heading.test(title))) continue
    if (cue.body && !cue.body.test(body)) continue
    if (cue.all && !cue.all.every((r) => r.test(text.slice(0, 20000)))) continue
    return cue.genre
  }
  return "unknown"
}
