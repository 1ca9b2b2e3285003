// The archive's static/ folder: its files published as they are at the same paths, hidden ones
// left out; one at a path the build writes itself is an error, not a silent winner.
import { existsSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { article, page, runCli, writeTree } from "../helpers/archive.ts";

const PHOTO = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
const ARCHIVE = {
  "content/regions.yaml": "- name: Kidal\n",
  "content/articles/a.md": article('title: "A"\ndate: 2024-07-23\nregion: Kidal', "![The town from the east](/images/kidal.jpg)\n\n[The report (PDF)](/documents/2024/report.pdf)"),
  "content/static/images/kidal.jpg": PHOTO,
  "content/static/documents/2024/report.pdf": "%PDF-1.4 a report",
  "content/static/favicon.ico": "icon",
  "content/static/.DS_Store": "finder",
  "content/static/.git/HEAD": "ref",
  "content/static/images/.kidal.jpg.swp": "vim",
};

describe("static files", () => {
  const dir = writeTree(ARCHIVE);
  symlinkSync(path.join(dir, "content/static/favicon.ico"), path.join(dir, "content/static/icon-link.ico"));
  const first = runCli(["build", "--no-search", "--path-prefix", "/news/"], dir);
  const out = path.join(dir, "_site");

  test("are published at their paths under the site, as they are; hidden ones are not", () => {
    expect([first.code, first.stderr]).toEqual([0, ""]);
    expect(readFileSync(path.join(out, "images/kidal.jpg"))).toEqual(PHOTO);
    expect(readFileSync(path.join(out, "documents/2024/report.pdf"), "utf8")).toBe("%PDF-1.4 a report");
    expect(readFileSync(path.join(out, "icon-link.ico"), "utf8")).toBe("icon");
    expect([".DS_Store", ".git", "images/.kidal.jpg.swp", "static"].filter((p) => existsSync(path.join(out, p)))).toEqual([]);
  });

  test("an article's image and link to them take the path prefix", () => {
    const body = page(out, "/articles/a/").querySelector(".body")!;
    expect(body.querySelector("img")!.getAttribute("src")).toBe("/news/images/kidal.jpg");
    expect(body.querySelector("a")!.getAttribute("href")).toBe("/news/documents/2024/report.pdf");
  });

  test("unchanged, they are not written again; changed, only they are; deleted, they go", () => {
    const build = () => runCli(["build", "--no-search", "--path-prefix", "/news/"], dir).stdout;
    build(); // the second build brings the spare tree up to the first's
    expect(build()).toMatch(/\(0 files written, 0 removed\)/);
    writeFileSync(path.join(dir, "content/static/documents/2024/report.pdf"), "%PDF-1.4 a longer report");
    expect(build()).toMatch(/\(1 files written, 0 removed\)/);
    expect(readFileSync(path.join(out, "documents/2024/report.pdf"), "utf8")).toBe("%PDF-1.4 a longer report");
    unlinkSync(path.join(dir, "content/static/favicon.ico"));
    // The link to it goes with it; the one file written is the report again, into the other tree.
    expect(build()).toMatch(/\(1 files written, 2 removed\)/);
    expect(["favicon.ico", "icon-link.ico"].map((p) => existsSync(path.join(out, p)))).toEqual([false, false]);
  });
});

describe("a static file where the build writes its own", () => {
  test("is an error naming each one; the site is left as it was", () => {
    const dir = writeTree({ ...ARCHIVE, "content/static/.DS_Store": "" });
    expect(runCli(["build", "--no-search"], dir).code).toBe(0);
    const before = readFileSync(path.join(dir, "_site/index.html"), "utf8");
    writeTree(
      {
        "content/static/index.html": "<p>mine</p>",
        "content/static/assets/site.css": "body {}",
        "content/static/places": "a file where a folder of pages is",
        "content/static/pagefind/pagefind.js": "",
        "content/static/articles/a/photo.jpg": "fine: beside a page, not over it",
      },
      dir,
    );
    const r = runCli(["build", "--no-search"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n")).toEqual([
      "content/static/assets/site.css: is published at /assets/site.css, where the build writes its own file; rename it or move it to another folder under static/",
      "content/static/index.html: is published at /index.html, where the build writes its own file; rename it or move it to another folder under static/",
      "content/static/pagefind/pagefind.js: is published at /pagefind/pagefind.js, where the build writes its own file; rename it or move it to another folder under static/",
      "content/static/places: is published at /places, where the build writes its own file; rename it or move it to another folder under static/",
      "news-archive: build failed; _site left as it was",
      "",
    ]);
    expect(readFileSync(path.join(dir, "_site/index.html"), "utf8")).toBe(before);
  });
});

describe("the site's own stylesheets (site.yaml stylesheets)", () => {
  const SITE = "title: Desk\nstylesheets: [/brand.css, https://cdn.example.org/fonts.css]\n";
  const links = (out: string, sitePath: string) => page(out, sitePath).querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute("href"));

  test("every page links them after news-archive's own, a root path under the prefix", () => {
    const dir = writeTree({ ...ARCHIVE, "content/site.yaml": SITE, "content/static/brand.css": "body { color: navy }" });
    const r = runCli(["build", "--no-search", "--path-prefix", "/news/", "--quiet"], dir);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const out = path.join(dir, "_site");
    const own = ["/news/assets/site.css", "/news/assets/insights.css"];
    expect(links(out, "/")).toEqual([...own, "/news/brand.css", "https://cdn.example.org/fonts.css"]);
    expect(links(out, "/search/")).toEqual([...own, "/news/assets/search.css", "/news/brand.css", "https://cdn.example.org/fonts.css"]);
    expect(links(out, "/articles/a/")).toEqual([...own, "/news/brand.css", "https://cdn.example.org/fonts.css"]);
  });

  test("one no static file answers is a warning, and --strict stops at it", () => {
    const dir = writeTree({ ...ARCHIVE, "content/site.yaml": SITE });
    const warned = runCli(["build", "--no-search", "--quiet"], dir);
    const line = "content/site.yaml: warning: stylesheets: /brand.css is not a file under static/; pages link it all the same; put it at static/brand.css";
    expect([warned.code, warned.stderr]).toEqual([0, `${line}\n`]);
    const strict = runCli(["build", "--no-search", "--quiet", "--strict"], dir);
    expect([strict.code, strict.stderr]).toEqual([1, `${line.replace(": warning:", ":")}\nnews-archive: build failed; _site left as it was\n`]);
  });
});

