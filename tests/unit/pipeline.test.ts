// The pure pipeline on archives held in memory: resolution, links, indexes, diagnostics.
import { describe, expect, test } from "vitest";
import { runPipeline } from "../../src/build.ts";
import type { ArchiveFiles } from "../../src/content/load.ts";
import { formatDiagnostic } from "../../src/model/diagnostic.ts";
import { memoryFiles as files, fm } from "../helpers/memory-archive.ts";

const run = (f: ArchiveFiles, drafts = false, strict = false) => runPipeline(f, { drafts, strict, overrides: {} });
const messages = (f: ArchiveFiles, strict = false) => run(f, false, strict).diagnostics.map(formatDiagnostic);

const SEED = files(
  {
    "2024-07-23-inafarak.md": fm(
      'title: "Malian army arrives in Inafarak"\ndate: 2024-07-23\nregion: Kidal\nplaces: [In-Afarak, menaka]\nactors: [Fama]\nread_also:\n  - "Mali: Kidal, a small town and an immense symbol"',
      "Intro with [[abeibara|a link]].\n\nRead also: [[Mali: Sixty Bodies Found Near Abeibara]]\n",
    ),
    "2023-11-15-kidal-symbol.md": fm('title: "Mali: Kidal, a small town and an immense symbol"\ndate: 2023-11-15\nregion: kidal'),
    "2024-07-05-abeibara.md": fm('title: "Mali: Sixty Bodies Found Near Abeibara"\ndate: 2024-07-05\nregion: Kidal'),
  },
  {
    place: "- name: Inafarak\n  aliases: [In-Afarak]\n- name: Ménaka\n",
    actor: "- name: Malian Armed Forces\n  aliases: [FAMa]\n",
    region: "- name: Kidal\n",
  },
);

describe("resolution", () => {
  const result = run(SEED);
  const archive = result.archive!;
  const seed = archive.bySlug.get("inafarak" as never)!;

  test("a clean archive has no diagnostics", () => expect(result.diagnostics).toEqual([]));
  test("names resolve through aliases, case and accents", () => {
    expect(seed.places.map((p) => p.slug)).toEqual(["inafarak", "menaka"]);
    expect(seed.actors.map((p) => p.slug)).toEqual(["malian-armed-forces"]);
    expect(seed.region.slug).toBe("kidal");
  });
  test("read_also by exact title, then Read-also paragraph targets join it", () => {
    expect(seed.readAlso).toEqual(["kidal-symbol", "abeibara"]);
  });
  test("wikilinks anywhere count as links for backlinks", () => {
    expect(seed.linksTo).toEqual(["abeibara", "kidal-symbol"]);
    expect(archive.referencedBy.get("abeibara" as never)).toEqual(["inafarak"]);
    expect(archive.referencedBy.get("kidal-symbol" as never)).toEqual(["inafarak"]);
    expect(archive.referencedBy.get("inafarak" as never)).toEqual([]);
  });
  test("summary defaults to the first paragraph as plain text", () => {
    expect(seed.summary).toBe("Intro with a link.");
  });

  test.each([
    ["a heading first", "# Heading\n\nSee the second and more.", "See the second and more."],
    ["a table first", "| a | b |\n|---|---|\n| cell | cell |\n\nThe text.", "The text."],
    ["a tight list first", "- one\n- two\n\nThe text.", "The text."],
    ["a quote first: its paragraph is one", "> Quoted words.\n\nThe text.", "Quoted words."],
    ["no paragraph at all", "# Only a heading", ""],
  ])("the summary is the first paragraph, not the first block: %s", (_name, body, summary) => {
    const f = files({ "a.md": fm("title: A\ndate: 2024-01-01\nregion: K", body) }, { region: "- name: K\n" });
    expect(run(f).archive!.bySlug.get("a" as never)!.summary).toBe(summary);
  });

  test.each([
    ["Read also: [[b]]", ["b"]],
    ["**Read also:** [[b]]", ["b"]],
    ["*Read also* [[b]]", ["b"]],
    ["__À lire aussi :__ [[b]]", ["b"]],
    ["Also read: [[b]]", []],
    ["We **read also** [[b]]", []],
  ])("a paragraph beginning with %j is a read-also box: its targets join read_also", (paragraph, readAlso) => {
    const f = files({ "a.md": fm("title: A\ndate: 2024-01-01\nregion: K", `Text.\n\n${paragraph}`), "b.md": fm("title: B\ndate: 2024-01-01\nregion: K") }, { region: "- name: K\n" });
    expect(run(f).archive!.bySlug.get("a" as never)!.readAlso).toEqual(readAlso);
  });

  test("a reference to nothing, while a folder of articles could not be read, says it may be there", () => {
    const f = { ...files({ "a.md": fm("title: A\ndate: 2024-01-01\nregion: K", "See [[somewhere-else]].") }, { region: "- name: K\n" }), unlistedFolders: ["content/articles/2024"] };
    expect(run(f).diagnostics.map(formatDiagnostic)).toEqual([`content/articles/a.md:6: body: [[somewhere-else]] matches no article; content/articles/2024 could not be read and may hold it`]);
  });

  test("a [[link]] without a label reads as its target's title in the summary", () => {
    const f = files({ "a.md": fm("title: A\ndate: 2024-01-01\nregion: K", "See [[b]] and [[nowhere-yet]]."), "b.md": fm("title: The B story\ndate: 2024-01-01\nregion: K") }, { region: "- name: K\n" });
    const result = run(f);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([`content/articles/a.md:6: body: [[nowhere-yet]] matches no article`]);
    const g = files({ "a.md": fm("title: A\ndate: 2024-01-01\nregion: K", "See [[b]] today."), "b.md": fm("title: The B story\ndate: 2024-01-01\nregion: K") }, { region: "- name: K\n" });
    expect(run(g).archive!.bySlug.get("a" as never)!.summary).toBe("See The B story today.");
  });
  test("newest first", () => {
    expect(archive.articles.map((a) => a.slug)).toEqual(["inafarak", "abeibara", "kidal-symbol"]);
  });
});

