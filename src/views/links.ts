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
};

/** A site path as an href under the path prefix: `/places/kidal/` → `/news/places/kidal/`. */
export function href(site: SiteConfig, path: string): string {
  return site.pathPrefix + path.replace(/^\//, "");
}

/** An absolute URL for canonical links, feeds and JSON-LD. */
export function absoluteUrl(site: SiteConfig, path: string): string {
  return site.baseUrl + href(site, path);
}

/** The file a site path is written to: every page is a folder's index.html (SPEC §5). */
export function outputPath(path: string): string {
  const inner = path.replace(/^\//, "");
  return inner === "" ? "index.html" : `${inner}index.html`;
}
