// Data exports for researchers (README, "Data exports"): article metadata, places as
// GeoJSON, and the link graph. Absolute URLs, so a file is useful away from the site.
import { createHash } from "node:crypto";
import type { Article } from "../model/article.ts";
import { entityKey, type EntityRef } from "../model/entity.ts";
import type { ViewContext } from "./context.ts";
import type { DataExportView } from "./insight-types.ts";
import { absoluteUrl, outputPath, paths } from "./links.ts";
import type { PagePlan } from "./page-plan.ts";

/**
 * One plan per file, each fingerprinted by just what it shows of the articles (every entity
 * is in every page's fingerprint already): articles.json and graph.json are the largest
 * files of the site to make (~0.2 s at 10k), and an edit to a text past its first paragraph
 * changes neither.
 */
export function dataExportPlans(ctx: ViewContext): PagePlan<DataExportView>[] {
  const { archive, inputs } = ctx;
  const thread = (a: Article) => archive.threads.threadOf.get(a.slug) ?? "";
  // Slugs, dates and names: the per-article parts the sitemap's fingerprint uses, made once
  // (its dates are instants: the exports also show each date as written, so that goes too).
  const meta = inputs.meta(archive.articles.map((a) => a.slug));
  // One string hashed once: 10,000 calls into the hash cost more than joining the parts.
  const shown = (part: (a: Article) => string) => createHash("sha1").update(meta).update(archive.articles.map(part).join("")).digest("base64");
  const plan = (file: string, mediaType: DataExportView["mediaType"], fingerprint: string, data: (ctx: ViewContext) => unknown): PagePlan<DataExportView> => {
    const path = outputPath(paths.data(file));
    return { outputPath: path, fingerprint, view: () => ({ kind: "data-export", outputPath: path, mediaType, data: data(ctx) }) };
  };
  return [
    plan("articles.json", "application/json", inputs.page("data:articles", shown((a) => `\n${a.title}\u0001${a.date.attribute}\u0001${a.updated?.attribute}\u0001${a.readAlso.join(" ")}\u0001${a.lang}\u0001${a.summary}\u0001${thread(a)}`)), articlesJson),
    plan("places.geojson", "application/geo+json", inputs.page("data:places", archive.entities.place.map((p) => archive.articlesOf.get(entityKey(p))?.length ?? 0).join(" ")), placesGeoJson),
    plan("graph.json", "application/json", inputs.page("data:graph", shown((a) => `\n${a.title}\u0001${a.date.attribute}\u0001${thread(a)}\u0001${a.linksTo.join(" ")}\u0001${a.readAlso.join(" ")}`)), graphJson),
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
