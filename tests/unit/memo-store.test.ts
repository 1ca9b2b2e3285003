// The memo file: what a build saves, the next one loads as it was; entries keep no body HTML;
// a shard of entries that did not change is written back as the text it was read from.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { loadMemo, readSections, saveMemo, writeSections } from "../../src/outputs/memo-store.ts";
import { newPipelineMemo } from "../../src/memo.ts";
import type { FileEntry } from "../../src/content/article-file.ts";
import { loadArchive } from "../../src/content/load.ts";
import { runPipeline } from "../../src/build.ts";
import { ROOT } from "../helpers/archive.ts";
import { DATE_FORMATS_VERSION, formatShortDate } from "../../src/render/dates.ts";

const MADE_BY = "code 1, ICU 1";
const entry = (n: number): FileEntry => ({ diagnostics: [], facts: { links: [], firstParagraph: `paragraph ${n}`, wordCount: n }, html: `<p>${n}</p>` });
const sections = (file: string) => readSections(readFileSync(file))!;
const shardTexts = (file: string): string[] => Array.from({ length: 32 }, (_, i) => sections(file).text(`files.${i}`));

test("entries, stamps and registries come back as saved, without the bodies' HTML", async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "news-archive-memo-")), "memo.bin");
  const memo = newPipelineMemo();
  for (let n = 0; n < 100; n++) memo.files.get(`key-${n}`, () => entry(n));
  memo.stamps.set("/a.md", "1 2 3 4 d");
  await saveMemo(file, memo, MADE_BY);

  const loaded = await loadMemo(file, MADE_BY);
  const { html: _html, ...stored } = entry(7);
  expect(loaded.files.get("key-7", () => entry(-1))).toEqual(stored);
  expect([...loaded.stamps]).toEqual([["/a.md", "1 2 3 4 d"]]);
});

test("a memo made by other code or Intl data is not used: the build starts over", async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "news-archive-memo-")), "memo.bin");
  const memo = newPipelineMemo();
  memo.files.get("key-1", () => entry(1));
  memo.stamps.set("/a.md", "1 2 3 4 d");
  await saveMemo(file, memo, MADE_BY);
  expect(sections(file).header.madeBy).toBe(MADE_BY);

  for (const other of ["code 2, ICU 1", "code 1, ICU 2"]) {
    const loaded = await loadMemo(file, other);
    expect(loaded.files.get("key-1", () => entry(-1)).facts?.wordCount).toBe(-1);
    expect([...loaded.stamps]).toEqual([]);
  }
  expect((await loadMemo(file, MADE_BY)).files.get("key-1", () => entry(-1)).facts?.wordCount).toBe(1);
});

test("a rebuild that changed one entry rewrites only that entry's shard", async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "news-archive-memo-")), "memo.bin");
  const first = newPipelineMemo();
  for (let n = 0; n < 100; n++) first.files.get(`key-${n}`, () => entry(n));
  await saveMemo(file, first, MADE_BY);
  const before = shardTexts(file);

  const second = await loadMemo(file, MADE_BY);
  for (let n = 0; n < 100; n++) second.files.get(`key-${n}`, () => entry(-1));
  second.files.get("key-100", () => entry(100));
  await saveMemo(file, second, MADE_BY);
  const after = shardTexts(file);

  const changed = after.flatMap((text, i) => (text === before[i] ? [] : [i]));
  expect(changed).toHaveLength(1);
  expect(after[changed[0]!]).toContain('"key-100"');
  const third = await loadMemo(file, MADE_BY);
  expect(third.files.get("key-100", () => entry(-1)).facts?.wordCount).toBe(100);
  expect(third.files.get("key-5", () => entry(-1)).facts?.wordCount).toBe(5);
});

test("the index memo (related lists, threads, co-occurrence, neighbours) comes back equal", async () => {
  const loaded = await loadArchive(path.join(ROOT, "content"), ROOT);
  const memo = newPipelineMemo();
  runPipeline(loaded.value, { drafts: true, strict: false, overrides: {}, memo });
  expect(memo.index?.related?.result.size).toBeGreaterThan(10);
  expect(memo.index?.insights?.fromArticles.cooccurrence.actors.size).toBeGreaterThan(5);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "news-archive-memo-")), "memo.bin");
  await saveMemo(file, memo, MADE_BY);
  expect((await loadMemo(file, MADE_BY)).index).toEqual(memo.index);
});

test("dates formatted by an earlier build are used again, only under the same luxon and ICU", async () => {
  const day = (year: number) => ({ iso: "", epochMs: 0, dateOnly: true, local: { year, month: 1, day: 2, hour: 0, minute: 0 }, attribute: "" });
  const file = path.join(mkdtempSync(path.join(tmpdir(), "news-archive-memo-")), "memo.bin");
  expect(formatShortDate(day(1901), "en")).toBe("Jan 2, 1901");
  await saveMemo(file, newPipelineMemo(), MADE_BY);
  const read = sections(file);
  expect(read.header.datesVersion).toBe(DATE_FORMATS_VERSION);
  expect(JSON.parse(read.text("dates"))).toContainEqual(["short|en|1901-1-2", "Jan 2, 1901"]);
  const withDates = (datesVersion: string, dates: [string, string][]) =>
    Buffer.concat([
      ...writeSections(
        { version: read.header.version, madeBy: MADE_BY, datesVersion },
        read.header.sections.map(([name]) => [name, () => (name === "dates" ? JSON.stringify(dates) : read.bytes(name))]),
      ),
    ]);

  // Written by another version: its dates are not taken.
  writeFileSync(file, withDates("luxon 0.0.0", [["short|en|1902-1-2", "from another version"]]));
  await loadMemo(file, MADE_BY);
  expect(formatShortDate(day(1902), "en")).toBe("Jan 2, 1902");
  // The same version: taken as they are (this one made up, to show it is not made again).
  writeFileSync(file, withDates(DATE_FORMATS_VERSION, [["short|en|1903-1-2", "remembered"]]));
  await loadMemo(file, MADE_BY);
  expect(formatShortDate(day(1903), "en")).toBe("remembered");
});
