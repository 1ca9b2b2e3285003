// `new` and `import` through the real CLI, as child processes: files written, paths printed,
// exit codes, and the seed plain-text article imported into a copy of the sample archive.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { beforeAll, describe, expect, test } from "vitest";
import { articlesNamed, knownArchive } from "../../src/archive/known-archive.ts";
import { runPipeline } from "../../src/build.ts";
import { loadArchive } from "../../src/content/load.ts";
import { validateArticle } from "../../src/content/validate-article.ts";
import type { ValidArticle } from "../../src/model/article.ts";
import { formatDiagnostic } from "../../src/model/diagnostic.ts";
import { article, ROOT, runCli, writeTree, type CliRun } from "../helpers/archive.ts";

const SAMPLE = "content/articles/2024/07/2024-07-23-malian-army-arrives-in-inafarak.md";
const IMPORTED = "content/articles/2024/07/2024-07-23-malian-army-arrives-in-inafarak-near-the-algerian-border.md";
const listArticles = (dir: string) => (readdirSync(path.join(dir, "content/articles"), { recursive: true }) as string[]).filter((f) => f.endsWith(".md")).sort();
const valid = (file: string, text: string): ValidArticle => {
  const r = validateArticle({ file, text }, "Africa/Bamako");
  expect(r.diagnostics).toEqual([]);
  return r.value!;
};
const paragraphs = (a: ValidArticle) => a.body.trim().split(/\n{2,}/);

