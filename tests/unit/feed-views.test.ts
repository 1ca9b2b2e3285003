// Feed, sitemap, 404 and metadata views from an archive held in memory.
import { absoluteLinks, FEED_CATEGORY_LIMIT } from "../../src/views/feeds.ts";
import { describe, expect, test } from "vitest";
import { runPipeline, viewsOf } from "../../src/build.ts";
import { createMarkdown } from "../../src/render/markdown.ts";
import { makeContext } from "../../src/views/context.ts";
import { sitemapViews } from "../../src/views/sitemap.ts";
import { listedPaths, sitePlans } from "../../src/views/site-views.ts";
import { rfc3339 } from "../../src/views/rfc3339.ts";
import type { EntityView, SiteViews } from "../../src/views/types.ts";
import { memoryFiles as files, fm } from "../helpers/memory-archive.ts";

const SITE = "title: Desk\nbase_url: https://x.org\npath_prefix: /news/\ntimezone: UTC\npage_size: 2\nfeed_size: 3\n";
const REGISTRIES = {
  place: "- name: Kidal\n  aliases: [Kidal town]\n  region: Kidal\n  coordinates: [18.44, 1.41]\n  wikidata: Q1022283\n- name: Tessalit\n",
  actor: "- name: Malian Armed Forces\n  aliases: [FAMa]\n",
  region: "- name: Kidal\n",
};
const ARTICLES = {
  "a.md": fm('title: "A"\ndate: 2024-01-01\nregion: Kidal\nplaces: [Kidal]\nupdated: 2024-06-30T12:00:00+02:00', "Oldest, corrected in June."),
  "b.md": fm('title: "B"\ndate: 2024-02-01\nregion: Kidal\nplaces: [Kidal, Tessalit]\nactors: [FAMa]\nsource: "AFP & co"\nsource_url: "https://afp.example/?a=1&b=2"', "See [[a|the first report]] and [the town](/places/kidal/)."),
  "c.md": fm('title: "C"\ndate: 2024-03-01\nregion: Kidal\nplaces: [Anefis]', "Unregistered place."),
  "d2.md": fm('title: "D2"\ndate: 2024-04-01\nregion: Kidal\nauthor: Bureau'),
  "d1.md": fm('title: "D1"\ndate: 2024-04-01\nregion: Kidal'),
};

function build(site = SITE, articles: Record<string, string> = ARTICLES): SiteViews {
  const result = runPipeline(files(articles, { ...REGISTRIES, site }), { drafts: false, strict: false, overrides: {} });
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return viewsOf(result.archive!);
}

const views = build();
const entryIds = (v: { entries: { id: string }[] }) => v.entries.map((e) => e.id.replace("https://x.org/news/articles/", ""));

