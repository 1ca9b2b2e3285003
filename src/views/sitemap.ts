// sitemap.xml and robots.txt: every indexable HTML page, with the date its content last changed.
import type { Archive } from "../archive/index.ts";
import type { Article } from "../model/article.ts";
import type { ArticleSlug, EntitySlug } from "../model/slug.ts";
import { entityKey, KIND_FOLDER, type EntityKind } from "../model/entity.ts";
import type { ViewContext } from "./context.ts";
import { rfc3339 } from "./rfc3339.ts";
import { absoluteUrl, outputPath, paths } from "./links.ts";
import type { RobotsView, SitemapView } from "./types.ts";

/** The sitemap protocol's limit per file; past it, sitemap.xml becomes an index of parts. */
export const SITEMAP_MAX_URLS = 50_000;

/**
 * @param listed the site paths of the pages to list, in site order: HTML pages that are their
 *   own canonical URL (not a redirect) and not `noindex` (not the 404, not search results).
 */
export function sitemapViews(ctx: ViewContext, listed: readonly string[], maxUrls = SITEMAP_MAX_URLS): SitemapView[] {
  const site = ctx.archive.site;
  const lastmod = lastModifiedByPath(ctx.archive);
  const seen = new Set<string>();
  const entries: { loc: string; lastmod: string | undefined; epochMs: number }[] = [];
  for (const path of listed) {
    const loc = absoluteUrl(site, path);
    if (seen.has(loc)) continue;
    seen.add(loc);
    const modified = lastmod(path);
    entries.push({ loc, lastmod: modified && rfc3339(modified), epochMs: modified?.epochMs ?? 0 });
  }
  const strip = (list: typeof entries) => list.map(({ loc, lastmod }) => ({ loc, lastmod }));
  if (entries.length <= maxUrls) return [{ kind: "urlset", outputPath: outputPath(paths.sitemap()), entries: strip(entries) }];

  const parts: SitemapView[] = [];
  const index: SitemapView = { kind: "sitemap-index", outputPath: outputPath(paths.sitemap()), entries: [] };
  for (let i = 0; i * maxUrls < entries.length; i++) {
    const chunk = entries.slice(i * maxUrls, (i + 1) * maxUrls);
    const path = sitemapPart(i + 1);
    const newest = chunk.reduce((a, b) => (b.epochMs > a.epochMs ? b : a));
    index.entries.push({ loc: absoluteUrl(site, path), lastmod: newest.lastmod });
    parts.push({ kind: "urlset", outputPath: outputPath(path), entries: strip(chunk) });
  }
  return [index, ...parts];
}

function sitemapPart(n: number): string {
  return `/sitemap-${n}.xml`;
}

/** The files sitemapViews makes for this many distinct pages: known before it runs. */
export function sitemapOutputPaths(pages: number, maxUrls = SITEMAP_MAX_URLS): string[] {
  const parts = pages <= maxUrls ? [] : Array.from({ length: Math.ceil(pages / maxUrls) }, (_, i) => outputPath(sitemapPart(i + 1)));
  return [outputPath(paths.sitemap()), ...parts];
}

export function robotsView(ctx: ViewContext): RobotsView {
  return { kind: "robots", outputPath: outputPath(paths.robots()), sitemapUrl: absoluteUrl(ctx.archive.site, paths.sitemap()) };
}

type Modified = Article["date"];

/**
 * An article changed when it was last updated; a listing when the newest-updated article it
 * lists did. Pages of an entity share one date: a new article shifts every page of it. Pages
 * that list no particular articles (home, indexes, anything else) follow the whole archive.
 */
function lastModifiedByPath(archive: Archive): (path: string) => Modified | undefined {
  const modifiedOf = (a: Article): Modified => a.updated ?? a.date;
  const newer = (best: Modified | undefined, m: Modified): Modified => (!best || m.epochMs > best.epochMs ? m : best);
  // Each entity's newest change and the archive's, in one pass over the articles (17,600 paths
  // asking entity by entity walked the same lists again and again).
  let overall: Modified | undefined;
  const byEntity = new Map<string, Modified>();
  for (const a of archive.articles) {
    const m = modifiedOf(a);
    overall = newer(overall, m);
    for (const ref of [a.region, ...a.places, ...a.actors]) {
      const key = entityKey(ref);
      byEntity.set(key, newer(byEntity.get(key), m));
    }
  }
  const kindOfFolder = new Map(Object.entries(KIND_FOLDER).map(([kind, folder]) => [folder as string, kind as EntityKind]));
  const byMonth = new Map<string, Modified>();
  for (const bucket of archive.months) {
    for (const slug of bucket.slugs) {
      const m = modifiedOf(archive.bySlug.get(slug)!);
      for (const key of [`${bucket.year}`, `${bucket.year}-${bucket.month}`]) byMonth.set(key, newer(byMonth.get(key), m));
    }
  }

  return (path) => {
    // Paths come from the views: /articles/<slug>/, /<kind folder>/<slug>/[page/<n>/], /archive/<yyyy>/[<mm>/].
    const parts = path.split("/");
    if (parts[0] !== "" || parts[parts.length - 1] !== "") return overall;
    if (parts.length === 4 && parts[1] === "articles") {
      const article = archive.bySlug.get(parts[2] as ArticleSlug);
      if (article) return modifiedOf(article);
    }
    const kind = kindOfFolder.get(parts[1]!);
    if (kind && (parts.length === 4 || (parts.length === 6 && parts[3] === "page" && /^\d+$/.test(parts[4]!)))) {
      const key = entityKey({ kind, slug: parts[2] as EntitySlug });
      if (archive.articlesOf.has(key)) return byEntity.get(key);
    }
    if (parts[1] === "archive" && /^\d{4}$/.test(parts[2] ?? "") && (parts.length === 4 || (parts.length === 5 && /^\d{2}$/.test(parts[3]!)))) {
      const found = byMonth.get(parts.length === 4 ? `${Number(parts[2])}` : `${Number(parts[2])}-${Number(parts[3])}`);
      if (found) return found;
    }
    return overall;
  };
}
