import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { knownArchive } from "../../src/archive/known-archive.ts";
import { importTexts, type ImportOptions, type ImportSource } from "../../src/content/import-text.ts";
import { parsePlainText } from "../../src/content/plain-text.ts";
import { fixQuotes } from "../../src/content/quotes.ts";
import { validateArticle } from "../../src/content/validate-article.ts";
import { formatDiagnostic } from "../../src/model/diagnostic.ts";
import { fm, files } from "../helpers/memory-archive.ts";

const KNOWN = knownArchive(
  files(
    {
      "2023/2023-11-15-kidal-symbol.md": fm('title: "Mali: Kidal, a small town"\ndate: 2023-11-15\nregion: Kidal'),
      "2024/a.md": fm("title: Same title\ndate: 2024-01-01\nregion: Kidal"),
      "2024/b.md": fm("title: Same title!\ndate: 2024-01-02\nregion: Kidal"),
      "2024/c.md": fm("title: Still a draft\ndate: 2024-01-03\nregion: Kidal\ndraft: true"),
    },
    {
      region: "- name: Kidal\n- name: Gao\n- name: Ménaka\n  aliases: [Menaka]\n",
      place: "- name: Tessalit\n  region: Kidal\n- name: Anefis\n  region: Kidal\n- name: Ansongo\n  region: Gao\n- name: Bamba\n  region: Atlantis\n",
      actor: "- name: Malian Armed Forces\n  aliases: [FAMa, Malian army]\n- name: Wagner Group\n  aliases: [Wagner]\n",
    },
  ),
);
const OPTIONS: ImportOptions = { date: undefined, region: undefined, contentDisplay: "content" };
const run = (sources: ImportSource[], options: Partial<ImportOptions> = {}) => {
  const r = importTexts(sources, { ...OPTIONS, ...options }, KNOWN);
  return { value: r.value, messages: r.diagnostics.map(formatDiagnostic) };
};
const one = (text: string, file = "in/2024-07-23-story.txt", options: Partial<ImportOptions> = {}) => run([{ file, text }], options);

describe("import: the written article", () => {
  test("front matter from the text, body as Markdown, read also resolved", () => {
    const text = [
      "Army *returns* to Tessalit",
      "",
      "Army returns to Tessalit",
      "",
      "2 min",
      "",
      "The Fama and Wagner entered Tessalit, in the Kidal region.",
      "",
      "Read alsoMali: Kidal, a small town",
      "",
      "They left Anefis on Monday; Menaka was quiet.",
    ].join("\n");
    const { value, messages } = one(text);
    expect(messages).toEqual([]);
    expect(value).toEqual([
      {
        draft: false,
        source: "in/2024-07-23-story.txt",
        relPath: "articles/2024/07/2024-07-23-army-returns-to-tessalit.md",
        file: "content/articles/2024/07/2024-07-23-army-returns-to-tessalit.md",
        text: [
          "---",
          'title: "Army *returns* to Tessalit"',
          "date: 2024-07-23",
          "region: Kidal",
          "places: [Tessalit, Anefis]",
          "actors: [Malian Armed Forces, Wagner Group]",
          "read_also:",
          "  - kidal-symbol",
          "---",
          "The Fama and Wagner entered Tessalit, in the Kidal region.",
          "",
          "Read also: [[Mali: Kidal, a small town]]",
          "",
          "They left Anefis on Monday; Menaka was quiet.",
          "",
        ].join("\n"),
      },
    ]);
  });

  test.each([
    ["the region named most", "T\n\nIn Gao and Kidal, then Gao again.", "Gao"],
    ["a tie: the region named first", "T\n\nIn Ménaka, then Gao.", "Ménaka"],
    ["no region named: the region of the place named most", "T\n\nAnsongo, Tessalit and Ansongo.", "Gao"],
    ["--region wins, as the registry spells it", "T\n\nIn Gao.", "Ménaka", "menaka"],
  ])("region: %s", (_name, text, region, given?: string) => {
    const { value } = one(text, "2024-07-23.txt", { region: given });
    expect(value[0]!.text.split("\n")[3]).toBe(`region: ${region}`);
  });

  test.each([
    ["--date first", "2024-07-23-x.txt", "T\n\n2020-01-01\n\nIn Gao.", "2019-05-06", "articles/2019/05/2019-05-06-t.md"],
    ["then the file name", "2024-07-23-x.txt", "T\n\n2020-01-01\n\nIn Gao.", undefined, "articles/2024/07/2024-07-23-t.md"],
    ["then a date line", "x.txt", "T\n\nJuly 4, 2020\n\nIn Gao.", undefined, "articles/2020/07/2020-07-04-t.md"],
  ])("date: %s", (_name, file, text, date, relPath) => {
    expect(one(text, file, { date }).value.map((a) => a.relPath)).toEqual([relPath]);
  });

  // The audit's two files: header lines stacked under the title with no blank line between.
  test.each([
    [
      "in/2024-09-01-wire.txt",
      "Kidal talks resume\nKidal talks resume\n2 min\n\nFirst paragraph.\n\nSecond.\n",
      "articles/2024/09/2024-09-01-kidal-talks-resume.md",
      ["---", 'title: "Kidal talks resume"', "date: 2024-09-01", "region: Kidal", "---", "First paragraph.", "", "Second.", ""],
    ],
    [
      "in/third.txt",
      "Gao market reopens\nSeptember 4, 2024\n2 min\n\nText.\n",
      "articles/2024/09/2024-09-04-gao-market-reopens.md",
      ["---", 'title: "Gao market reopens"', "date: 2024-09-04", "region: Gao", "---", "Text.", ""],
    ],
  ])("header lines with no blank line between: %s", (source, text, relPath, lines) => {
    expect(one(text, source)).toEqual({
      value: [{ draft: false, source, relPath, file: `content/${relPath}`, text: lines.join("\n") }],
      messages: [],
    });
  });

  test("articles imported together can read each other", () => {
    const { value, messages } = run([
      { file: "2024-07-01-a.txt", text: "First story\n\nIn Gao.\n\nRead also: Second story" },
      { file: "2024-07-02-b.txt", text: "Second story\n\nIn Gao.\n\nRead also: First story" },
    ]);
    expect(messages).toEqual([]);
    expect(value.map((a) => a.text.match(/read_also:\n {2}- (.*)/)?.[1])).toEqual(["second-story", "first-story"]);
  });
});

