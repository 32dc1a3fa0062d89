/**
 * @govstat/extract — pure extraction: bytes or text in, candidate rows of the govstat
 * tables out, every record with its document id and source span.
 */
export * from "./decode.js"
export * from "./errors.js"
export * from "./extract.js"
export { type ByteSource, CHUNK_CHARS, extractChunks, type ChunkRows, type ChunksEnd } from "./chunks.js"
export * from "./version.js"
export { sha256Hex, stableId } from "./ids.js"
export { readMetadata, type DocumentMetadata } from "./document/metadata.js"
export type { Section, SectionContext } from "./document/sections.js"
export { clauses, paragraphs, sentences, type Span } from "./document/spans.js"
export { parserFor } from "./genres/index.js"
export * from "./normalise/index.js"
export { formatChineseNumeral, parseArabic, parseChineseNumeral, parseChineseQuantity } from "./quantity/numerals.js"
export { scanQuantities } from "./quantity/scan.js"
export type { QuantityMention } from "./quantity/mention.js"
export { periodBounds, subYearPeriod } from "./facts/period.js"
export { segment, segmentKnown, type Token } from "./words/segment.js"
export { admits, indicatorEntry } from "./facts/indicator-code.js"
export { unitDimension, type UnitDimension } from "./facts/unit-dimension.js"
export * from "./place/index.js"
