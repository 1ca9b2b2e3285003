// Page inputs: list digests tell apart every change a page's list can undergo.
import { describe, expect, test } from "vitest";
import { runPipeline } from "../../src/build.ts";
import { pageInputs } from "../../src/views/page-plan.ts";
import type { ArticleSlug } from "../../src/model/slug.ts";
import { memoryFiles, fm } from "../helpers/memory-archive.ts";

const ARTICLES: Record<string, string> = {
  "a.md": fm('title: "A"\ndate: 2024-01-01\nregion: Kidal'),
  "b.md": fm('title: "B"\ndate: 2024-02-01\nregion: Kidal'),
  "c.md": fm('title: "C"\ndate: 2024-03-01\nregion: Kidal\nplaces: [Kidal]'),
  "d.md": fm('title: "D"\ndate: 2024-04-01\nregion: Kidal', "See [[a]]."),
};

function inputsOf(articles: Record<string, string>) {
  const result = runPipeline(memoryFiles(articles, { region: "- name: Kidal\n", place: "- name: Kidal\n  region: Kidal\n" }), { drafts: false, strict: false, overrides: {} });
  return pageInputs(result.archive!, "code");
}

const s = (...slugs: string[]) => slugs as ArticleSlug[];

describe("list digests", () => {
  const inputs = inputsOf(ARTICLES);
  test.each([
    ["order", s("a", "b"), s("b", "a")],
    ["one more", s("a", "b"), s("a", "b", "c")],
    ["one other", s("a", "b"), s("a", "c")],
    ["repeated", s("a"), s("a", "a")],
    ["empty", s(), s("a")],
  ])("%s: different digests", (_, one, other) => {
    expect(inputs.articles(one)).not.toBe(inputs.articles(other));
    expect(inputs.meta(one)).not.toBe(inputs.meta(other));
  });

  test("the same list, the same digest, from a build of the same archive", () => {
    expect(inputsOf(ARTICLES).articles(s("d", "c", "b", "a"))).toBe(inputs.articles(s("d", "c", "b", "a")));
  });

  test("an edit to a body changes the article's token and its lists, not its meta", () => {
    const edited = inputsOf({ ...ARTICLES, "b.md": fm('title: "B"\ndate: 2024-02-01\nregion: Kidal', "Other text.") });
    expect(edited.article(s("b")[0]!)).not.toBe(inputs.article(s("b")[0]!));
    expect(edited.articles(s("a", "b"))).not.toBe(inputs.articles(s("a", "b")));
    expect(edited.articles(s("a", "c"))).toBe(inputs.articles(s("a", "c")));
    expect(edited.meta(s("a", "b"))).toBe(inputs.meta(s("a", "b")));
  });

  test("a new date changes the meta digest; a linked title changes the linking article's token", () => {
    const moved = inputsOf({ ...ARTICLES, "b.md": fm('title: "B"\ndate: 2024-02-02\nregion: Kidal') });
    expect(moved.meta(s("a", "b"))).not.toBe(inputs.meta(s("a", "b")));
    const renamed = inputsOf({ ...ARTICLES, "a.md": fm('title: "A, renamed"\ndate: 2024-01-01\nregion: Kidal') });
    expect(renamed.article(s("d")[0]!)).not.toBe(inputs.article(s("d")[0]!));
  });

  // d shows a's title in its body, marked with a's language and isolated in its direction when written the other way.
  test.each([["fr"], ["ar"]])("a linked article's language (%s) changes the linking article's token, and no other", (lang) => {
    const other = inputsOf({ ...ARTICLES, "a.md": fm(`title: "A"\ndate: 2024-01-01\nregion: Kidal\nlang: ${lang}`) });
    expect(other.article(s("d")[0]!)).not.toBe(inputs.article(s("d")[0]!));
    expect(other.article(s("c")[0]!)).toBe(inputs.article(s("c")[0]!));
  });

  test("another ICU (a Node upgrade) renders every page again: dates, numbers and country names come from it", () => {
    const archive = runPipeline(memoryFiles(ARTICLES, { region: "- name: Kidal\n" }), { drafts: false, strict: false, overrides: {} }).archive!;
    const [before, after] = [pageInputs(archive, "code", "ICU 77.1, CLDR 47.0, tz 2025b"), pageInputs(archive, "code", "ICU 78.2, CLDR 48.0, tz 2025b")];
    expect(after.page("home")).not.toBe(before.page("home"));
    expect(pageInputs(archive, "code", "ICU 77.1, CLDR 47.0, tz 2025b").page("home")).toBe(before.page("home"));
  });

  test("an article the archive does not hold is an error, not an empty part", () => {
    expect(() => inputs.articles(s("a", "nope"))).toThrow("no article nope");
  });
});