describe("site feeds", () => {
  test("Atom and JSON Feed: the feed_size newest, newest first, equal dates by slug", () => {
    expect(views.feed[0]!.outputPath).toBe("feed.xml");
    expect(views.jsonFeed.map((v) => v.outputPath)).toEqual(["feed.json"]);
    expect(entryIds(views.feed[0]!)).toEqual(["d1/", "d2/", "c/"]);
    expect(entryIds(views.jsonFeed[0]!)).toEqual(["d1/", "d2/", "c/"]);
  });

  test("feed_size defaults to 20", () => {
    const many = Object.fromEntries(Array.from({ length: 23 }, (_, i) => [`n${i}.md`, fm(`title: "N${i}"\ndate: 2020-01-${String(i + 1).padStart(2, "0")}\nregion: Kidal`)]));
    const feed = build("base_url: https://x.org\n", many).feed[0]!;
    expect(feed.entries.length).toBe(20);
    expect(feed.entries[0]!.id).toBe("https://x.org/articles/n22/");
    expect(feed.entries[19]!.id).toBe("https://x.org/articles/n3/");
  });

  test("ids, links and self are absolute under base_url and the prefix", () => {
    const feed = views.feed[0]!;
    expect(feed).toMatchObject({ id: "https://x.org/news/feed.xml", selfUrl: "https://x.org/news/feed.xml", pageUrl: "https://x.org/news/", title: "Desk", author: "Desk" });
    expect(views.jsonFeed[0]).toMatchObject({ id: "https://x.org/news/feed.json", selfUrl: "https://x.org/news/feed.json" });
    expect(feed.entries[0]).toMatchObject({ id: "https://x.org/news/articles/d1/", url: "https://x.org/news/articles/d1/" });
  });

  test("updated is the latest correction among the entries, not the build time", () => {
    // Kidal's feed holds A, whose June correction is later than any publication date.
    const kidal = views.feed.find((f) => f.outputPath === "places/kidal/feed.xml")!;
    expect(kidal.updated).toBe("2024-06-30T12:00:00+02:00");
    expect(views.feed[0]!.updated).toBe("2024-04-01T00:00:00Z");
  });

  test("a registered entity no article names has an empty feed that a new article leaves as it was", () => {
    const regions = (articles: Record<string, string>) => {
      const result = runPipeline(files(articles, { ...REGISTRIES, region: "- name: Kidal\n- name: Gao\n", site: SITE }), { drafts: false, strict: false, overrides: {} });
      const plans = sitePlans(result.archive!, createMarkdown(false));
      const gao = plans.feed.find((p) => p.outputPath === "regions/gao/feed.xml")!;
      return { fingerprint: gao.fingerprint, view: gao.view() };
    };
    const before = regions(ARTICLES);
    const after = regions({ ...ARTICLES, "e.md": fm('title: "E"\ndate: 2024-05-01\nregion: Kidal') });
    expect(before.view.entries).toEqual([]);
    expect(before.view.updated).toBe("1970-01-01T00:00:00Z");
    expect(after.view).toEqual(before.view);
    expect(after.fingerprint).toBe(before.fingerprint);
  });

  test("an entry: dates, author, source, categories, and content with absolute links and the source credit", () => {
    // B is not among the 3 newest, and entity feeds hold summaries: a larger site feed shows it in full.
    const b = build(SITE.replace("feed_size: 3", "feed_size: 10")).feed[0]!.entries.find((e) => e.title === "B")!;
    expect(b).toEqual({
      id: "https://x.org/news/articles/b/",
      url: "https://x.org/news/articles/b/",
      title: "B",
      published: "2024-02-01T00:00:00Z",
      updated: "2024-02-01T00:00:00Z",
      summary: "See the first report and the town.",
      contentHtml:
        `<p>See <a class="wikilink" href="https://x.org/news/articles/a/">the first report</a> and <a href="https://x.org/news/places/kidal/">the town</a>.</p>\n` +
        `\n<p class="source">Source: <a href="https://afp.example/?a=1&amp;b=2">AFP &amp; co</a></p>`,
      author: undefined,
      lang: undefined,
      source: { name: "AFP & co", url: "https://afp.example/?a=1&b=2" },
      categories: [
        { term: "Kidal", scheme: "https://x.org/news/regions/" },
        { term: "Kidal", scheme: "https://x.org/news/places/" },
        { term: "Tessalit", scheme: "https://x.org/news/places/" },
        { term: "Malian Armed Forces", scheme: "https://x.org/news/actors/" },
      ],
    });
    expect(views.feed[0]!.entries.find((e) => e.title === "D2")!.author).toBe("Bureau");
  });

  test("entity feeds carry the summary, the source credit and the link, not the body; categories are capped", () => {
    const b = views.feed.find((f) => f.outputPath === "places/tessalit/feed.xml")!.entries[0]!;
    expect(b.contentHtml).toBeUndefined();
    expect(b.summary).toBe("See the first report and the town. — Source: AFP & co");
    const a = views.feed.find((f) => f.outputPath === "places/kidal/feed.xml")!.entries.find((e) => e.title === "A")!;
    expect(a.summary).toBe("Oldest, corrected in June.");
    expect(b.url).toBe("https://x.org/news/articles/b/");
    expect(FEED_CATEGORY_LIMIT).toBe(20);
  });
});

