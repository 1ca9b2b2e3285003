import fc from "fast-check";
import { parse } from "node-html-parser";
import { describe, expect, test } from "vitest";
import { createMarkdown } from "../../src/render/markdown.ts";
import { dateInFileName, dateOfLine } from "../../src/content/import-date.ts";
import { escapeMarkdown } from "../../src/content/markdown-escape.ts";
import { parsePlainText } from "../../src/content/plain-text.ts";

describe("the parts of a plain-text article", () => {
  test("title, repeated title, lede, reading time, paragraphs and glued Read also lines", () => {
    const text = [
      "Army arrives in Inafarak, near the border",
      "",
      "Army arrives in Inafarak near the border",
      "",
      "The lede.",
      "",
      "2 min",
      "",
      "Second paragraph.",
      "",
      "",
      "Read alsoMali: Kidal, a small town",
      "",
      "Last paragraph",
      "on two lines.   ",
    ].join("\r\n");
    expect(parsePlainText(`\uFEFF${text}`)).toEqual({
      title: { text: "Army arrives in Inafarak, near the border", line: 1 },
      date: undefined,
      blocks: [
        { kind: "paragraph", text: "The lede.", line: 5 },
        { kind: "paragraph", text: "Second paragraph.", line: 9 },
        { kind: "read-also", text: "Mali: Kidal, a small town", line: 12 },
        { kind: "paragraph", text: "Last paragraph\non two lines.", line: 14 },
      ],
    });
  });

  test.each([
    ["Read alsoMali: Kidal", "Mali: Kidal"],
    ["Read also: Mali: Kidal", "Mali: Kidal"],
    ["READ ALSO – Mali: Kidal", "Mali: Kidal"],
    ["Lire aussiMali : Kidal", "Mali : Kidal"],
    ["Read also\nMali: Kidal", "Mali: Kidal"],
  ])("%j is a Read also line", (line, title) => {
    expect(parsePlainText(`Title\n\n${line}\n`).blocks).toEqual([{ kind: "read-also", text: title, line: 3 }]);
  });

  test("consecutive Read also lines, no blank line between: one title each", () => {
    expect(parsePlainText("Title\n\nBody.\n\nRead also: Second story: here!\nRead also: Army arrives in Inafarak\n").blocks).toEqual([
      { kind: "paragraph", text: "Body.", line: 3 },
      { kind: "read-also", text: "Second story: here!", line: 5 },
      { kind: "read-also", text: "Army arrives in Inafarak", line: 6 },
    ]);
  });

  test.each([
    ["Read also", "a Read also line naming nothing"],
    ["Read also: One\nand a sentence after it.", "a Read also line and prose in one block"],
    ["Readers also wrote in.", "a sentence that merely starts alike"],
    ["Read also this:\nfirst\nsecond", "a longer block"],
  ])("%j stays a paragraph (%s)", (line) => {
    expect(parsePlainText(`Title\n\n${line}\n`).blocks.map((b) => b.kind)).toEqual(["paragraph"]);
  });

  test("a date line among the first lines is the date, not a paragraph", () => {
    expect(parsePlainText("Title\n\nPublished on July 23, 2024\n\n3 min read\n\nText.\n")).toEqual({
      title: { text: "Title", line: 1 },
      date: { text: "2024-07-23", line: 3 },
      blocks: [{ kind: "paragraph", text: "Text.", line: 7 }],
    });
  });

  // Copied pages often put the header lines one under another with no blank line between:
  // each line is read on its own, and the first that is none of them starts the body.
  test.each([
    [
      "repeated title and reading time in the title's block",
      "Title\nTitle\n2 min\n\nFirst paragraph.\n\nSecond.\n",
      undefined,
      [["First paragraph.", 5], ["Second.", 7]],
    ],
    ["date and reading time in the title's block", "Title\nSeptember 4, 2024\n2 min\n\nText.\n", { text: "2024-09-04", line: 2 }, [["Text.", 5]]],
    ["date then reading time, one block of their own", "Title\n\nJuly 23, 2024\n3 min read\n\nText.\n", { text: "2024-07-23", line: 3 }, [["Text.", 6]]],
    ["reading time then date", "Title\n\n2 min\nPublished on 23 July 2024\n\nText.\n", { text: "2024-07-23", line: 4 }, [["Text.", 6]]],
    ["repeated title then date", "Title\n\nTitle\nJuly 23, 2024\n\nText.\n", { text: "2024-07-23", line: 4 }, [["Text.", 6]]],
    ["date, then the title repeated", "Title\n2024-07-23\nTITLE\n\nText.\n", { text: "2024-07-23", line: 2 }, [["Text.", 5]]],
    ["all three, then the body in the same block", "Title\nTitle\n2 min\nJuly 23, 2024\nFirst words\non two lines.\n", { text: "2024-07-23", line: 4 }, [["First words\non two lines.", 5]]],
    ["a first paragraph that begins with a date", "Title\nJuly 23, 2024 — Soldiers entered Kidal.\n", undefined, [["July 23, 2024 — Soldiers entered Kidal.", 2]]],
    ["a first paragraph whose first line begins with a date", "Title\n\n2024-07-23: the army\ncame back.\n", undefined, [["2024-07-23: the army\ncame back.", 3]]],
    ["a first paragraph that begins with a reading time", "Title\n2 minutes later, the army left.\n", undefined, [["2 minutes later, the army left.", 2]]],
    ["a first paragraph that begins with the title", "Title\nTitle fights are rare.\n", undefined, [["Title fights are rare.", 2]]],
    // One date is the publication; a second one is left to the text, as when blank lines separate them.
    ["a second date line", "Title\nJuly 23, 2024\nJuly 24, 2024\nText.\n", { text: "2024-07-23", line: 2 }, [["July 24, 2024\nText.", 3]]],
  ])("header lines: %s", (_name, text, date, paragraphs) => {
    expect(parsePlainText(text)).toEqual({
      title: { text: "Title", line: 1 },
      date,
      blocks: paragraphs.map(([body, line]) => ({ kind: "paragraph", text: body, line })),
    });
  });

  test("a reading time or a date deep in the article is text", () => {
    const blocks = parsePlainText("T\n\n1\n\n2\n\n3\n\n4\n\n2 min\n\n2024-07-23\n").blocks;
    expect(blocks.map((b) => b.text)).toEqual(["1", "2", "3", "4", "2 min", "2024-07-23"]);
  });

  test("a title block of several lines: the first is the title, the rest a paragraph", () => {
    expect(parsePlainText("Title\nFirst words.\n").blocks).toEqual([{ kind: "paragraph", text: "First words.", line: 2 }]);
  });

  test.each(["", "\n\n  \n", "\uFEFF"])("%j has no title", (text) => {
    expect(parsePlainText(text)).toEqual({ title: undefined, date: undefined, blocks: [] });
  });
});

