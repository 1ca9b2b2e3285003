// /search/ in Chromium: the sample built under /news/ with its Pagefind index, served by a static
// server. What a reader does: type, filter, sort, follow a link to a search, meet a site without index.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { parse } from "node-html-parser";
import { describe, expect, test } from "vitest";
import { browserSkipReason, sampleInChromium } from "../helpers/browser.ts";
import { serveStatic } from "../helpers/static-server.ts";
import { serveSample } from "../helpers/sample-site.ts";

const skip = browserSkipReason();
if (skip) console.warn(skip);

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const SEED = { href: "/news/articles/malian-army-arrives-in-inafarak/", title: "Malian army arrives in Inafarak, near the Algerian border" };
/** The sample's one article in French. */
const FRENCH = "/news/articles/la-minusma-quitte-son-camp-de-kidal/";

describe.skipIf(skip !== undefined)("search in Chromium, under /news/", { timeout: 120_000 }, () => {
  const sample = sampleInChromium("/news/");

  /** A tab on a site path that records failed requests and script errors. */
  async function open(sitePath: string, origin = sample.site.server.origin): Promise<{ page: Page; failures: string[] }> {
    const page = await sample.browser.context.newPage();
    const failures: string[] = [];
    page.on("response", (r) => {
      if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
    });
    page.on("pageerror", (e) => failures.push(`script error: ${e.message}`));
    // Not failures the tests assert on (some pages abort their own fetches), but what a wait that
    // times out tells: under the whole suite's load, a search once waited 90 s for its status.
    const seen: string[] = [];
    page.on("requestfailed", (r) => seen.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ""}`));
    page.on("console", (m) => void (m.type() === "error" || m.type() === "warning" ? seen.push(`console ${m.type()}: ${m.text()}`) : undefined));
    seenOn.set(page, seen);
    await page.goto(origin + "/news/" + sitePath.replace(/^\//, ""));
    return { page, failures };
  }
  const seenOn = new WeakMap<Page, string[]>();

  /** Waits until the live region says something matching `pattern`, and returns what it says. */
  async function statusMatching(page: Page, pattern: RegExp): Promise<string> {
    try {
      await page.waitForFunction((source) => new RegExp(source).test(document.getElementById("search-status")!.textContent ?? ""), pattern.source);
    } catch (e) {
      const now = await page.locator("#search-status").textContent({ timeout: 1000 }).catch(() => "(unreadable)");
      throw new Error(`the status never matched ${pattern}; it says ${JSON.stringify(now)}, at ${page.url()}; seen: ${JSON.stringify(seenOn.get(page) ?? [])}`, { cause: e });
    }
    return page.locator("#search-status").innerText();
  }

  const resultLinks = (page: Page) => page.locator("#search-results article h2 a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  const inDateOrder = (page: Page, sort: "newest" | "oldest") =>
    page.waitForFunction((descending) => {
      const days = [...document.querySelectorAll("#search-results article time")].map((t) => t.getAttribute("datetime") ?? "");
      return days.length > 1 && days.every((day, i) => i === 0 || (descending ? days[i - 1]! >= day : days[i - 1]! <= day));
    }, sort === "newest");
  const resultDays = (page: Page) => page.locator("#search-results article time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")!));
  /** The count a filter's option shows: `Tessalit (3)` → 3. */
  const optionCount = async (page: Page, select: string, value: string) => Number((await page.locator(`${select} option[value="${value}"]`).textContent())!.match(/\((\d+)\)$/)![1]);

  /** Every article a listing page and its further pages link to, as hrefs. */
  async function articlesListedAt(sitePath: string): Promise<Set<string>> {
    const found = new Set<string>();
    for (let url: string | undefined = sample.site.url(sitePath); url; ) {
      const doc = parse(await (await fetch(url)).text());
      for (const a of doc.querySelectorAll("main article h2 a, main article h3 a")) found.add(a.getAttribute("href")!);
      const older = doc.querySelector('link[rel="next"]')?.getAttribute("href");
      url = older ? new URL(older, url).href : undefined;
    }
    return found;
  }

  test('typing "Inafarak" lists the seed article first, the match marked, the query in the URL', async () => {
    const { page, failures } = await open("/search/");
    await statusMatching(page, /Type a word/);
    await page.locator("#search-q").pressSequentially("Inafarak");
    const status = await statusMatching(page, /“Inafarak”/);
    expect(status).toMatch(/^\d+ articles? match(es)? “Inafarak”\.$/);
    const first = page.locator("#search-results > li").first();
    expect(await first.locator("h2 a").getAttribute("href")).toBe(SEED.href);
    expect(await first.locator("h2 a").innerText()).toBe(SEED.title);
    expect(await first.locator("time").getAttribute("datetime")).toBe("2024-07-23");
    expect(await first.locator("time").innerText()).toBe("Jul 23, 2024");
    expect((await first.locator(".search-excerpt mark").allInnerTexts()).map((m) => m.toLowerCase())).toContain("inafarak");
    expect(new URL(page.url()).search).toBe("?q=Inafarak");
    expect(failures).toEqual([]);
    await page.close();
  });

  test("a link to /news/search/?q=Kidal shows results on load, French articles among them", async () => {
    const { page, failures } = await open("/search/?q=Kidal");
    const status = await statusMatching(page, /“Kidal”/);
    const links = await resultLinks(page);
    expect(await page.locator("#search-q").inputValue()).toBe("Kidal");
    expect(links.length).toBeGreaterThan(5);
    // The status counts every match; the list shows the first 20 of them.
    const total = Number(/^(\d+) articles match “Kidal”\./.exec(status)?.[1]);
    expect(links.length).toBe(Math.min(total, 20));
    // The sample's French article is in its own bundle (French stemming), searched all the same.
    expect(links).toContain(FRENCH);
    expect(await page.locator(`#search-results article:has(a[href="${FRENCH}"]) h2`).getAttribute("lang")).toBe("fr");
    expect(await page.locator(`#search-results article:has(a[href="${FRENCH}"])`).getAttribute("lang")).toBeNull();
    for (const href of links) expect(href).toMatch(/^\/news\/articles\/[a-z0-9-]+\/$/);
    expect(failures).toEqual([]);
    await page.close();
  });

  test("the French article's bundle is stemmed as French: “quitter”, a form it never uses, finds it", async () => {
    // The article has "quitte", "quitté", "quittés"; French stemming takes all to one stem.
    const { page } = await open("/search/?q=quitter");
    await statusMatching(page, /“quitter”/);
    expect(await resultLinks(page)).toEqual([FRENCH]);
    await page.close();
  });

  test("choosing a place narrows the results to that place's articles, with the count the option showed", async () => {
    const { page, failures } = await open("/search/?q=Kidal");
    await statusMatching(page, /“Kidal”/);
    const all = await resultLinks(page);
    const expected = await optionCount(page, "#filter-place", "Tessalit");
    await page.locator("#filter-place").selectOption("Tessalit");
    await statusMatching(page, new RegExp(`^${expected} articles? match`));
    const narrowed = await resultLinks(page);
    const tessalit = await articlesListedAt("/places/tessalit/");
    expect(narrowed.length).toBe(expected);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.length);
    expect(narrowed.filter((href) => !tessalit.has(href))).toEqual([]);
    expect(new URL(page.url()).searchParams.get("place")).toBe("Tessalit");
    expect(failures).toEqual([]);
    await page.close();
  });

  test("choosing a year narrows the results to that year", async () => {
    const { page } = await open("/search/?q=Kidal");
    await statusMatching(page, /“Kidal”/);
    const all = await resultLinks(page);
    const expected = await optionCount(page, "#filter-year", "2023");
    await page.locator("#filter-year").selectOption("2023");
    await statusMatching(page, new RegExp(`^${expected} articles? match`));
    const days = await resultDays(page);
    expect(days.length).toBe(expected);
    expect(days.length).toBeGreaterThan(0);
    expect(days.length).toBeLessThan(all.length);
    expect(days.filter((d) => !d.startsWith("2023-"))).toEqual([]);
    await page.close();
  });

  test("sorting by date orders the results, across the English and French bundles", async () => {
    const { page } = await open("/search/?q=Kidal");
    await statusMatching(page, /“Kidal”/);
    await page.locator("#search-sort").selectOption("newest");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("sort") === "newest");
    // The URL changes first and the status keeps its words: the list is redrawn when the bundles
    // answer, so wait for it (a list that never comes in date order times out here).
    await inDateOrder(page, "newest");
    await statusMatching(page, /“Kidal”/);
    const newest = await resultDays(page);
    expect(newest).toEqual([...newest].sort().reverse());
    await page.locator("#search-sort").selectOption("oldest");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("sort") === "oldest");
    await page.waitForFunction((first) => document.querySelector("#search-results time")?.getAttribute("datetime") !== first, newest[0]);
    const oldest = await resultDays(page);
    expect(oldest).toEqual([...oldest].sort());
    expect(oldest).toEqual(expect.arrayContaining(newest.slice(0, 5)));
    await page.close();
  });

  test("a linked search with filters and sort comes back as it was", async () => {
    const { page } = await open("/search/?q=army&region=Kidal&sort=oldest");
    await statusMatching(page, /“army”/);
    expect(await page.locator("#filter-region").inputValue()).toBe("Kidal");
    expect(await page.locator("#search-sort").inputValue()).toBe("oldest");
    const kidal = await articlesListedAt("/regions/kidal/");
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((href) => !kidal.has(href))).toEqual([]);
    await page.close();
  });

  test("only what a reader sees is indexed: the title, links as their text, not the Read also box", async () => {
    // "immense" is in one title and in no body; the seed names that article in its Read also
    // box, "Sixty bodies" through a [[link|label]] that shows the label, and a draft (not built)
    // in a link showing the title: none of them is a result.
    const { page } = await open("/search/?q=immense");
    await statusMatching(page, /“immense”/);
    expect(await resultLinks(page)).toEqual(["/news/articles/kidal-a-small-town-and-an-immense-symbol/"]);
    await page.close();
  });

  test("any name the registry knows a subject by finds its articles: “Fama” every article of the Malian Armed Forces", async () => {
    const { page } = await open("/search/?q=Fama");
    await statusMatching(page, /“Fama”/);
    const fama = await articlesListedAt("/actors/malian-armed-forces/");
    expect(fama.size).toBeGreaterThan(2);
    expect(new Set(await resultLinks(page))).toEqual(fama);
    await page.close();
  });

  test("a filter written by hand into a link matches whatever its case and accents, and takes the index's spelling", async () => {
    const { page, failures } = await open("/search/?q=army&actor=jnim");
    await statusMatching(page, /“army”/);
    expect(await page.locator("#filter-actor").inputValue()).toBe("JNIM");
    expect((await resultLinks(page)).length).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get("actor")).toBe("JNIM");
    expect(failures).toEqual([]);
    await page.close();
  });

  test("“Show more results” from the keyboard lands on the first new result, and the status says how many are shown", async () => {
    const { page, failures } = await open("/search/?q=army");
    const first = await statusMatching(page, /“army”/);
    const total = Number(first.match(/^(\d+) articles match/)![1]);
    expect(total).toBeGreaterThan(20);
    expect(first).toBe(`${total} articles match “army”. Showing 20 of ${total}.`);
    expect(await page.locator("#search-results > li").count()).toBe(20);
    await page.locator("#search-more").focus();
    await page.keyboard.press("Enter");
    expect(await statusMatching(page, new RegExp(`Showing ${total} of`))).toBe(`${total} articles match “army”. Showing ${total} of ${total}.`);
    expect(await page.locator("#search-more").isHidden()).toBe(true);
    // Focus on the 21st result's link, not fallen back to <body> with the hidden button.
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("href"));
    expect(focused).toBe(await page.locator("#search-results > li:nth-child(21) h2 a").getAttribute("href"));
    expect(failures).toEqual([]);
    await page.close();
  });

  test("“Clear filters” from the keyboard clears them and leaves focus on the search field, not on the disabled button", async () => {
    const { page, failures } = await open("/search/?q=Kidal&year=2023");
    await statusMatching(page, /“Kidal”/);
    expect(await page.locator("#search-clear").isEnabled()).toBe(true);
    await page.locator("#search-clear").focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("year") === null);
    await expect.poll(() => page.locator("#search-clear").isDisabled()).toBe(true);
    expect(await page.locator("#filter-year").inputValue()).toBe("");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-q");
    expect(failures).toEqual([]);
    await page.close();
  });

  test("a query with no match says so", async () => {
    const { page, failures } = await open("/search/");
    await statusMatching(page, /Type a word/);
    await page.locator("#search-q").fill("zqxjvwk");
    await page.locator("#search-q").press("Enter");
    expect(await statusMatching(page, /zqxjvwk/)).toBe("No article matches “zqxjvwk”.");
    expect(await page.locator("#search-results > li").count()).toBe(0);
    expect(failures).toEqual([]);
    await page.close();
  });

  test("the header's search field on any page leads to the results", async () => {
    const { page, failures } = await open("/places/kidal/");
    await page.locator("header #site-search-q").fill("Inafarak");
    await Promise.all([page.waitForURL((u) => u.pathname === "/news/search/"), page.locator("header #site-search-q").press("Enter")]);
    expect(new URL(page.url()).search).toBe("?q=Inafarak");
    await statusMatching(page, /“Inafarak”/);
    expect((await resultLinks(page))[0]).toBe(SEED.href);
    expect(failures).toEqual([]);
    await page.close();
  });

  test("axe-core: no serious or critical violation on the search page with results and filters, light or dark", async () => {
    const page = await sample.browser.context.newPage();
    await page.addInitScript({ path: AXE });
    const problems: string[] = [];
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(sample.site.url("/search/?q=Kidal&year=2023"));
      await statusMatching(page, /“Kidal”/);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { resultTypes: ["violations"] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
      });
      for (const v of violations) if (v.impact === "serious" || v.impact === "critical") problems.push(`${scheme}: ${v.id} (${v.impact}) at ${v.targets.join(", ")}`);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  test("on a French site the script speaks French: counts, none in words, and the first of the month as “1er”", async () => {
    const french = await serveSample("/news/", "fr");
    try {
      // The sample's article of 1 July 2013, the only one of its month.
      const { page, failures } = await open("/search/?q=MINUSMA&year=2013", french.server.origin);
      const status = await statusMatching(page, /«\u00a0MINUSMA\u00a0»/);
      expect(status).toMatch(/^\d+ articles? correspond(ent)? à «\u00a0MINUSMA\u00a0»\.$/);
      const times = await page.locator("#search-results article time").evaluateAll((ts) => ts.map((t) => [t.getAttribute("datetime"), t.textContent]));
      expect(times).toContainEqual(["2013-07-01", "1er juil. 2013"]);
      await page.goto(french.url("/search/?place=nowhere"));
      expect(await statusMatching(page, /filtres/)).toBe("Aucun article ne correspond à ces filtres.");
      expect(failures).toEqual([]);
      await page.close();
    } finally {
      await french.close();
    }
  });

  test("a site built without its index (--no-search) says search is unavailable and offers the indexes", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "news-archive-no-index-"));
    cpSync(sample.site.out, dir, { recursive: true, filter: (src) => !src.startsWith(path.join(sample.site.out, "pagefind")) });
    const server = await serveStatic(dir, "/news/");
    try {
      const { page } = await open("/search/?q=Kidal", server.origin);
      await page.locator("#search-unavailable").waitFor({ state: "visible" });
      expect(await page.locator("#search-unavailable").innerText()).toContain("Search is not available");
      expect(await page.locator("#search-unavailable a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(["/news/places/", "/news/actors/", "/news/regions/", "/news/archive/", "/news/threads/"]);
      expect(await page.locator("#search-controls").isHidden()).toBe(true);
      await page.close();
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
