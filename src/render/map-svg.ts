// A map as inline SVG markup: country outlines of the frame, then a dot per place.
// No script, no tiles, no external file: it prints, works offline and needs no JavaScript.
// Country names are in the site's language (render/country-names.ts); one it could not give in
// that language carries its own lang.
import { html, raw, type Html } from "./html.ts";
import type { MapFrame } from "./map-frame.ts";

export interface MapPoint {
  name: string;
  lat: number;
  lon: number;
  count: number;
  /** A dot with an href is a link to the place's page. */
  href: string | undefined;
  /** The dot's accessible name and tooltip, e.g. "Kidal: 5 articles". */
  label: string;
  /** The place a locator map is about: drawn on top, emphasised and named. */
  focus: boolean;
}

export interface MapSvgInput {
  /** Unique within the page: the title and description are referenced by id. */
  id: string;
  title: string;
  description: string;
  frame: MapFrame;
  points: readonly MapPoint[];
  /** Dot area proportional to the article count; otherwise every dot is the same size. */
  sized: boolean;
  /** How many of the largest dots get a visible name (the focus dot always does). */
  labelled: number;
  /**
   * False where the page lists the same links as text (the A–Z list on /places/, the list under
   * a region's or thread's map): the dots stay links for pointers and screen readers, but
   * keyboard users are not made to tab through every place again (thousands on /places/).
   */
  inTabOrder?: boolean;
  /**
   * How many dots, those of the most articles first, are each an element of their own (a link,
   * a tooltip); the others are drawn, as they are sized, in one path per size, a picture only.
   * For pages that list every place as text anyway: /places/ drew 1,882 dots as 5,600 elements
   * and 350 KB. Every dot by default.
   */
  detailed?: number;
}

export const DOT_MIN = 2.5;
export const DOT_MAX = 14;
const DOT_PLAIN = 3;
const DOT_FOCUS = 6;
/** An estimate of a label character's width at the label font size, to keep names apart. */
const LABEL_CHAR_WIDTH = 7.5;

/** Radius on a square-root scale, so that a dot's area, not its width, follows the count. */
export function dotRadius(count: number, maxCount: number): number {
  if (maxCount <= 0) return DOT_MIN;
  return round(DOT_MIN + (DOT_MAX - DOT_MIN) * Math.sqrt(Math.max(0, count) / maxCount));
}

export function mapSvg(input: MapSvgInput): Html {
  const { frame, id } = input;
  const max = input.points.reduce((m, p) => Math.max(m, p.count), 0);
  const dots = input.points.map((p) => {
    const [x, y] = frame.project(p.lon, p.lat);
    const r = p.focus ? DOT_FOCUS : input.sized ? dotRadius(p.count, max) : DOT_PLAIN;
    return { ...p, x, y, r };
  });
  // Big dots first so that small ones stay visible (and clickable) on top; the focus last.
  dots.sort((a, b) => Number(a.focus) - Number(b.focus) || b.r - a.r || compare(a.name, b.name) || a.x - b.x || a.y - b.y);
  // Names go to the focus, then to the biggest dots, skipping any that would overlap a name
  // already placed: a cluster of towns gets one readable name, not a smudge. Nor may a name
  // cover another dot (it would read as that dot's name, or hide it): it goes to the other side.
  const placed: Box[] = [];
  // Each dot's square made once: /places/ tries names for up to 1,900 dots against as many.
  const dotBoxes = dots.map((d): Box => ({ x0: d.x - d.r, x1: d.x + d.r, y0: d.y - d.r, y1: d.y + d.r, anchorX: 0, end: false }));
  const covers = (box: Box, own: (typeof dots)[number]) => dots.some((d, i) => d !== own && overlaps(box, dotBoxes[i]!));
  const named = new Map<(typeof dots)[number], Box>();
  const candidates = [
    ...dots.filter((d) => d.focus),
    ...dots.filter((d) => !d.focus && d.count > 0).sort((a, b) => b.count - a.count || compare(a.name, b.name)),
  ];
  let others = 0;
  for (const d of candidates) {
    if (!d.focus && others >= input.labelled) break;
    const boxes = labelBoxes(d, frame.width);
    const clear = (b: Box) => !placed.some((p) => overlaps(p, b));
    // The place a locator is about is always named, over a neighbour's dot if both sides have one.
    const box = boxes.find((b) => clear(b) && !covers(b, d)) ?? (d.focus ? boxes.find(clear) : undefined);
    if (!box) continue;
    placed.push(box);
    named.set(d, box);
    if (!d.focus) others++;
  }

  const detailed = new Set(input.detailed === undefined ? dots : [...dots].sort((a, b) => Number(b.focus) - Number(a.focus) || b.count - a.count || compare(a.name, b.name)).slice(0, input.detailed));
  // Links inside role="img" would be hidden from assistive technology (its children are
  // presentational), so a map with links is a labelled group instead.
  const interactive = dots.some((d) => d.href !== undefined && detailed.has(d));
  const role = interactive ? "group" : "img";
  const dot = (d: (typeof dots)[number]) => {
    const circle = html`<circle class="${d.focus ? "map-dot map-focus" : "map-dot"}" cx="${d.x}" cy="${d.y}" r="${d.r}"><title>${d.label}</title></circle>`;
    return d.href === undefined ? circle : html`<a href="${d.href}" aria-label="${d.label}"${input.inTabOrder === false ? html` tabindex="-1"` : ""}>${circle}</a>`;
  };
  const label = (d: (typeof dots)[number]) => {
    const box = named.get(d)!;
    return html`<text class="${d.focus ? "map-label map-focus-label" : "map-label"}" x="${box.anchorX}" y="${round(d.y + 4)}"${box.end ? html` text-anchor="end"` : ""}>${d.name}</text>`;
  };
  // direction="ltr": the labels' x and text-anchor are drawn for left-to-right text, and a
  // right-to-left page's direction, inherited, would turn each label's start to its right end.
  return html`<svg class="map" viewBox="0 0 ${frame.width} ${frame.height}" width="${frame.width}" height="${frame.height}" direction="ltr" role="${role}" aria-labelledby="${id}-title ${id}-desc">
<title id="${id}-title">${input.title}</title>
<desc id="${id}-desc">${input.description}</desc>
${backdrop(frame)}
<g class="map-dots">${dots.filter((d) => detailed.has(d)).map(dot)}${plainDots(dots.filter((d) => !detailed.has(d)))}</g>
<g class="map-labels" aria-hidden="true">${dots.filter((d) => named.has(d)).map(label)}</g>
</svg>`;
}

