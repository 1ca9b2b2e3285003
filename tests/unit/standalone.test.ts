// Month names standing alone start with a capital (CLDR's French context transform); in a
// sentence they stay as Intl writes them.
import { expect, test } from "vitest";
import { standalone } from "../../src/render/standalone.ts";

test.each([
  ["fr", "juillet 2024", "Juillet 2024"],
  ["fr", "août", "Août"],
  ["fr", "", ""],
  ["en", "July 2024", "July 2024"],
  // the language's case mapping: Turkish dotted capital İ
  ["tr", "ikinci", "İkinci"],
  ["en", "ikinci", "Ikinci"],
  // a first letter outside the BMP is one letter, not half of one
  ["en", "𐐨x", "𐐀x"],
])("%s: %j → %j", (language, text, expected) => {
  expect(standalone(text, language)).toBe(expected);
});
