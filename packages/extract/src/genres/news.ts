import { byHeadings } from "./by-headings.js"

/** A news article: one story about the year its headline names (else the year before an early-year dateline). */
export const news = byHeadings("news", "news")

/** Documents of no known genre are read like news: one context, headings if any. */
export const generic = byHeadings("generic", "unknown")
