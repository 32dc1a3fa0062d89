import type { Qualifier } from "@govstat/schema"

/** One number found in the clean text, with its unit and the words that qualify it. */
export interface QuantityMention {
  /** Clean-text span of the whole mention: qualifier words, number and unit. */
  readonly start: number
  readonly end: number
  /** Clean-text span of the numeral alone. */
  readonly numStart: number
  readonly numEnd: number
  readonly value: number
  /** Unit as written (simplified): 亿元, %, 个百分点, 家; "" for a bare ratio or fraction. */
  readonly unit: string
  readonly qualifier: Qualifier | null
  /** How the number was written. */
  readonly form: "arabic" | "chinese" | "percent_words" | "fraction"
  /** Set for the two ends of a range (6%-6.5%). */
  readonly range: "low" | "high" | null
}
