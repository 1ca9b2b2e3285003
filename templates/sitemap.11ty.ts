// /sitemap.xml (and its parts, past 50,000 pages).
import { sitemapXml } from "../src/outputs/sitemap.ts";
import type { SitemapView } from "../src/views/types.ts";

export const data = {
  pagination: { data: "views.sitemap", size: 1, alias: "view", addAllPagesToCollections: false },
  permalink: (d: { view: SitemapView }) => d.view.outputPath,
  eleventyExcludeFromCollections: true,
};

export function render({ view }: { view: SitemapView }): string {
  return sitemapXml(view);
}