describe("import: the seed plain-text article into a copy of the sample archive", () => {
  let dir: string;
  let noDate: CliRun;
  let before: string[];
  let result: CliRun;
  let again: CliRun;
  beforeAll(() => {
    dir = writeTree({});
    cpSync(path.join(ROOT, "content"), path.join(dir, "content"), { recursive: true });
    // The sample holds this very article; import rightly refuses a second article with its title.
    rmSync(path.join(dir, SAMPLE));
    cpSync(path.join(ROOT, "tests/fixtures/seed-inafarak.txt"), path.join(dir, "000_7628a3b0fbba16c4.txt"));
    before = listArticles(dir);
    noDate = runCli(["import", "000_7628a3b0fbba16c4.txt"], dir);
    result = runCli(["import", "000_7628a3b0fbba16c4.txt", "--date", "2024-07-23"], dir);
    again = runCli(["import", "000_7628a3b0fbba16c4.txt", "--date", "2024-07-23"], dir);
  });

  test("without a date: a clear diagnostic, exit 1, nothing written", () => {
    expect(noDate).toEqual({
      code: 1,
      stdout: "",
      stderr: "000_7628a3b0fbba16c4.txt: date: no date in the file name or the text; pass --date YYYY-MM-DD\nnews-archive: nothing written\n",
    });
  });

  test("with --date: one file written, its path printed, the repaired quotations reported", () => {
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${IMPORTED}\n`);
    expect(result.stderr).toBe(
      [
        `${IMPORTED}:13: warning: body: quotation marks repaired (” x “ → “x”); check this paragraph`,
        `${IMPORTED}:21: warning: body: quotation marks repaired; an opening mark the text lacked was added at the start of a sentence; check this paragraph`,
        `${IMPORTED}:25: warning: body: quotation marks repaired (” x “ → “x”); check this paragraph`,
        "",
      ].join("\n"),
    );
    expect(listArticles(dir)).toEqual([...before, IMPORTED.replace("content/articles/", "")].sort());
  });

  test("the imported article is equivalent to the sample's", async () => {
    const sample = valid(SAMPLE, readFileSync(path.join(ROOT, SAMPLE), "utf8"));
    const imported = valid(IMPORTED, readFileSync(path.join(dir, IMPORTED), "utf8"));
    expect(imported.title).toBe(sample.title);
    expect(imported.date).toEqual(sample.date);
    expect(imported.region.text).toBe(sample.region.text);
    // A documented superset: the text also names Bamako (the government, by metonymy), Algeria
    // and the transitional authorities, which the sample's editor left out.
    const names = (list: ValidArticle["places"]) => list.map((m) => m.text).sort();
    const extra = (mine: string[], theirs: string[]) => mine.filter((n) => !theirs.includes(n));
    expect(names(sample.places).filter((n) => !names(imported.places).includes(n))).toEqual([]);
    expect(extra(names(imported.places), names(sample.places))).toEqual(["Bamako"]);
    expect(names(sample.actors).filter((n) => !names(imported.actors).includes(n))).toEqual([]);
    expect(extra(names(imported.actors), names(sample.actors))).toEqual(["Algeria", "Malian transitional authorities"]);
    const known = knownArchive((await loadArchive(path.join(ROOT, "content"), ROOT)).value);
    const targets = (a: ValidArticle) => a.readAlso.map((m) => articlesNamed(known.articles, m.text).map((k) => k.slug));
    expect(targets(imported)).toEqual([["kidal-a-small-town-and-an-immense-symbol"], ["sixty-bodies-found-near-abeibara"]]);
    expect(targets(imported)).toEqual(targets(sample));
    expect(paragraphs(imported)).toEqual(paragraphs(sample));
    expect(paragraphs(imported)).toHaveLength(9);
  });

  test("check finds nothing wrong with it", async () => {
    // The rest of the copy points at the removed sample's slug; only the imported file is judged.
    const loaded = (await loadArchive(path.join(dir, "content"), dir)).value;
    const result = runPipeline(loaded, { drafts: false, strict: true, overrides: {} });
    expect(result.diagnostics.filter((d) => d.file === IMPORTED).map(formatDiagnostic)).toEqual([]);
    expect(result.diagnostics.length).toBeGreaterThan(0);
  });

  test("importing it again is refused: same slug", () => {
    expect(again).toEqual({
      code: 1,
      stdout: "",
      stderr: `000_7628a3b0fbba16c4.txt:1: title: ${IMPORTED} already exists; nothing is ever overwritten; edit that file, or choose another title\nnews-archive: nothing written\n`,
    });
  });
});

describe("import: files it cannot take", () => {
  const archive = () => writeTree({ "content/regions.yaml": "- name: Kidal\n" });

  test("bytes that are not UTF-8: exit 1, the file and line named, nothing written", () => {
    const dir = archive();
    writeFileSync(path.join(dir, "2024-01-01-a.txt"), Buffer.concat([Buffer.from("Title\n\nKidal\n\n"), Buffer.from([0xff, 0xfe, 0x41])]));
    writeFileSync(path.join(dir, "2024-01-01-b.txt"), "Fine\n\nKidal\n");
    expect(runCli(["import", "2024-01-01-a.txt", "2024-01-01-b.txt"], dir)).toEqual({
      code: 1,
      stdout: "",
      stderr: "2024-01-01-a.txt:5: is not UTF-8 text; save the file as UTF-8\nnews-archive: nothing written\n",
    });
    expect(existsSync(path.join(dir, "content/articles"))).toBe(false);
  });

  test("a file that does not exist is a usage error", () => {
    expect(runCli(["import", "nowhere.txt"], archive())).toEqual({ code: 2, stdout: "", stderr: "news-archive: import: cannot read nowhere.txt: no such file\n" });
  });

  test("a usage error is exit 2, with the usage", () => {
    const r = runCli(["import", "a.txt", "--places", "Kidal"], archive());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^news-archive: import does not take --places; it proposes them from the text\n\nUsage:\n/);
  });
});

describe("new", () => {
  const archive = () =>
    writeTree({
      "content/site.yaml": "timezone: Pacific/Kiritimati\n",
      "content/regions.yaml": "- name: Kidal\n",
      "content/places.yaml": "- name: Tessalit\n  region: Kidal\n",
      "content/actors.yaml": "- name: Malian Armed Forces\n  aliases: [FAMa]\n",
      "content/articles/old.md": article("title: Old story\ndate: 2020-01-01\nregion: Kidal"),
    });
  const FILE = "content/articles/2024/07/2024-07-23-army-returns-to-tessalit.md";

  test("writes the draft, prints its path, and the archive still checks", () => {
    const dir = archive();
    const r = runCli(["new", "Army returns to Tessalit", "--region", "kidal", "--places", "tessalit, Tesalit", "--actors", "Fama", "--date", "2024-07-23"], dir);
    expect(r).toEqual({ code: 0, stdout: `${FILE}\n`, stderr: `${FILE}:5: warning: places: "Tesalit" is not in content/places.yaml; did you mean "Tessalit"?\n` });
    expect(readFileSync(path.join(dir, FILE), "utf8")).toBe(
      '---\ntitle: "Army returns to Tessalit"\ndate: 2024-07-23\nregion: Kidal\nplaces: [Tessalit, Tesalit]\nactors: [Malian Armed Forces]\ndraft: true\n---\n\n',
    );
    // check validates the draft too, and tells the same warning new did.
    const check = runCli(["check"], dir);
    expect(check).toMatchObject({ code: 0, stderr: `${FILE}:5: warning: places: "Tesalit" is not in content/places.yaml; did you mean "Tessalit"?\n` });
    expect(check.stdout).toMatch(/: 0 errors, 1 warning\n$/);
  });

  test("never overwrites, never takes a slug or title already used", () => {
    const dir = archive();
    expect(runCli(["new", "Army returns to Tessalit", "--region", "Kidal", "--date", "2024-07-23"], dir).code).toBe(0);
    const text = readFileSync(path.join(dir, FILE), "utf8");
    expect(runCli(["new", "Army returns to Tessalit", "--region", "Kidal", "--date", "2024-07-23"], dir)).toEqual({
      code: 1,
      stdout: "",
      stderr: `${FILE}: title: ${FILE} already exists; nothing is ever overwritten; edit that file, or choose another title\nnews-archive: nothing written\n`,
    });
    expect(readFileSync(path.join(dir, FILE), "utf8")).toBe(text);
    expect(runCli(["new", "OLD STORY!", "--region", "Kidal", "--date", "2024-07-23"], dir)).toEqual({
      code: 1,
      stdout: "",
      stderr: `content/articles/2024/07/2024-07-23-old-story.md: title: "OLD STORY!" is already the title of content/articles/old.md; choose another title\nnews-archive: nothing written\n`,
    });
  });

  test("without --date: today in the site timezone", () => {
    const dir = archive();
    const today = () => DateTime.now().setZone("Pacific/Kiritimati").toISODate()!;
    const first = today();
    const r = runCli(["new", "Today", "--region", "Kidal"], dir);
    const days = new Set([first, today()]);
    const [y, m] = first.split("-");
    expect(r.code).toBe(0);
    expect([...days].map((d) => `content/articles/${y}/${m}/${d}-today.md\n`)).toContain(r.stdout);
  });

  test("a usage error is exit 2, and nothing is written", () => {
    const dir = archive();
    const r = runCli(["new", "Title", "--region", " "], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^news-archive: --region needs a region name\n\nUsage:\n/);
    expect(listArticles(dir)).toEqual(["old.md"]);
  });

  test("without --region (optional in SPEC §4) the file says where the region goes, and check asks for it", () => {
    const dir = archive();
    const r = runCli(["new", "No region yet", "--date", "2024-05-01"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("content/articles/2024/05/2024-05-01-no-region-yet.md\n");
    expect(r.stderr).toBe(`content/articles/2024/05/2024-05-01-no-region-yet.md:4: warning: region: left empty: fill in the article's region (until then serve and check stop at this draft; build leaves it out); a name from regions.yaml\n`);
    const text = readFileSync(path.join(dir, "content/articles/2024/05/2024-05-01-no-region-yet.md"), "utf8");
    expect(text).toBe('---\ntitle: "No region yet"\ndate: 2024-05-01\nregion:   # required: one region name (regions.yaml)\ndraft: true\n---\n\n');
    const check = runCli(["check"], dir);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain("content/articles/2024/05/2024-05-01-no-region-yet.md:4: region: required key has no value");
  });
});
