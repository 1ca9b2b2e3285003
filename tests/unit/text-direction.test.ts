// Right-to-left text on the pages: the direction of a site and of an article's words, names and
// titles isolated from the text they are shown in, and what a right-to-left page mirrors.
import { parse, type HTMLElement } from "node-html-parser";
import { describe, expect, test } from "vitest";
import { render as renderArticle } from "../../templates/article.11ty.ts";
import { render as renderEntity } from "../../templates/entity.11ty.ts";
import { render as renderAz } from "../../templates/az.11ty.ts";
import { render as renderHome } from "../../templates/home.11ty.ts";
import { render as renderAlias } from "../../templates/alias-redirect.11ty.ts";
import type { SiteViews } from "../../src/views/types.ts";
import { buildViews } from "../helpers/insight-archive.ts";
import { fm } from "../helpers/memory-archive.ts";

const [LRI, RLI, FSI, PDI] = ["\u2066", "\u2067", "\u2068", "\u2069"];

const articlePage = (views: SiteViews, slug: string) => parse(renderArticle({ view: views.article.find((v) => v.outputPath === `articles/${slug}/index.html`)! }));
const entityPage = (views: SiteViews, path: string) => parse(renderEntity({ view: views.entity.find((v) => v.outputPath === `${path}index.html`)! }));
const attributes = (element: HTMLElement | null) => [element?.getAttribute("lang") ?? null, element?.getAttribute("dir") ?? null];

describe("the direction of a site, and of an article's words", () => {
  // Each article titled in its own script: one in Latin letters on an Arabic site is the case below.
  test.each([
    ["en", undefined, "A", null, [null, null]],
    ["en", "ar", "أ", null, ["ar", "rtl"]],
    ["en", "fr", "A", null, ["fr", null]],
    // Tamasheq in Arabic script; Tamasheq alone is written in Latin letters
    ["fr", "taq-Arab", "أ", null, ["taq-Arab", "rtl"]],
    ["fr", "taq", "A", null, ["taq", null]],
    ["ar", undefined, "أ", "rtl", [null, null]],
    ["ar", "en", "A", "rtl", ["en", "ltr"]],
    ["ar", "ar-Latn", "A", "rtl", ["ar-Latn", "ltr"]],
    ["ar", "fa", "أ", "rtl", ["fa", null]],
    ["he", "ar", "أ", "rtl", ["ar", null]],
  ] as const)("site %s, article %s titled %s: <html dir> %s, the article's words %j", (site, lang, title, htmlDir, words) => {
    const other = site === "en" || site === "fr" ? "B" : "ب";
    const views = buildViews(
      {
        "a.md": fm(`title: ${title}\ndate: 2024-06-01\nregion: Kidal${lang ? `\nlang: ${lang}` : ""}\nread_also: [b]`),
        "b.md": fm(`title: ${other}\ndate: 2024-06-02\nregion: Kidal\nread_also: [a]`),
      },
      { site: `language: ${site}\n`, region: "- name: Kidal\n" },
    );
    const doc = articlePage(views, "a");
    expect(attributes(doc.querySelector("html"))).toEqual([site, htmlDir]);
    for (const selector of ["article.article h1", "article.article .body"]) expect(attributes(doc.querySelector(selector)), selector).toEqual(words);
    // ...and wherever its title is shown: a card, a list of links, previous/next
    const home = parse(renderHome({ view: views.home[0]! }));
    expect(attributes(home.querySelector('main article.card:has(a[href="/articles/a/"]) h3'))).toEqual(words);
    const b = articlePage(views, "b");
    expect(attributes(b.querySelector("#referenced-by li a"))).toEqual(words);
    expect(attributes(b.querySelector('.prev-next [rel="prev"] bdi'))).toEqual(words);
    // the labels and dates around them stay the site's
    expect(attributes(doc.querySelector("article.article"))).toEqual([null, null]);
    expect(attributes(doc.querySelector("article.article time"))).toEqual([null, null]);
  });
});

