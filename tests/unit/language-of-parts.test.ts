// WCAG 3.1.2, language of parts: wherever an article's title shows on a French site, a title in
// English is marked lang="en", and one in French is left to the page's lang.
import { parse } from "node-html-parser";
import { describe, expect, test } from "vitest";
import { render as renderArticle } from "../../templates/article.11ty.ts";
import { render as renderThread } from "../../templates/thread.11ty.ts";
import { render as renderThreadIndex } from "../../templates/thread-index.11ty.ts";
import { buildViews } from "../helpers/insight-archive.ts";
import { fm } from "../helpers/memory-archive.ts";

// a → b → c by read_also: one thread, first and last articles in English.
const views = buildViews(
  {
    "a.md": fm("title: Army takes Kidal\ndate: 2024-06-01\nregion: Kidal\nlang: en\nread_also: [b]", "See [[b]]."),
    "b.md": fm("title: L’armée à Anefis\ndate: 2024-06-05\nregion: Kidal\nread_also: [c]", "Voir [[a]] et [[c|ce récit]]."),
    "c.md": fm("title: Losses at Tinzaouaten\ndate: 2024-06-10\nregion: Kidal\nlang: en\nread_also: [a]"),
  },
  { site: "title: Archives\nlanguage: fr\n", region: "- name: Kidal\n" },
);

const article = (slug: string) => parse(renderArticle({ view: views.article.find((v) => v.outputPath === `articles/${slug}/index.html`)! }));
const pages = {
  "/articles/a/": article("a"),
  "/articles/b/": article("b"),
  "/threads/a/": parse(renderThread({ view: views.thread[0]! })),
  "/threads/": parse(renderThreadIndex({ view: views.threadIndex[0]! })),
};

describe("an English title on a French site carries lang", () => {
  test.each([
    ["/articles/b/", "#read-also li a", "Losses at Tinzaouaten", "en"],
    ["/articles/b/", "#referenced-by li a", "Army takes Kidal", "en"],
    ["/articles/a/", "#read-also li a", "L’armée à Anefis", null],
    // a [[link]] in a body reads as its target's title, in the target's language; a label is the editor's
    ["/articles/b/", '.body a[href$="/articles/a/"]', "Army takes Kidal", "en"],
    ["/articles/b/", '.body a[href$="/articles/c/"]', "ce récit", null],
    // in an English body on a French site, a French title is marked French
    ["/articles/a/", '.body a[href$="/articles/b/"]', "L’armée à Anefis", "fr"],
    ["/articles/b/", '.prev-next [rel="prev"] bdi', "Army takes Kidal", "en"],
    ["/articles/b/", '.prev-next [rel="next"] bdi', "Losses at Tinzaouaten", "en"],
    ["/articles/a/", '.prev-next [rel="next"] bdi', "L’armée à Anefis", null],
    ["/articles/b/", "#thread .thread-link a", "Army takes Kidal", "en"],
    ["/threads/a/", "h1", "Army takes Kidal", "en"],
    ["/threads/", "main article h2", "Army takes Kidal", "en"],
    ["/threads/", ".thread-latest a", "Losses at Tinzaouaten", "en"],
  ] as const)("%s %s: %s, lang %s", (path, selector, text, lang) => {
    const element = pages[path].querySelector(selector)!;
    expect(element.text).toBe(text);
    expect(element.getAttribute("lang") ?? null).toBe(lang);
  });

  test("the labels beside a title stay the site's", () => {
    const prev = pages["/articles/b/"].querySelector('.prev-next [rel="prev"]')!;
    expect(prev.hasAttribute("lang")).toBe(false);
    expect(prev.querySelector("span")!.text).toBe("← Article précédent");
  });
});
