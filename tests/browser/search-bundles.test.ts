// /search/ over an index cut in several bundles per language, as a large archive's is (bundles of
// 40 words here, NEWS_ARCHIVE_BUNDLE_WORDS, for 375,000 at scale): what a reader downloads for it
// and the order the date sorts give across bundles.
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { article, runCli, writeTree } from "../helpers/archive.ts";
import { browserSkipReason, launchBrowser, type Browser } from "../helpers/browser.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

const skip = browserSkipReason();
if (skip) console.warn(skip);

/** 30 English articles a day apart and 2 French ones between them, every one saying "convoy". */
const ENGLISH = Array.from({ length: 30 }, (_, i) => ({ slug: `convoy-${i + 1}`, day: `2024-01-${String(i + 1).padStart(2, "0")}`, lang: "en" }));
const FRENCH = [
  { slug: "convoi-a", day: "2024-01-10T12:00:00Z", lang: "fr" },
  { slug: "convoi-b", day: "2024-01-25T12:00:00Z", lang: "fr" },
];
const ARTICLES = [...ENGLISH, ...FRENCH];
const ARCHIVE: Record<string, string> = { "content/site.yaml": "title: Desk\nlanguage: en\n", "content/regions.yaml": "- name: Kidal\n" };
for (const a of ARTICLES) {
  const body = a.lang === "en" ? `A convoy left Kidal on day ${a.slug}; the road was open and quiet all along.` : `Le convoy a quitté Kidal ; la route était ouverte et calme, ${a.slug}.`;
  ARCHIVE[`content/articles/${a.slug}.md`] = article(`title: "Report ${a.slug}"\ndate: ${a.day}\nregion: Kidal${a.lang === "fr" ? "\nlang: fr" : ""}`, body);
}
const href = (slug: string) => `/news/articles/${slug}/`;
const NEWEST = [...ARTICLES].sort((a, b) => Date.parse(b.day) - Date.parse(a.day)).map((a) => href(a.slug));

