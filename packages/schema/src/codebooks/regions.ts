/**
 * Region codebook: the gazetteer's places (nation, provinces, prefectures, counties, zones)
 * under the names the region columns use. Short forms are derived by rule in the extractor.
 */
import { type Place, type PlaceLevel, Places } from "./gazetteer.js"

export type RegionLevel = PlaceLevel
export type Region = Place

export const Regions: ReadonlyArray<Region> = Places

const byName = new Map<string, Region | null>()
for (const r of Regions) byName.set(r.name, byName.has(r.name) ? null : r)
for (const r of Regions) {
  for (const a of r.aliases) if (!byName.has(a)) byName.set(a, r)
}

/** The one region a full name or given alias stands for; undefined when unknown or shared (鼓楼区). */
export const findRegion = (nameOrAlias: string): Region | undefined => byName.get(nameOrAlias) ?? undefined

/** Every full name and given alias that stands for one region, longest first. */
export const regionNamesLongestFirst: ReadonlyArray<string> = [...byName].filter(([, r]) => r !== null).map(([n]) => n)
  .sort((a, b) => b.length - a.length)