describe("names written the other way from the site, isolated where they are shown", () => {
  const registries = { region: "- name: Kidal\n", place: "- name: تين زاواتين\n  aliases: [Tinzaouaten, تنزاواتين]\n- name: أبيبرة\n- name: Kidal\n" };
  const article = fm("title: A\ndate: 2024-06-01\nregion: Kidal\nplaces: [تين زاواتين, أبيبرة, Kidal]");
  const ltr = buildViews({ "a.md": article }, { ...registries, site: "language: en\n" });
  const rtl = buildViews({ "a.md": article }, { ...registries, site: "language: ar\n" });

  test.each([
    // two Arabic names in an English list: unisolated, they would swap places around their comma
    [ltr, '<a href="/places/tyn-zawatyn/"><bdi>تين زاواتين</bdi></a>, <a href="/places/abybrt/"><bdi>أبيبرة</bdi></a>, <a href="/places/kidal/">Kidal</a>'],
    // …and an Arabic list takes Arabic's comma
    [rtl, '<a href="/places/tyn-zawatyn/">تين زاواتين</a>، <a href="/places/abybrt/">أبيبرة</a>، <a href="/places/kidal/"><bdi>Kidal</bdi></a>'],
  ])("the article's places, site %#", (views, places) => {
    expect(articlePage(views, "a").querySelector(".entities dd:nth-of-type(2)")!.innerHTML).toBe(places);
  });

  test("an entity's heading, its other names, and the A–Z list", () => {
    const page = entityPage(ltr, "places/tyn-zawatyn/");
    expect(page.querySelector("main h1")!.innerHTML).toBe("<bdi>تين زاواتين</bdi>");
    expect(page.querySelector(".aliases")!.innerHTML).toBe("Also known as: Tinzaouaten, <bdi>تنزاواتين</bdi>");
    const az = parse(renderAz({ view: ltr.az.find((v) => v.entityKind === "place")! }));
    expect(az.querySelector('.az-list a[href="/places/tyn-zawatyn/"]')!.parentNode!.innerHTML).toBe('<a href="/places/tyn-zawatyn/"><bdi>تين زاواتين</bdi></a> <span class="count">1 article</span> <span class="note">(Tinzaouaten, <bdi>تنزاواتين</bdi>)</span>');
  });

  test("a site's names in its own direction are left as they were", () => {
    const page = entityPage(rtl, "places/tyn-zawatyn/");
    expect(page.querySelector("main h1")!.innerHTML).toBe("تين زاواتين");
  });
});

describe("an article's title holding words written the other way", () => {
  // An English title that begins with an Arabic name: its own direction (the first letter's would be
  // right to left), set where it is shown among the site's words
  const views = buildViews(
    {
      "a.md": fm('title: "تين زاواتين: 12 killed"\ndate: 2024-06-01\nregion: Kidal\nread_also: [b]'),
      "b.md": fm("title: Kidal\ndate: 2024-06-02\nregion: Kidal\nread_also: [a]"),
    },
    { site: "language: en\n", region: "- name: Kidal\n" },
  );
  test.each([
    ["b", "#referenced-by li a", "ltr"],
    ["b", '.prev-next [rel="prev"] bdi', "ltr"],
    ["a", "article.article h1", "ltr"],
    ["a", "#read-also li a", null],
    ["a", '.prev-next [rel="next"] bdi', null],
  ])("/articles/%s/ %s: dir %s", (slug, selector, dir) => {
    expect(attributes(articlePage(views, slug).querySelector(selector))).toEqual([null, dir]);
  });
});

describe("a [[link]] in a body, which reads as its target's title", () => {
  const views = buildViews(
    {
      "a.md": fm("title: Army returns\ndate: 2024-06-01\nregion: Kidal", "See [[b]], [[b|the Arabic report]] and [[c]]."),
      "b.md": fm("title: تين زاواتين تحت النار\ndate: 2024-06-02\nregion: Kidal\nlang: ar"),
      "c.md": fm("title: Tessalit\ndate: 2024-06-03\nregion: Kidal"),
    },
    { site: "language: en\n", region: "- name: Kidal\n" },
  );
  test("a title written the other way is marked with its language and isolated in its direction; the editor's label is theirs", () => {
    expect(articlePage(views, "a").querySelector(".body p")!.innerHTML).toBe(
      'See <a class="wikilink" href="/articles/b/" lang="ar"><bdi dir="rtl">تين زاواتين تحت النار</bdi></a>, <a class="wikilink" href="/articles/b/">the Arabic report</a> and <a class="wikilink" href="/articles/c/">Tessalit</a>.',
    );
  });
});