describe("check says what build would of static files and stylesheets", () => {
  test("a conflict is an error, a stylesheet no file answers a warning; --strict makes it an error", () => {
    const dir = writeTree({ ...ARCHIVE, "content/site.yaml": "stylesheets: [/brand.css]\n", "content/static/index.html": "<p>mine</p>" });
    const r = runCli(["check"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n").filter((line) => line.startsWith("content/"))).toEqual([
      "content/site.yaml: warning: stylesheets: /brand.css is not a file under static/; pages link it all the same; put it at static/brand.css",
      "content/static/index.html: is published at /index.html, where the build writes its own file; rename it or move it to another folder under static/",
    ]);
    writeFileSync(path.join(dir, "content/static/brand.css"), "body {}");
    unlinkSync(path.join(dir, "content/static/index.html"));
    expect(runCli(["check"], dir).code).toBe(0);
    unlinkSync(path.join(dir, "content/static/brand.css"));
    const strict = runCli(["check", "--strict"], dir);
    expect([strict.code, strict.stderr.split("\n")[0]]).toEqual([1, "content/site.yaml: stylesheets: /brand.css is not a file under static/; pages link it all the same; put it at static/brand.css"]);
  });
});

describe("an article's lead picture (image, image_alt, image_caption)", () => {
  const dir = writeTree({
    ...ARCHIVE,
    "content/site.yaml": "title: Desk\nbase_url: https://news.example.org\n",
    "content/articles/p.md": article('title: "P"\ndate: 2024-07-24\nregion: Kidal\nimage: /images/kidal.jpg\nimage_alt: "Kidal from the east: low houses, the Adrar behind"\nimage_caption: "Kidal, July 2024. Photo: A. Desk"', "The text."),
    "content/articles/q.md": article('title: "Q"\ndate: 2024-07-25\nregion: Kidal\nimage: https://cdn.example.org/gao.jpg\nimage_alt: Gao'),
    "content/articles/r.md": article('title: "R"\ndate: 2024-07-26\nregion: Kidal\nimage: /images/missing.jpg\nimage_alt: Nothing there'),
  });
  const r = runCli(["build", "--no-search", "--path-prefix", "/news/", "--quiet"], dir);
  const out = path.join(dir, "_site");

  test("a picture no static file answers is a warning at its line", () => {
    expect([r.code, r.stderr]).toEqual([0, "content/articles/r.md:5: warning: image: /images/missing.jpg is not a file under static/; put it at static/images/missing.jpg\n"]);
  });

  test("the page shows it above the text, with its words and caption, under the prefix", () => {
    const p = page(out, "/articles/p/");
    const figure = p.querySelector("article.article figure.lead-image")!;
    expect(figure.querySelector("img")!.attributes).toMatchObject({ src: "/news/images/kidal.jpg", alt: "Kidal from the east: low houses, the Adrar behind" });
    expect(figure.querySelector("figcaption")!.text).toBe("Kidal, July 2024. Photo: A. Desk");
    expect(figure.nextElementSibling!.classList.contains("body")).toBe(true);
    expect(page(out, "/articles/q/").querySelector("figure.lead-image img")!.getAttribute("src")).toBe("https://cdn.example.org/gao.jpg");
    expect(page(out, "/articles/q/").querySelector("figure.lead-image figcaption")).toBeNull();
    expect(page(out, "/articles/a/").querySelector("figure.lead-image")).toBeNull();
  });

  test("a shared link shows it: og:image, its words, a large card; JSON-LD names it", () => {
    const head = page(out, "/articles/p/");
    const meta = (attr: string, key: string) => head.querySelector(`meta[${attr}="${key}"]`)?.getAttribute("content");
    expect([meta("property", "og:image"), meta("property", "og:image:alt"), meta("name", "twitter:card")]).toEqual([
      "https://news.example.org/news/images/kidal.jpg",
      "Kidal from the east: low houses, the Adrar behind",
      "summary_large_image",
    ]);
    expect(JSON.parse(head.querySelector('script[type="application/ld+json"]')!.text).image).toBe("https://news.example.org/news/images/kidal.jpg");
    const plain = page(out, "/articles/a/");
    expect([plain.querySelector('meta[property="og:image"]'), plain.querySelector('meta[name="twitter:card"]')!.getAttribute("content")]).toEqual([null, "summary"]);
  });

  test("feeds carry it: JSON Feed's image, and the content shows it first, its address absolute", () => {
    const json = JSON.parse(readFileSync(path.join(out, "feed.json"), "utf8")) as { items: { url: string; image?: string; content_html: string }[] };
    const item = json.items.find((i) => i.url.endsWith("/articles/p/"))!;
    expect(item.image).toBe("https://news.example.org/news/images/kidal.jpg");
    expect(item.content_html.startsWith('<figure><img src="https://news.example.org/news/images/kidal.jpg" alt="Kidal from the east: low houses, the Adrar behind"><figcaption>Kidal, July 2024. Photo: A. Desk</figcaption></figure>\n')).toBe(true);
    expect(json.items.find((i) => i.url.endsWith("/articles/a/"))!.image).toBeUndefined();
    expect(readFileSync(path.join(out, "feed.xml"), "utf8")).toContain("&lt;figure&gt;&lt;img src=&quot;https://news.example.org/news/images/kidal.jpg&quot;");
  });
});