test("slugs of SPEC's [a-z0-9-]+ that slugify would not write: found as written, or by their slug form", () => {
  const f = files(
    {
      "a.md": fm("title: A\ndate: 2024-01-01\nregion: K\nread_also: [mali--kidal, -x-, x]"),
      "2024-01-01-mali--kidal.md": fm("title: B\ndate: 2024-01-01\nregion: K"),
      "mali-kidal.md": fm("title: C\ndate: 2024-01-01\nregion: K"),
      "d.md": fm("title: D\ndate: 2024-01-01\nregion: K\nslug: -x-"),
    },
    { region: "- name: K\n" },
  );
  const result = run(f);
  expect(result.diagnostics).toEqual([]);
  // "mali--kidal" as written; "-x-" as written; "x", the slug form of "-x-", by that form.
  expect(result.archive!.bySlug.get("a" as never)!.readAlso).toEqual(["mali--kidal", "-x-"]);
});

describe("reference and name diagnostics, exact text", () => {
  test.each([
    [
      "unknown reference with a suggestion",
      { "a.md": fm("title: A\ndate: 2024-01-01\nregion: K\nread_also: [kidal-symbl]"), "kidal-symbol.md": fm("title: B\ndate: 2024-01-01\nregion: K") },
      [`content/articles/a.md:5: read_also: "kidal-symbl" matches no article; did you mean "kidal-symbol"?`],
    ],
    [
      "ambiguous title",
      { "a.md": fm("title: A\ndate: 2024-01-01\nregion: K\nread_also: [Same]"), "b.md": fm("title: Same\ndate: 2024-01-01\nregion: K"), "c.md": fm("title: same!\ndate: 2024-01-01\nregion: K") },
      [`content/articles/a.md:5: read_also: "Same" matches 2 articles: b, c; refer to one by its slug`],
    ],
    [
      "a slug that is the slug form of another article's title: that reference cannot tell them apart",
      { "a.md": fm("title: A\ndate: 2024-01-01\nregion: K\nread_also: [army-arrives]"), "army-arrives.md": fm("title: B\ndate: 2024-01-01\nregion: K"), "c.md": fm("title: Army arrives\ndate: 2024-01-01\nregion: K") },
      [`content/articles/a.md:5: read_also: "army-arrives" matches 2 articles: army-arrives, c; change the slug or the title of one of them`],
    ],
    [
      "a draft with a slug slugify would not write",
      { "a.md": fm("title: A\ndate: 2024-01-01\nregion: K\nread_also: [Mali Kidal]"), "2024-01-01-mali--kidal.md": fm("title: B\ndate: 2024-01-01\nregion: K\ndraft: true") },
      [`content/articles/a.md:5: read_also: "Mali Kidal" is a draft, left out of this build; build with --drafts, or publish content/articles/2024-01-01-mali--kidal.md`],
    ],
    [
      "reference to itself",
      { "a.md": fm("title: A\ndate: 2024-01-01\nregion: K", "See [[a]].") },
      [`content/articles/a.md:6: body: [[a]] is this article itself`],
    ],
    [
      "unknown wikilink on its own line",
      { "a.md": fm("title: A\ndate: 2024-01-01\nregion: K", "One.\n\nTwo\nthree [[nowhere]]") },
      [`content/articles/a.md:9: body: [[nowhere]] matches no article`],
    ],
    [
      "duplicate slugs across folders",
      { "2024/x.md": fm("title: A\ndate: 2024-01-01\nregion: K"), "2025/x.md": fm("title: B\ndate: 2025-01-01\nregion: K") },
      [`content/articles/2025/x.md:1: slug: "x" is also the slug of content/articles/2024/x.md; set a different slug: in one of them`],
    ],
    [
      "duplicate slugs written as slug: — the line of that key",
      { "a.md": fm("title: A\ndate: 2024-01-01\nregion: K\nslug: same"), "b.md": fm("title: B\ndate: 2025-01-01\nregion: K\nslug: same") },
      [`content/articles/b.md:5: slug: "same" is also the slug of content/articles/a.md; set a different slug: in one of them`],
    ],
    [
      // Only the target's own error: a reference to an article that exists is not "no article".
      "references to an article that does not validate, by slug, title and [[link]]",
      { "a.md": fm("title: Alpha\ndate: 2024-02-30\nregion: K"), "b.md": fm("title: B\ndate: 2024-01-01\nregion: K\nread_also: [a]", "See [[Alpha]].") },
      [`content/articles/a.md:3: date: "2024-02-30" is not a real date`],
    ],
    [
      // SPEC §4: every problem at once, not the next one only when the first is mended.
      "an article with an error of its own: its names and references are checked all the same",
      { "a.md": fm("title: Alpha\ndate: 2024-02-30\nregion: Q\nplaces: [Tesalit]\nread_also: [nowhere, alpha]", "See [[nothing]].") },
      [
        `content/articles/a.md:3: date: "2024-02-30" is not a real date`,
        `content/articles/a.md:4: warning: region: "Q" is not in content/regions.yaml; did you mean "K"?`,
        `content/articles/a.md:5: warning: places: "Tesalit" is not in content/places.yaml; there is no such file: create it to register names (optional)`,
        `content/articles/a.md:6: read_also: "alpha" is this article itself`,
        `content/articles/a.md:6: read_also: "nowhere" matches no article`,
        `content/articles/a.md:8: body: [[nothing]] matches no article`,
      ],
    ],
    [
      "an article with an error of its own, naming a valid article that has its slug: not itself",
      { "a.md": fm("title: A\ndate: 2024-01-01\nregion: K"), "b.md": fm("title: B\ndate: 2024-02-30\nregion: K\nslug: a\nread_also: [a]") },
      [`content/articles/b.md:3: date: "2024-02-30" is not a real date`],
    ],
    [
      "a draft with an error, left out: only its own problem, as a warning",
      { "a.md": fm("title: Alpha\ndate: 2024-02-30\nregion: K\ndraft: true\nread_also: [nowhere]") },
      [`content/articles/a.md:3: warning: date: "2024-02-30" is not a real date; a draft, left out of this build; serve and build --drafts stop at it`],
    ],
    [
      "a reference to a file whose front matter cannot be read: known by its file name",
      { "a.md": "---\ntitle: [A\n---\n", "b.md": fm("title: B\ndate: 2024-01-01\nregion: K\nread_also: [a]") },
      [`content/articles/a.md:3: YAML: unexpected end of the stream within a flow collection`],
    ],
    [
      // The draft's problem is a warning to build, which leaves it out: the reference must stop it.
      "a reference to a draft that does not validate",
      { "a.md": fm("title: A\ndate: 2024-01-01\nregion: K\nread_also: b"), "b.md": fm("title: B\ndate: 2024-02-30\nregion: K\ndraft: true") },
      [
        `content/articles/a.md:5: read_also: "b" is a draft, left out of this build; build with --drafts, or publish content/articles/b.md`,
        `content/articles/b.md:3: warning: date: "2024-02-30" is not a real date; a draft, left out of this build; serve and build --drafts stop at it`,
      ],
    ],
    [
      "reference to a draft",
      { "a.md": fm("title: A\ndate: 2024-01-01\nregion: K\nread_also: b"), "b.md": fm("title: B\ndate: 2024-01-01\nregion: K\ndraft: true") },
      [`content/articles/a.md:5: read_also: "b" is a draft, left out of this build; build with --drafts, or publish content/articles/b.md`],
    ],
  ])("%s", (_name, articles, expected) => {
    expect(messages(files(articles, { region: "- name: K\n" }))).toEqual(expected);
  });

  test.each([
    [
      "a registry that cannot be read at all: its error, not every name as missing from it",
      { region: "- name: [K\n" },
      [`content/regions.yaml:2: YAML: unexpected end of the stream within a flow collection`],
    ],
    [
      "an entry with a bad field: its error, and its name still found",
      { region: "- name: K\n", place: "- name: Tessalit\n  coordinates: [1]\n" },
      [`content/places.yaml:2: coordinates: expected [latitude, longitude] in degrees, got a list`],
    ],
    [
      "an entry with a bad field: its aliases still found",
      { region: "- name: K\n", place: "- name: Tessalit City\n  aliases: [Tessalit]\n  coordinates: [1]\n" },
      [`content/places.yaml:3: coordinates: expected [latitude, longitude] in degrees, got a list`],
    ],
    [
      "a registry of plain names, not entries: their errors, not every name as missing",
      { region: "- K\n" },
      [`content/regions.yaml:1: entry 1 must be a mapping with a name, got a string`],
    ],
  ])("%s", (_name, registries, expected) => {
    const articles = { "a.md": fm("title: A\ndate: 2024-01-01\nregion: K\nplaces: [Tessalit]"), "b.md": fm("title: B\ndate: 2024-01-02\nregion: K") };
    const place = "place" in registries ? {} : { place: "- name: Tessalit\n" };
    expect(messages(files(articles, { ...place, ...registries }))).toEqual(expected);
  });

  test("an unregistered name still gets its entity, with a warning naming the closest entries", () => {
    const f = files({ "a.md": fm("title: A\ndate: 2024-01-01\nregion: K\nplaces: [Tesalit]") }, { region: "- name: K\n", place: "- name: Tessalit\n- name: Kidal\n" });
    const result = run(f);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([`content/articles/a.md:5: warning: places: "Tesalit" is not in content/places.yaml; did you mean "Tessalit"?`]);
    expect(result.archive!.entities.place.map((e) => [e.slug, e.registered])).toEqual([
      ["kidal", true],
      ["tesalit", false],
      ["tessalit", true],
    ]);
  });

  test("--strict turns that warning into an error", () => {
    const f = files({ "a.md": fm("title: A\ndate: 2024-01-01\nregion: K\nplaces: [Tesalit]") }, { region: "- name: K\n" });
    const result = run(f, false, true);
    expect(result.archive).toBeUndefined();
    expect(result.diagnostics.map((d) => d.severity)).toEqual(["error"]);
  });
});

