// Data exports for researchers (README, "Data exports"): article metadata, places as
// GeoJSON, and the link graph. Absolute URLs, so a file is useful away from the site.
import type { Article } from "../model/article.ts";
import { entityKey, type EntityRef } from "../model/entity.ts";
import type { ViewContext } from "./context.ts";
import type { DataExportView } from "./insight-types.ts";
import { absoluteUrl, outputPath, paths } from "./links.ts";

/** The export files, in the order dataExportViews makes them: known before they are made. */
export const DATA_EXPORT_FILES = ["articles.json", "places.geojson", "graph.json"].map((file) => outputPath(paths.data(file)));

export function dataExportViews(ctx: ViewContext): DataExportView[] {
  const [articles, places, graph] = DATA_EXPORT_FILES as [string, string, string];
  return [
    { kind: "data-export", outputPath: articles, mediaType: "application/json", data: articlesJson(ctx) },
    { kind: "data-export", outputPath: places, mediaType: "application/geo+json", data: placesGeoJson(ctx) },
    { kind: "data-export", outputPath: graph, mediaType: "application/json", data: graphJson(ctx) },
  ];
}

/** Every article's metadata, newest first; no bodies (those are the pages). */
export function articlesJson(ctx: ViewContext): unknown {
  const { archive } = ctx;
  const site = archive.site;
  const named = (ref: EntityRef) => ({ slug: ref.slug, name: ctx.entityLink(ref).text });
  return {
    site: { title: site.title, url: absoluteUrl(site, paths.home()), language: site.language, timezone: site.timezone },
    articles: archive.articles.map((a) => ({
      slug: a.slug,
      url: absoluteUrl(site, paths.article(a.slug)),
      title: a.title,
      date: a.date.attribute,
      updated: a.updated ? a.updated.attribute : null,
      region: named(a.region),
      places: a.places.map(named),
      actors: a.actors.map(named),
      read_also: a.readAlso,
      lang: a.lang,
      summary: a.summary,
      thread: archive.threads.threadOf.get(a.slug) ?? null,
    })),
  };
}

/**
 * RFC 7946: a FeatureCollection of Points, positions as [longitude, latitude] (the registry
 * writes [latitude, longitude]: swapped here), WGS 84, no "crs" member. Only places with
 * coordinates are features; the others are in articles.json.
 */
export function placesGeoJson(ctx: ViewContext): unknown {
  const { archive } = ctx;
  const site = archive.site;
  return {
    type: "FeatureCollection",
    features: archive.entities.place
      .filter((p) => p.coordinates)
      .map((p) => ({
        type: "Feature",
        id: p.slug,
        geometry: { type: "Point", coordinates: [p.coordinates![1], p.coordinates![0]] },
        properties: {
          name: p.name,
          slug: p.slug,
          url: absoluteUrl(site, paths.entity("place", p.slug)),
          article_count: archive.articlesOf.get(entityKey(p))?.length ?? 0,
          aliases: p.aliases,
          kind: p.type ?? null,
          region: p.region ?? null,
          country: p.country ?? null,
          wikidata: p.wikidata ?? null,
        },
      })),
  };
}

/** Articles as nodes, links as directed edges: `read_also` (shown as "Read also"), or `wikilink` ([[…]] in the text only). */
export function graphJson(ctx: ViewContext): unknown {
  const { archive } = ctx;
  const site = archive.site;
  const edgesOf = (a: Article) => a.linksTo.map((target) => ({ source: a.slug, target, type: a.readAlso.includes(target) ? "read_also" : "wikilink" }));
  return {
    nodes: archive.articles.map((a) => ({
      id: a.slug,
      title: a.title,
      date: a.date.attribute,
      url: absoluteUrl(site, paths.article(a.slug)),
      thread: archive.threads.threadOf.get(a.slug) ?? null,
    })),
    edges: archive.articles.flatMap(edgesOf),
  };
}