describe("dates of imported articles", () => {
  test.each([
    ["2024-07-23-kidal.txt", "2024-07-23"],
    ["seeds/kidal-2024-07-23.txt", "2024-07-23"],
    ["2024-02-30-kidal.txt", "2024-02-30"],
    ["000_7628a3b0fbba16c4.txt", undefined],
    ["2024-07-23/kidal.txt", undefined],
    ["120240-07-231.txt", undefined],
  ])("file name %s → %s", (file, date) => {
    expect(dateInFileName(file)).toBe(date);
  });

  test.each([
    ["2024-07-23", "2024-07-23"],
    ["2024-07-23 10:00+02:00", "2024-07-23T10:00+02:00"],
    ["July 23, 2024", "2024-07-23"],
    ["Jul 23, 2024.", "2024-07-23"],
    ["Tuesday, July 23, 2024", "2024-07-23"],
    ["23 July 2024", "2024-07-23"],
    ["Published on 23 July 2024", "2024-07-23"],
    ["Publié le 23 juillet 2024", "2024-07-23"],
    ["mardi 23 juillet 2024", "2024-07-23"],
    ["2024-02-30", "2024-02-30"],
    ["July 32, 2024", undefined],
    ["on Monday, July 22", undefined],
    ["In 2024, the army came back.", undefined],
  ])("line %j → %s", (line, date) => {
    expect(dateOfLine(line)).toBe(date);
  });
});

describe("plain text escaped as Markdown renders as the same text", () => {
  test.each([
    ["Plain words, commas: and dots.", "Plain words, commas: and dots."],
    ["a *star*, an _under_ and `code`", "a \\*star\\*, an \\_under\\_ and \\`code\\`"],
    ["[[not a link]] and <b>tag</b>", "\\[\\[not a link\\]\\] and \\<b>tag\\</b>"],
    ["AT&T &amp; &#169;", "AT&T \\&amp; \\&#169;"],
    ["# not a heading", "\\# not a heading"],
    ["> not a quote", "\\> not a quote"],
    ["- not a list", "\\- not a list"],
    ["+ not a list", "\\+ not a list"],
    ["2024. A year", "2024\\. A year"],
    ["1) first", "1\\) first"],
    ["---", "\\---"],
    ["===", "\\==="],
    ["| a | b |", "\\| a \\| b \\|"],
    // Found by the property below: a delimiter row under a pipe made a table of the two lines.
    ["|\n:-", "\\|\n\\:-"],
    ["a | b\n-: | :-", "a \\| b\n-: \\| :-"],
    ["x|y\n:--:", "x\\|y\n\\:--:"],
    ["~~struck~~", "\\~\\~struck\\~\\~"],
    ["    indented", "indented"],
    ["back\\slash", "back\\\\slash"],
    ["line one\n- line two", "line one\n\\- line two"],
    ["-5 degrees", "-5 degrees"],
  ])("%j", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

test.each(["|\n:-", "a | b\n-: | :-", "x|y\n:--:", "| h |\n| --- |"])("%j, escaped, renders as its text, not as a table", (text) => {
  const html = createMarkdown(true).render(escapeMarkdown(text));
  expect(html).not.toContain("<table");
  expect(parse(html).text.replace(/\s+/g, " ").trim()).toBe(text.replace(/\s+/g, " ").trim());
});

test("any plain text, escaped, renders as that text even with raw HTML allowed", () => {
  const md = createMarkdown(true);
  const squash = (s: string) => s.replace(/\s+/g, " ").trim();
  const char = fc.constantFrom(..."ab1 \n*_`~|[]<>&#;-+=.():!\\\"'/".split(""), "&amp;", "&#169;", "[[x]]", "<script>", "http://x.org", "1. ", "# ", "    ");
  fc.assert(
    fc.property(fc.array(char, { maxLength: 40 }), (chars) => {
      const text = chars.join("");
      // Escaping keeps paragraphs (blank lines) and drops leading indentation: compare words.
      const rendered = parse(md.render(escapeMarkdown(text))).text;
      expect(squash(rendered)).toBe(squash(text));
    }),
    { numRuns: 500 },
  );
});
