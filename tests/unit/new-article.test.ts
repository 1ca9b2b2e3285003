import { describe, expect, test } from "vitest";
import { knownArchive } from "../../src/archive/known-archive.ts";
import { newArticle, type NewArticleInput } from "../../src/content/new-article.ts";
import { validateArticle } from "../../src/content/validate-article.ts";
import { writeFrontMatter } from "../../src/content/write-front-matter.ts";
import { formatDiagnostic } from "../../src/model/diagnostic.ts";
import { fm, files } from "../helpers/memory-archive.ts";

const KNOWN = knownArchive(
  files(
    { "2023/11/2023-11-15-kidal-symbol.md": fm('title: "Mali: Kidal, a small town"\ndate: 2023-11-15\nregion: Kidal'), "broken.md": "no front matter" },
    {
      site: "timezone: Asia/Tokyo\n",
      region: "- name: Kidal\n- name: Ménaka\n",
      place: "- name: Tessalit\n- name: Inafarak\n  aliases: [In-Afarak]\n",
      actor: "- name: Malian Armed Forces\n  aliases: [FAMa, Malian army]\n",
    },
  ),
);
// 2024-07-23T16:00Z is already 24 July in Tokyo.
const NOW = Date.UTC(2024, 6, 23, 16, 0);
const make = (input: Partial<NewArticleInput>) => {
  const r = newArticle({ title: "Army returns", region: "Kidal", places: [], actors: [], date: undefined, now: NOW, contentDisplay: "content", ...input }, KNOWN);
  return { value: r.value, messages: r.diagnostics.map(formatDiagnostic) };
};

describe("new: the file", () => {
  test("today in the site timezone, full date in the name, names as the registry spells them, a draft", () => {
    const { value, messages } = make({ title: 'Army "returns": to Kidal', region: "kidal", places: ["in-afarak", "TESSALIT"], actors: ["fama", "Malian army"] });
    expect(messages).toEqual([]);
    expect(value).toEqual({
      relPath: "articles/2024/07/2024-07-24-army-returns-to-kidal.md",
      file: "content/articles/2024/07/2024-07-24-army-returns-to-kidal.md",
      text: ["---", 'title: "Army \\"returns\\": to Kidal"', "date: 2024-07-24", "region: Kidal", "places: [Inafarak, Tessalit]", "actors: [Malian Armed Forces]", "draft: true", "---", "", ""].join("\n"),
    });
  });

  test.each([
    ["a date", "2023-01-05", "articles/2023/01/2023-01-05-army-returns.md", "date: 2023-01-05"],
    ["a date-time: the day in the site timezone", "2023-01-05T20:00:00Z", "articles/2023/01/2023-01-06-army-returns.md", "date: 2023-01-05T20:00:00Z"],
  ])("--date %s", (_name, date, relPath, line) => {
    const { value } = make({ date });
    expect(value?.relPath).toBe(relPath);
    expect(value?.text.split("\n")[2]).toBe(line);
  });

  test("a title slugify cannot spell gets a stable x-<hash> slug", () => {
    const a = make({ title: "中国" }).value!.relPath;
    expect(a).toMatch(/^articles\/2024\/07\/2024-07-24-x-[0-9a-f]{10}\.md$/);
    expect(make({ title: "中国" }).value!.relPath).toBe(a);
    expect(make({ title: "日本" }).value!.relPath).not.toBe(a);
  });

  test("what it writes passes validation and reads back the same title", () => {
    for (const title of ['<script>alert("x")</script> & ]]>', "Mali: 'quoted' #1", "- dash", "true", "  spaced  ", "Ménaka — “curly”"]) {
      const { value } = make({ title });
      const valid = validateArticle({ file: value!.file, text: value!.text }, "Asia/Tokyo");
      expect(valid.diagnostics).toEqual([]);
      expect(valid.value?.title).toBe(title.trim());
      expect(valid.value?.draft).toBe(true);
    }
  });
});

describe("new: warnings and refusals, exact text", () => {
  test("unknown names are kept as typed, with a warning on their line", () => {
    expect(make({ region: "Kidl", places: ["Tesalit", "Inafarak"], actors: ["Nobody"] }).messages).toEqual([
      'content/articles/2024/07/2024-07-24-army-returns.md:4: warning: region: "Kidl" is not in content/regions.yaml; did you mean "Kidal"?',
      'content/articles/2024/07/2024-07-24-army-returns.md:5: warning: places: "Tesalit" is not in content/places.yaml; did you mean "Tessalit"?',
      'content/articles/2024/07/2024-07-24-army-returns.md:6: warning: actors: "Nobody" is not in content/actors.yaml',
    ]);
  });

  test.each([
    ["a taken slug", "Kidal symbol", [`content/articles/2024/07/2024-07-24-kidal-symbol.md: title: gives the slug "kidal-symbol", already the slug of content/articles/2023/11/2023-11-15-kidal-symbol.md; choose another title`]],
    ["a taken title", "MALI — Kidal: a small town!", [`content/articles/2024/07/2024-07-24-mali-kidal-a-small-town.md: title: "MALI — Kidal: a small town!" is already the title of content/articles/2023/11/2023-11-15-kidal-symbol.md; choose another title`]],
    ["the slug of an article that does not validate", "Broken", [`content/articles/2024/07/2024-07-24-broken.md: title: gives the slug "broken", already the slug of content/articles/broken.md; choose another title`]],
    ["a title too long for a folder name", "Word ".repeat(50).trim(), [`content/articles/2024/07/2024-07-24-${"word-".repeat(49)}word.md: title: gives a slug of 249 characters; a slug names a folder and may be at most 200; choose a shorter title`]],
    ["a reserved slug", "Search", [`content/articles/2024/07/2024-07-24-search.md: title: gives the slug "search", a reserved path; choose another title`]],
    ["an impossible date", "X", [`--date: "2024-02-30" is not a real date`], "2024-02-30"],
  ])("%s", (_name, title, expected, date?: string) => {
    const { value, messages } = make({ title, date });
    expect(value).toBeUndefined();
    expect(messages).toEqual(expected);
  });
});

test("front matter lines: keys and list items where yaml.ts would find them", () => {
  const written = writeFrontMatter({ title: "T", date: "2024-01-01", region: "K", places: ["a", "b"], actors: [], read_also: ["x", "y: z"], draft: false });
  expect(written.text).toBe('---\ntitle: "T"\ndate: 2024-01-01\nregion: K\nplaces: [a, b]\nread_also:\n  - x\n  - "y: z"\n---\n');
  expect([...written.lines]).toEqual([
    ["title", 2],
    ["date", 3],
    ["region", 4],
    ["places", 5],
    ["places.0", 5],
    ["places.1", 5],
    ["read_also", 6],
    ["read_also.0", 7],
    ["read_also.1", 8],
  ]);
});
