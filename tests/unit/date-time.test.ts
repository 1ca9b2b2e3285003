// A date with its time, as the site's language joins them, and its first of the month as the
// language writes it.
import { expect, test } from "vitest";
import type { ArticleDate } from "../../src/content/dates.ts";
import { formatDate, formatShortDate } from "../../src/render/dates.ts";

/** `day` September 2024, at 11:30 or (undefined) with no time given. */
const at = (hour: number | undefined, day = 17): ArticleDate => ({ iso: "", epochMs: 0, attribute: "", dateOnly: hour === undefined, local: { year: 2024, month: 9, day, hour: hour ?? 0, minute: 30 } });

test.each([
  ["fr", 11, "17 septembre 2024 à 11:30"],
  ["fr-ML", 11, "17 septembre 2024 à 11:30"],
  ["fr", undefined, "17 septembre 2024"],
  // ICU puts a narrow no-break space before AM
  ["en", 11, "September 17, 2024, 11:30\u202fAM"],
  ["en", undefined, "September 17, 2024"],
  // no interface text in German: its own words, joined as in English
  ["de", 11, "17. September 2024, 11:30"],
])("%s, hour %s: %s", (language, hour, expected) => {
  expect(formatDate(at(hour), language)).toBe(expected);
});

test.each([
  // French typography writes the first of the month as an ordinal; CLDR does not
  ["fr", 1, "1er septembre 2024", "1er sept. 2024", "1er septembre 2024 à 11:30"],
  ["fr-CA", 1, "1er septembre 2024", "1er sept. 2024", "1er septembre 2024 à 11 h 30"],
  ["fr", 2, "2 septembre 2024", "2 sept. 2024", "2 septembre 2024 à 11:30"],
  ["fr", 11, "11 septembre 2024", "11 sept. 2024", "11 septembre 2024 à 11:30"],
  ["en", 1, "September 1, 2024", "Sep 1, 2024", "September 1, 2024, 11:30\u202fAM"],
  ["de", 1, "1. September 2024", "1. Sept. 2024", "1. September 2024, 11:30"],
])("%s, day %i: %s, %s, %s", (language, day, full, short, withTime) => {
  expect(formatDate(at(undefined, day), language)).toBe(full);
  expect(formatShortDate(at(undefined, day), language)).toBe(short);
  expect(formatDate(at(11, day), language)).toBe(withTime);
});
