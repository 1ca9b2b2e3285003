// Every French interface string follows French typography, so a string added later cannot slip:
// a no-break space before ":" and inside « », a narrow one before ; ? !, the typographic
// apostrophe, and no English quotation marks.
import { expect, test } from "vitest";
import { fr } from "../../src/render/i18n/fr.ts";

/** Each string of the dictionary, keyed by path; a function's for a name ("X") and for the
 *  counts 0, 1 and 2 where it takes numbers. */
function strings(value: unknown, key: string): [string, string][] {
  if (typeof value === "string") return [[key, value]];
  if (typeof value === "function") {
    const call = (arg: unknown) => (value as (...args: unknown[]) => unknown)(...Array.from({ length: value.length }, () => arg));
    return ["X", 0, 1, 2].flatMap((arg): [string, string][] => {
      try {
        return [[`${key}(${String(arg)})`, String(call(arg))]];
      } catch {
        return []; // a function of names, given a number
      }
    });
  }
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => strings(v, key ? `${key}.${k}` : k));
  return [];
}

const RULES: [rule: string, slip: RegExp][] = [
  ["a no-break space (U+00A0) before a colon", /(?<!\u00A0):(?!\/\/)/],
  ["a narrow no-break space (U+202F) before ; ? !", /(?<!\u202F)[;?!]/],
  ["a no-break space after «", /«(?!\u00A0)/],
  ["a no-break space before »", /(?<!\u00A0)»/],
  ["the typographic apostrophe ’, not '", /'/],
  ["« », not English quotation marks", /[“”"]/],
  ["no ordinary space before punctuation (it breaks the line)", / [:;?!»]/],
];

const all = strings(fr, "");

test("the sample reaches every kind of string: plain, nested, and made by functions", () => {
  expect(all.length).toBeGreaterThan(150);
  expect(all.map(([key]) => key)).toEqual(expect.arrayContaining(["source", "search.resultsMany", "articleCount(1)", "aliasOf(X)"]));
});

test.each(RULES)("%s", (_rule, slip) => {
  expect(all.filter(([, text]) => slip.test(text))).toEqual([]);
});
