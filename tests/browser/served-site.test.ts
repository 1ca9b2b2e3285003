// The sample site built under /news/ and served over HTTP, checked the way a host, a crawler
// and the validators see it: every link and anchor resolves, every page is valid HTML, every
// feed and the sitemap parse as XML with the elements their formats require.
import { readFileSync } from "node:fs";
import path from "node:path";
import { HtmlValidate } from "html-validate";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { serveSample, type ServedSite } from "../helpers/sample-site.ts";
import { parseXml, text, type XmlNode } from "../helpers/xml.ts";

interface Fetched {
  status: number;
  type: string;
  body: string;
  /** Element ids of an HTML page, for #anchors. */
  ids: Set<string>;
}

// Generous limits: html-validate over every page takes tens of seconds on a loaded CI machine.
describe("the sample site served under /news/", { timeout: 120_000 }, () => {
  let site: ServedSite;
  const fetched = new Map<string, Fetched>();
  /** [page the link is on, the URL it points at (with any #fragment)] */
  const links: [string, string][] = [];

  beforeAll(async () => {
    site = await serveSample("/news/");
  }, 120_000);
  afterAll(() => site?.close());

  async function get(url: string): Promise<Fetched> {
    const known = fetched.get(url);
    if (known) return known;
    const res = await fetch(url, { redirect: "manual" });
    const type = res.headers.get("content-type") ?? "";
    const body = await res.text();
    const ids = new Set<string>();
    const page: Fetched = { status: res.status, type, body, ids };
    fetched.set(url, page);
    const found: string[] = [];
    if (type.startsWith("text/html")) {
      const doc = parse(body);
      for (const el of doc.querySelectorAll("[id]")) ids.add(el.getAttribute("id")!);
      for (const el of doc.querySelectorAll("a[name]")) ids.add(el.getAttribute("name")!);
      for (const el of doc.querySelectorAll("[href]")) found.push(el.getAttribute("href")!);
      for (const el of doc.querySelectorAll("[src]")) found.push(el.getAttribute("src")!);
      for (const el of doc.querySelectorAll("[srcset]")) found.push(...el.getAttribute("srcset")!.split(",").map((c) => c.trim().split(/\s+/)[0]!));
      for (const el of doc.querySelectorAll('meta[property="og:url"]')) found.push(el.getAttribute("content")!);
      for (const el of doc.querySelectorAll("[style]")) found.push(...cssUrls(el.getAttribute("style")!));
      for (const el of doc.querySelectorAll("style")) found.push(...cssUrls(el.text));
      for (const el of doc.querySelectorAll('script[type="application/ld+json"]')) found.push(...jsonUrls(JSON.parse(el.text), site.server.origin));
    } else if (type.startsWith("text/css")) {
      found.push(...cssUrls(body));
    }
    for (const href of found) {
      if (/^(mailto|tel|javascript|data):/i.test(href)) continue;
      const target = new URL(href, url);
      if (target.origin === site.server.origin) links.push([url, target.href]);
    }
    return page;
  }

  /** Fetches every internal URL reachable from the start URLs; returns the pages reached. */
  async function crawl(start: string[]): Promise<Set<string>> {
    const reached = new Set<string>();
    const queue = [...start];
    while (queue.length) {
      const url = queue.shift()!;
      if (reached.has(url)) continue;
      reached.add(url);
      const before = links.length;
      const page = await get(url);
      if (page.status !== 200) continue;
      for (const [, target] of links.slice(before)) {
        const bare = target.split("#")[0]!;
        if (!reached.has(bare)) queue.push(bare);
      }
    }
    return reached;
  }

  test("every link, stylesheet, feed, canonical and JSON-LD URL reachable from home resolves; so does every #anchor", async () => {
    const sitemap = parseXml((await get(site.url("/sitemap.xml"))).body).urlset.url.map((u: XmlNode) => u.loc as string);
    const fromHome = await crawl([site.url("/")]);
    await crawl(sitemap);
    const broken: string[] = [];
    for (const [from, target] of links) {
      const [bare, fragment] = target.split("#") as [string, string | undefined];
      const page = fetched.get(bare)!;
      if (page.status !== 200) broken.push(`${from} → ${target}: HTTP ${page.status}`);
      else if (fragment && page.type.startsWith("text/html") && !page.ids.has(decodeURIComponent(fragment))) broken.push(`${from} → ${target}: no element with id "${fragment}"`);
    }
    expect(broken).toEqual([]);
    // Nothing is an orphan: every page in the sitemap can be reached by following links from home.
    expect(sitemap.filter((u: string) => !fromHome.has(u))).toEqual([]);
    expect(fromHome.size).toBeGreaterThan(50);
    // Every root-relative URL carried the prefix: the server answers nothing outside /news/.
    expect([...fetched.keys()].filter((u) => !u.startsWith(site.url("/")))).toEqual([]);
  });

  test("a missing page is answered by 404.html with status 404", async () => {
    const res = await fetch(site.url("/places/nowhere-at-all/"));
    expect(res.status).toBe(404);
    expect(parse(await res.text()).querySelector("h1")!.text).toBe("Page not found");
  });

  test("html-validate (recommended rules) finds no error in any page", async () => {
    const validator = new HtmlValidate({
      extends: ["html-validate:recommended"],
      rules: {
        // `<!doctype html>` in lower case, as the HTML standard writes it; the keyword is case-insensitive.
        "doctype-style": "off",
        // Page titles are the editor's headline followed by the site name; headlines are not cut to 70 characters.
        "long-title": "off",
      },
    });
    const pages = site.files().filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(50);
    const errors: string[] = [];
    for (const file of pages) {
      const report = await validator.validateString(readFileSync(path.join(site.out, file), "utf8"), file);
      for (const result of report.results) for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(errors).toEqual([]);
  });

  test("every Atom feed parses and holds what RFC 4287 requires", async () => {
    const feeds = site.files().filter((f) => f.endsWith("feed.xml"));
    expect(feeds).toContain("feed.xml");
    expect(feeds).toContain("places/kidal/feed.xml");
    expect(feeds).toContain("actors/malian-armed-forces/feed.xml");
    expect(feeds).toContain("regions/kidal/feed.xml");
    const problems: string[] = [];
    const ids = new Set<string>();
    for (const file of feeds) {
      const res = await get(site.url("/" + file));
      const feed = parseXml(res.body).feed as XmlNode;
      const need = (ok: unknown, what: string) => ok || problems.push(`${file}: ${what}`);
      need(feed["@xmlns"] === "http://www.w3.org/2005/Atom", "Atom namespace");
      need(feed.id && !ids.has(feed.id), "a unique feed id");
      ids.add(feed.id);
      need(text(feed.title), "title");
      need(isRfc3339(feed.updated), "updated in RFC 3339");
      need(feed.author?.[0]?.name, "feed author");
      need(feed.link?.some((l: XmlNode) => l["@rel"] === "self" && l["@href"] === site.url("/" + file)), "link rel=self to itself");
      const entries: XmlNode[] = feed.entry ?? [];
      // A registered entity no article names yet has a feed with no entries, which Atom allows.
      need(entries.length <= 20 && (file !== "feed.xml" || entries.length === 20), "at most feed_size (20) entries, the site feed full");
      let previous = Infinity;
      for (const e of entries) {
        need(e.id?.startsWith(site.url("/articles/")), `entry id ${e.id}`);
        need(text(e.title), "entry title");
        need(isRfc3339(e.updated) && isRfc3339(e.published), "entry dates");
        need(e.link?.some((l: XmlNode) => l["@rel"] === "alternate" && l["@href"] === e.id), "entry link");
        // The site feed carries each article in full; entity feeds carry the summary and the
        // alternate link, which RFC 4287 §4.1.2 allows for an entry without content.
        if (file === "feed.xml") need(e.content?.["@type"] === "html" && text(e.content).length > 0, "entry content");
        else need(e.content === undefined && text(e.summary).length > 0, "entry summary, no content");
        need(Date.parse(e.published) <= previous, "entries newest first");
        previous = Date.parse(e.published);
      }
    }
    expect(problems).toEqual([]);
  });

  test("the JSON Feed is JSON Feed 1.1", async () => {
    const res = await get(site.url("/feed.json"));
    expect(res.type).toMatch(/^application\/json/);
    const feed = JSON.parse(res.body);
    expect(feed).toMatchObject({ version: "https://jsonfeed.org/version/1.1", title: "Northern Mali news archive", home_page_url: site.url("/"), feed_url: site.url("/feed.json") });
    expect(feed.items.length).toBe(20);
    for (const item of feed.items) {
      expect(Object.keys(item)).toEqual(expect.arrayContaining(["id", "url", "title", "content_html", "date_published"]));
      expect(item.url).toMatch(new RegExp(`^${site.url("/articles/")}`));
      expect(isRfc3339(item.date_published)).toBe(true);
      expect((await get(item.url)).status).toBe(200);
    }
  });

  test("the sitemap: urlset of absolute URLs under base_url and the prefix, and robots.txt names it", async () => {
    const doc = parseXml((await get(site.url("/sitemap.xml"))).body);
    expect(doc.urlset["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    const urls: XmlNode[] = doc.urlset.url;
    // Listed: each page that is its own canonical URL and may be indexed. Not listed: the 404
    // page and pages that only send readers elsewhere (their canonical is the other page).
    const indexable = site.files().filter((f) => {
      if (!f.endsWith(".html")) return false;
      const head = parse(readFileSync(path.join(site.out, f), "utf8"));
      const canonical = head.querySelector('link[rel="canonical"]')?.getAttribute("href");
      const noindex = head.querySelector('meta[name="robots"]')?.getAttribute("content")?.includes("noindex");
      return !noindex && canonical === site.url("/" + f.replace(/index\.html$/, ""));
    });
    expect(indexable.length).toBeGreaterThan(50);
    expect(urls.map((u) => u.loc).sort()).toEqual(indexable.map((f) => site.url("/" + f.replace(/index\.html$/, ""))).sort());
    for (const u of urls) {
      expect(u.loc).toMatch(new RegExp(`^${site.url("/")}`));
      if (u.lastmod !== undefined) expect(isRfc3339(u.lastmod), u.loc).toBe(true);
    }
    // Only a page listing no article at all (a registered entity nobody wrote about yet) has no date.
    const undated = urls.filter((u) => u.lastmod === undefined).map((u) => u.loc as string);
    for (const loc of undated) expect((await get(loc)).body, loc).toContain("No articles yet.");
    expect(undated.length).toBeLessThan(urls.length / 10);
    expect((await get(site.url("/robots.txt"))).body).toContain(`Sitemap: ${site.url("/sitemap.xml")}\n`);
  });
});

function isRfc3339(value: unknown): boolean {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value));
}

function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]!);
}

/** Every string in a JSON-LD tree that is a URL of this site. */
function jsonUrls(value: unknown, origin: string): string[] {
  if (typeof value === "string") return value.startsWith(origin) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => jsonUrls(v, origin));
  if (value && typeof value === "object") return Object.values(value).flatMap((v) => jsonUrls(v, origin));
  return [];
}
