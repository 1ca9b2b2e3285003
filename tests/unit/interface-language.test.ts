// The interface's languages: a site in another one is told its labels stay English.
import { describe, expect, test } from "vitest";
import { dictionaryFor, interfaceLanguageNote } from "../../src/render/i18n/index.ts";

describe("interface language", () => {
  test.each([
    ["en", "Read also", undefined],
    ["fr", "Lire aussi", undefined],
    // a regional variant takes its language's text
    ["fr-ML", "Lire aussi", undefined],
    [
      "de",
      "Read also",
      `note: the interface has no text in "de" (only en, fr): the site's labels stay in English, its dates and the countries on its maps follow "de"`,
    ],
    [
      "xx",
      "Read also",
      `note: the interface has no text in "xx" (only en, fr): the site's labels stay in English, and so do its dates and the countries on its maps: this Node's ICU has no "xx" either`,
    ],
  ])("%s: labels read %j", (language, readAlso, note) => {
    expect(dictionaryFor(language).readAlso).toBe(readAlso);
    expect(interfaceLanguageNote(language)).toBe(note);
  });
});

describe("placeholders", () => {
  // Flattened: "search.resultsMany" and the like.
  const strings = (dictionary: object, prefix = ""): [string, string][] =>
    Object.entries(dictionary).flatMap(([key, value]): [string, string][] =>
      typeof value === "string" ? [[prefix + key, value]] : typeof value === "object" ? strings(value as object, `${prefix}${key}.`) : [],
    );
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  test.each(["fr"])("%s has the {placeholders} English has, string by string", (language) => {
    const translated = new Map(strings(dictionaryFor(language)));
    for (const [key, english] of strings(dictionaryFor("en"))) expect([key, placeholders(translated.get(key)!)]).toEqual([key, placeholders(english)]);
  });
});
