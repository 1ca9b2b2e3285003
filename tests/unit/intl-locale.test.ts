// A site language Intl has no data for is asked for in English, never in the build machine's
// locale (which Intl falls back to): the same archive builds the same pages everywhere.
import { spawnSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { intlLocale } from "../../src/model/intl-locale.ts";
import { ROOT } from "../helpers/archive.ts";

describe("the locale Intl is asked for", () => {
  test.each([
    ["fr", Intl.DateTimeFormat, "fr"],
    ["fr-ML", Intl.Collator, "fr-ML"],
    // ICU formats Bambara dates but has no Bambara collation
    ["bm", Intl.DateTimeFormat, "bm"],
    ["bm", Intl.Collator, "en"],
    ["xx", Intl.DisplayNames, "en"],
    // the right shape for site.yaml, refused by ICU (a repeated variant)
    ["en-fonipa-fonipa", Intl.NumberFormat, "en"],
  ])("%s for %o: %s", (language, service, locale) => {
    expect(intlLocale(language, service)).toBe(locale);
  });

  test("a language ICU lacks sorts, dates, numbers and names countries alike on a Swedish machine", () => {
    const script = `
      import { nameCollator } from "./src/model/name-order.ts";
      import { formatShortDate } from "./src/render/dates.ts";
      import { formatCoordinates } from "./src/render/coordinates.ts";
      import { countryNamer } from "./src/render/country-names.ts";
      const date = { iso: "", epochMs: 0, attribute: "", dateOnly: true, local: { year: 2024, month: 7, day: 2, hour: 0, minute: 0 } };
      const compass = { north: "N", south: "S", east: "E", west: "W" };
      console.log(JSON.stringify({
        sorted: ["z", "ä", "a"].sort(nameCollator("bm").compare).join(" "),
        date: formatShortDate(date, "xx"),
        coordinates: formatCoordinates([18.44, 1.41], "xx", { compass, comma: ", " }),
        country: countryNamer("xx")({ id: "012", name: "Algeria" }).name,
        // what Intl itself does with such a language there: the machine's locale reaches it
        intl: ["z", "ä", "a"].sort(new Intl.Collator("bm").compare).join(" ") + ", " + new Intl.DisplayNames(["xx"], { type: "region" }).of("DZ"),
      }));`;
    const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, LANG: "sv_SE.UTF-8", LC_ALL: "sv_SE.UTF-8" },
    });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({ sorted: "ä a z", date: "Jul 2, 2024", coordinates: "18.44°\u00A0N, 1.41°\u00A0E", country: "Algeria", intl: "a z ä, Algeriet" });
  });
});