/**
 * Dots as shapes only: one path per radius, each dot a circle drawn as two arcs (it fills and
 * strokes as a <circle> does), in the order given, so small dots stay on top. Numbers only in the
 * path data: nothing to escape.
 */
function plainDots(dots: readonly { x: number; y: number; r: number }[]): Html | "" {
  if (dots.length === 0) return "";
  const byRadius = new Map<number, string[]>();
  for (const d of dots) {
    const arc = `a${d.r} ${d.r} 0 1 0 ${round(2 * d.r)} 0a${d.r} ${d.r} 0 1 0 ${round(-2 * d.r)} 0`;
    const list = byRadius.get(d.r);
    const move = `M${round(d.x - d.r)} ${d.y}${arc}`;
    if (list) list.push(move);
    else byRadius.set(d.r, [move]);
  }
  return html`<g aria-hidden="true">${[...byRadius].map(([, moves]) => html`<path class="map-dot" d="${raw(moves.join(""))}"/>`)}</g>`;
}

const backdrops = new WeakMap<MapFrame, Html>();

/** Sea, land and country names: the same for every map of a frame, so rendered once. */
function backdrop(frame: MapFrame): Html {
  let made = backdrops.get(frame);
  if (!made) {
    // Path data is only numbers, commas and M/L/Z (outline() writes it): nothing to escape.
    made = html`<rect class="map-sea" width="${frame.width}" height="${frame.height}"/>
<path class="map-land" d="${raw(frame.land)}"/>
<g class="map-countries" aria-hidden="true">${frame.countryLabels.map((c) => html`<text x="${c.x}" y="${c.y}" text-anchor="middle"${c.lang ? html` lang="${c.lang}"` : ""}>${c.name}</text>`)}</g>`;
    backdrops.set(frame, made);
  }
  return made;
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  anchorX: number;
  end: boolean;
}

/** Where a dot's name may go, in order: right of the dot, then left of it (if it fits). */
function labelBoxes(d: { x: number; y: number; r: number; name: string }, width: number): Box[] {
  const textWidth = d.name.length * LABEL_CHAR_WIDTH;
  const right = round(d.x + d.r + 3);
  const left = round(d.x - d.r - 3);
  const boxes: Box[] = [];
  if (right + textWidth <= width) boxes.push({ x0: right, x1: right + textWidth, y0: d.y - 9, y1: d.y + 7, anchorX: right, end: false });
  if (left - textWidth >= 0) boxes.push({ x0: left - textWidth, x1: left, y0: d.y - 9, y1: d.y + 7, anchorX: left, end: true });
  return boxes;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
