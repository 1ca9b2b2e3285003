import { expect, test } from "vitest";
import { languageDirection, RTL_SCRIPTS } from "../../src/model/language-direction.ts";

test.each([
  ["en", "ltr"],
  ["fr", "ltr"],
  ["fr-ML", "ltr"],
  ["bm", "ltr"],
  // Tamasheq: Latin by default (CLDR), but written in Arabic script too
  ["taq", "ltr"],
  ["taq-Arab", "rtl"],
  ["ar", "rtl"],
  ["AR", "rtl"],
  ["ar-ML", "rtl"],
  ["ar-EG-u-nu-latn", "rtl"],
  ["ar-Latn", "ltr"],
  ["fa", "rtl"],
  ["he", "rtl"],
  ["iw", "rtl"],
  ["yi", "rtl"],
  ["ur", "rtl"],
  ["ps", "rtl"],
  ["sd", "rtl"],
  ["sd-Deva", "ltr"],
  ["ug", "rtl"],
  ["ckb", "rtl"],
  ["ku", "ltr"],
  ["ku-Arab", "rtl"],
  ["ha-Arab", "rtl"],
  ["pa-Arab", "rtl"],
  // Azerbaijani in Iran: the likely script there is Arabic
  ["az-IR", "rtl"],
  ["az", "ltr"],
  ["dv", "rtl"],
  ["syr", "rtl"],
  ["nqo", "rtl"],
  ["ff-Adlm", "rtl"],
  ["ff", "ltr"],
  ["zgh", "ltr"],
  ["zh-Hant", "ltr"],
  // no likely script, and a tag ICU cannot read: left to right
  ["ber", "ltr"],
  ["en-a-b", "ltr"],
] as const)("%s → %s", (tag, direction) => {
  expect(languageDirection(tag)).toBe(direction);
});

// A misspelt code would name no script and silently count for nothing. (Garay, Unicode 16, is
// unknown to an engine older than that: bidi-isolation.ts leaves such out.)
test("every script listed is one Unicode names", () => {
  const known = Number(process.versions.unicode) >= 16 ? RTL_SCRIPTS : RTL_SCRIPTS.filter((s) => s !== "Gara");
  for (const script of known) expect(() => new RegExp(`\\p{sc=${script}}`, "u"), script).not.toThrow();
});

