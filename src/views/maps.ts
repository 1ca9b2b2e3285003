// Map figures: a locator on each place page, the places of a region, of a story thread, and
// of the whole archive on /places/.
import type { Archive } from "../archive/index.ts";
import { entityKey, type Entity } from "../model/entity.ts";
import { regionByPlace } from "../archive/region-places.ts";
import { matchKey, type EntitySlug } from "../model/slug.ts";
import { atlasParts } from "../render/atlas.ts";
import { countryNamer } from "../render/country-names.ts";
import { extentAround, frameMaker, gridExtent, type Extent, type MapFrame } from "../render/map-frame.ts";
import { mapSvg, type MapPoint } from "../render/map-svg.ts";
import type { ViewContext } from "./context.ts";
import type { MapFigure, NamedCount } from "./insight-types.ts";
import { href, paths } from "./links.ts";
import { nameCollator } from "../model/name-order.ts";

/** Per build: the frame cache (outlines projected once per extent) and the places by area. */
interface MapContext {
  frame: (extent: Extent) => MapFrame;
  /** A located place with a registry region → the frame of all located places of that region;
   *  made when a page first asks (a rebuild that renders one region page projects one area). */
  areaFrame: (slug: EntitySlug) => MapFrame | undefined;
  placeBySlug: Map<EntitySlug, Entity>;
  collator: Intl.Collator;
}

const contexts = new WeakMap<Archive, MapContext>();

function mapContext(archive: Archive): MapContext {
  const cached = contexts.get(archive);
  if (cached) return cached;
  const frame = frameMaker(atlasParts, countryNamer(archive.site.language));
  const areas = new Map<string, Entity[]>();
  const areaOf = new Map<EntitySlug, Entity[]>();
  // By the region the archive placed it in (its name or an alias); a region no registry has, by
  // the name written.
  const regionOf = regionByPlace(archive.placesOfRegion);
  for (const place of archive.entities.place) {
    if (!place.coordinates || place.region === undefined) continue;
    const key = regionOf.get(place.slug) ?? `unregistered:${matchKey(place.region)}`;
    let list = areas.get(key);
    if (!list) areas.set(key, (list = []));
    list.push(place);
    areaOf.set(place.slug, list);
  }
  const frames = new Map<Entity[], MapFrame>();
  const made: MapContext = {
    frame,
    areaFrame: (slug) => {
      const places = areaOf.get(slug);
      if (!places || places.length < 2) return undefined;
      let shared = frames.get(places);
      if (!shared) frames.set(places, (shared = frame(extentAround(places.map((p) => p.coordinates!)))));
      return shared;
    },
    placeBySlug: new Map(archive.entities.place.map((p) => [p.slug, p])),
    collator: nameCollator(archive.site.language),
  };
  contexts.set(archive, made);
  return made;
}

/**
 * A place's locator: the frame of its area (its registry region's places), shared by every
 * place of that area, so a region's place pages cost one outline; a place without an area
 * gets a frame on a 2° grid. Its nearest places are grey context dots.
 */
export function placeLocator(ctx: ViewContext, place: Entity): MapFigure | undefined {
  if (!place.coordinates) return undefined;
  const { t, archive } = ctx;
  const maps = mapContext(archive);
  const [lat, lon] = place.coordinates;
  const count = (p: Entity) => archive.articlesOf.get(entityKey(p))?.length ?? 0;
  const point = (p: Entity, focus: boolean): MapPoint => ({
    name: p.name,
    lat: p.coordinates![0],
    lon: p.coordinates![1],
    count: count(p),
    href: undefined,
    label: t.dotLabel(ctx.isolated(p.name), t.articleCount(count(p))),
    focus,
  });
  const frame = maps.areaFrame(place.slug) ?? maps.frame(gridExtent(lat, lon));
  const inFrame = (p: Entity) => {
    const [x, y] = frame.project(p.coordinates![1], p.coordinates![0]);
    return x >= 0 && y >= 0 && x <= frame.width && y <= frame.height;
  };
  const near = (archive.nearest.get(place.slug) ?? []).map((n) => maps.placeBySlug.get(n.slug)!).filter(inFrame);
  const svg = mapSvg({
    id: "locator",
    title: t.locatorOf(ctx.isolated(place.name)),
    description: t.locatorDescription(ctx.isolated(place.name)),
    frame,
    points: [...near.map((p) => point(p, false)), point(place, true)],
    sized: false,
    labelled: 0,
  });
  return { svgHtml: svg.value, caption: t.locatorDescription(ctx.isolated(place.name)), places: [], placesHeading: t.placesOnMap, unlocated: [], unlocatedHeading: t.notOnMap, download: undefined };
}

