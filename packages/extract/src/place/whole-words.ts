/**
 * Words for the whole of a province by its one-character abbreviation, said in the province's
 * own texts and in those of the units within or beside it (a 兵团 communiqué's 全疆全年居民消费价格
 * is Xinjiang's index, not the 兵团's). The place by its full name.
 */
export const WHOLE_PROVINCE_WORDS: ReadonlyMap<string, string> = new Map([
  ["全疆", "新疆维吾尔自治区"]
])
