import { describe, expect, test } from "vitest";
import { validateArticle } from "../../src/content/validate-article.ts";
import { formatDiagnostic } from "../../src/model/diagnostic.ts";

const F = "content/articles/2024/a.md";
const check = (text: string, file = F) => validateArticle({ file, text }, "Africa/Bamako");
const messages = (text: string, file = F) => check(text, file).diagnostics.map(formatDiagnostic);

describe("front matter diagnostics, exact text", () => {
  test.each([
    ["impossible date", "---\ntitle: A\ndate: 2024-02-30\nregion: Kidal\n---\n", [`${F}:3: date: "2024-02-30" is not a real date`]],
    ["month 13", "---\ntitle: A\ndate: 2024-13-01\nregion: Kidal\n---\n", [`${F}:3: date: "2024-13-01" is not a real date`]],
    ["hour 24", "---\ntitle: A\ndate: 2024-01-01T24:00:00Z\nregion: Kidal\n---\n", [`${F}:3: date: "2024-01-01T24:00:00Z" is not a real time of day`]],
    ["offset out of range", "---\ntitle: A\ndate: 2024-01-01T10:00:00+15:00\nregion: Kidal\n---\n", [`${F}:3: date: "2024-01-01T10:00:00+15:00" has an offset out of range; offsets run from -12:00 to +14:00`]],
    ["offset out of range, west", "---\ntitle: A\ndate: 2024-01-01T10:00:00-13:30\nregion: Kidal\n---\n", [`${F}:3: date: "2024-01-01T10:00:00-13:30" has an offset out of range; offsets run from -12:00 to +14:00`]],
    ["date-time without offset", "---\ntitle: A\ndate: 2024-01-01T10:00\nregion: Kidal\n---\n", [`${F}:3: date: "2024-01-01T10:00" has no time zone offset; add Z or an offset such as +00:00`]],
    ["not a date", "---\ntitle: A\ndate: yesterday\nregion: Kidal\n---\n", [`${F}:3: date: "yesterday" is not a date; write YYYY-MM-DD or an ISO 8601 date-time with offset`]],
    ["updated before date", "---\ntitle: A\ndate: 2024-05-02\nupdated: 2024-05-01\nregion: Kidal\n---\n", [`${F}:4: updated: "2024-05-01" is before date "2024-05-02"`]],
    ["missing keys", "---\ntitle: A\n---\n", [`${F}:1: date: required key is missing; expected a date (YYYY-MM-DD) or an ISO 8601 date-time with offset`, `${F}:1: region: required key is missing; expected a region name (one string)`]],
    ["list for region", "---\ntitle: A\ndate: 2024-01-01\nregion: [Kidal, Gao]\n---\n", [`${F}:4: region: expected a region name (one string), got a list`]],
    ["number for title", "---\ntitle: 2024\ndate: 2024-01-01\nregion: Kidal\n---\n", [`${F}:2: title: expected a non-empty string, got the number 2024`]],
    ["object for places", "---\ntitle: A\ndate: 2024-01-01\nregion: Kidal\nplaces: {a: 1}\n---\n", [`${F}:5: places: expected a list of place names, got a mapping`]],
    ["number in a list", "---\ntitle: A\ndate: 2024-01-01\nregion: Kidal\nactors:\n  - JNIM\n  - 42\n---\n", [`${F}:7: actors: item 2 is the number 42, expected a string`]],
    ["every bad item of a list", "---\ntitle: A\ndate: 2024-01-01\nregion: Kidal\nactors: [JNIM, null, 3]\n---\n", [`${F}:5: actors: item 2 is nothing, expected a string`, `${F}:5: actors: item 3 is the number 3, expected a string`]],
    ["empty title", "---\ntitle: \"  \"\ndate: 2024-01-01\nregion: Kidal\n---\n", [`${F}:2: title: must not be empty; expected a non-empty string`]],
    ["unknown key", "---\ntitle: A\ndate: 2024-01-01\nregion: Kidal\npalces: [Kidal]\n---\n", [`${F}:5: palces: unknown key; did you mean "places"?`]],
    ["a key named like an object's own property", "---\ntitle: A\ndate: 2024-01-01\nregion: Kidal\nconstructor: x\n---\n", [`${F}:5: constructor: unknown key`]],
    ["an image without words for who cannot see it", "---\ntitle: A\ndate: 2024-01-01\nregion: Kidal\nimage: /images/kidal.jpg\n---\n", [`${F}:5: image_alt: is required with image; say what the picture shows, for readers who cannot see it`]],
    ["an image's words left empty", "---\ntitle: A\ndate: 2024-01-01\nregion: Kidal\nimage: /images/kidal.jpg\nimage_alt: \"  \"\n---\n", [`${F}:5: image_alt: is required with image; say what the picture shows, for readers who cannot see it`]],
    ["an image by a relative path", "---\ntitle: A\ndate: 2024-01-01\nregion: Kidal\nimage: kidal.jpg\nimage_alt: The town\n---\n", [`${F}:5: image: "kidal.jpg" is neither a path from the site's root nor an https:// address; write /images/kidal.jpg for static/images/kidal.jpg`]],
    ["an image on another site's protocol-relative address", "---\ntitle: A\ndate: 2024-01-01\nregion: Kidal\nimage: //cdn.example.org/k.jpg\nimage_alt: The town\n---\n", [`${F}:5: image: "//cdn.example.org/k.jpg" is neither a path from the site's root nor an https:// address; write /images/kidal.jpg for static/images/kidal.jpg`]],
    ["an image over plain http", "---\ntitle: A\ndate: 2024-01-01\nregion: Kidal\nimage: http://cdn.example.org/k.jpg\nimage_alt: The town\n---\n", [`${F}:5: image: "http://cdn.example.org/k.jpg" is neither a path from the site's root nor an https:// address; write /images/kidal.jpg for static/images/kidal.jpg`]],
    ["a caption and words without an image", "---\ntitle: A\ndate: 2024-01-01\nregion: Kidal\nimage_alt: The town\nimage_caption: Photo AFP\n---\n", [`${F}:5: warning: image_alt: is given without image, so nothing shows it`, `${F}:6: warning: image_caption: is given without image, so nothing shows it`]],
    ["an image that is not a string", "---\ntitle: A\ndate: 2024-01-01\nregion: Kidal\nimage: [a.jpg]\n---\n", [`${F}:5: image: expected a path from the site's root such as /images/kidal.jpg (a file under static/), or an https:// address, got a list`]],
    ["bad slug", "---\ntitle: A\ndate: 2024-01-01\nregion: Kidal\nslug: Bad/../Slug\n---\n", [`${F}:5: slug: "Bad/../Slug" must be lowercase a-z, 0-9 and dashes; did you mean "bad-slug"?`]],
    ["draft not boolean", "---\ntitle: A\ndate: 2024-01-01\nregion: Kidal\ndraft: maybe\n---\n", [`${F}:5: draft: expected true or false, got a string`]],
    ["yaml syntax", "---\ntitle: A\ndate: 2024-01-01\n  region: Kidal\n---\n", [`${F}:4: YAML: bad indentation of a mapping entry`]],
    ["a control character in a quoted title", "---\ntitle: \"Bell \u0007\"\ndate: 2024-01-01\nregion: Kidal\n---\n", [`${F}:2: YAML: expected valid JSON character (this line holds an invisible control character, U+0007; delete it)`]],
    ["a control character in a plain title", "---\ntitle: Bell \u0007\ndate: 2024-01-01\nregion: Kidal\n---\n", [`${F}:2: YAML: the stream contains non-printable characters (this line holds an invisible control character, U+0007; delete it)`]],
    ["yaml duplicate key in a flow mapping: none named", "---\ntitle: A\ndate: 2024-01-01\nregion: Kidal\nextra: {k: 1, k: 2}\n---\n", [`${F}:5: YAML: duplicated mapping key`]],
    ["yaml duplicate key", "---\ntitle: A\ndate: 2024-01-01\ntitle: B\n---\n", [`${F}:4: YAML: duplicated mapping key: "title" is given twice`]],
    ["front matter not closed", "---\ntitle: A\ndate: 2024-01-01\nregion: Kidal\n\nThe text: it begins.\n", [`${F}:1: the front matter is not closed: no --- line after this one; end it with a line of three dashes (---) before the text`]],
    ["front matter closed with ...", "---\ntitle: A\ndate: 2024-01-01\nregion: Kidal\n...\nText.\n", [`${F}:1: the front matter is not closed: no --- line after this one; end it with a line of three dashes (---) before the text`]],
    ["empty front matter", "---\n---\nText.\n", [`${F}:1: title: required key is missing; expected a non-empty string`, `${F}:1: date: required key is missing; expected a date (YYYY-MM-DD) or an ISO 8601 date-time with offset`, `${F}:1: region: required key is missing; expected a region name (one string)`]],
    ["no front matter", "Just text\n", [`${F}:1: no front matter; start the file with a --- line, then title, date and region, then ---`]],
    ["empty file", "", [`${F}: the file is empty; an article needs front matter with title, date and region`]],
  ])("%s", (_name, text, expected) => {
    expect(messages(text)).toEqual(expected);
  });

  test("reserved slug from the file name", () => {
    expect(messages("---\ntitle: A\ndate: 2024-01-01\nregion: Kidal\n---\n", "content/articles/2024-01-01-page.md")).toEqual([
      `content/articles/2024-01-01-page.md:1: slug: "page" (from the file name) is a reserved path; choose another slug`,
    ]);
  });

  test("file name that is not a slug", () => {
    expect(messages("---\ntitle: A\ndate: 2024-01-01\nregion: Kidal\n---\n", "content/articles/Kidal News.md")).toEqual([
      `content/articles/Kidal News.md:1: slug: "Kidal News" (from the file name) must be lowercase a-z, 0-9 and dashes; rename the file or set slug: kidal-news`,
    ]);
  });

  test("every problem of a file at once", () => {
    const text = "---\ntitle: 1\ndate: 2024-02-30\nregion: [a]\nfoo: bar\n---\n";
    expect(messages(text)).toHaveLength(4);
  });
});

