// sitemap.xml (sitemaps.org protocol 0.9) and robots.txt from their views.
import type { RobotsView, SitemapView } from "../views/types.ts";
import { element, XML_DECLARATION } from "./xml.ts";

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

export function sitemapXml(view: SitemapView): string {
  const [root, item] = view.kind === "urlset" ? ["urlset", "url"] : ["sitemapindex", "sitemap"];
  const items = view.entries.map((e) => `<${item}>${element("loc", e.loc)}${element("lastmod", e.lastmod)}</${item}>\n`);
  return `${XML_DECLARATION}<${root} xmlns="${SITEMAP_NS}">\n${items.join("")}</${root}>\n`;
}

/**
 * Crawlers read robots.txt only at the root of a host: under a path prefix this file is a
 * harmless copy, and the host's own robots.txt should name the sitemap URL given here.
 */
export function robotsTxt(view: RobotsView): string {
  // A URL with a newline would start a new directive; sitemap URLs never hold one, but be sure.
  return `User-agent: *\nAllow: /\n\nSitemap: ${view.sitemapUrl.replace(/[\r\n]/g, "")}\n`;
}
