// sitemap.xml and robots.txt: every indexable HTML page, with the date its content last changed.
import type { Archive } from "../archive/index.ts";
import type { Article } from "../model/article.ts";
import type { ArticleSlug, EntitySlug } from "../model/slug.ts";
import { entityKey, KIND_FOLDER, type EntityKind, type EntityRef } from "../model/entity.ts";
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
  const entries: { loc: string; lastmod: string | undefined }[] = [];
  const modifiedAt: (Modified | undefined)[] = [];
  // Pages of an entity share their newest article's date: each date formatted once.
  const formatted = new Map<Modified, string>();
  for (const path of listed) {
    const loc = absoluteUrl(site, path);
    if (seen.has(loc)) continue;
    seen.add(loc);
    const modified = lastmod(path);
    let text = modified && formatted.get(modified);
    if (modified && text === undefined) formatted.set(modified, (text = rfc3339(modified)));
    entries.push({ loc, lastmod: text });
    modifiedAt.push(modified);
  }
  if (entries.length <= maxUrls) return [{ kind: "urlset", outputPath: outputPath(paths.sitemap()), entries }];

  const parts: SitemapView[] = [];
  const index: SitemapView = { kind: "sitemap-index", outputPath: outputPath(paths.sitemap()), entries: [] };
  for (let i = 0; i * maxUrls < entries.length; i++) {
    const chunk = entries.slice(i * maxUrls, (i + 1) * maxUrls);
    const path = sitemapPart(i + 1);
    let newest = i * maxUrls;
    for (let k = newest + 1; k < (i + 1) * maxUrls && k < entries.length; k++) {
      if ((modifiedAt[k]?.epochMs ?? 0) > (modifiedAt[newest]?.epochMs ?? 0)) newest = k;
    }
    index.entries.push({ loc: absoluteUrl(site, path), lastmod: entries[newest]!.lastmod });
    parts.push({ kind: "urlset", outputPath: outputPath(path), entries: chunk });
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

const SLASH = 47;

/** From `from`, one or more ASCII digits and then a final slash, ending the text. */
function digitsThenSlash(text: string, from: number): boolean {
  if (text.length < from + 2 || text.charCodeAt(text.length - 1) !== SLASH) return false;
  for (let i = from; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

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
  const note = (ref: EntityRef, m: Modified) => {
    const key = entityKey(ref);
    byEntity.set(key, newer(byEntity.get(key), m));
  };
  for (const a of archive.articles) {
    const m = modifiedOf(a);
    overall = newer(overall, m);
    note(a.region, m);
    for (const ref of a.places) note(ref, m);
    for (const ref of a.actors) note(ref, m);
  }
  const kindOfFolder = new Map(Object.entries(KIND_FOLDER).map(([kind, folder]) => [folder as string, kind as EntityKind]));
  const byMonth = new Map<string, Modified>();
  for (const bucket of archive.months) {
    let newest: Modified | undefined;
    for (const slug of bucket.slugs) newest = newer(newest, modifiedOf(archive.bySlug.get(slug)!));
    if (!newest) continue;
    const year = `${bucket.year}`;
    byMonth.set(year, newer(byMonth.get(year), newest));
    byMonth.set(`${bucket.year}-${bucket.month}`, newest);
  }

  // Paths come from the views: /articles/<slug>/, /<kind folder>/<slug>/[page/<n>/],
  // /archive/<yyyy>/[<mm>/]. Read by position, not split: 17,600 of them at 10k.
  return (path) => {
    if (path.charCodeAt(0) !== SLASH || path.charCodeAt(path.length - 1) !== SLASH) return overall;
    const end1 = path.indexOf("/", 1);
    const end2 = end1 < 0 ? -1 : path.indexOf("/", end1 + 1);
    if (end2 < 0) return overall;
    const first = path.slice(1, end1);
    const second = path.slice(end1 + 1, end2);
    const rest = path.slice(end2 + 1); // "", "page/<n>/" or "<mm>/"
    if (first === "articles" && rest === "") {
      const article = archive.bySlug.get(second as ArticleSlug);
      if (article) return modifiedOf(article);
    }
    const kind = kindOfFolder.get(first);
    if (kind && (rest === "" || (rest.startsWith("page/") && digitsThenSlash(rest, 5)))) {
      const key = entityKey({ kind, slug: second as EntitySlug });
      if (archive.articlesOf.has(key)) return byEntity.get(key);
    }
    if (first === "archive" && second.length === 4 && digitsThenSlash(`${second}/`, 0) && (rest === "" || (rest.length === 3 && digitsThenSlash(rest, 0)))) {
      const found = byMonth.get(rest === "" ? `${Number(second)}` : `${Number(second)}-${Number(rest.slice(0, 2))}`);
      if (found) return found;
    }
    return overall;
  };
}
