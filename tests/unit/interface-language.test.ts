// The interface's languages: a site in another one is told its labels stay English.
import { describe, expect, test } from "vitest";
import { dictionaryFor, interfaceLanguageNote } from "../../src/render/i18n/index.ts";

describe("interface language", () => {
  test.each([
    ["en", "Read also", undefined],
    ["fr", "Lire aussi", undefined],
    // a regional variant takes its language's text
    ["fr-ML", "Lire aussi", undefined],
    ["ar", "اقرأ أيضًا", undefined],
    ["ar-ML", "اقرأ أيضًا", undefined],
    [
      "de",
      "Read also",
      `note: the interface has no text in "de" (only en, fr, ar): the site's labels stay in English, its dates and the countries on its maps follow "de"`,
    ],
    [
      "xx",
      "Read also",
      `note: the interface has no text in "xx" (only en, fr, ar): the site's labels stay in English, and so do its dates and the countries on its maps: this Node's ICU has no "xx" either`,
    ],
  ])("%s: labels read %j", (language, readAlso, note) => {
    expect(dictionaryFor(language).readAlso).toBe(readAlso);
    expect(interfaceLanguageNote(language)).toBe(note);
  });
});

describe("Arabic counts in its six plural forms", () => {
  const ar = dictionaryFor("ar");
  test.each([
    [0, "لا مقالات", "0 دقيقة قراءة"],
    [1, "مقال واحد", "دقيقة قراءة واحدة"],
    [2, "مقالان", "دقيقتا قراءة"],
    [3, "3 مقالات", "3 دقائق قراءة"],
    [10, "10 مقالات", "10 دقائق قراءة"],
    [11, "11 مقالًا", "11 دقيقة قراءة"],
    [99, "99 مقالًا", "99 دقيقة قراءة"],
    [100, "100 مقال", "100 دقيقة قراءة"],
    [103, "103 مقالات", "103 دقائق قراءة"],
    [1211, "1,211 مقالًا", "1,211 دقيقة قراءة"],
  ])("%i: %s; %s", (n, articles, minutes) => {
    // The digits as ICU writes "ar" here (Western in CLDR 48): the test reads them from it.
    const digits = (text: string) => text.replace(/[\d,]+/, (m) => Number(m.replace(/,/g, "")).toLocaleString("ar"));
    expect([ar.articleCount(n), ar.minutesRead(n)]).toEqual([digits(articles), digits(minutes)]);
  });
});

describe("placeholders", () => {
  // Flattened: "search.resultsMany" and the like.
  const strings = (dictionary: object, prefix = ""): [string, string][] =>
    Object.entries(dictionary).flatMap(([key, value]): [string, string][] =>
      typeof value === "string" ? [[prefix + key, value]] : typeof value === "object" ? strings(value as object, `${prefix}${key}.`) : [],
    );
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  test.each(["fr", "ar"])("%s has the {placeholders} English has, string by string", (language) => {
    const translated = new Map(strings(dictionaryFor(language)));
    for (const [key, english] of strings(dictionaryFor("en"))) expect([key, placeholders(translated.get(key)!)]).toEqual([key, placeholders(english)]);
  });
});
