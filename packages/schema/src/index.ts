/**
 * @govstat/schema — the vocabulary of govstat: every table as an Effect Schema with its
 * ordered, documented fields, the enums, and the codebooks (regions, units, indicators).
 */
export * from "./codebooks/index.js"
export * from "./column.js"
export * from "./enums.js"
export * from "./tables/index.js"
export * from "./validate.js"
