// Someone else's broken archive, written to SPEC alone: many files, each with one problem.
// `check` must report every one of them, file by file, in one run, and exit 1.
import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { article, page, runCli, writeTree, type CliRun } from "../helpers/archive.ts";

const A = "content/articles";
const ok = (title: string, extra = "") => article(`title: "${title}"\ndate: 2024-01-01\nregion: Kidal${extra ? `\n${extra}` : ""}`);

const ARCHIVE: Record<string, string | Buffer> = {
  "content/site.yaml": "title: Broken desk\ntimezone: Africa/Bamako\n",
  "content/regions.yaml": "- name: Kidal\n- name: Gao\n",
  "content/places.yaml": [
    "- name: Kidal",
    "  region: Kidal",
    "- name: Tessalit",
    "  region: Kidall",
    "  coordinates: [20.2, 1.0]",
    "- name: Aguelhok",
    "  coordinates: [1.0, 200]",
    "- name: kidal!",
    "- name: Anefis",
    "  aliases: [Tessalit]",
    "",
  ].join("\n"),
  "content/actors.yaml": "- name: JNIM\n- name: Search\n- name: Wagner Group\n  aliases: [Wagner]\n- name: Africa Corps\n  aliases: [wagner]\n",
  [`${A}/target.md`]: ok("Target story"),
  [`${A}/same-1.md`]: ok("Same story"),
  [`${A}/same-2.md`]: ok("Same story!"),
  [`${A}/bom.md`]: `\uFEFF${ok("With a byte order mark")}`,
  [`${A}/crlf.md`]: "---\r\ntitle: Windows\r\ndate: 2024-02-30\r\nregion: Kidal\r\n---\r\nText.\r\n",
  [`${A}/malformed-yaml.md`]: "---\ntitle: A\ndate: 2024-01-01\n  region: Kidal\n---\n",
  [`${A}/no-front-matter.md`]: "Just a paragraph.\n",
  [`${A}/empty.md`]: "",
  [`${A}/not-utf8.md`]: Buffer.concat([Buffer.from(ok("Latin-1")), Buffer.from("caf"), Buffer.from([0xe9]), Buffer.from("\n")]),
  [`${A}/region-list.md`]: article("title: Region list\ndate: 2024-01-01\nregion: [Kidal, Gao]"),
  [`${A}/title-number.md`]: article("title: 2024\ndate: 2024-01-01\nregion: Kidal"),
  [`${A}/places-object.md`]: article("title: Places object\ndate: 2024-01-01\nregion: Kidal\nplaces: {Kidal: yes}"),
  [`${A}/feb-30.md`]: article("title: Leap\ndate: 2024-02-30\nregion: Kidal"),
  [`${A}/hour-24.md`]: article("title: Midnight\ndate: 2024-01-01T24:00:00Z\nregion: Kidal"),
  [`${A}/offset.md`]: article("title: Offset\ndate: 2024-01-01T10:00:00+15:00\nregion: Kidal"),
  [`${A}/updated-before.md`]: article("title: Corrected\ndate: 2024-05-02\nupdated: 2024-05-01\nregion: Kidal"),
  [`${A}/self.md`]: article("title: Self\ndate: 2024-01-01\nregion: Kidal\nread_also: [self]"),
  [`${A}/unknown-ref.md`]: article("title: Unknown ref\ndate: 2024-01-01\nregion: Kidal", "See [[target-stroy]]."),
  [`${A}/ambiguous-ref.md`]: article("title: Ambiguous ref\ndate: 2024-01-01\nregion: Kidal\nread_also: [same story]"),
  [`${A}/2023/dup.md`]: ok("Duplicate one"),
  [`${A}/2024/dup.md`]: ok("Duplicate two"),
  [`${A}/slug-dots.md`]: ok("Dots", "slug: ../etc"),
  [`${A}/slug-slash.md`]: ok("Slash", "slug: a/b"),
  [`${A}/slug-upper.md`]: ok("Upper", "slug: Kidal-News"),
  [`${A}/slug-search.md`]: ok("Search slug", "slug: search"),
  [`${A}/slug-feed.md`]: ok("Feed slug", "slug: feed.xml"),
  [`${A}/2024-01-01-page.md`]: ok("Page file"),
  [`${A}/unspellable.md`]: ok("Unspellable names", "places: [中国, 日本, '!!!']"),
  [`${A}/unknown-key.md`]: ok("Unknown key", "palces: [Kidal]"),
  [`${A}/unknown-name.md`]: ok("Unknown name", "places: [Tesalit]"),
  // A slug names a folder: past 255 bytes no file system takes it (check passed, build failed).
  [`${A}/slug-long.md`]: ok("Long slug", `slug: ${"a".repeat(201)}`),
  [`${A}/long-place.md`]: ok("Long place", `places: ["${"Place ".repeat(40).trim()}"]`),
};

