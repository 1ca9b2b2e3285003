// Site paths and URLs. Every internal link goes through here, so every one carries the prefix.
import { KIND_FOLDER, type EntityKind } from "../model/entity.ts";
import type { SiteConfig } from "../content/site-config.ts";

export const paths = {
  home: () => "/",
  article: (slug: string) => `/articles/${slug}/`,
  entity: (kind: EntityKind, slug: string) => `/${KIND_FOLDER[kind]}/${slug}/`,
  entityIndex: (kind: EntityKind) => `/${KIND_FOLDER[kind]}/`,
  archive: () => "/archive/",
  year: (year: number) => `/archive/${year}/`,
  month: (year: number, month: number) => `/archive/${year}/${String(month).padStart(2, "0")}/`,
  feed: () => "/feed.xml",
  jsonFeed: () => "/feed.json",
  entityFeed: (kind: EntityKind, slug: string) => `/${KIND_FOLDER[kind]}/${slug}/feed.xml`,
  sitemap: () => "/sitemap.xml",
  robots: () => "/robots.txt",
  notFound: () => "/404.html",
  threads: () => "/threads/",
  thread: (slug: string) => `/threads/${slug}/`,
  search: () => "/search/",
  /** The search index's list of Pagefind bundles, which all sit under `/pagefind/`. */
  searchManifest: () => "/pagefind/bundles.json",
  /** Data exports for researchers: `articles.json`, `places.geojson`, `graph.json`. */
  data: (file: string) => `/data/${file}`,
};

/** A site path as an href under the path prefix: `/places/kidal/` → `/news/places/kidal/`. */
export function href(site: SiteConfig, path: string): string {
  return site.pathPrefix + (path.startsWith("/") ? path.slice(1) : path);
}

/** A picture an editor names (a root path, for a file under static/, or an https:// address)
 *  as an absolute address: Open Graph, JSON-LD and feeds need one. */
export function imageUrl(site: SiteConfig, src: string): string {
  return src.startsWith("/") ? absoluteUrl(site, src) : src;
}

/** A root path under the site's prefix; any other address as it is. */
export function siteAddress(site: SiteConfig, src: string): string {
  return src.startsWith("/") ? href(site, src) : src;
}

/** An absolute URL for canonical links, feeds and JSON-LD. */
export function absoluteUrl(site: SiteConfig, path: string): string {
  return site.baseUrl + href(site, path);
}

/** The file a site path is written to: every page is a folder's index.html (SPEC §5);
 *  a path naming a file (`/feed.xml`, `/404.html`) is that file. */
export function outputPath(path: string): string {
  const inner = path.startsWith("/") ? path.slice(1) : path;
  if (inner !== "" && !inner.endsWith("/")) return inner;
  return inner === "" ? "index.html" : `${inner}index.html`;
}

/** The search index's folder in the output, `pagefind`: its manifest's, where every bundle sits
 *  (the first there, the others in `pagefind/bundles/`). */
export const SEARCH_INDEX_FOLDER = outputPath(paths.searchManifest()).split("/")[0]!;

export function isSearchIndexFile(file: string): boolean {
  return file.startsWith(`${SEARCH_INDEX_FOLDER}/`);
}
