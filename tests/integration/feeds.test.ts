// Feeds, sitemap, robots.txt and 404.html as the CLI writes them, read back with an XML parser.
import { readFileSync, existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { article, hrefs, page, runCli, writeTree } from "../helpers/archive.ts";
import { parseXml, text } from "../helpers/xml.ts";

const HOSTILE = `<script>alert('x')</script> & "quotes" ]]>`;
const FILES = {
  "content/site.yaml": "title: Test desk\nbase_url: https://news.example.org\ntimezone: Africa/Bamako\nfeed_size: 3\n",
  "content/places.yaml": "- name: Kidal\n  coordinates: [18.44, 1.41]\n- name: Tessalit\n",
  "content/regions.yaml": "- name: Kidal\n",
  "content/articles/a.md": article('title: "Army arrives in Inafarak"\ndate: 2024-07-23\nregion: Kidal\nplaces: [Kidal, Tessalit]\nauthor: Desk', "The army arrived. See [[escape]]."),
  "content/articles/escape.md": article(`title: "${HOSTILE.replace(/"/g, '\\"')}"\ndate: 2024-07-22\nregion: Kidal\nplaces: [Kidal]`, "Body with <b>raw</b> & ]]> in it."),
  "content/articles/b.md": article('title: "Older"\ndate: 2024-07-01\nregion: Kidal'),
  "content/articles/c.md": article('title: "Oldest"\ndate: 2024-06-01T08:00:00+02:00\nregion: Kidal\nplaces: [Kidal]'),
};

const read = (out: string, file: string) => readFileSync(path.join(out, file), "utf8");

describe("feeds and sitemap of a build under /news/", () => {
  let dir: string;
  let out: string;
  beforeAll(() => {
    dir = writeTree(FILES);
    out = path.join(dir, "_site");
    const r = runCli(["build", "--path-prefix", "/news/", "--quiet"], dir);
    expect(r).toMatchObject({ code: 0, stderr: "" });
  });

  test("the files exist where SPEC §5 puts them, 404.html as a file", () => {
    for (const file of ["feed.xml", "feed.json", "sitemap.xml", "robots.txt", "404.html", "places/kidal/feed.xml", "places/tessalit/feed.xml", "regions/kidal/feed.xml"]) {
      expect(existsSync(path.join(out, file)), file).toBe(true);
    }
    expect(existsSync(path.join(out, "404"))).toBe(false);
  });

  test("Atom: feed_size entries, newest first, hostile title read back intact", () => {
    const feed = parseXml(read(out, "feed.xml")).feed;
    expect(feed.id).toBe("https://news.example.org/news/feed.xml");
    expect(feed.updated).toBe("2024-07-23T00:00:00Z");
    expect(feed.link.map((l: Record<string, string>) => [l["@rel"], l["@href"]])).toEqual([
      ["self", "https://news.example.org/news/feed.xml"],
      ["alternate", "https://news.example.org/news/"],
    ]);
    expect(feed.entry.map((e: Record<string, string>) => e.id)).toEqual([
      "https://news.example.org/news/articles/a/",
      "https://news.example.org/news/articles/escape/",
      "https://news.example.org/news/articles/b/",
    ]);
    const hostile = feed.entry[1];
    expect(text(hostile.title)).toBe(HOSTILE);
    // Raw HTML in a body is text (allow_html is off): it reaches the reader escaped once more.
    expect(text(hostile.content).trim()).toBe("<p>Body with &lt;b&gt;raw&lt;/b&gt; &amp; ]]&gt; in it.</p>");
    expect(text(feed.entry[0].content)).toContain(`<a class="wikilink" href="https://news.example.org/news/articles/escape/">`);
    expect(feed.entry[0].author[0].name).toBe("Desk");
  });

  test("JSON Feed 1.1 holds the same entries", () => {
    const json = JSON.parse(read(out, "feed.json"));
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    expect(json.feed_url).toBe("https://news.example.org/news/feed.json");
    expect(json.items.map((i: { id: string }) => i.id)).toEqual(parseXml(read(out, "feed.xml")).feed.entry.map((e: Record<string, string>) => e.id));
    expect(json.items[1].title).toBe(HOSTILE);
  });

  test("entity feeds hold only the entity's articles, and its pages link them", () => {
    const kidal = parseXml(read(out, "places/kidal/feed.xml")).feed;
    expect(kidal.entry.map((e: { id: string }) => e.id.replace("https://news.example.org/news/articles/", ""))).toEqual(["a/", "escape/", "c/"]);
    expect(parseXml(read(out, "places/tessalit/feed.xml")).feed.entry.length).toBe(1);
    const doc = page(out, "/places/kidal/");
    expect(hrefs(doc, 'link[rel="alternate"][type="application/atom+xml"]')).toEqual(["/news/places/kidal/feed.xml", "/news/feed.xml"]);
    expect(hrefs(page(out, "/"), 'link[rel="alternate"]')).toEqual(["/news/feed.xml", "/news/feed.json"]);
  });

  test("the sitemap lists every page once, each an existing file, under base_url and the prefix", () => {
    const urls: { loc: string; lastmod: string }[] = parseXml(read(out, "sitemap.xml")).urlset.url;
    const locs = urls.map((u) => u.loc);
    expect(new Set(locs).size).toBe(locs.length);
    for (const loc of locs) {
      expect(loc).toMatch(/^https:\/\/news\.example\.org\/news\//);
      expect(existsSync(path.join(out, loc.replace("https://news.example.org/news/", ""), "index.html")), loc).toBe(true);
    }
    // Not listed: the 404 page and the search page (noindex: its results are not its own).
    expect(locs.length).toBe(htmlPages(out).filter((f) => f !== "404.html" && f !== "search/index.html").length);
    expect(urls.find((u) => u.loc.endsWith("/articles/c/"))!.lastmod).toBe("2024-06-01T08:00:00+02:00");
    expect(read(out, "robots.txt")).toBe("User-agent: *\nAllow: /\n\nSitemap: https://news.example.org/news/sitemap.xml\n");
  });

  test("404.html: in the site layout, noindex, prefix-absolute links", () => {
    const doc = page(out, "/404.html");
    expect(doc.querySelector("h1")!.text).toBe("Page not found");
    expect(doc.querySelector('meta[name="robots"]')!.getAttribute("content")).toBe("noindex");
    expect(hrefs(doc, "main a")).toEqual(["/news/", "/news/places/", "/news/actors/", "/news/regions/", "/news/archive/"]);
    const styles = hrefs(doc, 'link[rel="stylesheet"]');
    expect(styles).toContain("/news/assets/site.css");
    for (const href of styles) expect(href).toMatch(/^\/news\/assets\//);
  });

  test("a second build writes the same feeds and sitemap, byte for byte", () => {
    const again = path.join(dir, "again");
    expect(runCli(["build", "--path-prefix", "/news/", "--out", "again", "--quiet"], dir).code).toBe(0);
    for (const file of ["feed.xml", "feed.json", "sitemap.xml", "places/kidal/feed.xml", "robots.txt", "404.html"]) expect(read(again, file), file).toBe(read(out, file));
  });
});

describe("feed_size and the default prefix", () => {
  test("feed_size applies to site and entity feeds; without a prefix URLs sit at the root", () => {
    const dir = writeTree({ ...FILES, "content/site.yaml": "base_url: https://x.org\nfeed_size: 1\n" });
    expect(runCli(["build", "--quiet"], dir).code).toBe(0);
    const out = path.join(dir, "_site");
    expect(parseXml(read(out, "feed.xml")).feed.entry.map((e: Record<string, string>) => e.id)).toEqual(["https://x.org/articles/a/"]);
    expect(parseXml(read(out, "places/kidal/feed.xml")).feed.entry.length).toBe(1);
    expect(JSON.parse(read(out, "feed.json")).items.length).toBe(1);
    expect(parseXml(read(out, "sitemap.xml")).urlset.url[0].loc).toBe("https://x.org/");
  });

  test("a feed_size that is not a positive whole number is an error", () => {
    const dir = writeTree({ ...FILES, "content/site.yaml": "title: T\nfeed_size: 0\n" });
    const r = runCli(["build"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n")[0]).toBe("content/site.yaml:2: feed_size: expected a whole number above 0, got the number 0");
  });
});

/** Every .html file of the output, relative to it. */
function htmlPages(out: string): string[] {
  return (readdirSync(out, { recursive: true }) as string[]).filter((f) => f.endsWith(".html")).map((f) => f.split(path.sep).join("/"));
}
