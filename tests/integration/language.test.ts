// Site language and allow_html: interface strings, luxon dates and trusted HTML.
import path from "node:path";
import { describe, expect, test } from "vitest";
import { article, page, runCli, writeTree } from "../helpers/archive.ts";

describe("a French site that trusts its editors' HTML", () => {
  const dir = writeTree({
    "content/site.yaml": "title: Archives du Sahel\nlanguage: fr\ntimezone: Africa/Bamako\nallow_html: true\n",
    "content/regions.yaml": "- name: Kidal\n",
    "content/articles/a.md": article('title: "L’armée arrive à Inafarak"\ndate: 2024-07-23\nregion: Kidal\nread_also: [b]', 'Texte avec <em class="x">HTML</em>.'),
    "content/articles/b.md": article('title: "Kidal, a small town"\ndate: 2023-11-15T09:00:00Z\nregion: Kidal\nlang: en'),
  });
  const r = runCli(["build"], dir);
  const out = path.join(dir, "_site");

  test("builds", () => expect(r.code).toBe(0));

  test("interface strings and dates come from the site language", () => {
    const doc = page(out, "/articles/a/");
    expect(doc.querySelector("html")!.getAttribute("lang")).toBe("fr");
    // Open Graph's language_TERRITORY, the likely territory of a bare language
    expect(doc.querySelector('meta[property="og:locale"]')!.getAttribute("content")).toBe("fr_FR");
    expect(doc.querySelector("#read-also h2")!.text).toBe("Lire aussi");
    expect(doc.querySelector("time")!.text).toBe("23 juillet 2024");
    expect(doc.querySelector(".reading-time")!.text).toBe("1\u00A0min de lecture");
    // a month standing alone starts with a capital; in a sentence it does not
    expect(page(out, "/archive/2024/07/").querySelector("h1")!.text).toBe("Juillet 2024");
    expect(page(out, "/archive/2024/07/").querySelector("title")!.text).toBe("Articles de juillet 2024 — Archives du Sahel");
    const year = page(out, "/archive/2024/");
    expect(year.querySelectorAll("main h2").map((h) => h.text)).toEqual(["Juillet 2024"]);
    expect(year.querySelectorAll(".month-bar-name").map((m) => m.text).slice(5, 8)).toEqual(["Juin", "Juillet", "Août"]);
  });

  test("an article in another language says so on its own words, not on the site's labels and dates", () => {
    const doc = page(out, "/articles/b/");
    expect(doc.querySelector("article.article h1")!.getAttribute("lang")).toBe("en");
    expect(doc.querySelector("article.article .body")!.getAttribute("lang")).toBe("en");
    expect(doc.querySelector("article.article")!.hasAttribute("lang")).toBe(false);
    // its date is written in the site's language, inside no element marked otherwise
    expect(doc.querySelector("article.article time")!.text).toBe("15 novembre 2023 à 09:00");
    const card = page(out, "/archive/2023/11/").querySelector("main article.card")!;
    expect(card.hasAttribute("lang")).toBe(false);
    expect(card.querySelector("h2")!.getAttribute("lang")).toBe("en");
    expect(doc.querySelector("#referenced-by h2")!.text).toBe("Cité par");
  });

  test("allow_html passes raw HTML through", () => {
    expect(page(out, "/articles/a/").querySelector(".body em.x")!.text).toBe("HTML");
  });
});
