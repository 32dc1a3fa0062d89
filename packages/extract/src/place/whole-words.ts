/**
 * How Hong Kong's and Macao's own texts name their place (本港第三季本地生产总值, 本澳居民, 全澳):
 * words of their own, as 我市 is a city's. 全港 is left out: a port's text says it of the port.
 */
export const SELF_WORDS: ReadonlyArray<readonly [string, string]> = [
  ["本港", "香港特别行政区"],
  ["本澳", "澳门特别行政区"],
  ["全澳", "澳门特别行政区"]
]

/**
 * Words for the whole of a province by its one-character abbreviation, said in the province's
 * own texts and in those of the units within or beside it (a 兵团 communiqué's 全疆全年居民消费价格
 * is Xinjiang's index, not the 兵团's). The place by its full name.
 */
export const WHOLE_PROVINCE_WORDS: ReadonlyMap<string, string> = new Map([
  ["全疆", "新疆维吾尔自治区"],
  ...SELF_WORDS
])
