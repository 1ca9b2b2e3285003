// French "de" before a name: elided before a vowel sound ("d’Inafarak"), not before h.
import { expect, test } from "vitest";
import { fr } from "../../src/render/i18n/fr.ts";

test.each([
  ["Gao", "«\u00A0Gao town\u00A0» est un autre nom de Gao."],
  ["Inafarak", "«\u00A0Gao town\u00A0» est un autre nom d’Inafarak."],
  ["Ansongo", "«\u00A0Gao town\u00A0» est un autre nom d’Ansongo."],
  ["Ébang", "«\u00A0Gao town\u00A0» est un autre nom d’Ébang."],
  ["Œil-de-Bœuf", "«\u00A0Gao town\u00A0» est un autre nom d’Œil-de-Bœuf."],
  ["inafarak", "«\u00A0Gao town\u00A0» est un autre nom d’inafarak."],
  // h: never elided, mute or aspirated (no rule on letters tells which)
  ["Hombori", "«\u00A0Gao town\u00A0» est un autre nom de Hombori."],
  // y: a vowel before a consonant, a consonant before a vowel
  ["Ypres", "«\u00A0Gao town\u00A0» est un autre nom d’Ypres."],
  ["Yaoundé", "«\u00A0Gao town\u00A0» est un autre nom de Yaoundé."],
  ["«\u00A0Kidal\u00A0»", "«\u00A0Gao town\u00A0» est un autre nom de «\u00A0Kidal\u00A0»."],
  ["1er arrondissement", "«\u00A0Gao town\u00A0» est un autre nom de 1er arrondissement."],
])("aliasOf(…, %j)", (name, expected) => {
  expect(fr.aliasOf("Gao town", name)).toBe(expected);
});

test.each([
  ["articlesIn(\"juillet 2024\")", fr.articlesIn("juillet 2024"), "Articles de juillet 2024"],
  ["articlesIn(\"août 2024\")", fr.articlesIn("août 2024"), "Articles d’août 2024"],
  ["articlesIn(\"avril 2024\")", fr.articlesIn("avril 2024"), "Articles d’avril 2024"],
  ["articlesIn(\"2024\")", fr.articlesIn("2024"), "Articles de 2024"],
  ["locatorOf(\"Inafarak\")", fr.locatorOf("Inafarak"), "Situation d’Inafarak"],
  ["locatorOf(\"Kidal\")", fr.locatorOf("Kidal"), "Situation de Kidal"],
])("%s", (_call, got, expected) => {
  expect(got).toBe(expected);
});
