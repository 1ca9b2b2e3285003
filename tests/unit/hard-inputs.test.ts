// Hard inputs the pipeline must take without a crash, at the unit level: what validate.test.ts
// and pipeline.test.ts do not cover already.
import { describe, expect, test } from "vitest";
import { runPipeline, viewsOf } from "../../src/build.ts";
import { formatDiagnostic } from "../../src/model/diagnostic.ts";
import { KIND_FOLDER } from "../../src/model/entity.ts";
import { RESERVED_SLUGS } from "../../src/model/slug.ts";
import { countViews } from "../../src/views/site-views.ts";
import { fm, files } from "../helpers/memory-archive.ts";

const run = (f: ReturnType<typeof files>, strict = false) => runPipeline(f, { drafts: false, strict, overrides: {} });
const messages = (f: ReturnType<typeof files>) => run(f).diagnostics.map(formatDiagnostic);

describe("registries, exact text", () => {
  test("a place whose region is not registered: a warning on the line of its region key", () => {
    const place = "- name: Kidal\n  region: Kidal\n- name: Tessalit\n  kind: town\n  region: Kidall\n";
    expect(messages(files({}, { place, region: "- name: Kidal\n" }))).toEqual([
      `content/places.yaml:5: warning: region: "Kidall" (region of "Tessalit") is not in content/regions.yaml; did you mean "Kidal"?`,
    ]);
  });

  test("with no regions.yaml at all, every place region is unknown", () => {
    expect(messages(files({}, { place: "- name: Gao\n  region: Gao\n" }))).toEqual([`content/places.yaml:2: warning: region: "Gao" (region of "Gao") is not in content/regions.yaml`]);
  });

  test.each([
    ["Feed", "feed"],
    ["Search", "search"],
    ["Index", "index"],
    ["Page", "page"],
  ])("a place named %s takes the reserved slug %s", (name, slug) => {
    expect(messages(files({}, { place: `- name: ${name}\n` }))).toEqual([`content/places.yaml:1: name: "${name}" has the slug "${slug}", a reserved path under /places/`]);
  });
});

describe("names that slugify to nothing", () => {
  const f = files(
    {
      "a.md": fm("title: A\ndate: 2024-01-01\nregion: K\nplaces: [中国, 日本, '!!!', '???']\nactors: [東京]"),
      "b.md": fm("title: B\ndate: 2024-01-02\nregion: K\nplaces: [中国]\nactors: [東京電力]"),
    },
    { region: "- name: K\n", actor: "- name: 東京\n- name: 東京電力\n" },
  );
  const archive = run(f).archive!;

  test("each gets its own stable x-<hash> page", () => {
    const places = archive.entities.place.map((e) => [e.name, e.slug]);
    expect(places.map(([name]) => name).sort()).toEqual(["!!!", "???", "中国", "日本"]);
    const slugs = places.map(([, slug]) => slug);
    for (const slug of slugs) expect(slug).toMatch(/^x-[0-9a-f]{10}$/);
    expect(new Set(slugs).size).toBe(4);
    // Stable: the same archive gives the same slugs.
    expect(run(f).archive!.entities.place.map((e) => e.slug)).toEqual(archive.entities.place.map((e) => e.slug));
  });

  test("registered ones resolve, and two different ones stay two pages", () => {
    const actors = archive.entities.actor;
    expect(actors.map((e) => [e.name, e.registered])).toEqual(expect.arrayContaining([["東京", true], ["東京電力", true]]));
    expect(new Set(actors.map((e) => e.slug)).size).toBe(2);
    const a = archive.bySlug.get("a" as never)!;
    const b = archive.bySlug.get("b" as never)!;
    expect(a.actors).not.toEqual(b.actors);
    expect(b.places).toEqual([a.places[0]]);
  });
});

