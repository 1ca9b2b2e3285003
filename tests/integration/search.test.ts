// The search index and page as `build` writes them: bundles through the publisher, --no-search,
// the path prefix, the page without script, the header form on every page, a failed index.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "node-html-parser";
import { describe, expect, test } from "vitest";
import { article, page, runCli, writeTree } from "../helpers/archive.ts";
import { RTL_SCRIPTS } from "../../src/model/language-direction.ts";
import { BIDI_CONTROL } from "../../src/content/bidi-controls.ts";

const ARCHIVE = {
  "content/site.yaml": "title: Desk\nlanguage: en\ntimezone: Africa/Bamako\n",
  "content/regions.yaml": "- name: Kidal\n",
  "content/places.yaml": "- name: Inafarak\n",
  "content/articles/a.md": article('title: "Army arrives in Inafarak"\ndate: 2024-07-23\nregion: Kidal\nplaces: [Inafarak]', "The army arrived in Inafarak."),
  "content/articles/b.md": article('title: "L’armée quitte Kidal"\ndate: 2023-10-31\nregion: Kidal\nlang: fr', "La mission a quitté son camp."),
};

const files = (dir: string): string[] =>
  (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join("/"))
    .sort();

describe("build writes the search index under the path prefix", () => {
  const dir = writeTree(ARCHIVE);
  const r = runCli(["build", "--path-prefix", "/news/"], dir);
  const out = path.join(dir, "_site");

  test("builds, and says how long the index took", () => {
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toMatch(/^search index: 2 articles in \d+\.\d\d s, alongside the pages \(2 bundles built\)$/m);
  });

  test("one bundle per language, listed in pagefind/bundles.json; Pagefind's own UIs left out", () => {
    expect(JSON.parse(readFileSync(path.join(out, "pagefind/bundles.json"), "utf8"))).toEqual({
      bundles: [
        { path: "./", language: "en", key: expect.stringMatching(/^[0-9a-f]{16}$/) },
        { path: "bundles/fr-1/", language: "fr", key: expect.stringMatching(/^[0-9a-f]{16}$/) },
      ],
    });
    const index = files(path.join(out, "pagefind"));
    for (const bundle of ["", "bundles/fr-1/"]) {
      for (const file of ["pagefind.js", "pagefind-worker.js", "pagefind-entry.json"]) expect(index).toContain(bundle + file);
    }
    expect(index).toContain("wasm.en.pagefind");
    expect(index).toContain("bundles/fr-1/wasm.fr.pagefind");
    expect(index.filter((f) => /ui\.(js|css)$|highlight/.test(f))).toEqual([]);
    const entry = (bundle: string) => JSON.parse(readFileSync(path.join(out, "pagefind", bundle, "pagefind-entry.json"), "utf8"));
    expect(Object.keys(entry("").languages)).toEqual(["en"]);
    expect(Object.keys(entry("bundles/fr-1").languages)).toEqual(["fr"]);
  });

  test("every bundle's Pagefind runtime fails a search whose word index did not download, rather than answering short", () => {
    for (const file of ["pagefind.js", "pagefind-worker.js", "bundles/fr-1/pagefind.js", "bundles/fr-1/pagefind-worker.js"]) {
      const text = readFileSync(path.join(out, "pagefind", file), "utf8");
      expect([file, text.includes('"load_index_chunk"));'), text.includes('"load_index_chunk")).catch(')]).toEqual([file, true, false]);
    }
  });

  test("the search page knows where the index is, the site timezone and its strings; it is not for crawlers", () => {
    const doc = page(out, "/search/");
    const form = doc.querySelector("form.search-form")!;
    expect([form.getAttribute("data-manifest"), form.getAttribute("data-timezone")]).toEqual(["/news/pagefind/bundles.json", "Africa/Bamako"]);
    expect(JSON.parse(form.getAttribute("data-strings")!).none).toBe("No article matches “{q}”.");
    // What search.js isolates names by, from the one list and pattern the pages use.
    expect(JSON.parse(form.getAttribute("data-rtl-scripts")!)).toEqual(RTL_SCRIPTS);
    expect(new RegExp(form.getAttribute("data-bidi-control")!).source).toBe(BIDI_CONTROL.source);
    expect(["\u2067x", "\u202Bx", "x"].map((text) => new RegExp(form.getAttribute("data-bidi-control")!).test(text))).toEqual([true, true, false]);
    expect(doc.querySelector('script[type="module"]')!.getAttribute("src")).toBe("/news/assets/search.js");
    expect(doc.querySelector('link[href="/news/assets/search.css"]')).not.toBeNull();
    expect(doc.querySelector('meta[name="robots"]')!.getAttribute("content")).toBe("noindex");
    expect(readFileSync(path.join(out, "sitemap.xml"), "utf8")).not.toContain("/search/");
  });

  test("without JavaScript the page says so and offers the indexes", () => {
    // The parser keeps a <noscript>'s content as text, as a browser with script does: parse it as HTML.
    const noscript = parse(page(out, "/search/").querySelector("noscript")!.rawText);
    expect(noscript.text).toContain("needs JavaScript");
    expect(noscript.querySelectorAll("a").map((a) => a.getAttribute("href"))).toEqual(["/news/places/", "/news/actors/", "/news/regions/", "/news/archive/", "/news/threads/"]);
    // The form itself is a plain GET to the page: without script it still puts the query in the URL.
    const form = page(out, "/search/").querySelector("form.search-form")!;
    expect([form.getAttribute("action"), form.getAttribute("method"), form.querySelector("input")!.getAttribute("name")]).toEqual(["/news/search/", "get", "q"]);
  });

  test.each(["/", "/articles/a/", "/places/inafarak/", "/archive/2024/", "/404.html", "/search/"])("%s has the header's search form, a plain GET to /news/search/", (sitePath) => {
    const form = page(out, sitePath).querySelector("header form.site-search")!;
    expect([form.getAttribute("action"), form.getAttribute("method")]).toEqual(["/news/search/", "get"]);
    expect(form.querySelector("input#site-search-q")!.getAttribute("name")).toBe("q");
    expect(page(out, sitePath).querySelector('label[for="site-search-q"]')!.text).toBe("Search this site");
  });
});