describe("<title>, which holds no markup: Unicode isolates; og:title, which programs read: plain", () => {
  const registries = { region: "- name: Kidal\n", place: "- name: تين زاواتين\n  aliases: [Tinzaouaten]\n" };
  const articles = {
    "a.md": fm("title: تين زاواتين تحت النار\ndate: 2024-06-01\nregion: Kidal\nplaces: [تين زاواتين]\nlang: ar"),
    "b.md": fm("title: Kidal\ndate: 2024-06-02\nregion: Kidal"),
    "c.md": fm("title: Gao\ndate: 2024-06-03\nregion: Kidal\nlang: en"),
  };
  const ltr = buildViews(articles, { ...registries, site: "title: Desk\nlanguage: en\n" });
  const rtl = buildViews(articles, { ...registries, site: "title: أرشيف\nlanguage: ar\n" });

  test.each([
    ["an Arabic article on an English site", () => articlePage(ltr, "a"), [`${RLI}تين زاواتين تحت النار${PDI} — Desk`, "تين زاواتين تحت النار"]],
    ["an English one", () => articlePage(ltr, "b"), ["Kidal — Desk", "Kidal"]],
    ["an English article on an Arabic site", () => articlePage(rtl, "c"), [`${LRI}Gao${PDI} — أرشيف`, "Gao"]],
    // in the site's language, Arabic, but in Latin letters: its direction is still Arabic's
    ["a title in Latin letters on an Arabic site", () => articlePage(rtl, "b"), [`${RLI}Kidal${PDI} — أرشيف`, "Kidal"]],
    ["an Arabic one", () => articlePage(rtl, "a"), ["تين زاواتين تحت النار — أرشيف", "تين زاواتين تحت النار"]],
    ["an Arabic place on an English site", () => entityPage(ltr, "places/tyn-zawatyn/"), [`${FSI}تين زاواتين${PDI} — Place — Desk`, "تين زاواتين — Place"]],
    ["an English region on an Arabic site", () => entityPage(rtl, "regions/kidal/"), [`${FSI}Kidal${PDI} — منطقة — أرشيف`, "Kidal — منطقة"]],
    ["an alias page", () => parse(renderAlias({ view: ltr.aliasRedirect[0]! })), [`${FSI}تين زاواتين${PDI} — Desk`, null]],
  ])("%s", (_name, doc, expected) => {
    const page = doc();
    expect([page.querySelector("title")!.text, page.querySelector('meta[property="og:title"]')?.getAttribute("content") ?? null]).toEqual(expected);
  });
});

describe("a right-to-left page", () => {
  const views = buildViews(
    {
      "a.md": fm("title: أ\ndate: 2024-06-01\nregion: Kidal"),
      "b.md": fm("title: ب\ndate: 2024-06-02\nregion: Kidal"),
      "c.md": fm("title: ج\ndate: 2024-06-03\nregion: Kidal"),
    },
    { site: "language: ar\npage_size: 1\n", region: "- name: Kidal\n" },
  );

  test("its arrows point the way it reads: back is to the right", () => {
    const prevNext = articlePage(views, "b").querySelectorAll(".prev-next span").map((s) => s.text);
    expect(prevNext).toEqual(["→ المقال السابق", "المقال التالي ←"]);
    const pager = entityPage(views, "regions/kidal/page/2/").querySelectorAll(".pager .step").map((s) => s.text);
    expect(pager).toEqual(["→ الأحدث", "الأقدم ←"]);
    expect(parse(renderHome({ view: views.home[0]! })).querySelector(".more a")!.text).toBe("كل المقالات حسب التاريخ ←");
  });

  test("an alias page says its direction too", () => {
    const registries = { region: "- name: Kidal\n  aliases: [كيدال]\n" };
    const alias = buildViews({ "a.md": fm("title: أ\ndate: 2024-06-01\nregion: Kidal") }, { ...registries, site: "language: ar\n" }).aliasRedirect[0]!;
    expect(attributes(parse(renderAlias({ view: alias })).querySelector("html"))).toEqual(["ar", "rtl"]);
  });
});