const EXPECTED = [
  `content/actors.yaml:2: name: "Search" has the slug "search", a reserved path under /actors/`,
  `content/actors.yaml:6: aliases: "wagner" is already an alias of "Wagner Group" (the entry at content/actors.yaml:3)`,
  `content/articles/2024-01-01-page.md:1: slug: "page" (from the file name) is a reserved path; choose another slug`,
  `content/articles/2024/dup.md:1: slug: "dup" is also the slug of content/articles/2023/dup.md; set a different slug: in one of them`,
  `content/articles/ambiguous-ref.md:5: read_also: "same story" matches 2 articles: same-1, same-2; refer to one by its slug`,
  `content/articles/crlf.md:3: date: "2024-02-30" is not a real date`,
  "content/articles/empty.md: the file is empty; an article needs front matter with title, date and region",
  `content/articles/feb-30.md:3: date: "2024-02-30" is not a real date`,
  `content/articles/hour-24.md:3: date: "2024-01-01T24:00:00Z" is not a real time of day`,
  `content/articles/long-place.md:5: places: "${"Place ".repeat(6)}Plac…" has a slug of 239 characters; a slug names a folder and may be at most 200; shorten the name`,
  "content/articles/malformed-yaml.md:4: YAML: bad indentation of a mapping entry",
  "content/articles/no-front-matter.md:1: no front matter; start the file with a --- line, then title, date and region, then ---",
  "content/articles/not-utf8.md:7: is not UTF-8 text; save the file as UTF-8",
  `content/articles/offset.md:3: date: "2024-01-01T10:00:00+15:00" has an offset out of range; offsets run from -12:00 to +14:00`,
  "content/articles/places-object.md:5: places: expected a list of place names, got a mapping",
  "content/articles/region-list.md:4: region: expected a region name (one string), got a list",
  `content/articles/self.md:5: read_also: "self" is this article itself`,
  `content/articles/slug-dots.md:5: slug: "../etc" must be lowercase a-z, 0-9 and dashes; did you mean "etc"?`,
  `content/articles/slug-feed.md:5: slug: "feed.xml" must be lowercase a-z, 0-9 and dashes; did you mean "feed-xml"?`,
  `content/articles/slug-long.md:5: slug: "${"a".repeat(40)}…" is 201 characters long; a slug names a folder and may be at most 200; set a shorter slug`,
  `content/articles/slug-search.md:5: slug: "search" is a reserved path; choose another slug`,
  `content/articles/slug-slash.md:5: slug: "a/b" must be lowercase a-z, 0-9 and dashes; did you mean "a-b"?`,
  `content/articles/slug-upper.md:5: slug: "Kidal-News" must be lowercase a-z, 0-9 and dashes; did you mean "kidal-news"?`,
  "content/articles/title-number.md:2: title: expected a non-empty string, got the number 2024",
  `content/articles/unknown-key.md:5: palces: unknown key; did you mean "places"?`,
  `content/articles/unknown-name.md:5: warning: places: "Tesalit" is not in content/places.yaml; did you mean "Tessalit"?`,
  `content/articles/unknown-ref.md:6: body: [[target-stroy]] matches no article; did you mean "target"?`,
  `content/articles/unspellable.md:5: warning: places: "!!!" is not in content/places.yaml`,
  `content/articles/unspellable.md:5: warning: places: "中国" is not in content/places.yaml`,
  `content/articles/unspellable.md:5: warning: places: "日本" is not in content/places.yaml`,
  `content/articles/updated-before.md:4: updated: "2024-05-01" is before date "2024-05-02"`,
  `content/places.yaml:4: warning: region: "Kidall" (region of "Tessalit") is not in content/regions.yaml; did you mean "Kidal"?`,
  "content/places.yaml:7: coordinates: [1, 200] is out of range; latitude is within ±90 and longitude within ±180, in that order",
  `content/places.yaml:8: name: "kidal!" is already the name of "Kidal" (the entry at content/places.yaml:1)`,
  `content/places.yaml:10: aliases: "Tessalit" is already the name of "Tessalit" (the entry at content/places.yaml:3)`,
];

