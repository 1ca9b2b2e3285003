// An Arabic site in Chromium: what only a browser shows of right-to-left text. The markup is
// pinned by tests/unit/text-direction.test.ts; here, the directions the browser computes from
// it, the map's labels as drawn, and the search results, which search.js draws in the browser.
import { rmSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { article, runCli, writeTree } from "../helpers/archive.ts";
import { browserSkipReason, launchBrowser, type Browser } from "../helpers/browser.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

const skip = browserSkipReason();
if (skip) console.warn(skip);

describe.skipIf(skip !== undefined)("an Arabic archive in Chromium", { timeout: 120_000 }, () => {
  const dir = writeTree({
    "content/site.yaml": "title: أرشيف شمال مالي\nlanguage: ar\n",
    "content/regions.yaml": "- name: كيدال\n",
    "content/places.yaml": "- name: تين زاواتين\n  region: كيدال\n  coordinates: [19.95, 2.92]\n- name: Anefis\n  region: كيدال\n  coordinates: [18.05, 0.6]\n- name: أبيبرة\n  region: كيدال\n  coordinates: [18.9, 1.7]\n",
    "content/articles/a.md": article("title: اشتباكات في تين زاواتين\ndate: 2024-07-27\nregion: كيدال\nplaces: [تين زاواتين, Anefis, أبيبرة]\nread_also: [b]", "اندلعت اشتباكات قرب تين زاواتين."),
    "content/articles/b.md": article("title: Fighting near Tinzaouaten\ndate: 2024-07-26\nregion: كيدال\nplaces: [تين زاواتين, Anefis]\nlang: en", "Fighting broke out near Tinzaouaten."),
  });
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    const out = path.join(dir, "_site");
    [server, browser] = await Promise.all([serveStatic(out, "/"), launchBrowser()]);
    const build = runCli(["build", "--base-url", server.origin, "--quiet"], dir);
    expect(build).toMatchObject({ code: 0, stderr: "" });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Script errors of every page opened, asserted empty after each test. */
  const errors: string[] = [];
  afterEach(() => {
    expect(errors.splice(0)).toEqual([]);
  });

  async function open(sitePath: string): Promise<Page> {
    const page = await browser.context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(server.origin + sitePath);
    return page;
  }
  const direction = (page: Page, selector: string) => page.locator(selector).first().evaluate((e) => getComputedStyle(e).direction);

  test("the page reads right to left; an English article's own words left to right, its date and labels not", async () => {
    const page = await open("/articles/b/");
    const directions = Object.fromEntries(await Promise.all(["body", "article.article h1", "article.article .body", "article.article time", ".entities"].map(async (s) => [s, await direction(page, s)])));
    expect(directions).toEqual({ body: "rtl", "article.article h1": "ltr", "article.article .body": "ltr", "article.article time": "rtl", ".entities": "rtl" });
    // the places, read from the right: تين زاواتين first, then Anefis, its comma between them
    const boxes = await page.locator(".entities dd a[href^='/places/']").evaluateAll((as) => as.map((a) => [a.textContent, a.getBoundingClientRect().right]));
    expect(boxes.map(([text]) => text)).toEqual(["تين زاواتين", "Anefis"]);
    expect(Number(boxes[0]![1])).toBeGreaterThan(Number(boxes[1]![1]));
    await page.close();
  });

  test("a map label is drawn beside its dot, not over it", async () => {
    const page = await open("/places/tyn-zawatyn/");
    const [dot, label] = await Promise.all([".map-focus", ".map-focus-label"].map((s) => page.locator(s).evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect)));
    // labels go right of their dot where there is room (map-svg.ts), on a right-to-left page too
    expect(label!.left).toBeGreaterThanOrEqual(dot!.right);
    await page.close();
  });

  test("search results: each name isolated, an English title and excerpt in their own direction", async () => {
    const page = await open("/search/?q=Tinzaouaten");
    await page.waitForSelector("#search-results li");
    const result = page.locator("#search-results article").first();
    expect(await result.locator("h2").evaluate((h) => [h.getAttribute("lang"), h.getAttribute("dir"), getComputedStyle(h).direction])).toEqual(["en", "auto", "ltr"]);
    expect(await result.locator(".search-meta bdi").allInnerTexts()).toEqual(["كيدال", "تين زاواتين", "Anefis"]);
    // In Arabic: the interface's words, its comma, and the reader's Latin word isolated in them.
    expect(await result.locator(".search-meta").textContent()).toMatch(/ · كيدال · تين زاواتين، Anefis$/);
    // Its date as the site's cards write it (Chromium's "medium" date style is numeric in Arabic).
    const home = await open("/");
    const cardDate = await home.locator('.card:has(a[href="/articles/b/"]) time').first().textContent();
    await home.close();
    expect([cardDate, await result.locator(".search-meta time").textContent()]).toEqual(["26 يوليو 2024", cardDate]);
    await page.waitForFunction(() => /يطابق/.test(document.getElementById("search-status")!.textContent ?? ""));
    expect(await page.locator("#search-status").textContent()).toBe("مقال واحد يطابق «\u2068Tinzaouaten\u2069».");
    // an <option> holds no markup: a Latin name among Arabic ones is isolated by FSI … PDI
    await page.waitForSelector("#filter-place option[value='Anefis']", { state: "attached" });
    expect(await page.locator("#filter-place option[value]:not([value=''])").allTextContents()).toEqual(["\u2068Anefis\u2069 (1)", "تين زاواتين (1)"]);
    await page.close();
  });
});