describe("dates and months in the site timezone", () => {
  test("a date-time with offset lands in the month of the site timezone", () => {
    // 23:30 UTC on 31 January is already 1 February in Tokyo.
    const f = files({ "a.md": fm("title: A\ndate: 2024-01-31T23:30:00Z\nregion: K") }, { region: "- name: K\n", site: "timezone: Asia/Tokyo\n" });
    expect(run(f).archive!.months.map((m) => [m.year, m.month])).toEqual([[2024, 2]]);
    const utc = files({ "a.md": fm("title: A\ndate: 2024-01-31T23:30:00Z\nregion: K") }, { region: "- name: K\n" });
    expect(run(utc).archive!.months.map((m) => [m.year, m.month])).toEqual([[2024, 1]]);
  });

  test("drafts are left out unless asked for", () => {
    const f = files({ "a.md": fm("title: A\ndate: 2024-01-01\nregion: K"), "b.md": fm("title: B\ndate: 2024-01-02\nregion: K\ndraft: true") }, { region: "- name: K\n" });
    expect(run(f).archive!.articles.map((a) => a.slug)).toEqual(["a"]);
    expect(run(f, true).archive!.articles.map((a) => a.slug)).toEqual(["b", "a"]);
  });
});

describe("the base URL serve gives when none is set", () => {
  test.each([
    ["no base_url: serve's own origin", "", {}, "http://localhost:3000"],
    ["base_url in site.yaml wins", "base_url: https://news.example.org\n", {}, "https://news.example.org"],
    ["--base-url wins", "base_url: https://news.example.org\n", { baseUrl: "https://other.example.org" }, "https://other.example.org"],
    // Written for serving on the default port: serve on another names the one it is on.
    ["a local base_url: serve's own origin", "base_url: http://localhost:8080\n", {}, "http://localhost:3000"],
    ["a local base_url with a path: serve's origin, that path", "base_url: http://127.0.0.1:8080/news/\n", {}, "http://localhost:3000"],
  ])("%s", (_name, site, overrides, expected) => {
    const result = runPipeline(files({}, { site }), { drafts: false, strict: false, overrides: { ...overrides, localOrigin: "http://localhost:3000" } });
    expect(result.site.baseUrl).toBe(expected);
  });
  test("a local base_url's path is still the path prefix", () => {
    const result = runPipeline(files({}, { site: "base_url: http://127.0.0.1:8080/news/\n" }), { drafts: false, strict: false, overrides: { localOrigin: "http://localhost:3000" } });
    expect([result.site.baseUrl, result.site.pathPrefix]).toEqual(["http://localhost:3000", "/news/"]);
  });
});

