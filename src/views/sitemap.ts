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
  const newestOf = (articles: Iterable<Article>): Modified | undefined => {
    let best: Modified | undefined;
    for (const a of articles) {
      const m = modifiedOf(a);
      if (!best || m.epochMs > best.epochMs) best = m;
    }
    return best;
  };
  const bySlugs = (slugs: readonly ArticleSlug[]) => newestOf(slugs.map((s) => archive.bySlug.get(s)!));
  const overall = newestOf(archive.articles);
  const kindOfFolder = new Map(Object.entries(KIND_FOLDER).map(([kind, folder]) => [folder as string, kind as EntityKind]));
  const entityMemo = new Map<string, Modified | undefined>();

  return (path) => {
    let m = /^\/articles\/([^/]+)\/$/.exec(path);
    if (m) {
      // Paths come from the views, so their slugs are the archive's own.
      const article = archive.bySlug.get(m[1] as ArticleSlug);
      if (article) return modifiedOf(article);
    }
    m = /^\/([a-z]+)\/([^/]+)\/(?:page\/\d+\/)?$/.exec(path);
    const kind = m && kindOfFolder.get(m[1]!);
    if (m && kind) {
      const key = entityKey({ kind, slug: m[2] as EntitySlug });
      const slugs = archive.articlesOf.get(key);
      if (slugs) {
        if (!entityMemo.has(key)) entityMemo.set(key, bySlugs(slugs));
        return entityMemo.get(key);
      }
    }
    m = /^\/archive\/(\d{4})\/(?:(\d{2})\/)?$/.exec(path);
    if (m) {
      const year = Number(m[1]);
      const month = m[2] === undefined ? undefined : Number(m[2]);
      const buckets = archive.months.filter((b) => b.year === year && (month === undefined || b.month === month));
      if (buckets.length) return bySlugs(buckets.flatMap((b) => b.slugs));
    }
    return overall;
  };
}