describe("entity feeds", () => {
  test("one per place, actor and region, registered or not, each the entity's newest articles", () => {
    const byPath = Object.fromEntries(views.feed.slice(1).map((f) => [f.outputPath, entryIds(f)]));
    expect(byPath).toEqual({
      "places/anefis/feed.xml": ["c/"],
      "places/kidal/feed.xml": ["b/", "a/"],
      "places/tessalit/feed.xml": ["b/"],
      "actors/malian-armed-forces/feed.xml": ["b/"],
      "regions/kidal/feed.xml": ["d1/", "d2/", "c/"],
    });
    const kidal = views.feed.find((f) => f.outputPath === "places/kidal/feed.xml")!;
    expect(kidal).toMatchObject({ title: "Kidal — Desk", subtitle: "Place: Kidal", pageUrl: "https://x.org/news/places/kidal/", selfUrl: "https://x.org/news/places/kidal/feed.xml" });
  });

  test("every page of an entity links its feed; every page links the site feeds", () => {
    const pages = views.entity.filter((v) => v.name === "Kidal" && v.entityKind === "region");
    expect(pages.map((p) => p.outputPath)).toEqual(["regions/kidal/index.html", "regions/kidal/page/2/index.html", "regions/kidal/page/3/index.html"]);
    for (const p of pages) expect(p.head.feeds).toEqual([{ href: "/news/regions/kidal/feed.xml", type: "application/atom+xml", title: "Kidal (Atom feed)", text: "Kidal (Atom feed)" }]);
    expect(views.home[0]!.chrome.feeds.map((f) => [f.href, f.type])).toEqual([
      ["/news/feed.xml", "application/atom+xml"],
      ["/news/feed.json", "application/feed+json"],
    ]);
  });
});

describe("sitemap", () => {
  const urls = new Map(views.sitemap[0]!.entries.map((e) => [e.loc.replace("https://x.org/news", ""), e.lastmod]));

  test("every HTML page once, under base_url and the prefix; not the 404, alias redirects or feeds", () => {
    expect(views.sitemap.map((s) => [s.kind, s.outputPath])).toEqual([["urlset", "sitemap.xml"]]);
    // Not listed either: pages marked noindex (the search page, whose results are not its own).
    const pages = Object.values(views).flat().filter((v) => "head" in v && v.kind !== "not-found" && v.kind !== "alias-redirect" && !v.head.robots?.includes("noindex"));
    expect(views.sitemap[0]!.entries.length).toBe(pages.length);
    expect([...urls.keys()].sort()).toEqual(pages.map((p) => "/" + p.outputPath.replace(/index\.html$/, "")).sort());
    expect(urls.has("/404.html")).toBe(false);
    // The FAMa alias has a page that redirects to the actor's; only the actor's is listed.
    expect(views.aliasRedirect.map((v) => v.outputPath)).toContain("actors/fama/index.html");
    expect(urls.has("/actors/fama/")).toBe(false);
    expect(urls.has("/actors/malian-armed-forces/")).toBe(true);
  });

  test.each([
    ["/articles/a/", "2024-06-30T12:00:00+02:00"], // its correction
    ["/articles/b/", "2024-02-01T00:00:00Z"],
    ["/places/kidal/", "2024-06-30T12:00:00+02:00"], // the newest-updated article it lists
    ["/places/tessalit/", "2024-02-01T00:00:00Z"],
    ["/regions/kidal/page/3/", "2024-06-30T12:00:00+02:00"], // pages share their entity's date
    ["/archive/2024/02/", "2024-02-01T00:00:00Z"],
    ["/archive/2024/", "2024-06-30T12:00:00+02:00"],
    ["/", "2024-06-30T12:00:00+02:00"],
    ["/places/", "2024-06-30T12:00:00+02:00"],
  ])("lastmod of %s is %s", (path, lastmod) => {
    expect(urls.get(path)).toBe(lastmod);
  });

  test("past the per-file limit, sitemap.xml becomes an index of parts", () => {
    const site = build();
    const result = runPipeline(files(ARTICLES, { ...REGISTRIES, site: SITE }), { drafts: false, strict: false, overrides: {} });
    const ctx = makeContext(result.archive!, createMarkdown(false));
    const split = sitemapViews(ctx, listedPaths(sitePlans(result.archive!, createMarkdown(false))), 10);
    const total = site.sitemap[0]!.entries.length;
    expect(split.map((s) => [s.kind, s.outputPath, s.entries.length])).toEqual([
      ["sitemap-index", "sitemap.xml", Math.ceil(total / 10)],
      ...Array.from({ length: Math.ceil(total / 10) }, (_, i) => ["urlset", `sitemap-${i + 1}.xml`, Math.min(10, total - i * 10)]),
    ]);
    expect(split[0]!.entries[0]!.loc).toBe("https://x.org/news/sitemap-1.xml");
    expect(split.slice(1).flatMap((s) => s.entries)).toEqual(site.sitemap[0]!.entries);
  });

  test("robots.txt names the sitemap", () => {
    expect(views.robots).toEqual([{ kind: "robots", outputPath: "robots.txt", sitemapUrl: "https://x.org/news/sitemap.xml" }]);
  });
});

