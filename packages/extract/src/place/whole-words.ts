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
 * Bodies only Hong Kong, Macao or Taiwan have (their statistics office, finance secretary, the
 * Executive Yuan's 主计总处), whose releases often name no place: the text is that region's.
 * Macao's 经济财政司司长 holds Hong Kong's 财政司司长, so it is looked for first.
 */
export const SELF_BODIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/统计暨普查局|经济财政司司长|澳门元/, "澳门特别行政区"],
  [/政府统计处|财经事务及库务局|(?<!经济)财政司司长|港元/, "香港特别行政区"],
  [/主计总处|行政院|新台币|经济部统计处/, "台湾省"]
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