describe("invisible control characters in the text", () => {
  const head = "---\ntitle: A\ndate: 2024-01-01\nregion: Kidal\n---\n";
  test.each([
    ["a bell", "One.\n\nA bell \u0007 rang.\n", [`${F}:8: warning: the text holds an invisible control character (U+0007); pages and feeds leave it out; delete it; pasted text often brings these`], "One.\n\nA bell  rang.\n"],
    [
      "Windows-1252 read as Latin-1",
      "It\u0092s \u0093quoted\u0094.\n",
      [`${F}:6: warning: the text holds 3 invisible control characters (the first, U+0092, here); pages and feeds leave them out; delete them; text pasted from a Windows-1252 document often brings these in place of quotes and dashes (U+0092 was ’)`],
      "Its quoted.\n",
    ],
    ["tabs, newlines and returns are text", "a\tb\r\nc\n", [], "a\tb\nc\n"],
  ])("%s", (_name, body, expected, kept) => {
    const result = check(head + body);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual(expected);
    expect(result.value?.body).toBe(kept);
  });

  test("in front matter, through YAML escapes: told at the key's line, left out too", () => {
    const result = check('---\ntitle: "Bell\\a"\ndate: 2024-01-01\nregion: Kidal\nsummary: "It\\u0092s"\n---\nText.\n');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `${F}:2: warning: title: it holds an invisible control character (U+0007); pages and feeds leave it out; delete it; pasted text often brings these`,
      `${F}:5: warning: summary: it holds an invisible control character (U+0092); pages and feeds leave it out; delete it; text pasted from a Windows-1252 document often brings these in place of quotes and dashes (U+0092 was ’)`,
    ]);
    expect([result.value?.title, result.value?.summary]).toEqual(["Bell", "Its"]);
  });

  test("what remains: one space where the character stood between two; an author of nothing else is no author", () => {
    const result = check('---\ntitle: "Ctl \\a title"\ndate: 2024-01-01\nregion: Kidal\nauthor: "\\a"\n---\nText.\n');
    expect([result.value?.title, result.value?.author]).toEqual(["Ctl title", undefined]);
    expect(result.diagnostics).toHaveLength(2);
  });

  test("names and references: told at their line, left out of the name", () => {
    const result = check('---\ntitle: A\ndate: 2024-01-01\nregion: "Ki\\adal"\nplaces:\n  - Gao\n  - "Tess\\u0007alit"\n---\nText.\n');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `${F}:4: warning: region: it holds an invisible control character (U+0007); pages and feeds leave it out; delete it; pasted text often brings these`,
      `${F}:7: warning: places: item 2 holds an invisible control character (U+0007); pages and feeds leave it out; delete it; pasted text often brings these`,
    ]);
    expect([result.value?.region.text, result.value?.places.map((p) => p.text)]).toEqual(["Kidal", ["Gao", "Tessalit"]]);
  });

  test("a region of nothing but control characters is an empty region (it made a valid article with no region)", () => {
    expect(messages('---\ntitle: A\ndate: 2024-01-01\nregion: "\\a"\n---\nText.\n')).toEqual([
      `${F}:4: warning: region: it holds an invisible control character (U+0007); pages and feeds leave it out; delete it; pasted text often brings these`,
      `${F}:4: region: must not be empty: it holds nothing but invisible control characters`,
    ]);
  });

  test("a title of nothing but control characters is an empty title", () => {
    expect(messages('---\ntitle: "\\a"\ndate: 2024-01-01\nregion: Kidal\n---\nText.\n')).toEqual([
      `${F}:2: warning: title: it holds an invisible control character (U+0007); pages and feeds leave it out; delete it; pasted text often brings these`,
      `${F}:2: title: must not be empty: it holds nothing but invisible control characters`,
    ]);
  });
});

