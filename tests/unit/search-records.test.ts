// What the pipeline hands Pagefind: article text as plain text, one record per article (URL,
// content, language, meta, filters, sort), the records in bundles, and the bundle manifest.
import { describe, expect, test } from "vitest";
import { htmlToText } from "../../src/render/html-text.ts";
import { recordItem, searchBundles, searchItems, searchLanguage, searchRecords, type SearchItem } from "../../src/views/search-records.ts";
import { manifest } from "../../src/outputs/search-index.ts";
import { DEFAULT_SITE } from "../../src/content/site-config.ts";
import { buildArchive } from "../helpers/insight-archive.ts";
import { fm } from "../helpers/memory-archive.ts";

describe("htmlToText: a rendered body as the text a reader sees", () => {
  test.each([
    ["paragraphs become lines", "<p>One.</p>\n<p>Two.</p>", "One.\nTwo."],
    ["inline tags go, words stay joined", "<p>a<em>b</em>c <strong>d</strong></p>", "abc d"],
    ["entities Markdown writes are decoded", "<p>&lt;b&gt; &amp; &quot;q&quot; &#39;s&#39;</p>", `<b> & "q" 's'`],
    ["numeric and common named references too; unknown ones stay", "<p>&#233;t&#xE9; caf&eacute;&nbsp;x &hellip2;</p>", "été caf&eacute; x &hellip2;"],
    ["the Read also box is navigation, not text", '<p>Body.</p>\n<aside class="read-also-box" role="note">\n<p>Read also: <a href="/x/">X</a></p>\n</aside>\n<p>After.</p>', "Body.\nAfter."],
    ["a wikilink reads as the title it shows", '<p>See <a class="wikilink" href="/news/articles/k/">Kidal, a town</a>.</p>', "See Kidal, a town."],
    ["scripts, styles and comments an editor embedded are not text", "<p>A</p><script>alert(1)</script><style>p{}</style><!-- note --><p>B</p>", "A\nB"],
    ["list items and line breaks keep words apart", "<ul><li>one</li><li>two</li></ul><p>x<br>y</p>", "one\ntwo\nx\ny"],
    ["runs of white space fold", "<p>  a \n\t b  </p>", "a b"],
  ])("%s", (_, input, expected) => {
    expect(htmlToText(input)).toBe(expected);
  });
});

describe("searchLanguage: Pagefind keeps one index per language, so the primary subtag", () => {
  test.each([
    ["en", "en"],
    ["fr-CA", "fr"],
    ["EN-gb", "en"],
    ["", "unknown"],
  ])("%j → %j", (input, expected) => expect(searchLanguage(input)).toBe(expected));
});

describe("searchRecords: one record per article, newest first", () => {
  const archive = buildArchive(
    {
      "a.md": fm('title: "Army arrives in Inafarak"\ndate: 2024-07-23\nregion: Kidal\nplaces: [Inafarak, Tessalit]\nactors: [FAMa, Wagner]\nread_also: [b]', "The army **arrived** in [[b|the town]].\n\nRead also: [[b]]"),
      "b.md": fm('title: "L’armée à Kidal"\ndate: 2023-11-14T10:30:00+02:00\nregion: Kidal\nlang: fr-CA', "Texte &amp; <b>suite</b>."),
    },
    {
      site: "path_prefix: /news/\ntimezone: Africa/Bamako\n",
      region: "- name: Kidal\n  aliases: [Kidal region]\n",
      place: "- name: Inafarak\n  aliases: [In-Afarak]\n- name: Tessalit\n",
      actor: "- name: Malian Armed Forces\n  aliases: [FAMa, Malian army]\n",
    },
  );
  const records = searchRecords(archive);

  test("URL under the path prefix, as results link to it", () => {
    expect(records.map((r) => r.url)).toEqual(["/news/articles/a/", "/news/articles/b/"]);
  });

  test("content: the body as plain text (the title is in meta); links read as their text; no Read also box", () => {
    expect(records.map((r) => r.content)).toEqual([
      "The army arrived in the town.",
      // Raw HTML in a body is text unless allow_html: the reader sees it as written, so does search.
      "Texte & <b>suite</b>.",
    ]);
  });

  test("language: the article's, as its primary subtag; the site's when it names none", () => {
    expect(records.map((r) => r.language)).toEqual(["en", "fr"]);
  });

  test("meta: title, the instant in UTC, region, places and actors by their registry names, and their other names", () => {
    expect(records.map((r) => r.meta)).toEqual([
      { title: "Army arrives in Inafarak", date: "2024-07-23T00:00:00.000Z", region: "Kidal", places: "Inafarak, Tessalit", actors: "Malian Armed Forces, Wagner", aka: "Kidal region, In-Afarak, FAMa, Malian army" },
      { title: "L’armée à Kidal", date: "2023-11-14T08:30:00.000Z", region: "Kidal", places: "", actors: "", aka: "Kidal region" },
    ]);
  });

  test("filters: place, actor (aliases resolved), region and year in the site timezone", () => {
    expect(records.map((r) => r.filters)).toEqual([
      { place: ["Inafarak", "Tessalit"], actor: ["Malian Armed Forces", "Wagner"], region: ["Kidal"], year: ["2024"] },
      { place: [], actor: [], region: ["Kidal"], year: ["2023"] },
    ]);
  });

  test("sort: the date as UTC ISO 8601, which orders as text", () => {
    expect(records.map((r) => r.sort)).toEqual([{ date: "2024-07-23T00:00:00.000Z" }, { date: "2023-11-14T08:30:00.000Z" }]);
  });

  test("the year is the site timezone's: just after midnight on 1 January in Tokyo is 2024 there", () => {
    const tokyo = buildArchive({ "n.md": fm('title: "N"\ndate: 2024-01-01T00:30:00+09:00\nregion: R') }, { site: "timezone: Asia/Tokyo\n" });
    const [record] = searchRecords(tokyo);
    expect([record!.filters.year, record!.sort.date]).toEqual([["2024"], "2023-12-31T15:30:00.000Z"]);
  });
});

