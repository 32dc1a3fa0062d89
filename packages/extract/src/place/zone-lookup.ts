/** Curated zones by written name, for zones named by rule that the data already holds. */
import { NATION, type Place, Places } from "@govstat/schema"
import { placesNamed } from "./gazetteer.js"

const zoneNames = new Map<string, Place>()
for (const p of Places) if (p.level === "zone") zoneNames.set(p.name, p)

/** The curated zone written under a name or alias, if any. */
export function placesNamedAsZone(name: string): Place | null {
  return zoneNames.get(name) ?? placesNamed(name).find((e) => e.place.level === "zone")?.place ?? null
}

export { NATION, type Place }