describe("direction controls in front matter", () => {
  const HINT = "close each where the text it turns ends (U+202C after an embedding or override, U+2069 after an isolate), or delete it: left open, it would reorder the text shown after it";
  test("left open in a title or a name: told at its line, closed at the text's end", () => {
    const result = check('---\ntitle: "\u202Eexplosion at Kidal"\ndate: 2024-01-01\nregion: Kidal\nplaces:\n  - Gao\n  - "\u2067تين زاواتين"\n---\nText.\n');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `${F}:2: warning: title: it holds a U+202E RIGHT-TO-LEFT OVERRIDE never closed; pages and feeds close it where the text ends; ${HINT}`,
      `${F}:7: warning: places: item 2 holds a U+2067 RIGHT-TO-LEFT ISOLATE never closed; pages and feeds close it where the text ends; ${HINT}`,
    ]);
    expect([result.value?.title, result.value?.places.map((p) => p.text)]).toEqual(["\u202Eexplosion at Kidal\u202C", ["Gao", "\u2067تين زاواتين\u2069"]]);
  });

  test("closing nothing: left out", () => {
    const result = check('---\ntitle: A\ndate: 2024-01-01\nregion: Kidal\nauthor: "Ag Intalla\u202C"\n---\nText.\n');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([`${F}:5: warning: author: it holds a U+202C POP DIRECTIONAL FORMATTING with nothing to close; pages and feeds leave it out; delete it`]);
    expect(result.value?.author).toBe("Ag Intalla");
  });

  test("balanced: the editor's, kept without a word", () => {
    const result = check('---\ntitle: "Kidal \u2067كيدال\u2069"\ndate: 2024-01-01\nregion: Kidal\n---\nText.\n');
    expect(result.diagnostics).toEqual([]);
    expect(result.value?.title).toBe("Kidal \u2067كيدال\u2069");
  });
});

