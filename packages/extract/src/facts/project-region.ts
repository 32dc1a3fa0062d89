/**
 * The region a project belongs to: the place its own name names (渝昆高铁璧山段 → 璧山区),
 * else the section's. Kept behind this one function so that the place resolution it uses
 * can change without touching the extractor.
 */
import type { Region } from "@govstat/schema"
import { ownPlace } from "../place/clause-place.js"

export function projectRegion(name: string, sectionRegion: Region | null): Region | null {
  return ownPlace(name, sectionRegion) ?? sectionRegion
}
