// A date with its time, as the site's language joins them.
import { expect, test } from "vitest";
import type { ArticleDate } from "../../src/content/dates.ts";
import { formatDate } from "../../src/render/dates.ts";

/** 17 September 2024, at 11:30 or (undefined) with no time given. */
const at = (hour: number | undefined): ArticleDate => ({ iso: "", epochMs: 0, attribute: "", dateOnly: hour === undefined, local: { year: 2024, month: 9, day: 17, hour: hour ?? 0, minute: 30 } });

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
