/** Bumped whenever extraction output can change; incremental runs re-extract everything when it does. */
export const EXTRACTOR_VERSION = "0.18.0"
