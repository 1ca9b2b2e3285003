// og:locale says the language of the page's og:title: an article's own when it is not the site's.
import { parse } from "node-html-parser";
import { expect, test } from "vitest";
import { render } from "../../templates/article.11ty.ts";
import { buildViews } from "../helpers/insight-archive.ts";
import { fm } from "../helpers/memory-archive.ts";

test.each([
  ["fr", undefined, "fr_FR"],
  ["fr", "fr", "fr_FR"],
  ["fr", "en", "en_US"],
  ["fr", "en-GB", "en_GB"],
  ["fr", "bm", "bm_ML"],
  ["en", "fr", "fr_FR"],
  ["en", undefined, "en_US"],
])("site %s, article lang %s: og:locale %s", (site, lang, expected) => {
  const views = buildViews(
    { "a.md": fm(`title: A\ndate: 2024-06-01\nregion: Kidal${lang ? `\nlang: ${lang}` : ""}`) },
    { site: `language: ${site}\n`, region: "- name: Kidal\n" },
  );
  const doc = parse(render({ view: views.article[0]! }));
  expect(doc.querySelectorAll('meta[property^="og:locale"]').map((m) => [m.getAttribute("property"), m.getAttribute("content")])).toEqual([["og:locale", expected]]);
});
