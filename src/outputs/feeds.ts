// Feed files from feed views: Atom (RFC 4287) and JSON Feed 1.1. Pure string building, so the
// escaping is exactly what the unit tests pin down, and cheap enough for thousands of feeds.
import type { FeedEntry, FeedView } from "../views/types.ts";
import { element, emptyElement, escapeXml, XML_DECLARATION } from "./xml.ts";

const ATOM_NS = "http://www.w3.org/2005/Atom";
export const JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";

// One article sits in the site feed and in the feed of each of its places, actors and region;
// its entry is the same object in all of them (see views/feeds.ts), so it is serialised once.
const atomEntries = new WeakMap<FeedEntry, string>();

export function atomXml(feed: FeedView): string {
  const head = [
    element("id", feed.id),
    element("title", feed.title),
    feed.subtitle ? element("subtitle", feed.subtitle) : "",
    element("updated", feed.updated),
    emptyElement("link", { rel: "self", type: "application/atom+xml", href: feed.selfUrl }),
    emptyElement("link", { rel: "alternate", type: "text/html", href: feed.pageUrl }),
    `<author>${element("name", feed.author)}</author>`,
    element("generator", "news-archive"),
  ].filter(Boolean);
  const entries = feed.entries.map(atomEntry);
  return `${XML_DECLARATION}<feed xmlns="${ATOM_NS}" xml:lang="${escapeXml(feed.language)}">\n${[...head, ...entries].join("\n")}\n</feed>\n`;
}

function atomEntry(entry: FeedEntry): string {
  const cached = atomEntries.get(entry);
  if (cached !== undefined) return cached;
  const lines = [
    element("id", entry.id),
    element("title", entry.title),
    emptyElement("link", { rel: "alternate", type: "text/html", href: entry.url }),
    element("published", entry.published),
    element("updated", entry.updated),
    entry.author === undefined ? "" : `<author>${element("name", entry.author)}</author>`,
    // rel="via": "the source of the information provided in the containing element" (RFC 4287 §4.2.7.2).
    entry.source?.url === undefined ? "" : emptyElement("link", { rel: "via", href: entry.source.url, title: entry.source.name }),
    ...entry.categories.map((c) => emptyElement("category", { term: c.term, scheme: c.scheme })),
    entry.summary ? element("summary", entry.summary) : "",
    // type="html": the markup travels as escaped text, which survives any byte sequence,
    // unlike CDATA (which `]]>` in a body would end).
    entry.contentHtml === undefined ? "" : element("content", entry.contentHtml, { type: "html" }),
  ].filter(Boolean);
  const xml = `<entry${entry.lang ? ` xml:lang="${escapeXml(entry.lang)}"` : ""}>\n${lines.join("\n")}\n</entry>`;
  atomEntries.set(entry, xml);
  return xml;
}

export function jsonFeed(feed: FeedView): string {
  const document = {
    version: JSON_FEED_VERSION,
    title: feed.title,
    home_page_url: feed.pageUrl,
    feed_url: feed.selfUrl,
    ...(feed.subtitle ? { description: feed.subtitle } : {}),
    language: feed.language,
    authors: [{ name: feed.author }],
    items: feed.entries.map((e) => ({
      id: e.id,
      url: e.url,
      ...(e.source?.url ? { external_url: e.source.url } : {}),
      title: e.title,
      ...(e.contentHtml === undefined ? { content_text: e.summary } : { content_html: e.contentHtml }),
      ...(e.summary ? { summary: e.summary } : {}),
      ...(e.image ? { image: e.image } : {}),
      date_published: e.published,
      date_modified: e.updated,
      ...(e.author === undefined ? {} : { authors: [{ name: e.author }] }),
      // A region and a place may share a name (Kidal): Atom tells them apart by scheme, tags cannot.
      tags: [...new Set(e.categories.map((c) => c.term))],
      ...(e.lang ? { language: e.lang } : {}),
    })),
  };
  return JSON.stringify(document, null, 2) + "\n";
}
