/**
 * Areas with no code of their own that a clause can be about: the nation's economic belts (东部地区
 * 103家国家级经开区地区生产总值9.3万亿元, 西部地区“两基”人口覆盖率由77%提高到96%, 中西部地区占全国的
 * 43%以上) and the city clusters named as regions (长三角地区). Their figures are neither the nation's
 * nor the document's place's, and the gazetteer has no code for them: their region is null.
 */
import { LEADING_TIME } from "./clause-place.js"

/** Only the forms with 地区: 西部陆海新通道, 东部新城 and 西部大开发 name routes, districts and programmes. */
const MACRO_REGION = /^(?:东部|中部|西部|东北|中西部|东中部|中东部|东部沿海|长三角|珠三角|京津冀)地区/

/** True when a clause opens (after time words) with such an area as what it speaks of, not as where (在中西部地区) or for whom (为…). */
export function opensMacroRegion(clause: string): boolean {
  // (Cheap guard: the clause holds 地区.)
  if (!clause.includes("地区")) return false
  const i = LEADING_TIME.exec(clause)?.[0].length ?? 0
  return MACRO_REGION.test(clause.slice(i, i + 10))
}