describe("check on a broken archive", () => {
  let run: CliRun;
  let strict: CliRun;
  beforeAll(() => {
    const dir = writeTree(ARCHIVE);
    run = runCli(["check"], dir);
    strict = runCli(["check", "--strict"], dir);
  });

  test("every problem, one a line, sorted by file then line, and exit 1", () => {
    expect(run.stderr.split("\n")).toEqual([...EXPECTED, ""]);
    // The file that is not UTF-8 is not read, so it is not counted.
    expect(run.stdout).toBe("checked 31 articles: 30 errors, 5 warnings\n");
    expect(run.code).toBe(1);
  });

  test("--strict: the same lines, the warnings now errors", () => {
    expect(strict.stderr.split("\n")).toEqual([...EXPECTED.map((line) => line.replace(": warning: ", ": ")), ""]);
    expect(strict.stdout).toBe("checked 31 articles: 35 errors, 0 warnings\n");
    expect(strict.code).toBe(1);
  });
});

describe("hard inputs that build: BOM, CRLF, a 5 MB article", () => {
  const paragraph = "In Kidal, the army & the rebels <met> again; nothing *changed* ]]> at all. ".repeat(20);
  const big = Array.from({ length: Math.ceil((5 * 1024 * 1024) / (paragraph.length + 2)) }, () => paragraph).join("\n\n");
  let dir: string;
  let build: CliRun;
  let seconds: number;
  beforeAll(() => {
    dir = writeTree({
      "content/regions.yaml": "- name: Kidal\n",
      [`${A}/bom.md`]: `\uFEFF${ok("With a byte order mark")}`,
      [`${A}/crlf.md`]: "---\r\ntitle: Windows\r\ndate: 2024-02-03\r\nregion: Kidal\r\n---\r\nFirst.\r\n\r\nSecond.\r\n",
      [`${A}/big.md`]: article("title: Big\ndate: 2024-01-02\nregion: Kidal", big),
    });
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
    const started = performance.now();
    build = runCli(["build", "--quiet"], dir);
    seconds = (performance.now() - started) / 1000;
  });
  // Some 40 MB of input and output: not left behind in the temp folder.
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("exit 0, nothing to say", () => {
    expect(build).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(seconds).toBeLessThan(60);
  });

  test("the pages read as written", () => {
    const out = path.join(dir, "_site");
    expect(page(out, "/articles/bom/").querySelector("h1")!.text).toBe("With a byte order mark");
    const crlf = page(out, "/articles/crlf/");
    expect(crlf.querySelector("h1")!.text).toBe("Windows");
    expect(crlf.querySelectorAll(".body p").map((p) => p.text)).toEqual(["First.", "Second."]);
    const bigPage = page(out, "/articles/big/");
    expect(bigPage.querySelectorAll(".body p").length).toBe(big.split("\n\n").length);
    // Markdown still applies (*changed* is emphasis); raw HTML is shown as text.
    expect(bigPage.querySelector(".body p")!.text).toBe(paragraph.trim().replaceAll("*", ""));
    expect(bigPage.querySelector(".body p em")!.text).toBe("changed");
  });
});
