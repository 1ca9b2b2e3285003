// Label-and-value strings come whole from the dictionary: French writes a space before the colon
// ("Source : RFI"), English none ("Source: RFI"); "Mis à jour le" where English has "Updated".
import { parse } from "node-html-parser";
import { describe, expect, test } from "vitest";
import { render as renderArticle } from "../../templates/article.11ty.ts";
import { render as renderEntity } from "../../templates/entity.11ty.ts";
import { render as renderThreadIndex } from "../../templates/thread-index.11ty.ts";
import { buildViews } from "../helpers/insight-archive.ts";
import { fm } from "../helpers/memory-archive.ts";

function site(language: string) {
  const views = buildViews(
    {
      "a.md": fm("title: Army takes Kidal\ndate: 2024-06-01\nupdated: 2024-06-02\nauthor: Gao desk\nregion: Kidal\nplaces: [Kidal]\nread_also: [b]\nsource: RFI\nsource_url: https://rfi.example/a"),
      "b.md": fm("title: Convoy reaches Anefis\ndate: 2024-06-05\nregion: Kidal\nread_also: [c]\nsource: AFP"),
      "c.md": fm("title: Losses at Tinzaouaten\ndate: 2024-06-10\nregion: Kidal\nplaces: [Kidal]\nread_also: [a]"),
    },
    { site: `title: Desk\nbase_url: https://x.org\nlanguage: ${language}\n`, region: "- name: Kidal\n  aliases: [Kidal region, Adrar]\n", place: "- name: Kidal\n  aliases: [Kidal town]\n" },
  );
  const article = parse(renderArticle({ view: views.article.find((v) => v.outputPath === "articles/a/index.html")! }));
  const place = views.entity.find((v) => v.outputPath === "places/kidal/index.html")!;
  const region = views.entity.find((v) => v.outputPath === "regions/kidal/index.html")!;
  const placeFeed = views.feed.find((f) => f.outputPath === "places/kidal/feed.xml")!;
  const siteFeed = views.feed.find((f) => f.outputPath === "feed.xml")!;
  return {
    "article source": article.querySelector(".source")!.innerHTML,
    "article update": article.querySelector(".updated")!.innerHTML,
    "article author": article.querySelector(".author")!.text,
    "footer feeds": article.querySelector(".feeds")!.text,
    "head feed links": article.querySelectorAll('link[rel="alternate"]').map((l) => l.getAttribute("title")).join(" | "),
    "thread title": views.thread[0]!.head.title,
    "threads index latest": parse(renderThreadIndex({ view: views.threadIndex[0]! })).querySelector(".thread-latest")!.text,
    "place aliases": parse(renderEntity({ view: place })).querySelector(".aliases")!.text,
    "region aliases": parse(renderEntity({ view: region })).querySelector(".aliases")!.text,
    "place description": place.head.description,
    "place feed subtitle": placeFeed.subtitle,
    "place feed summary": placeFeed.entries.find((e) => e.title === "Army takes Kidal")!.summary,
    "site feed source credit": siteFeed.entries.find((e) => e.title === "Army takes Kidal")!.contentHtml!.split("\n").at(-1),
  };
}

const fr = site("fr");
const en = site("en");

describe("label: value strings", () => {
  test.each([
    ["article source", 'Source\u00A0: <a href="https://rfi.example/a" rel="external">RFI</a>', 'Source: <a href="https://rfi.example/a" rel="external">RFI</a>'],
    ["footer feeds", "Flux\u00A0: Flux Atom · JSON Feed", "Feeds: Atom feed · JSON Feed"],
    // the site's feeds named as an entity's are ("Kidal (flux Atom)"), not a label in capitals
    ["head feed links", "Desk (flux Atom) | Desk (JSON Feed)", "Desk (Atom feed) | Desk (JSON Feed)"],
    ["thread title", "Fil d’actualité\u00A0: Army takes Kidal", "Story thread: Army takes Kidal"],
    ["threads index latest", "Dernier\u00A0: Losses at Tinzaouaten 10 juin 2024", "Latest: Losses at Tinzaouaten Jun 10, 2024"],
    ["article update", 'Mis à jour le <time datetime="2024-06-02">2 juin 2024</time>', 'Updated <time datetime="2024-06-02">June 2, 2024</time>'],
    ["article author", "Par Gao desk", "By Gao desk"],
    // "Aussi appelé" would agree with the kind (a region is feminine): one name, or several
    ["place aliases", "Autre nom\u00A0: Kidal town", "Also known as: Kidal town"],
    ["region aliases", "Autres noms\u00A0: Kidal region, Adrar", "Also known as: Kidal region, Adrar"],
    ["place description", "Lieu\u00A0: Kidal — 2 articles", "Place: Kidal — 2 articles"],
    ["place feed subtitle", "Lieu\u00A0: Kidal", "Place: Kidal"],
    ["place feed summary", "Text. — Source\u00A0: RFI", "Text. — Source: RFI"],
    ["site feed source credit", '<p class="source">Source\u00A0: <a href="https://rfi.example/a">RFI</a></p>', '<p class="source">Source: <a href="https://rfi.example/a">RFI</a></p>'],
  ] as const)("%s", (what, french, english) => {
    expect(fr[what]).toBe(french);
    expect(en[what]).toBe(english);
  });
});