describe("searchBundles: one language per bundle, at most a budget of words, oldest first", () => {
  /** Items newest first, as searchItems gives them: `words` words of content each. */
  const record = (url: string, language: string, words: number): SearchItem =>
    recordItem({
      url,
      content: Array.from({ length: words }, () => "w").join(" "),
      language,
      meta: { title: url, date: "", region: "", places: "", actors: "", aka: "" },
      filters: { place: [], actor: [], region: [], year: [] },
      sort: { date: "" },
    });
  const site = { ...DEFAULT_SITE, language: "en-GB" };
  const shape = (bundles: ReturnType<typeof searchBundles>) => bundles.map((b) => [b.folder, b.language, b.items.map((item) => item.record().url)]);

  test.each([
    ["one language under the budget: one bundle at pagefind/", [record("e2", "en", 3), record("e1", "en", 3)], 10, [["pagefind/", "en", ["e1", "e2"]]]],
    [
      "the site language first, others after it by name",
      [record("fr1", "fr", 1), record("de1", "de", 1), record("en1", "en", 1)],
      10,
      [["pagefind/", "en", ["en1"]], ["pagefind/bundles/de-1/", "de", ["de1"]], ["pagefind/bundles/fr-1/", "fr", ["fr1"]]],
    ],
    [
      "over the budget: a new bundle, filled oldest first so new articles touch only the last",
      [record("e4", "en", 4), record("e3", "en", 4), record("e2", "en", 4), record("e1", "en", 4)],
      10,
      [["pagefind/", "en", ["e1", "e2"]], ["pagefind/bundles/en-2/", "en", ["e3", "e4"]]],
    ],
    ["an article longer than the budget has a bundle of its own", [record("e2", "en", 2), record("e1", "en", 50)], 10, [["pagefind/", "en", ["e1"]], ["pagefind/bundles/en-2/", "en", ["e2"]]]],
    ["no article in the site language: the first other takes pagefind/", [record("fr1", "fr", 1)], 10, [["pagefind/", "fr", ["fr1"]]]],
    ["no article at all: no bundle", [], 10, []],
  ])("%s", (_, records, budget, expected) => {
    expect(shape(searchBundles(site, records, budget))).toEqual(expected);
  });

  test("the manifest lists each bundle relative to pagefind/, with its language and the key of its records", () => {
    const bundles = searchBundles(site, [record("fr1", "fr", 1), record("e2", "en", 6), record("e1", "en", 6)], 10);
    const key = expect.stringMatching(/^[0-9a-f]{16}$/);
    const listed = manifest(bundles);
    expect(listed).toEqual({
      bundles: [
        { path: "./", language: "en", key },
        { path: "bundles/en-2/", language: "en", key },
        { path: "bundles/fr-1/", language: "fr", key },
      ],
    });
    // The key is the records': the same records give the same key, one changed record another.
    expect(new Set(listed.bundles.map((b) => b.key)).size).toBe(3);
    expect(manifest(searchBundles(site, [record("fr1", "fr", 1), record("e2", "en", 6), record("e1", "en", 6)], 10))).toEqual(listed);
    expect(manifest(searchBundles(site, [record("fr1", "fr", 2), record("e2", "en", 6), record("e1", "en", 6)], 10)).bundles.map((b, i) => b.key === listed.bundles[i]!.key)).toEqual([true, true, false]);
  });
});

describe("searchItems: a key for what each record is made from, known without making it", () => {
  const base = {
    "a.md": fm('title: "A"\ndate: 2024-01-02\nregion: Kidal\nplaces: [Tessalit]', "Alpha, see [[b]]."),
    "b.md": fm('title: "B"\ndate: 2024-01-01\nregion: Kidal', "Beta."),
    "c.md": fm('title: "C"\ndate: 2024-01-03\nregion: Gao', "Gamma."),
  };
  const keys = (articles: Record<string, string>, registries = {}) =>
    Object.fromEntries(searchItems(buildArchive(articles, registries)).map((item) => [item.record().url, item.key]));
  const before = keys(base);

  test.each([
    ["its own text changes", { ...base, "a.md": base["a.md"].replace("Alpha", "Alfa") }, {}, ["/articles/a/"]],
    ["a title its [[link]] shows changes", { ...base, "b.md": base["b.md"].replace('"B"', '"Bee"') }, {}, ["/articles/a/", "/articles/b/"]],
    ["a place it names gets another name in a registry (searched as meta.aka)", base, { place: "- name: Tessalit\n  aliases: [Tessalit town]\n" }, ["/articles/a/"]],
    ["another place gets another name", base, { place: "- name: Tessalit\n- name: Gao\n  aliases: [Gao town]\n" }, []],
    ["a name it shows is renamed", base, { place: "- name: Tessalit Ville\n  aliases: [Tessalit]\n" }, ["/articles/a/"]],
  ])("the key changes only for the records that change: when %s", (_, articles, registries, changed) => {
    const after = keys(articles, registries);
    expect(Object.keys(after).filter((url) => after[url] !== before[url]).sort()).toEqual(changed);
    // and a key never changes without its record changing
    const records = (a: Record<string, string>, r: object) => Object.fromEntries(searchItems(buildArchive(a, r)).map((item) => [item.record().url, JSON.stringify(item.record())]));
    const [r0, r1] = [records(base, {}), records(articles, registries)];
    expect(Object.keys(r1).filter((url) => r1[url] !== r0[url]).sort()).toEqual(changed);
  });
});
