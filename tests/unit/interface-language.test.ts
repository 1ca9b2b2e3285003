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
      `note: the interface has no text in "de" (only en, fr): the site's labels stay in English, its dates follow "de"`,
    ],
  ])("%s: labels read %j", (language, readAlso, note) => {
    expect(dictionaryFor(language).readAlso).toBe(readAlso);
    expect(interfaceLanguageNote(language)).toBe(note);
  });
});
