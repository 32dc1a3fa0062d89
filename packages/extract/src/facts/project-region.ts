/**
 * The region a project belongs to: the place its own name names (渝昆高铁璧山段 → 璧山区),
 * else the section's. Kept behind this one function so that a richer gazetteer changes
 * only the lookup, not the extractor.
 */
import type { Region } from "@govstat/schema"
import { regionIn } from "../document/metadata.js"

/** Levels precise enough to place a project; a province or the country in a name is a brand (中国晶谷). */
const LOCAL = new Set<Region["level"]>(["prefecture", "district", "county", "zone"])

export function projectRegion(name: string, sectionRegion: Region | null): Region | null {
  const own = regionIn(name)
  return own && LOCAL.has(own.level) ? own : sectionRegion
}
