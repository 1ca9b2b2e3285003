// Maps, timelines, insights, threads, alias pages and data exports, built by the real CLI
// under a path prefix, and read back as a reader (or a crawler) would.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse } from "node-html-parser";
import { beforeAll, describe, expect, test } from "vitest";
import { article, hrefs, page, runCli, writeTree, type CliRun } from "../helpers/archive.ts";

const FILES = {
  "content/site.yaml": "title: Desk\nbase_url: https://news.example.org\ntimezone: UTC\npage_size: 5\n",
  "content/regions.yaml": "- name: Kidal\n  aliases: [Kidal region]\n- name: Gao\n",
  "content/places.yaml": [
    "- name: Kidal\n  region: Kidal\n  coordinates: [18.44, 1.41]",
    "- name: Inafarak\n  aliases: [In-Afarak, Page]\n  region: Kidal\n  coordinates: [21.1, 0.8]",
    "- name: Tinzaouaten\n  region: Kidal\n  coordinates: [19.96, 2.96]",
    "- name: Ersane\n  region: Kidal",
    "- name: Gao\n  region: Gao\n  coordinates: [16.27, -0.04]",
  ].join("\n"),
  "content/actors.yaml": "- name: Malian Armed Forces\n  aliases: [FAMa]\n- name: CSP-DPA\n- name: Wagner Group\n",
  // a, b and c make a story thread: each link spans less than its 60 days.
  "content/articles/a.md": article('title: "Army takes Kidal"\ndate: 2024-06-30\nregion: Kidal\nplaces: [Kidal]\nactors: [FAMa, Wagner Group]'),
  "content/articles/b.md": article('title: "Army reaches Inafarak"\ndate: 2024-07-23\nregion: Kidal\nplaces: [Inafarak, Kidal]\nactors: [FAMa, CSP-DPA]\nread_also: [a]\nlang: fr'),
  "content/articles/c.md": article('title: "Losses at Tinzaouaten"\ndate: 2024-07-28\nregion: Kidal\nplaces: [Tinzaouaten, Ersane]\nactors: [FAMa, Wagner Group, CSP-DPA]', "After [[b]], the convoy went on."),
  "content/articles/d.md": article('title: "Market day in Gao"\ndate: 2024-03-02\nregion: Gao\nplaces: [Gao]'),
};