describe("accepted with a documented meaning", () => {
  test("a UTF-8 byte order mark alone is dropped", () => {
    const result = run(files({ "a.md": `\uFEFF${fm("title: A\ndate: 2024-01-01\nregion: K")}` }, { region: "- name: K\n" }));
    expect(result.diagnostics).toEqual([]);
    expect(result.archive!.articles[0]!.title).toBe("A");
  });

  test("CRLF line endings: diagnostics still name the right lines, in front matter and body", () => {
    const text = "---\r\ntitle: A\r\ndate: 2024-01-01\r\nregion: K\r\nplaces: [Tesalit]\r\n---\r\nOne.\r\n\r\nSee [[nowhere]].\r\n";
    expect(messages(files({ "a.md": text }, { region: "- name: K\n", place: "- name: Tessalit\n" }))).toEqual([
      `content/articles/a.md:5: warning: places: "Tesalit" is not in content/places.yaml; did you mean "Tessalit"?`,
      `content/articles/a.md:9: body: [[nowhere]] matches no article`,
    ]);
  });
});

describe("sizes", () => {
  test("an article naming 5,000 places: resolved and viewed in seconds", () => {
    const places = Array.from({ length: 5000 }, (_, i) => `Place ${i}`);
    const started = performance.now();
    const result = run(
      files(
        {
          "many.md": fm(`title: Many\ndate: 2024-01-02\nregion: K\nplaces:\n${places.map((p) => `  - ${p}`).join("\n")}`),
          "other.md": fm("title: Other\ndate: 2024-01-03\nregion: K\nplaces: [Place 42, Nowhere]"),
        },
        { region: "- name: K\n", place: places.map((p) => `- name: ${p}`).join("\n") },
      ),
    );
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([`content/articles/other.md:5: warning: places: "Nowhere" is not in content/places.yaml`]);
    const archive = result.archive!;
    expect(archive.bySlug.get("many" as never)!.places).toHaveLength(5000);
    expect(archive.entities.place).toHaveLength(5001);
    const views = viewsOf(archive);
    expect(views.entity.filter((v) => v.outputPath.startsWith("places/place-")).length).toBeGreaterThanOrEqual(5000);
    expect(countViews(views)).toBeGreaterThan(5000);
    expect(performance.now() - started).toBeLessThan(30_000);
  });
});

test("nothing but slugs (and reserved names) sits directly under the article and entity folders", () => {
  const result = run(
    files(
      {
        "a.md": fm("title: A\ndate: 2024-01-01\nregion: K\nplaces: [In-Afarak, Kidal]\nactors: [JNIM]"),
        "b.md": fm("title: B\ndate: 2024-02-01\nregion: K\nplaces: [Kidal]\nread_also: [a]"),
      },
      { site: "page_size: 1\n", region: "- name: K\n", place: "- name: Inafarak\n  aliases: [In-Afarak, Inafaraq]\n- name: Kidal\n", actor: "- name: JNIM\n" },
    ),
  );
  const archive = result.archive!;
  const views = viewsOf(archive);
  const paths = Object.values(views).flat().map((v) => (v as { outputPath: string }).outputPath);
  expect(paths).toContain("places/kidal/page/2/index.html");
  const slugs = new Set<string>([...archive.articles.map((a) => a.slug), ...Object.values(archive.entities).flat().map((e) => e.slug), ...views.aliasRedirect.map((v) => v.outputPath.split("/")[1]!)]);
  const folders = new Set(["articles", ...Object.values(KIND_FOLDER)]);
  const others = paths.map((p) => p.split("/")).filter((parts) => folders.has(parts[0]!) && parts.length > 2 && !slugs.has(parts[1]!));
  // Anything else there could be shadowed by a slug: it must be reserved (model/slug.ts).
  expect(others.filter((parts) => !RESERVED_SLUGS.has(parts[1]!)).map((parts) => parts.join("/"))).toEqual([]);
});

test("a mapping used as a key is named as such, never as [object Object]", () => {
  const text = "---\n? {a: 1}\n: x\ntitle: A\ndate: 2024-01-01\nregion: K\n---\n";
  expect(messages(files({ "a.md": text }, { region: "- name: K\n", place: "- ? {a: 1}\n  : y\n  name: P\n" }))).toEqual([
    "content/articles/a.md: (a mapping used as a key): unknown key",
    "content/places.yaml:1: (a mapping used as a key): unknown key",
  ]);
});
