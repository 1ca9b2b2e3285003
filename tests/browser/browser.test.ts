// The sample site in a real browser (Debian's Chromium), served under /news/ by a static server:
// a reader's path through it, accessibility by axe-core, screenshots at phone and desktop widths.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { ROOT } from "../helpers/archive.ts";
import { browserSkipReason, sampleInChromium } from "../helpers/browser.ts";
import { parseXml } from "../helpers/xml.ts";

const skip = browserSkipReason();
if (skip) console.warn(skip);

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const SCREENSHOTS = path.join(ROOT, "test-results/screenshots");
const SEED = "Malian army arrives in Inafarak, near the Algerian border";

// Generous limits: building the sample and launching Chromium on a loaded two-core CI machine.
describe.skipIf(skip !== undefined)("the sample site in Chromium", { timeout: 120_000 }, () => {
  const sample = sampleInChromium("/news/");

  /** A new tab that records every same-origin request the server failed. */
  async function open(sitePath: string): Promise<{ page: Page; failures: string[] }> {
    const page = await sample.browser.context.newPage();
    const failures: string[] = [];
    page.on("response", (r) => {
      if (r.url().startsWith(sample.site.server.origin) && r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
    });
    // ERR_ABORTED is the browser dropping a request when the reader moves on (a favicon still
    // loading when the test clicks the next link): not a failure of the site.
    page.on("requestfailed", (r) => {
      if (r.failure()?.errorText !== "net::ERR_ABORTED") failures.push(`failed ${r.url()}: ${r.failure()?.errorText}`);
    });
    page.on("pageerror", (e) => failures.push(`script error: ${e.message}`));
    await page.goto(sample.site.url(sitePath));
    return { page, failures };
  }

  const pathOf = (page: Page) => new URL(page.url()).pathname;
  const h1 = (page: Page) => page.locator("h1").first().innerText();

  test("home → article → place → article → its Read also → year archive, and back through history", async () => {
    const { page, failures } = await open("/");
    const visited: [string, string][] = [[pathOf(page), ""]];
    const step = async (click: () => Promise<void>) => {
      const from = pathOf(page);
      await Promise.all([page.waitForURL((u) => u.pathname !== from), click()]);
      await page.waitForLoadState("load");
      visited.push([pathOf(page), await h1(page)]);
    };

    await step(() => page.locator("main article a", { hasText: SEED }).first().click());
    expect(visited.at(-1)).toEqual(["/news/articles/malian-army-arrives-in-inafarak/", SEED]);

    await step(() => page.locator(".entities a", { hasText: /^Tessalit$/ }).click());
    expect(visited.at(-1)).toEqual(["/news/places/tessalit/", "Tessalit"]);

    await step(() => page.locator("main article h2 a", { hasText: "Army takes over Tessalit camp" }).click());
    expect(visited.at(-1)![0]).toBe("/news/articles/army-takes-over-tessalit-camp/");

    const readAlso = page.locator("#read-also a").first();
    const target = await readAlso.getAttribute("href");
    const targetTitle = await readAlso.innerText();
    expect(target).toMatch(/^\/news\/articles\/[a-z0-9-]+\/$/);
    await step(() => readAlso.click());
    expect(visited.at(-1)).toEqual([target, targetTitle]);
    const year = (await page.locator("article time").first().getAttribute("datetime"))!.slice(0, 4);

    await step(() => page.locator("header nav a", { hasText: "Archive" }).click());
    expect(visited.at(-1)![0]).toBe("/news/archive/");
    await step(() => page.locator(".years h2 a", { hasText: year }).click());
    expect(visited.at(-1)![0]).toBe(`/news/archive/${year}/`);
    expect(await page.locator(`main article a[href="${target}"]`).count()).toBeGreaterThan(0);

    // History back, step by step, to the home page.
    for (let i = visited.length - 2; i >= 0; i--) {
      await page.goBack();
      expect(pathOf(page)).toBe(visited[i]![0]);
      if (visited[i]![1]) expect(await h1(page)).toBe(visited[i]![1]);
    }
    expect(failures).toEqual([]);
    await page.close();
  });

  test("a missing page at any depth gets 404.html, styled, with working links back", async () => {
    const { page, failures } = await open("/no/such/deep/page/");
    expect(await h1(page)).toBe("Page not found");
    // The stylesheet loaded although the page sits four folders deep: its links are prefix-absolute.
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    expect(failures.filter((f) => !f.endsWith("/news/no/such/deep/page/"))).toEqual([]);
    await Promise.all([page.waitForURL((u) => u.pathname === "/news/places/"), page.locator("main a", { hasText: /^Places$/ }).click()]);
    expect(await h1(page)).toBe("Places A–Z");
    await page.close();
  });

  test("axe-core: no serious or critical violation on any kind of page, light or dark", async () => {
    const urls: string[] = parseXml(await (await fetch(sample.site.url("/sitemap.xml"))).text()).urlset.url.map((u: { loc: string }) => u.loc);
    const kinds = onePerKind(urls.map((u) => new URL(u).pathname.slice(sample.site.prefix.length - 1)));
    expect(kinds).toEqual(expect.arrayContaining(["/", "/articles/*/", "/places/", "/places/*/", "/regions/*/page/*/", "/actors/*/", "/archive/", "/archive/*/", "/archive/*/*/"]));
    const pages = [...kinds.map((k) => urls.map((u) => new URL(u).pathname.slice(sample.site.prefix.length - 1)).find((p) => kindOf(p) === k)!), "/404.html"];
    const problems: string[] = [];
    // Two tabs (two cores in CI) share the pages; axe is injected before each page's own scripts run.
    const tabs = await Promise.all([0, 1].map(() => sample.browser.context.newPage()));
    for (const tab of tabs) await tab.addInitScript({ path: AXE });
    const work = (["light", "dark"] as const).flatMap((scheme) => pages.map((p) => ({ scheme, p })));
    await Promise.all(
      tabs.map(async (tab) => {
        for (let job = work.shift(); job; job = work.shift()) {
          const { scheme, p } = job;
          await tab.emulateMedia({ colorScheme: scheme });
          await tab.goto(sample.site.url(p));
          // Dark mode changes colours only: the second pass runs the colour rules alone.
          const options = scheme === "light" ? { resultTypes: ["violations"] } : { resultTypes: ["violations"], runOnly: { type: "rule", values: ["color-contrast", "link-in-text-block"] } };
          const violations = await tab.evaluate(async (options) => {
            const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
            const result = await axe.run(document, options);
            return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
          }, options);
          for (const v of violations) if (v.impact === "serious" || v.impact === "critical") problems.push(`${scheme} ${p}: ${v.id} (${v.impact}) at ${v.targets.join(", ")}`);
        }
        await tab.close();
      }),
    );
    problems.sort();
    expect(problems).toEqual([]);
  });

  test("at 320 px with WCAG 1.4.12 text spacing, pages do not scroll sideways", async () => {
    const page = await sample.browser.context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow: string[] = [];
    for (const p of ["/threads/sixty-bodies-found-near-abeibara/", "/threads/", "/regions/kidal/", "/places/kidal/", "/places/", "/archive/", "/archive/2023/", "/actors/malian-armed-forces/", "/", "/articles/malian-army-arrives-in-inafarak/", "/search/?q=Kidal"]) {
      await page.goto(sample.site.url(p));
      await page.addStyleTag({ content: "* { line-height: 1.5 !important; letter-spacing: .12em !important; word-spacing: .16em !important; } p { margin-bottom: 2em !important; }" });
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > 320) overflow.push(`${p} is ${scrollWidth}px wide`);
    }
    await page.close();
    expect(overflow).toEqual([]);
  });

  test("the maps' country names reach 4.5:1 against land and sea, light or dark", async () => {
    // axe leaves SVG text out of its contrast rule: measured here from the computed styles.
    const page = await sample.browser.context.newPage();
    const found: string[] = [];
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(sample.site.url("/places/"));
      const colours = await page.evaluate(() => {
        const label = document.querySelector(".map-countries text")!;
        let opacity = Number(getComputedStyle(label).fillOpacity);
        for (let el: Element | null = label; el && el.localName !== "svg"; el = el.parentElement) opacity *= Number(getComputedStyle(el).opacity);
        const fill = (selector: string) => getComputedStyle(document.querySelector(selector)!).fill;
        return { text: getComputedStyle(label).fill, opacity, grounds: [fill(".map-sea"), fill(".map-land")] };
      });
      for (const ground of colours.grounds) {
        const ratio = contrast(blend(rgb(colours.text), colours.opacity, rgb(ground)), rgb(ground));
        found.push(`${scheme} on ${ground}: ${ratio >= 4.5 ? "≥ 4.5" : ratio.toFixed(2)}`);
      }
    }
    await page.close();
    expect(found.filter((f) => !f.endsWith("≥ 4.5"))).toEqual([]);
  });

  test("screenshots of the home page and an article at 390 and 1280 px, without sideways scrolling", async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const page = await sample.browser.context.newPage();
    const overflow: string[] = [];
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 844 });
      for (const [name, p] of [["home", "/"], ["article", "/articles/malian-army-arrives-in-inafarak/"]] as const) {
        await page.goto(sample.site.url(p));
        const file = path.join(SCREENSHOTS, `${name}-${width}.png`);
        const png = await page.screenshot({ path: file, fullPage: true });
        expect(png.subarray(1, 4).toString()).toBe("PNG");
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > width) overflow.push(`${name} at ${width}px is ${scrollWidth}px wide`);
      }
    }
    await page.close();
    expect(overflow).toEqual([]);
  });
});

/** A page's kind: its path with every slug and number replaced by `*` (`/places/kidal/page/2/` → `/places/*​/page/*​/`). */
function kindOf(sitePath: string): string {
  const parts = sitePath.split("/").filter(Boolean);
  return "/" + parts.map((s, i) => (i === 0 || s === "page" ? s : "*")).map((s) => s + "/").join("");
}

function onePerKind(sitePaths: string[]): string[] {
  return [...new Set(sitePaths.map(kindOf))];
}

type Rgb = [number, number, number];

function rgb(css: string): Rgb {
  const [r, g, b] = css.match(/\d+(\.\d+)?/g)!.map(Number);
  return [r!, g!, b!];
}

/** `front` painted at `alpha` over `back`. */
function blend(front: Rgb, alpha: number, back: Rgb): Rgb {
  return front.map((c, i) => c * alpha + back[i]! * (1 - alpha)) as Rgb;
}

/** WCAG 2 contrast ratio of two sRGB colours. */
function contrast(a: Rgb, b: Rgb): number {
  const luminance = (c: Rgb) => {
    const [r, g, bl] = c.map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
