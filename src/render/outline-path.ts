// Projected outlines as SVG path data, in one pass: d3's own path serialiser and its
// area/centroid measures each walk the geometry again, and maps are drawn by the thousand.
import { geoStream, type GeoProjection, type GeoStream } from "d3-geo";
import type { Feature, Geometry } from "geojson";

export interface Outline {
  /** SVG path data: closed rings, coordinates to 0.1, points closer than MIN_STEP dropped. */
  d: string;
  /** Area of its visible rings, in square frame units. */
  area: number;
  /** Centroid of its largest visible ring: where a label lands on the main landmass. */
  anchor: [number, number] | undefined;
}

/** Below a pixel the eye sees no difference, and dropping such steps halves large maps. */
const MIN_STEP = 0.7;

export function outline(projection: GeoProjection, feature: Feature<Geometry>): Outline {
  const parts: string[] = [];
  let ring: [number, number][] = [];
  let inPolygon = false;
  let area = 0;
  let best = { area: 0, anchor: undefined as [number, number] | undefined };

  const endRing = () => {
    if (ring.length < 3) {
      ring = [];
      return;
    }
    parts.push("M" + ring.map(([x, y]) => `${x},${y}`).join("L") + (inPolygon ? "Z" : ""));
    const measured = shoelace(ring);
    area += measured.area;
    if (measured.area > best.area) best = measured;
    ring = [];
  };
  const sink: GeoStream = {
    point(x, y) {
      const p: [number, number] = [round(x), round(y)];
      const last = ring[ring.length - 1];
      if (last && Math.hypot(p[0] - last[0], p[1] - last[1]) < MIN_STEP) return;
      ring.push(p);
    },
    lineStart() {
      ring = [];
    },
    lineEnd: endRing,
    polygonStart() {
      inPolygon = true;
    },
    polygonEnd() {
      inPolygon = false;
    },
    sphere() {},
  };
  geoStream(feature, projection.stream(sink));
  return { d: parts.join(""), area, anchor: best.anchor };
}

function shoelace(ring: readonly [number, number][]): { area: number; anchor: [number, number] | undefined } {
  let twice = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[(i + 1) % ring.length]!;
    const cross = x0 * y1 - x1 * y0;
    twice += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (twice === 0) return { area: 0, anchor: undefined };
  return { area: Math.abs(twice / 2), anchor: [round(cx / (3 * twice)), round(cy / (3 * twice))] };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
