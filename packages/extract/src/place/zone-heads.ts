/**
 * Head nouns of development-zone names, longest first: a place name directly followed by
 * one names a zone in that place (明水经济技术开发区, 渭南高新区). Each maps to the form
 * the zone is written under in the region columns (经开区 → 经济技术开发区, the national list's
 * form; 高新技术产业开发区 → 高新区, the national high-tech list's short name).
 */
export const ZONE_HEADS: ReadonlyArray<readonly [head: string, written: string]> = [
  ["高新技术产业开发区", "高新区"],
  ["高新技术产业园区", "高新技术产业园区"],
  ["经济技术开发区", "经济技术开发区"],
  ["综合保税区", "综合保税区"],
  ["经济开发区", "经济开发区"],
  ["工业园区", "工业园区"],
  ["产业园区", "产业园区"],
  ["保税区", "保税区"],
  ["高新区", "高新区"],
  ["经开区", "经济技术开发区"],
  ["开发区", "开发区"],
  ["新区", "新区"]
]
