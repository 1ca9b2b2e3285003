// The country outlines every map is drawn on: Natural Earth 1:50m, as bundled by the
// world-atlas package (TopoJSON), turned into GeoJSON once per process.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoBounds } from "d3-geo";
import { feature } from "topojson-client";
import type { Feature, Polygon } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";

/** A Natural Earth country: its ISO 3166-1 numeric code ("012"), none for the few ISO does not
 *  list (Kosovo, Somaliland…), and its English name, unique in the atlas. */
export interface AtlasCountry {
  id: string | undefined;
  name: string;
}

/**
 * One polygon of a country. Countries are split into their polygons so that a map of the
 * Sahel does not project all of France for the sake of French Guiana's bounding box.
 */
export interface CountryPart {
  country: AtlasCountry;
  feature: Feature<Polygon>;
  /** [[west, south], [east, north]] in degrees; west > east when it crosses the antimeridian. */
  bounds: [[number, number], [number, number]];
}

/**
 * 1:50m keeps a region's borders recognisable; a map of a whole country or more is drawn
 * from 1:110m, where 1:50m would only add kilobytes below the pixel.
 */
export type AtlasScale = "50m" | "110m";

const loaded = new Map<AtlasScale, readonly CountryPart[]>();

/**
 * The atlas is a read-only asset of this package, like a constant table: read lazily (only
 * builds that draw a map pay for it) and kept for the life of the process, so a build — or a
 * whole `serve` session — parses it once.
 */
export function atlasParts(scale: AtlasScale): readonly CountryPart[] {
  const cached = loaded.get(scale);
  if (cached) return cached;
  const file = createRequire(import.meta.url).resolve(`world-atlas/countries-${scale}.json`);
  const topology = JSON.parse(readFileSync(file, "utf8")) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const list: CountryPart[] = [];
  for (const f of collection.features) {
    const country: AtlasCountry = { id: f.id === undefined ? undefined : String(f.id), name: f.properties.name };
    const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.type === "MultiPolygon" ? f.geometry.coordinates : [];
    for (const coordinates of polygons) {
      const feature: Feature<Polygon> = { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates } };
      list.push({ country, feature, bounds: geoBounds(feature) });
    }
  }
  loaded.set(scale, list);
  return list;
}