describe("404 and head metadata", () => {
  test("404.html: noindex, prefix-absolute links back into the archive", () => {
    const nf = views.notFound[0]!;
    expect(nf.outputPath).toBe("404.html");
    expect(nf.head.robots).toBe("noindex");
    expect(nf.links.map((l) => l.href)).toEqual(["/news/", "/news/places/", "/news/actors/", "/news/regions/", "/news/archive/"]);
  });

  test("articles: Open Graph article times, section and tags; NewsArticle about and mentions", () => {
    const b = views.article.find((a) => a.title === "B")!;
    expect(b.head.article).toEqual({ published: "2024-02-01T00:00:00Z", modified: "2024-02-01T00:00:00Z", section: "Kidal", tags: ["Kidal", "Tessalit", "Malian Armed Forces"] });
    expect(views.article.find((a) => a.title === "A")!.head.article!.modified).toBe("2024-06-30T12:00:00+02:00");
    const ld = b.head.jsonLd as Record<string, unknown>;
    expect(ld.about).toEqual([
      { "@type": "Place", name: "Kidal", url: "https://x.org/news/regions/kidal/" },
      { "@type": "Place", name: "Kidal", url: "https://x.org/news/places/kidal/" },
      { "@type": "Place", name: "Tessalit", url: "https://x.org/news/places/tessalit/" },
      { "@type": "Organization", name: "Malian Armed Forces", url: "https://x.org/news/actors/malian-armed-forces/" },
    ]);
    expect(ld.mentions).toEqual([{ "@type": "NewsArticle", headline: "A", url: "https://x.org/news/articles/a/" }]);
    expect(ld.contentLocation).toEqual((ld.about as unknown[]).slice(0, 3));
  });

  test.each([
    [
      "places/kidal/index.html",
      {
        "@context": "https://schema.org",
        "@type": "Place",
        name: "Kidal",
        alternateName: ["Kidal town"],
        url: "https://x.org/news/places/kidal/",
        mainEntityOfPage: "https://x.org/news/places/kidal/",
        geo: { "@type": "GeoCoordinates", latitude: 18.44, longitude: 1.41 },
        containedInPlace: { "@type": "Place", name: "Kidal", url: "https://x.org/news/regions/kidal/" },
        sameAs: "https://www.wikidata.org/wiki/Q1022283",
      },
    ],
    ["places/anefis/index.html", { "@context": "https://schema.org", "@type": "Place", name: "Anefis", url: "https://x.org/news/places/anefis/", mainEntityOfPage: "https://x.org/news/places/anefis/" }],
    [
      "actors/malian-armed-forces/index.html",
      { "@context": "https://schema.org", "@type": "Organization", name: "Malian Armed Forces", alternateName: ["FAMa"], url: "https://x.org/news/actors/malian-armed-forces/", mainEntityOfPage: "https://x.org/news/actors/malian-armed-forces/" },
    ],
  ])("entity JSON-LD on %s", (outputPath, expected) => {
    const view = views.entity.find((v: EntityView) => v.outputPath === outputPath)!;
    expect(view.head.jsonLd).toEqual(expected);
  });
});

