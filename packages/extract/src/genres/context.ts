import type { Genre } from "@govstat/schema"
import type { DocumentMetadata } from "../document/metadata.js"
import type { Section, SectionCarry } from "../document/sections.js"

/** What a genre parser gives the shared fact extractors: sections with their context. */
export interface GenreParser {
  readonly name: string
  readonly genre: Genre
  /** `carry`: the text continues a section left open by the chunk before it. */
  sections(text: string, meta: DocumentMetadata, carry?: SectionCarry): Array<Section>
}

/**
 * The year a document reports results for, and the year it plans for, as read from the
 * text by document/time.ts (each genre from its own places: a report's review heading and
 * session line, a communiqué's title, a release's title and lead).
 */
export function reportingYears(meta: DocumentMetadata): { review: number | null; plan: number | null } {
  return { review: meta.reviewYear, plan: meta.planYear }
}