describe("build --no-search", () => {
  const dir = writeTree(ARCHIVE);
  const r = runCli(["build", "--no-search"], dir);
  const out = path.join(dir, "_site");

  test("writes no index, and the rest of the site as usual", () => {
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).not.toContain("search index");
    expect(existsSync(path.join(out, "pagefind"))).toBe(false);
    expect(existsSync(path.join(out, "search/index.html"))).toBe(true);
    expect(existsSync(path.join(out, "articles/a/index.html"))).toBe(true);
  });

  test("a later build with search adds the index; one without takes it away again", () => {
    expect(runCli(["build", "--quiet"], dir).code).toBe(0);
    expect(existsSync(path.join(out, "pagefind/bundles.json"))).toBe(true);
    expect(runCli(["build", "--quiet", "--no-search"], dir).code).toBe(0);
    expect(existsSync(path.join(out, "pagefind"))).toBe(false);
  });
});

describe("a build whose index fails", () => {
  test("fails, and leaves the previous site exactly as it was", () => {
    const dir = writeTree(ARCHIVE);
    expect(runCli(["build", "--quiet"], dir).code).toBe(0);
    const out = path.join(dir, "_site");
    const before = files(out).map((f) => [f, readFileSync(path.join(out, f), "utf8")]);
    writeTree({ "content/articles/c.md": article('title: "New"\ndate: 2024-08-01\nregion: Kidal', "New text.") }, dir);
    // The `pagefind` package takes its binary from this variable first: a missing one fails the index.
    const r = runCli(["build", "--quiet"], dir, { PAGEFIND_EXTENDED_BINARY_PATH: path.join(dir, "no-such-pagefind") });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/news-archive: .*(search index|Pagefind|pagefind|ENOENT)/);
    expect(files(out).map((f) => [f, readFileSync(path.join(out, f), "utf8")])).toEqual(before);
  });
});

describe("a rebuild takes unchanged bundles from the previous output", () => {
  test("only the bundle whose records changed is built again, and the index is the one a clean build writes", () => {
    const dir = writeTree(ARCHIVE);
    expect(runCli(["build"], dir).stdout).toContain("(2 bundles built)");
    expect(runCli(["build"], dir).stdout).toContain("(0 of 2 bundles built, the others unchanged)");
    const added = { "content/articles/c.md": article('title: "Drone strike near Inafarak"\ndate: 2024-08-26\nregion: Kidal\nplaces: [Inafarak]', "Drones struck.") };
    writeTree(added, dir);
    expect(runCli(["build"], dir).stdout).toContain("(1 of 2 bundles built, the others unchanged)");
    const clean = writeTree({ ...ARCHIVE, ...added });
    expect(runCli(["build", "--quiet"], clean).code).toBe(0);
    const index = (root: string) => files(path.join(root, "_site/pagefind")).map((f) => [f, readFileSync(path.join(root, "_site/pagefind", f)).toString("base64")]);
    expect(index(dir)).toEqual(index(clean));
  });
});
