/**
 * Characters per chunk: a few MB of text, whose clean text, offset maps and facts fit a small
 * heap. Its own module, so that the coordinating thread reads it without loading the extractor.
 */
export const CHUNK_CHARS = 1_000_000