test("an article whose Read also names no one article is written as a draft: the next build leaves it out rather than fail", () => {
  const { value } = one("T\n\nIn Gao.\n\nRead also: Nowhere to be found", "2024-07-23-t.txt");
  expect(value[0]!.text).toMatch(/\ndraft: true\n/);
  expect(one("T\n\nIn Gao.", "2024-07-23-t.txt").value[0]!.text).not.toMatch(/draft/);
});

test("an article whose Read also names a draft, in the archive or made one by this import, is a draft too", () => {
  const { value, messages } = run([
    { file: "in/2025-02-01-a.txt", text: "Residents return\n\nIn Gao.\n\nRead also: Residents flee" },
    { file: "in/2025-02-02-b.txt", text: "Residents flee\n\nIn Gao.\n\nRead also: A story nobody wrote" },
    { file: "in/2025-02-03-c.txt", text: "Later\n\nIn Gao.\n\nRead also: Still a draft" },
  ]);
  expect(value.map((a) => [a.relPath, a.draft])).toEqual([
    ["articles/2025/02/2025-02-01-residents-return.md", true],
    ["articles/2025/02/2025-02-02-residents-flee.md", true],
    ["articles/2025/02/2025-02-03-later.md", true],
  ]);
  expect(messages).toEqual([
    `content/articles/2025/02/2025-02-01-residents-return.md:6: warning: read_also: "Residents flee" is a draft; this article is written as a draft too, until that one is published`,
    `content/articles/2025/02/2025-02-02-residents-flee.md:6: warning: read_also: "A story nobody wrote" matches no article yet; import or write that article, or remove the line; it is written as a draft until then (build leaves it out; serve and check stop at it)`,
    `content/articles/2025/02/2025-02-03-later.md:6: warning: read_also: "Still a draft" is a draft; this article is written as a draft too, until that one is published`,
  ]);
});