/** The places of a region (by their registry region), sized by article count. */
export function regionMap(ctx: ViewContext, region: Entity): MapFigure | undefined {
  const maps = mapContext(ctx.archive);
  const places = (ctx.archive.placesOfRegion.get(region.slug) ?? []).map((slug) => maps.placeBySlug.get(slug)!);
  if (places.length === 0) return undefined;
  return placesMap(ctx, { id: "region-map", title: ctx.t.mapOfRegion(ctx.isolated(region.name)), places: places.map((p) => ({ place: p, count: undefined })), textList: "figure", download: undefined });
}

/** Every place of the archive, for /places/ (whose A–Z list is the text alternative). */
export function placesIndexMap(ctx: ViewContext): MapFigure | undefined {
  const places = ctx.archive.entities.place;
  if (places.length === 0) return undefined;
  const download = { href: href(ctx.archive.site, paths.data("places.geojson")), text: ctx.t.downloadGeojson };
  return placesMap(ctx, { id: "places-map", title: ctx.t.mapOfPlaces, places: places.map((p) => ({ place: p, count: undefined })), textList: "page", download });
}

/** The places of a story thread, sized by how many of its articles name them. `listed`: the
 *  page lists every one of them already (a short thread), so the map adds no list of its own. */
export function threadMap(ctx: ViewContext, counts: ReadonlyMap<EntitySlug, number>, listed: boolean): MapFigure | undefined {
  const maps = mapContext(ctx.archive);
  const places = [...counts].map(([slug, count]) => ({ place: maps.placeBySlug.get(slug)!, count }));
  if (!places.some((p) => p.place.coordinates)) return undefined;
  return placesMap(ctx, { id: "thread-map", title: ctx.t.mapOfThread, places, textList: listed ? "page" : "figure", download: undefined });
}

/** Dots drawn as links on a map of many places, those of the most articles; the others are a
 * picture only, as every one of them is listed as text on the page (README, Maps). */
export const MAP_LINKED_DOTS = 100;

interface PlacesMapInput {
  id: string;
  title: string;
  /** count undefined: the place's count in the whole archive. */
  places: { place: Entity; count: number | undefined }[];
  /**
   * Where the same links are given as text: "figure", listed under the map; "page", where the
   * page lists them anyway (/places/ has its A–Z list); "none". With a list, the dots leave the
   * tab order: a keyboard user would otherwise meet every place twice or three times over.
   */
  textList: "figure" | "page" | "none";
  download: MapFigure["download"];
}

function placesMap(ctx: ViewContext, input: PlacesMapInput): MapFigure {
  const { t, archive } = ctx;
  const site = archive.site;
  const maps = mapContext(archive);
  const rows = input.places.map(({ place, count }) => {
    const n = count ?? archive.articlesOf.get(entityKey(place))?.length ?? 0;
    return { place, count: n, named: { href: href(site, paths.entity("place", place.slug)), name: place.name, countText: t.articleCount(n) } };
  });
  // Most covered first, as the map shows them; the collation, then the slug, settle ties.
  rows.sort((a, b) => b.count - a.count || maps.collator.compare(a.place.name, b.place.name) || (a.place.slug < b.place.slug ? -1 : 1));
  const located = rows.filter((r) => r.place.coordinates);
  const unlocated: NamedCount[] = rows.filter((r) => !r.place.coordinates).map((r) => r.named);
  let svgHtml = "";
  if (located.length > 0) {
    const points: MapPoint[] = located.map(({ place, count, named }) => ({
      name: place.name,
      lat: place.coordinates![0],
      lon: place.coordinates![1],
      count,
      href: named.href,
      label: t.dotLabel(ctx.isolated(place.name), named.countText),
      focus: false,
    }));
    const frame = maps.frame(extentAround(located.map((r) => r.place.coordinates!)));
    // Only where the places are listed as text: without a list the dots are the only links.
    const detailed = input.textList === "none" ? undefined : MAP_LINKED_DOTS;
    svgHtml = mapSvg({ id: input.id, title: input.title, description: t.mapDescription(located.length), frame, points, sized: true, labelled: 10, inTabOrder: input.textList === "none", detailed }).value;
  }
  return {
    svgHtml,
    caption: located.length === 0 ? "" : located.length > MAP_LINKED_DOTS && input.textList !== "none" ? t.mapCaptionLinked(MAP_LINKED_DOTS) : t.mapCaption,
    places: input.textList === "figure" ? located.map((r) => r.named) : [],
    placesHeading: t.placesOnMap,
    unlocated,
    unlocatedHeading: t.notOnMap,
    download: input.download,
  };
}
