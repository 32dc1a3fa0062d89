import type { Genre } from "@govstat/schema"
import type { DocumentMetadata } from "../document/metadata.js"
import type { Section } from "../document/sections.js"

/** What a genre parser gives the shared fact extractors: sections with their context. */
export interface GenreParser {
  readonly name: string
  readonly genre: Genre
  sections(text: string, meta: DocumentMetadata): Array<Section>
}

/** The year a document reports results for, and the year it plans for. */
export function reportingYears(meta: DocumentMetadata): { review: number | null; plan: number | null } {
  const published = meta.publishedOn ? Number(meta.publishedOn.slice(0, 4)) : null
  const month = meta.publishedOn ? Number(meta.publishedOn.slice(5, 7)) : null
  if (meta.genre === "work_report") {
    // A report delivered early in year Y reviews Y-1 and plans Y.
    const y = meta.titleYear ?? published
    return { review: y === null ? null : y - 1, plan: y }
  }
  if (meta.genre === "news" && meta.titleYear) return { review: meta.titleYear, plan: meta.titleYear + 1 }
  if (published !== null && month !== null && month <= 2) return { review: published - 1, plan: published }
  const y = meta.titleYear ?? published
  return { review: y, plan: y }
}