describe("import: warnings, exact text", () => {
  const F = "content/articles/2024/07/2024-07-23-t.md";
  test.each([
    [
      "a Read also title the archive does not hold yet",
      "T\n\nIn Gao.\n\nRead also: Nowhere to be found",
      [`${F}:6: warning: read_also: "Nowhere to be found" matches no article yet; import or write that article, or remove the line; it is written as a draft until then (build leaves it out; serve and check stop at it)`],
    ],
    [
      "an ambiguous Read also title",
      "T\n\nIn Gao.\n\nRead also: Same title",
      [`${F}:6: warning: read_also: "Same title" matches 2 articles: a, b; refer to one by its slug; it is written as a draft until then (build leaves it out; serve and check stop at it)`],
    ],
    ["repaired quotation marks", "T\n\nIn Gao.\n\nHe said ” no “ twice.", [`${F}:8: warning: body: quotation marks repaired (” x “ → “x”); check this paragraph`]],
    ["an added opening mark", "T\n\nIn Gao.\n\nNo way “, he said.", [`${F}:8: warning: body: quotation marks repaired; an opening mark the text lacked was added at the start of a sentence; check this paragraph`]],
    ["unpairable quotation marks", "T\n\nIn Gao.\n\nHe said “ no and left.", [`${F}:8: warning: body: quotation marks that do not pair up were left as they are; check this paragraph`]],
    ["an unknown --region", "T\n\nIn Gao.", [`${F}:4: warning: region: "Kidall" is not in content/regions.yaml; did you mean "Kidal"?`], "Kidall"],
    ["a place whose region is not registered", "T\n\nIn Bamba.", [`${F}:4: warning: region: "Atlantis" is not in content/regions.yaml`]],
  ])("%s", (_name, text, expected, region?: string) => {
    const { value, messages } = one(text, "2024-07-23-t.txt", { region });
    expect(messages).toEqual(expected);
    expect(value).toHaveLength(1);
  });
});

describe("import: errors, exact text, nothing written", () => {
  test.each([
    ["no date anywhere", "story.txt", "T\n\nIn Gao.", [`story.txt: date: no date in the file name or the text; pass --date YYYY-MM-DD`]],
    ["an impossible date in the file name", "2024-02-30-t.txt", "T\n\nIn Gao.", [`2024-02-30-t.txt: date: "2024-02-30" is not a real date`]],
    ["an impossible date line", "t.txt", "T\n\n2024-13-01\n\nIn Gao.", [`t.txt:3: date: "2024-13-01" is not a real date`]],
    ["an empty file", "2024-01-01-t.txt", " \n\n", [`2024-01-01-t.txt: holds no text; the first line is the title, then the paragraphs`]],
    ["no region", "2024-01-01-t.txt", "T\n\nNowhere.", [`2024-01-01-t.txt: region: names no region of content/regions.yaml and no place that has a region; pass --region R`]],
    [
      "a title already in the archive",
      "2024-01-01-t.txt",
      "\n\nMALI: Kidal, a small town?\n\nIn Gao.",
      [`2024-01-01-t.txt:3: title: "MALI: Kidal, a small town?" is already the title of content/articles/2023/2023-11-15-kidal-symbol.md; choose another title`],
    ],
  ])("%s", (_name, file, text, expected) => {
    expect(one(text, file)).toEqual({ value: [], messages: expected });
  });

  test("one bad file stops them all; two files with one title are refused", () => {
    const { value, messages } = run([
      { file: "2024-07-01-a.txt", text: "Twice\n\nIn Gao." },
      { file: "2024-07-02-b.txt", text: "Twice\n\nIn Gao." },
      { file: "2024-07-03-c.txt", text: "Fine\n\nIn Gao." },
    ]);
    expect(value).toEqual([]);
    expect(messages).toEqual([`2024-07-02-b.txt:1: title: gives the slug "twice", already the slug of content/articles/2024/07/2024-07-01-twice.md; choose another title`]);
  });
});

test("any plain text imports to an article that validates, or to errors that say why", () => {
  const piece = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 12 }),
    fc.constantFrom("\n", "\n\n", "Read also", "Read alsoMali: Kidal, a small town", "2 min", "July 4, 2020", "”", "“", "«", "»", "[[x]]", "<script>", "---", "# ", "- ", "&amp;", "\r\n", "\uFEFF", "Gao", "Fama"),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 25 }), fc.boolean(), (parts, withRegion) => {
      const text = parts.join("");
      const r = importTexts([{ file: "in.txt", text }], { ...OPTIONS, date: "2024-07-23", region: withRegion ? "Kidal" : undefined }, KNOWN);
      const errors = r.diagnostics.filter((d) => d.severity === "error");
      if (errors.length > 0) {
        expect(r.value).toEqual([]);
        return;
      }
      expect(r.value).toHaveLength(1);
      const written = validateArticle({ file: r.value[0]!.file, text: r.value[0]!.text }, "UTC");
      expect(written.diagnostics.map(formatDiagnostic)).toEqual([]);
      expect(written.value!.title).toBe(fixQuotes(parsePlainText(text).title!.text).text);
    }),
    { numRuns: 300 },
  );
});