describe("accepted front matter", () => {
  test("a valid article with every key", () => {
    const text = [
      "\uFEFF---",
      'title: "Malian army arrives in Inafarak"',
      "date: 2024-07-23",
      "updated: 2024-07-24T08:00:00+02:00",
      "region: Kidal",
      "places: Inafarak",
      "actors: [FAMa, Wagner]",
      "read_also: [kidal-a-small-town-and-an-immense-symbol]",
      "summary: Short.",
      "slug: inafarak",
      "author: Desk",
      "source: RFI",
      "source_url: https://www.rfi.fr/",
      "lang: fr",
      "draft: false",
      "---",
      "Body.",
    ].join("\r\n");
    const { value, diagnostics } = check(text);
    expect(diagnostics).toEqual([]);
    expect(value).toMatchObject({
      slug: "inafarak",
      title: "Malian army arrives in Inafarak",
      date: { iso: "2024-07-23T00:00:00.000+00:00", dateOnly: true },
      updated: { iso: "2024-07-24T08:00:00.000+02:00", dateOnly: false },
      region: { text: "Kidal", line: 5 },
      places: [{ text: "Inafarak", line: 6 }],
      actors: [{ text: "FAMa" }, { text: "Wagner" }],
      lang: "fr",
      draft: false,
      body: "Body.",
      bodyLine: 17,
    });
  });

  test.each([
    ["2024-07-23.md", "2024-07-23"],
    ["2024-07-23-kidal.md", "kidal"],
    ["kidal-story.md", "kidal-story"],
  ])("slug from file name %s", (name, slug) => {
    const { value } = check("---\ntitle: A\ndate: 2024-01-01\nregion: Kidal\n---\n", `content/articles/${name}`);
    expect(value?.slug).toBe(slug);
  });

  test.each([
    ["2024-07-23T10:00:00+05", "2024-07-23T10:00:00+05:00"],
    ["2024-07-23T10:00+0530", "2024-07-23T10:00:00+05:30"],
    ["2024-07-23T10:00:00-12:00", "2024-07-23T10:00:00-12:00"],
    ["2024-07-23T10:00:00+14:00", "2024-07-23T10:00:00+14:00"],
  ])("ISO 8601 offset forms: %s", (date, attribute) => {
    const { value, diagnostics } = check(`---\ntitle: A\ndate: ${date}\nregion: Kidal\n---\n`);
    expect(diagnostics).toEqual([]);
    expect(value?.date.attribute).toBe(attribute);
  });

  test.each([
    // Samoa crossed the date line: 30 December 2011 never happened in Apia
    ["Pacific/Apia", "2011-12-30", undefined, `${F}:3: date: "2011-12-30" did not happen in Pacific/Apia: its clocks skipped that day; write the date as the desk dated it there, or give a time with an offset`],
    ["Pacific/Apia", "2011-12-31", "2011-12-31T00:00:00.000+14:00", undefined],
    // midnight skipped (summer time began at 00:00): the day is there, from 01:00
    ["America/Santiago", "2022-09-11", "2022-09-11T01:00:00.000-03:00", undefined],
  ])("a date alone in %s: %s", (zone, date, iso, problem) => {
    const { value, diagnostics } = validateArticle({ file: F, text: `---\ntitle: A\ndate: ${date}\nregion: K\n---\n` }, zone);
    expect(value?.date.iso).toBe(iso);
    expect(diagnostics.map(formatDiagnostic)).toEqual(problem ? [problem] : []);
  });

  test("articles of one day share one frozen date: none can change another's", () => {
    const a = check("---\ntitle: A\ndate: 2024-07-23\nregion: K\n---\n").value!;
    const b = check("---\ntitle: B\ndate: 2024-07-23\nregion: K\n---\n", "content/articles/2024/b.md").value!;
    expect(b.date).toBe(a.date);
    expect(Object.isFrozen(a.date) && Object.isFrozen(a.date.local)).toBe(true);
    // another timezone is another date
    expect(validateArticle({ file: F, text: "---\ntitle: A\ndate: 2024-07-23\nregion: K\n---\n" }, "Asia/Tokyo").value!.date.iso).toBe("2024-07-23T00:00:00.000+09:00");
  });

  test("a date alone is midnight in the site timezone", () => {
    const { value } = validateArticle({ file: F, text: "---\ntitle: A\ndate: 2024-07-23\nregion: K\n---\n" }, "Asia/Tokyo");
    expect(value?.date.iso).toBe("2024-07-23T00:00:00.000+09:00");
  });
});
