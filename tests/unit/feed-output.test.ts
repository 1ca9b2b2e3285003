// Feed, sitemap and robots files from hand-made views: exact bytes, and what a parser reads back.
import { describe, expect, test } from "vitest";
import { atomXml, jsonFeed } from "../../src/outputs/feeds.ts";
import { robotsTxt, sitemapXml } from "../../src/outputs/sitemap.ts";
import { escapeXml } from "../../src/outputs/xml.ts";
import type { FeedEntry, FeedView } from "../../src/views/types.ts";
import { parseXml, text } from "../helpers/xml.ts";

const HOSTILE = `<script>alert('x')</script> & "quotes" ]]>`;

describe("escapeXml", () => {
  test.each([
    ["<script>", "&lt;script&gt;"],
    ["a & b", "a &amp; b"],
    ["]]>", "]]&gt;"],
    [`"double" 'single'`, "&quot;double&quot; &apos;single&apos;"],
    ["&amp; already", "&amp;amp; already"],
    // Characters XML 1.0 forbids are dropped; tab, newline, return and astral characters stay.
    ["a\u0000b\u0007c\u001Fd\uFFFEe", "abcde"],
    ["tab\there\nnew\rline", "tab\there\nnew\rline"],
    ["lone \uD800 high, lone \uDC00 low, pair \uD83D\uDE00", "lone  high, lone  low, pair \uD83D\uDE00"],
    ["Ménaka — Tombouctou", "Ménaka — Tombouctou"],
  ])("%j → %j", (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

function entry(overrides: Partial<FeedEntry> = {}): FeedEntry {
  return {
    id: "https://x.org/news/articles/a/",
    url: "https://x.org/news/articles/a/",
    title: HOSTILE,
    published: "2024-07-23T00:00:00Z",
    updated: "2024-07-24T10:00:00+02:00",
    summary: "Summary & more",
    contentHtml: `<p>Body with <a href="https://x.org/news/places/kidal/">Kidal</a> &amp; a ]]> here</p>\n`,
    author: "Desk <b>",
    lang: undefined,
    source: { name: "AFP", url: "https://afp.example/story?a=1&b=2" },
    image: undefined,
    categories: [{ term: "Kidal", scheme: "https://x.org/news/regions/" }],
    ...overrides,
  };
}

function feed(entries: FeedEntry[], overrides: Partial<FeedView> = {}): FeedView {
  return {
    kind: "atom",
    outputPath: "feed.xml",
    id: "https://x.org/news/feed.xml",
    title: "Desk & Co",
    subtitle: "Latest",
    language: "en",
    updated: "2024-07-24T10:00:00+02:00",
    selfUrl: "https://x.org/news/feed.xml",
    pageUrl: "https://x.org/news/",
    author: "Desk & Co",
    entries,
    ...overrides,
  };
}

describe("Atom", () => {
  test("the exact document: escaped text, escaped attributes, content as escaped HTML", () => {
    expect(atomXml(feed([entry()]))).toBe(
      [
        `<?xml version="1.0" encoding="utf-8"?>`,
        `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">`,
        `<id>https://x.org/news/feed.xml</id>`,
        `<title>Desk &amp; Co</title>`,
        `<subtitle>Latest</subtitle>`,
        `<updated>2024-07-24T10:00:00+02:00</updated>`,
        `<link rel="self" type="application/atom+xml" href="https://x.org/news/feed.xml"/>`,
        `<link rel="alternate" type="text/html" href="https://x.org/news/"/>`,
        `<author><name>Desk &amp; Co</name></author>`,
        `<generator>news-archive</generator>`,
        `<entry>`,
        `<id>https://x.org/news/articles/a/</id>`,
        `<title>&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;quotes&quot; ]]&gt;</title>`,
        `<link rel="alternate" type="text/html" href="https://x.org/news/articles/a/"/>`,
        `<published>2024-07-23T00:00:00Z</published>`,
        `<updated>2024-07-24T10:00:00+02:00</updated>`,
        `<author><name>Desk &lt;b&gt;</name></author>`,
        `<link rel="via" href="https://afp.example/story?a=1&amp;b=2" title="AFP"/>`,
        `<category term="Kidal" scheme="https://x.org/news/regions/"/>`,
        `<summary>Summary &amp; more</summary>`,
        `<content type="html">&lt;p&gt;Body with &lt;a href=&quot;https://x.org/news/places/kidal/&quot;&gt;Kidal&lt;/a&gt; &amp;amp; a ]]&gt; here&lt;/p&gt;\n</content>`,
        `</entry>`,
        `</feed>`,
        ``,
      ].join("\n"),
    );
  });

  test("a parser reads back exactly the original strings", () => {
    const doc = parseXml(atomXml(feed([entry()]))).feed;
    const e = doc.entry[0];
    expect(text(e.title)).toBe(HOSTILE);
    expect(text(e.content).trim()).toBe(`<p>Body with <a href="https://x.org/news/places/kidal/">Kidal</a> &amp; a ]]> here</p>`);
    expect(e.content["@type"]).toBe("html");
    expect(e.author[0].name).toBe("Desk <b>");
    expect(e.link.map((l: Record<string, string>) => [l["@rel"], l["@href"]])).toEqual([
      ["alternate", "https://x.org/news/articles/a/"],
      ["via", "https://afp.example/story?a=1&b=2"],
    ]);
  });

  test("optional parts: no author, source, summary or categories, and a language of its own", () => {
    const bare = entry({ author: undefined, source: undefined, summary: "", categories: [], lang: "fr" });
    const xml = atomXml(feed([bare], { subtitle: "" }));
    expect(xml).not.toContain("<subtitle>");
    expect(xml).toContain(`<entry xml:lang="fr">`);
    const e = parseXml(xml).feed.entry[0];
    expect(Object.keys(e).sort()).toEqual(["@xml:lang", "content", "id", "link", "published", "title", "updated"]);
  });

  test("an entry shared by several feeds serialises identically in each", () => {
    const shared = entry();
    const a = atomXml(feed([shared]));
    const b = atomXml(feed([shared], { id: "https://x.org/news/places/kidal/feed.xml", title: "Kidal" }));
    const entryOf = (xml: string) => xml.slice(xml.indexOf("<entry>"), xml.indexOf("</entry>"));
    expect(entryOf(b)).toBe(entryOf(a));
    expect(b).toContain("<title>Kidal</title>");
  });

  test("an empty feed is still a valid feed", () => {
    const doc = parseXml(atomXml(feed([]))).feed;
    expect(doc.entry).toBeUndefined();
    expect(doc.id).toBe("https://x.org/news/feed.xml");
  });
});

describe("JSON Feed 1.1", () => {
  test("the whole document", () => {
    const doc = JSON.parse(jsonFeed(feed([entry(), entry({ id: "https://x.org/news/articles/b/", url: "https://x.org/news/articles/b/", title: "B", author: undefined, source: { name: "Wire", url: undefined }, summary: "", lang: "fr" })], { kind: "json-feed", selfUrl: "https://x.org/news/feed.json" })));
    expect(doc).toEqual({
      version: "https://jsonfeed.org/version/1.1",
      title: "Desk & Co",
      home_page_url: "https://x.org/news/",
      feed_url: "https://x.org/news/feed.json",
      description: "Latest",
      language: "en",
      authors: [{ name: "Desk & Co" }],
      items: [
        {
          id: "https://x.org/news/articles/a/",
          url: "https://x.org/news/articles/a/",
          external_url: "https://afp.example/story?a=1&b=2",
          title: HOSTILE,
          content_html: `<p>Body with <a href="https://x.org/news/places/kidal/">Kidal</a> &amp; a ]]> here</p>\n`,
          summary: "Summary & more",
          date_published: "2024-07-23T00:00:00Z",
          date_modified: "2024-07-24T10:00:00+02:00",
          authors: [{ name: "Desk <b>" }],
          tags: ["Kidal"],
        },
        {
          id: "https://x.org/news/articles/b/",
          url: "https://x.org/news/articles/b/",
          title: "B",
          content_html: `<p>Body with <a href="https://x.org/news/places/kidal/">Kidal</a> &amp; a ]]> here</p>\n`,
          date_published: "2024-07-23T00:00:00Z",
          date_modified: "2024-07-24T10:00:00+02:00",
          tags: ["Kidal"],
          language: "fr",
        },
      ],
    });
  });
});

describe("JSON Feed tags", () => {
  test("a name shared by a region and a place is one tag; Atom keeps both categories, told apart by scheme", () => {
    const categories = [
      { term: "Kidal", scheme: "https://x.org/news/regions/" },
      { term: "Kidal", scheme: "https://x.org/news/places/" },
      { term: "Tessalit", scheme: "https://x.org/news/places/" },
    ];
    const json = JSON.parse(jsonFeed(feed([entry({ categories })], { kind: "json-feed" })));
    expect(json.items[0].tags).toEqual(["Kidal", "Tessalit"]);
    expect(atomXml(feed([entry({ categories })])).match(/<category /g)).toHaveLength(3);
  });
});

describe("sitemap and robots", () => {
  test("a urlset, exactly", () => {
    const xml = sitemapXml({
      kind: "urlset",
      outputPath: "sitemap.xml",
      entries: [
        { loc: "https://x.org/news/", lastmod: "2024-07-24T10:00:00+02:00" },
        { loc: "https://x.org/news/search/?q=a&b", lastmod: undefined },
      ],
    });
    expect(xml).toBe(
      `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n` +
        `<url><loc>https://x.org/news/</loc><lastmod>2024-07-24T10:00:00+02:00</lastmod></url>\n` +
        `<url><loc>https://x.org/news/search/?q=a&amp;b</loc></url>\n</urlset>\n`,
    );
    expect(parseXml(xml).urlset.url.map((u: Record<string, string>) => u.loc)).toEqual(["https://x.org/news/", "https://x.org/news/search/?q=a&b"]);
  });

  test("a sitemap index", () => {
    const xml = sitemapXml({ kind: "sitemap-index", outputPath: "sitemap.xml", entries: [{ loc: "https://x.org/sitemap-1.xml", lastmod: "2024-01-01T00:00:00Z" }] });
    expect(xml).toBe(
      `<?xml version="1.0" encoding="utf-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n` +
        `<sitemap><loc>https://x.org/sitemap-1.xml</loc><lastmod>2024-01-01T00:00:00Z</lastmod></sitemap>\n</sitemapindex>\n`,
    );
  });

  test("robots.txt names the sitemap by its absolute URL", () => {
    expect(robotsTxt({ kind: "robots", outputPath: "robots.txt", sitemapUrl: "https://x.org/news/sitemap.xml" })).toBe(
      "User-agent: *\nAllow: /\n\nSitemap: https://x.org/news/sitemap.xml\n",
    );
  });
});