describe.skipIf(skip !== undefined)("search across bundles, in Chromium", { timeout: 120_000 }, () => {
  let dir: string;
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    dir = writeTree(ARCHIVE);
    const r = runCli(["build", "--quiet", "--path-prefix", "/news/"], dir, { NEWS_ARCHIVE_BUNDLE_WORDS: "40" });
    if (r.code !== 0) throw new Error(r.stderr);
    [server, browser] = await Promise.all([serveStatic(path.join(dir, "_site"), "/news/"), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A tab on the search page with `query`, every request it makes (its worker's too) recorded. */
  async function search(query: string): Promise<{ page: Page; requested: string[] }> {
    const page = await browser.context.newPage();
    const requested: string[] = [];
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${server.origin}/news/search/${query}`);
    await answered(page);
    return { page, requested };
  }
  /** Until the status tells the search for "convoy" answered. */
  const answered = (page: Page) => page.waitForFunction(() => /“convoy”/.test(document.getElementById("search-status")!.textContent ?? ""));
  /** Requests matching `pattern` held back until `release()`; how many were held so far. */
  async function hold(page: Page, pattern: string | RegExp): Promise<{ held(): number; release(): Promise<void> }> {
    const waiting: (() => Promise<void>)[] = [];
    let holding = true;
    await page.route(pattern, (route) => (holding ? void waiting.push(() => route.continue()) : route.continue()));
    return {
      held: () => waiting.length,
      release: async () => {
        holding = false;
        await Promise.all(waiting.map((go) => go()));
      },
    };
  }
  /** The first request matching `pattern` dropped, as on a flaky connection; the path it asked for. */
  async function failOnce(page: Page, pattern: string): Promise<() => string> {
    let failed = "";
    await page.route(pattern, (route) => {
      if (failed !== "") return route.continue();
      failed = new URL(route.request().url()).pathname;
      return route.abort("connectionreset");
    });
    return () => failed;
  }
  const links = (page: Page) => page.locator("#search-results article h2 a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));

  test("the build cut the English articles in several bundles (what the other tests stand on)", () => {
    const { bundles } = JSON.parse(readFileSync(path.join(dir, "_site/pagefind/bundles.json"), "utf8")) as { bundles: { language: string }[] };
    expect(bundles.filter((b) => b.language === "en").length).toBeGreaterThanOrEqual(4);
    expect(bundles.filter((b) => b.language === "fr").length).toBe(1);
  });

  test("a language's bundles share one Pagefind runtime: its script, worker and wasm are fetched once", async () => {
    const { page, requested } = await search("?q=convoy");
    expect(await page.locator("#search-status").innerText()).toBe("32 articles match “convoy”. Showing 20 of 32.");
    const runtime = requested.filter((p) => /\/(pagefind\.js|pagefind-worker\.js|wasm\.\w+\.pagefind)$/.test(p)).sort();
    expect(runtime).toEqual([
      "/news/pagefind/bundles/fr-1/pagefind-worker.js",
      "/news/pagefind/bundles/fr-1/pagefind.js",
      "/news/pagefind/bundles/fr-1/wasm.fr.pagefind",
      "/news/pagefind/pagefind-worker.js",
      "/news/pagefind/pagefind.js",
      "/news/pagefind/wasm.en.pagefind",
    ]);
    await page.close();
  });

  test.each([
    ["newest", NEWEST],
    ["oldest", [...NEWEST].reverse()],
  ])("sorted %s, the results run across bundles and languages in date order, the next page after them", async (sort, expected) => {
    const { page } = await search(`?q=convoy&sort=${sort}`);
    expect(await links(page)).toEqual(expected.slice(0, 20));
    await page.locator("#search-more").click();
    await page.waitForFunction(() => document.querySelectorAll("#search-results > li").length === 32);
    expect(await links(page)).toEqual(expected);
    await page.close();
  });

  test("a linked search shows its results before the filters' indexes are in; their counts follow", async () => {
    const page = await browser.context.newPage();
    // Every filter index held back until the results are on the page.
    const filters = await hold(page, "**/*.pf_filter");
    await page.goto(`${server.origin}/news/search/?q=convoy`);
    await answered(page);
    expect(await page.locator("#search-results > li").count()).toBe(20);
    expect(filters.held()).toBeGreaterThan(0);
    expect(await page.locator("#filter-year option").allInnerTexts()).toEqual(["All"]);
    await filters.release();
    await page.locator('#filter-year option[value="2024"]').waitFor({ state: "attached" });
    expect(await page.locator("#filter-year option").allInnerTexts()).toEqual(["All", "2024 (32)"]);
    await page.close();
  });

  test("a language answered before the filters' indexes are in, another after: the counts are whole", async () => {
    const page = await browser.context.newPage();
    // The filters' indexes held until the English answer is in; the French words' index until
    // the filters' indexes have arrived: English is answered without counts, French with them.
    let filtersAsked = 0;
    let filtersIn = 0;
    page.on("request", (r) => void (r.url().endsWith(".pf_filter") && filtersAsked++));
    page.on("requestfinished", (r) => void (r.url().endsWith(".pf_filter") && filtersIn++));
    const filters = await hold(page, "**/*.pf_filter");
    const french = await hold(page, /\/fr-\d+\/index\/[^/]+\.pf_index$/);
    await page.goto(`${server.origin}/news/search/?q=convoy`);
    await expect.poll(() => filters.held() > 0 && french.held() > 0, { timeout: 60_000 }).toBe(true);
    // English answered by now (its words' index is not held); then the filters' indexes.
    await page.waitForTimeout(500);
    await filters.release();
    await expect.poll(() => filtersIn === filtersAsked, { timeout: 60_000 }).toBe(true);
    await page.waitForTimeout(500);
    await french.release();
    await answered(page);
    await page.locator('#filter-year option[value="2024"]').waitFor({ state: "attached" });
    await page.waitForTimeout(500);
    expect(await page.locator("#filter-year option").allInnerTexts()).toEqual(["All", "2024 (32)"]);
    await page.close();
  });

  test("a filter index whose download fails is asked for again: the counts are whole", async () => {
    const page = await browser.context.newPage();
    // The first filter index requested fails once, as on a flaky connection: Pagefind leaves
    // that filter out of what filters() answers, without an error.
    const failed = await failOnce(page, "**/*.pf_filter");
    await page.goto(`${server.origin}/news/search/?q=convoy`);
    await answered(page);
    await page.locator('#filter-year option[value="2024"]').waitFor({ state: "attached" });
    await page.locator('#filter-region option[value="Kidal"]').waitFor({ state: "attached" });
    expect(failed()).toMatch(/\.pf_filter$/);
    expect(await page.locator("#filter-year option").allInnerTexts()).toEqual(["All", "2024 (32)"]);
    expect(await page.locator("#filter-region option").allInnerTexts()).toEqual(["All", "Kidal (32)"]);
    await page.close();
  });

  test("a result whose text cannot be downloaded is told, and searching again draws it", async () => {
    const page = await browser.context.newPage();
    const failed = await failOnce(page, "**/*.pf_fragment");
    await page.goto(`${server.origin}/news/search/?q=convoy`);
    await page.waitForFunction(() => /could not be loaded/.test(document.getElementById("search-status")!.textContent ?? ""));
    expect(failed()).toMatch(/\.pf_fragment$/);
    expect(await page.locator("#search-status").textContent()).toBe("The results could not be loaded; the connection may have dropped. Search again to retry.");
    await page.locator(".search-box button[type=submit]").click();
    await answered(page);
    expect(await page.locator("#search-results > li").count()).toBe(20);
    await page.close();
  });

  test("a word index that cannot be downloaded is told, not answered as fewer results, and searching again finds them", async () => {
    const page = await browser.context.newPage();
    // The first word index requested fails once. Pagefind swallowed that and answered from the
    // chunks it had, without a word: "30 articles match" for 32 in one run without the change.
    const failed = await failOnce(page, "**/*.pf_index");
    await page.goto(`${server.origin}/news/search/?q=convoy`);
    await page.waitForFunction(() => /could not be loaded|“convoy”/.test(document.getElementById("search-status")!.textContent ?? ""));
    expect(failed()).toMatch(/\.pf_index$/);
    expect(await page.locator("#search-status").textContent()).toBe("The results could not be loaded; the connection may have dropped. Search again to retry.");
    expect(await page.locator("#search-results > li").count()).toBe(0);
    await page.locator(".search-box button[type=submit]").click();
    await answered(page);
    expect(await page.locator("#search-status").textContent()).toBe("32 articles match “convoy”. Showing 20 of 32.");
    expect(await page.locator("#search-results > li").count()).toBe(20);
    await page.close();
  });

  test("sorted by date, a language's data is fetched for its first 20 results, not for the first 20 of each bundle", async () => {
    const { page, requested } = await search("?q=convoy&sort=newest");
    // One fragment per article in bundles this small: the 20 newest English articles, and the
    // French language's 2 to place among them by date (each bundle's first 20 were all 32).
    expect(requested.filter((p) => p.endsWith(".pf_fragment")).length).toBe(22);
    await page.close();
  });
});