describe("rfc3339", () => {
  test.each([
    ["2024-07-23T00:00:00.000+00:00", "2024-07-23T00:00:00Z"],
    ["2024-07-23T00:00:00.000Z", "2024-07-23T00:00:00Z"],
    ["2024-02-29T23:30:00.000-05:00", "2024-02-29T23:30:00-05:00"],
    ["2024-09-17T11:30:00.250+05:30", "2024-09-17T11:30:00.250+05:30"],
    ["2024-09-17T11:30:00+01:00", "2024-09-17T11:30:00+01:00"],
    ["2024-07-23T10:00:00.500+00:00", "2024-07-23T10:00:00.500Z"],
    ["2024-07-23T10:00:00.000-00:00", "2024-07-23T10:00:00Z"],
  ])("%s → %s", (iso, expected) => {
    expect(rfc3339({ iso })).toBe(expected);
  });
});

describe("the direction of an entry's content, which feed readers are not told otherwise", () => {
  test.each([
    ["en", undefined, "<p>Text.</p>\n"],
    ["en", "fr", "<p>Text.</p>\n"],
    ["en", "ar", '<div dir="rtl">\n<p>Text.</p>\n</div>'],
    ["ar", undefined, '<div dir="rtl">\n<p>Text.</p>\n</div>'],
    ["ar", "en", '<div dir="ltr">\n<p>Text.</p>\n</div>'],
  ])("site %s, article %s", (language, lang, content) => {
    const v = build(`${SITE}language: ${language}\n`, { "p.md": fm(`title: "P"\ndate: 2024-01-01\nregion: Kidal${lang ? `\nlang: ${lang}` : ""}`) });
    expect([v.feed[0]!.entries[0]!.contentHtml, v.jsonFeed[0]!.entries[0]!.contentHtml]).toEqual([content, content]);
  });

  test("the source's credit, in the site's words, stays outside the article's direction", () => {
    const v = build(`${SITE}language: en\n`, { "p.md": fm('title: "P"\ndate: 2024-01-01\nregion: Kidal\nlang: ar\nsource: RFI') });
    expect(v.feed[0]!.entries[0]!.contentHtml).toBe('<div dir="rtl">\n<p>Text.</p>\n</div>\n<p class="source">Source: RFI</p>');
  });
});