describe("site.yaml", () => {
  test.each([
    ["timezone: Mars/Olympus\n", [`content/site.yaml:1: timezone: "Mars/Olympus" is not an IANA time zone; e.g. Africa/Bamako or UTC`]],
    ["page_size: 0\n", [`content/site.yaml:1: page_size: expected a whole number above 0, got the number 0`]],
    ["titel: X\n", [`content/site.yaml:1: warning: titel: unknown key; did you mean "title"?`]],
    ["base_url: ftp://x\n", [`content/site.yaml:1: base_url: "ftp://x" is not an absolute http(s) URL`]],
    ["title: T\nbase_url: https://x.org/a%20b/\n", [`content/site.yaml:2: base_url: the path of base_url, "/a%20b/", is not a URL path such as /news/`]],
    ["path_prefix: a b\n", [`content/site.yaml:1: path_prefix: "a b" is not a URL path such as /news/`]],
    ["stylesheets: /brand.css\n", [`content/site.yaml:1: stylesheets: expected a list of stylesheets, each a path from the site's root such as /brand.css or an https:// address, got a string`]],
    [
      "title: T\nstylesheets: [/brand.css, brand.css, //cdn.example.org/a.css, http://cdn.example.org/a.css, 'javascript:alert(1)', https://cdn.example.org/a.css, /css/b.css?v=2]\n",
      [
        `content/site.yaml:2: stylesheets: item 2, "brand.css", is neither a path from the site's root nor an https:// address; write /brand.css for static/brand.css`,
        `content/site.yaml:2: stylesheets: item 3, "//cdn.example.org/a.css", is neither a path from the site's root nor an https:// address; write /brand.css for static/brand.css`,
        `content/site.yaml:2: stylesheets: item 4, "http://cdn.example.org/a.css", is neither a path from the site's root nor an https:// address; write /brand.css for static/brand.css`,
        `content/site.yaml:2: stylesheets: item 5, "javascript:alert(1)", is neither a path from the site's root nor an https:// address; write /brand.css for static/brand.css`,
      ],
    ],
  ])("%s", (site, expected) => {
    expect(messages(files({}, { site }))).toEqual(expected);
  });
  test("stylesheets keeps the good ones, as written", () => {
    const site = "stylesheets: [/brand.css, brand.css, https://cdn.example.org/a.css, /css/b.css?v=2]\n";
    expect(runPipeline(files({}, { site }), { drafts: false, strict: false, overrides: {} }).site.stylesheets).toEqual(["/brand.css", "https://cdn.example.org/a.css", "/css/b.css?v=2"]);
  });
});