describe("the insight pages of a small archive, under /news/", () => {
  let dir: string;
  let out: string;
  let result: CliRun;
  beforeAll(() => {
    dir = writeTree(FILES);
    out = path.join(dir, "_site");
    result = runCli(["build", "--path-prefix", "/news/", "--quiet"], dir);
  });

  test("builds cleanly", () => {
    expect(result).toMatchObject({ code: 0, stderr: "" });
  });

  test("a place page: a locator map, a timeline with its table, insights", () => {
    const doc = page(out, "/places/kidal/");
    const map = doc.querySelector("svg.map")!;
    expect(map.getAttribute("role")).toBe("img");
    expect(map.querySelector("title")!.text).toBe("Location of Kidal");
    expect(map.querySelectorAll("circle.map-focus").length).toBe(1);
    expect(doc.querySelector("svg.timeline title")!.text).toBe("Articles per month: Kidal");
    expect(doc.querySelectorAll(".timeline-table tbody tr").map((tr) => tr.text)).toEqual(["June 20241", "July 20241"]);
    expect(doc.querySelectorAll("#nearest li").map((li) => li.text)).toEqual(["Tinzaouaten 235\u00A0km", "Gao 286\u00A0km", "Inafarak 303\u00A0km"]);
    expect(hrefs(doc, "#actors-here a")).toEqual(["/news/actors/malian-armed-forces/", "/news/actors/csp-dpa/", "/news/actors/wagner-group/"]);
  });

  test("a region page: its places as linked dots, east to the right, north up; the rest listed beside", () => {
    const doc = page(out, "/regions/kidal/");
    const map = doc.querySelector("svg.map")!;
    expect(map.getAttribute("role")).toBe("group");
    const dot = (slug: string) => map.querySelector(`a[href="/news/places/${slug}/"] circle`)!;
    expect(map.querySelectorAll("a").length).toBe(3);
    const [kidal, inafarak, tinza] = ["kidal", "inafarak", "tinzaouaten"].map((s) => ({ cx: Number(dot(s).getAttribute("cx")), cy: Number(dot(s).getAttribute("cy")) }));
    expect(tinza!.cx).toBeGreaterThan(kidal!.cx);
    expect(kidal!.cx).toBeGreaterThan(inafarak!.cx);
    expect(inafarak!.cy).toBeLessThan(tinza!.cy);
    expect(tinza!.cy).toBeLessThan(kidal!.cy);
    expect(map.querySelector('a[href="/news/places/kidal/"]')!.getAttribute("aria-label")).toBe("Kidal: 2 articles");
    expect(hrefs(doc, ".map-unlocated a")).toEqual(["/news/places/ersane/"]);
  });

  test("/places/: every place with coordinates on one map, and the GeoJSON", () => {
    const doc = page(out, "/places/");
    expect(hrefs(doc, "svg.map a").sort()).toEqual(["/news/places/gao/", "/news/places/inafarak/", "/news/places/kidal/", "/news/places/tinzaouaten/"]);
    expect(hrefs(doc, ".download a")).toEqual(["/news/data/places.geojson"]);
  });

  test.each(["/regions/kidal/", "/threads/a/", "/places/"])("%s: the map's dots are links out of the tab order, each listed as text on the page", (sitePath) => {
    const doc = page(out, sitePath);
    const dots = doc.querySelectorAll("svg.map a");
    expect(dots.length).toBeGreaterThan(0);
    expect(dots.map((a) => a.getAttribute("tabindex"))).toEqual(dots.map(() => "-1"));
    const listed = new Set(doc.querySelectorAll("main a").filter((a) => !a.closest("svg")).map((a) => a.getAttribute("href")));
    expect(dots.map((a) => a.getAttribute("href")).filter((href) => !listed.has(href))).toEqual([]);
  });

  test("an actor page: who and where it appears with most", () => {
    const doc = page(out, "/actors/malian-armed-forces/");
    expect(doc.querySelectorAll("#with-actors li").map((li) => li.text)).toEqual(["CSP-DPA 2 articles", "Wagner Group 2 articles"]);
    expect(doc.querySelectorAll("#with-places li").map((li) => li.text)).toEqual(["Kidal 2 articles", "Ersane 1 article", "Inafarak 1 article", "Tinzaouaten 1 article"]);
  });

  test("a story thread: its page in order, its articles linking to it, and /threads/", () => {
    const thread = page(out, "/threads/a/");
    expect(thread.querySelector("h1")!.text).toBe("Army takes Kidal");
    // not the title of its first article's page
    expect(thread.querySelector("title")!.text).toMatch(/^Story thread: Army takes Kidal — /);
    // an article in another language: its words marked, not the step holding the site's date
    const step = thread.querySelectorAll(".thread-story article")[1]!;
    expect(step.hasAttribute("lang")).toBe(false);
    expect(step.querySelector("h2")!.getAttribute("lang")).toBe("fr");
    expect(hrefs(thread, ".thread-story article h2 a")).toEqual(["/news/articles/a/", "/news/articles/b/", "/news/articles/c/"]);
    for (const slug of ["a", "b", "c"]) expect(hrefs(page(out, `/articles/${slug}/`), "#thread a")).toEqual(["/news/threads/a/"]);
    expect(page(out, "/articles/d/").querySelector("#thread")).toBeNull();
    expect(hrefs(page(out, "/threads/"), "main article h2 a")).toEqual(["/news/threads/a/"]);
  });

  test("an alias page redirects to its entity and never replaces a real page", () => {
    const raw = readFileSync(path.join(out, "places/in-afarak/index.html"), "utf8");
    const doc = parse(raw);
    expect(doc.querySelector('meta[http-equiv="refresh"]')!.getAttribute("content")).toBe("0; url=/news/places/inafarak/");
    expect(doc.querySelector('link[rel="canonical"]')!.getAttribute("href")).toBe("https://news.example.org/news/places/inafarak/");
    expect(doc.querySelector('meta[name="robots"]')!.getAttribute("content")).toBe("noindex");
    expect(hrefs(doc, "main a")).toEqual(["/news/places/inafarak/"]);
    expect(page(out, "/regions/kidal-region/").querySelector('meta[http-equiv="refresh"]')!.getAttribute("content")).toBe("0; url=/news/regions/kidal/");
    expect(page(out, "/actors/fama/").querySelector('meta[http-equiv="refresh"]')).not.toBeNull();
    // "Page" is an alias too, but /places/page/ is a reserved path: no redirect there.
    expect(existsSync(path.join(out, "places/page"))).toBe(false);
    expect(page(out, "/places/inafarak/").querySelector('meta[http-equiv="refresh"]')).toBeNull();
    expect(page(out, "/places/inafarak/").querySelector("h1")!.text).toBe("Inafarak");
  });

  test("the data exports parse, with the counts of the pages", () => {
    const read = (name: string) => JSON.parse(readFileSync(path.join(out, "data", name), "utf8"));
    expect(read("articles.json").articles.map((a: { slug: string }) => a.slug)).toEqual(["c", "b", "a", "d"]);
    const geo = read("places.geojson");
    expect(geo.features.map((f: { id: string; properties: { article_count: number } }) => [f.id, f.properties.article_count])).toEqual([
      ["gao", 1],
      ["inafarak", 1],
      ["kidal", 2],
      ["tinzaouaten", 1],
    ]);
    expect(read("graph.json").edges).toEqual([
      { source: "c", target: "b", type: "wikilink" },
      { source: "b", target: "a", type: "read_also" },
    ]);
  });

  test("a year page shows its twelve months with counts, linking those with articles", () => {
    const doc = page(out, "/archive/2024/");
    expect(doc.querySelectorAll(".month-bars li").length).toBe(12);
    expect(hrefs(doc, ".month-bars a")).toEqual(["/news/archive/2024/03/", "/news/archive/2024/06/", "/news/archive/2024/07/"]);
    expect(doc.querySelectorAll(".month-bars li").map((li) => li.querySelector(".count")!.text)).toEqual(["0", "0", "1", "0", "0", "1", "2", "0", "0", "0", "0", "0"]);
  });

  test("every internal link of every page carries the prefix and reaches a file", () => {
    const pages = walk(out).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) {
      const doc = parse(readFileSync(file, "utf8"));
      for (const h of [...hrefs(doc, "a[href]"), ...hrefs(doc, "link[href]")]) {
        if (/^(https?:|#|mailto:)/.test(h)) continue;
        const where = `${path.relative(out, file)}: ${h}`;
        expect(h, where).toMatch(/^\/news\//);
        const target = path.join(out, h.slice("/news/".length).split("#")[0]!);
        expect(existsSync(h.endsWith("/") ? path.join(target, "index.html") : target), where).toBe(true);
      }
    }
  });
});

describe("a map of more places than it links: /places/ with 130 located places", () => {
  // Place 001…Place 130, each named once; Place 129 and Place 130 by two and three articles more.
  const names = Array.from({ length: 130 }, (_, i) => `Place ${String(i + 1).padStart(3, "0")}`);
  const files: Record<string, string> = {
    "content/site.yaml": "title: Desk\n",
    "content/regions.yaml": "- name: Kidal\n",
    "content/places.yaml": names.map((n, i) => `- name: ${n}\n  region: Kidal\n  coordinates: [${15 + (i % 13) * 0.5}, ${-3 + Math.floor(i / 13) * 0.5}]\n`).join(""),
  };
  for (let i = 0; i < 26; i++) files[`content/articles/a${i}.md`] = article(`title: "A${i}"\ndate: 2024-01-01\nregion: Kidal\nplaces: [${names.slice(5 * i, 5 * i + 5).join(", ")}]`);
  for (let i = 0; i < 3; i++) files[`content/articles/b${i}.md`] = article(`title: "B${i}"\ndate: 2024-01-02\nregion: Kidal\nplaces: [${i < 2 ? "Place 129, " : ""}Place 130]`);
  let doc: ReturnType<typeof page>;
  beforeAll(() => {
    const dir = writeTree(files);
    expect(runCli(["build", "--quiet", "--no-search"], dir)).toMatchObject({ code: 0, stderr: "" });
    doc = page(path.join(dir, "_site"), "/places/");
  });
  const slug = (name: string) => `/places/${name.toLowerCase().replace(" ", "-")}/`;

  test("the 100 dots of the most articles are links (ties by name); the others are drawn, as one path per size", () => {
    const map = doc.querySelector("svg.map")!;
    expect(hrefs(map, "a")).toEqual(["Place 130", "Place 129", ...names.slice(0, 98)].map(slug));
    expect(map.querySelectorAll("circle").length).toBe(100);
    const plain = map.querySelectorAll(".map-dots path").map((p) => p.getAttribute("d")!.match(/M/g)!.length);
    expect(plain).toEqual([30]);
    expect(doc.querySelector("figcaption")!.text).toBe("Dot area shows the number of articles; the 100 largest dots link to their places.");
    expect(map.querySelector("desc")!.text).toBe("130 places, each a dot whose area follows its number of articles.");
  });

  test("every place is still a link in the A–Z list", () => {
    expect(hrefs(doc, ".az-list a").sort()).toEqual(names.map(slug).sort());
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