describe("the path prefix in article bodies", () => {
  test("root-relative links and images take the prefix on the page, and base_url too in feeds", () => {
    const v = build(SITE, { "p.md": fm('title: "P"\ndate: 2024-01-01\nregion: Kidal', "![Map](/assets/map.png) [Kidal](/places/kidal/) [ext](https://e.org/x) [proto](//cdn.e.org/y.png)") });
    expect(v.article[0]!.bodyHtml).toBe(
      `<p><img src="/news/assets/map.png" alt="Map"> <a href="/news/places/kidal/">Kidal</a> <a href="https://e.org/x">ext</a> <a href="//cdn.e.org/y.png">proto</a></p>\n`,
    );
    expect(v.feed[0]!.entries[0]!.contentHtml).toBe(
      `<p><img src="https://x.org/news/assets/map.png" alt="Map"> <a href="https://x.org/news/places/kidal/">Kidal</a> <a href="https://e.org/x">ext</a> <a href="//cdn.e.org/y.png">proto</a></p>\n`,
    );
  });

  test.each([
    // Two backslashes: a browser reads "//[x", a host that cannot be; kept as written.
    [`<a href="\\\\[x">`, `<a href="\\\\[x">`],
    // One: a browser reads "/", as the URL standard says.
    [`<a href="\\x">`, `<a href="https://x.org/x">`],
    [`<a data-href="/x" href="/y">`, `<a data-href="/x" href="https://x.org/y">`],
    [`<a href="a&#34;b">`, `<a href="https://x.org/news/articles/p/a%22b">`],
    [`<img src="data:image/png;base64,AA">`, `<img src="data:image/png;base64,AA">`],
    [`<video poster="/p.jpg"></video>`, `<video poster="https://x.org/p.jpg"></video>`],
    [`<A HREF="/y">`, `<A HREF="https://x.org/y">`],
    [`<a href="/it's/">`, `<a href="https://x.org/it's/">`],
    // text that reads like an attribute is not one
    [`<pre>src="/code"</pre>`, `<pre>src="/code"</pre>`],
  ])("raw HTML (allow_html) in feeds: %s", (markup, expected) => {
    expect(absoluteLinks(markup, "https://x.org", "https://x.org/news/articles/p/")).toBe(expected);
  });

  test("relative links in a body are resolved in feeds against the article's URL, as its page resolves them", () => {
    const v = build(SITE, { "p.md": fm('title: "P"\ndate: 2024-01-01\nregion: Kidal', "[up](../q/?a=1&b=2) [here](img.png) [top](#notes) [mail](mailto:desk@e.org)") });
    expect(v.feed[0]!.entries[0]!.contentHtml).toBe(
      `<p><a href="https://x.org/news/articles/q/?a=1&amp;b=2">up</a> <a href="https://x.org/news/articles/p/img.png">here</a> <a href="https://x.org/news/articles/p/#notes">top</a> <a href="mailto:desk@e.org">mail</a></p>\n`,
    );
  });

  test("raw HTML (allow_html): root-relative URLs take the prefix on the page, and base_url too in feeds", () => {
    const code = build(`${SITE}allow_html: true\n`, { "p.md": fm('title: "P"\ndate: 2024-01-01\nregion: Kidal', `<pre>src="/code"</pre>`) });
    expect(code.article[0]!.bodyHtml).toBe(`<pre>src="/code"</pre>\n`);
    const body = `<figure><img src="/assets/a.png" srcset="/assets/a.png 1x, /assets/a@2.png 2x" alt="A"><figcaption><a href='/places/kidal/'>Kidal</a> <a href="/news/x/">already</a> <a href="https://e.org/">ext</a></figcaption></figure>\n\nSee <a href="/archive/">the archive</a>.`;
    const v = build(`${SITE}allow_html: true\n`, { "p.md": fm('title: "P"\ndate: 2024-01-01\nregion: Kidal', body) });
    expect(v.article[0]!.bodyHtml).toBe(
      `<figure><img src="/news/assets/a.png" srcset="/news/assets/a.png 1x, /news/assets/a@2.png 2x" alt="A"><figcaption><a href='/news/places/kidal/'>Kidal</a> <a href="/news/x/">already</a> <a href="https://e.org/">ext</a></figcaption></figure>\n<p>See <a href="/news/archive/">the archive</a>.</p>\n`,
    );
    expect(v.feed[0]!.entries[0]!.contentHtml).toContain(
      `<img src="https://x.org/news/assets/a.png" srcset="https://x.org/news/assets/a.png 1x, https://x.org/news/assets/a@2.png 2x" alt="A"><figcaption><a href='https://x.org/news/places/kidal/'>Kidal</a>`,
    );
  });
});
