// The nearest registered places to each place, by great-circle (haversine) distance.
import type { EntitySlug } from "../model/slug.ts";

export const NEAREST_MAX = 5;
/** Mean Earth radius (IUGG), the usual constant for haversine distances. */
export const EARTH_RADIUS_KM = 6371.0088;

export interface Located {
  slug: EntitySlug;
  /** [latitude, longitude] in degrees, as in the registry. */
  coordinates: [number, number];
}

export interface Near {
  slug: EntitySlug;
  km: number;
}

export function haversineKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * For every place, the `max` nearest others: distance ascending, then slug.
 * A sweep over places sorted by latitude: a place Δφ degrees of latitude away is at least
 * R·Δφ away, so each scan stops as soon as that bound passes the current max-th distance,
 * instead of measuring all n² pairs.
 */
export function nearestPlaces(places: readonly Located[], max = NEAREST_MAX): Map<EntitySlug, Near[]> {
  const sorted = [...places].sort((a, b) => a.coordinates[0] - b.coordinates[0] || compare(a.slug, b.slug));
  const kmPerDegree = (EARTH_RADIUS_KM * Math.PI) / 180;
  const result = new Map<EntitySlug, Near[]>();
  sorted.forEach((place, i) => {
    const best: Near[] = [];
    const consider = (other: Located) => {
      const near = { slug: other.slug, km: haversineKm(place.coordinates, other.coordinates) };
      if (best.length === max && !before(near, best[max - 1]!)) return;
      let at = best.length;
      while (at > 0 && before(near, best[at - 1]!)) at--;
      best.splice(at, 0, near);
      if (best.length > max) best.pop();
    };
    // `<=` and a hair of slack keep scanning through ties at the bound (and rounding in the
    // trigonometry), so the slug can settle them.
    const open = (other: Located) => best.length < max || Math.abs(other.coordinates[0] - place.coordinates[0]) * kmPerDegree <= best[best.length - 1]!.km + 1e-6;
    for (let j = i + 1; j < sorted.length && open(sorted[j]!); j++) consider(sorted[j]!);
    for (let j = i - 1; j >= 0 && open(sorted[j]!); j--) consider(sorted[j]!);
    result.set(place.slug, best);
  });
  return result;
}

function before(a: Near, b: Near): boolean {
  return a.km < b.km || (a.km === b.km && a.slug < b.slug);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
