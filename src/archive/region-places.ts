// Which places belong to which region: a place's registry `region`, matched to a region's
// name or aliases the same way article names are (case, accents, punctuation don't matter).
import type { Entity } from "../model/entity.ts";
import { matchKey, type EntitySlug } from "../model/slug.ts";

/** region slug → its places, in the order given (the archive's: by slug). */
export function placesByRegion(places: readonly Entity[], regions: readonly Entity[]): Map<EntitySlug, EntitySlug[]> {
  const regionOf = new Map<string, EntitySlug>();
  for (const region of regions) {
    for (const name of [region.name, ...region.aliases]) {
      const key = matchKey(name);
      if (!regionOf.has(key)) regionOf.set(key, region.slug);
    }
  }
  const result = new Map<EntitySlug, EntitySlug[]>(regions.map((r) => [r.slug, []]));
  for (const place of places) {
    if (place.region === undefined) continue;
    const region = regionOf.get(matchKey(place.region));
    if (region !== undefined) result.get(region)!.push(place.slug);
  }
  return result;
}

const byPlace = new WeakMap<ReadonlyMap<EntitySlug, readonly EntitySlug[]>, ReadonlyMap<EntitySlug, EntitySlug>>();

/** place slug → its region's slug: the same matching, read the other way (made once per map). */
export function regionByPlace(placesOfRegion: ReadonlyMap<EntitySlug, readonly EntitySlug[]>): ReadonlyMap<EntitySlug, EntitySlug> {
  let found = byPlace.get(placesOfRegion);
  if (!found) {
    const made = new Map<EntitySlug, EntitySlug>();
    for (const [region, places] of placesOfRegion) for (const place of places) made.set(place, region);
    byPlace.set(placesOfRegion, (found = made));
  }
  return found;
}
