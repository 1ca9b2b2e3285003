// A map's frame: a Mercator projection fitted to a geographic extent, and the country
// outlines inside it, clipped and rounded so that each SVG stays a few kilobytes.
import { geoMercator, type GeoProjection } from "d3-geo";
import { atlasParts, type AtlasCountry, type AtlasScale, type CountryPart } from "./atlas.ts";
import { countryNamer, type CountryName } from "./country-names.ts";
import { outline } from "./outline-path.ts";

/** Degrees. */
export interface Extent {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface MapFrame {
  width: number;
  height: number;
  /** Frame position of a point, rounded to 0.1 (the precision of the outlines). */
  project(lon: number, lat: number): [number, number];
  /** Every country in view as one SVG path (each its own closed sub-paths). */
  land: string;
  /** Countries covering enough of the frame to be named, at their visible centroid; `lang`
   *  where the name is not in the site's language. */
  countryLabels: { name: string; lang: string | undefined; x: number; y: number }[];
}

export const MAP_WIDTH = 640;
const MIN_HEIGHT = 240;
const MAX_HEIGHT = 560;
const PADDING = 12;
/** A region of one village still shows its surroundings: at least this many degrees across. */
const MIN_SPAN = 1.5;
/** Mercator runs away near the poles; no archive map needs more. */
const MAX_LATITUDE = 80;
/** Wider than this many degrees, a frame is drawn from the 1:110m atlas. */
const DETAIL_SPAN = 8;
/** A country is named when its visible part covers this share of the frame. */
const LABEL_AREA_SHARE = 0.04;

/** The extent of some points ([latitude, longitude]), padded on every side. */
export function extentAround(points: readonly (readonly [number, number])[]): Extent {
  const lats = points.map((p) => p[0]);
  const lons = points.map((p) => p[1]);
  const grow = (min: number, max: number): [number, number] => {
    const span = Math.max(max - min, MIN_SPAN);
    const middle = (min + max) / 2;
    const half = span / 2 + span * 0.12 + 0.2;
    return [middle - half, middle + half];
  };
  const [south, north] = grow(Math.min(...lats), Math.max(...lats));
  const [west, east] = grow(Math.min(...lons), Math.max(...lons));
  return { west: Math.max(-180, west), south: Math.max(-MAX_LATITUDE, south), east: Math.min(180, east), north: Math.min(MAX_LATITUDE, north) };
}

/**
 * The frame of a lone place, centred on a 2° grid: neighbouring places share one frame (and
 * so one outline computation). The place is at most 1° from the centre, and the frame
 * reaches 2° and its padding beyond that: always at least 1.5° of surroundings.
 */
export function gridExtent(lat: number, lon: number): Extent {
  const snap = (v: number) => Math.round(v / 2) * 2;
  const [cLat, cLon] = [snap(lat), snap(lon)];
  return extentAround([
    [cLat - 2, cLon - 2],
    [cLat + 2, cLon + 2],
  ]);
}

/**
 * A frame maker with its own cache: outlines are projected once per distinct extent, so the
 * place pages of one region share the work. One maker per build keeps memory bounded; its
 * frames name countries with `countryName` (the site's language).
 */
export function frameMaker(
  countries: (scale: AtlasScale) => readonly CountryPart[] = atlasParts,
  countryName: (country: AtlasCountry) => CountryName = countryNamer("en"),
): (extent: Extent) => MapFrame {
  const cache = new Map<string, MapFrame>();
  return (extent) => {
    const key = [extent.west, extent.south, extent.east, extent.north].map((v) => v.toFixed(4)).join(",");
    let frame = cache.get(key);
    if (!frame) {
      const wide = Math.max(extent.east - extent.west, extent.north - extent.south) > DETAIL_SPAN;
      cache.set(key, (frame = makeFrame(extent, countries(wide ? "110m" : "50m"), countryName)));
    }
    return frame;
  };
}

function makeFrame(extent: Extent, countries: readonly CountryPart[], countryName: (country: AtlasCountry) => CountryName): MapFrame {
  const width = MAP_WIDTH;
  const rad = Math.PI / 180;
  const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * rad) / 2));
  const aspect = (mercatorY(extent.north) - mercatorY(extent.south)) / ((extent.east - extent.west) * rad);
  const height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, width * aspect)));
  const corners = {
    type: "MultiPoint" as const,
    coordinates: [
      [extent.west, extent.south],
      [extent.east, extent.north],
    ],
  };
  const projection: GeoProjection = geoMercator().fitExtent(
    [
      [PADDING, PADDING],
      [width - PADDING, height - PADDING],
    ],
    corners,
  );
  // No adaptive resampling: at 1:50m the segments are already shorter than the error it
  // corrects, and it would triple the cost of every frame.
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]).precision(0);

  // Only countries whose bounds meet what the frame shows (more than the extent, on the side
  // the aspect ratio leaves free) are projected at all.
  const [west, north] = projection.invert!([0, 0])!;
  const [east, south] = projection.invert!([width, height])!;
  const inView = countries.filter((c) => {
    const [[w, s], [e, n]] = c.bounds;
    if (n < south || s > north) return false;
    if (w <= e) return e >= west && w <= east;
    return west <= e || east >= w; // crosses the antimeridian
  });

  const parts: string[] = [];
  // By country (one object per atlas country), not by name: Australia and its Ashmore and
  // Cartier Islands share an ISO code, and so a name in every language.
  const sizes = new Map<AtlasCountry, { area: number; anchorArea: number; anchor: [number, number] | undefined }>();
  for (const part of inView) {
    const shape = outline(projection, part.feature);
    if (!shape.d) continue;
    parts.push(shape.d);
    const size = sizes.get(part.country) ?? { area: 0, anchorArea: 0, anchor: undefined };
    size.area += shape.area;
    if (shape.anchor && shape.area > size.anchorArea) Object.assign(size, { anchorArea: shape.area, anchor: shape.anchor });
    sizes.set(part.country, size);
  }
  const countryLabels: MapFrame["countryLabels"] = [];
  for (const [country, size] of sizes) {
    if (size.anchor && size.area >= LABEL_AREA_SHARE * width * height) countryLabels.push({ ...countryName(country), x: size.anchor[0], y: size.anchor[1] });
  }
  countryLabels.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    width,
    height,
    project: (lon, lat) => {
      const [x, y] = projection([lon, lat])!;
      return [round(x), round(y)];
    },
    land: parts.join(""),
    countryLabels,
  };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
