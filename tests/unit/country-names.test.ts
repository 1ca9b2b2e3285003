// Country names on maps: the site's language from the ISO code of each Natural Earth country,
// and a sensible name for those ISO does not number (the machine's locale: intl-locale.test.ts).
import { describe, expect, test } from "vitest";
import { countryNamer } from "../../src/render/country-names.ts";

const country = (id: string | undefined, name: string) => ({ id, name });

describe("a country's name on a map", () => {
  test.each([
    ["fr", country("012", "Algeria"), "Algérie", undefined],
    ["fr", country("478", "Mauritania"), "Mauritanie", undefined],
    ["fr", country("732", "W. Sahara"), "Sahara occidental", undefined],
    ["fr-CA", country("012", "Algeria"), "Algérie", undefined],
    // no ISO number: CLDR's user-assigned code, else the interface's words, else Natural Earth's
    ["fr", country(undefined, "Kosovo"), "Kosovo", undefined],
    ["fr", country(undefined, "N. Cyprus"), "Chypre du Nord", undefined],
    ["fr", country(undefined, "Somaliland"), "Somaliland", undefined],
    // short forms where the long one describes a status
    ["fr", country("344", "Hong Kong"), "Hong Kong", undefined],
    ["fr", country("275", "Palestine"), "Palestine", undefined],
    ["fr", country("036", "Ashmore and Cartier Is."), "Australie", undefined],
    ["en", country("012", "Algeria"), "Algeria", undefined],
    ["en", country("807", "Macedonia"), "North Macedonia", undefined],
    ["en", country(undefined, "N. Cyprus"), "N. Cyprus", undefined],
    // ICU knows German, the interface does not: CLDR's names, Natural Earth's English where it has none
    ["de", country("012", "Algeria"), "Algerien", undefined],
    ["de", country(undefined, "Somaliland"), "Somaliland", "en"],
    // a language ICU does not know: English, marked so
    ["xx", country("012", "Algeria"), "Algeria", "en"],
    ["xx", country(undefined, "Kosovo"), "Kosovo", "en"],
  ])("%s: %j → %s", (language, c, name, lang) => {
    expect(countryNamer(language)(c)).toEqual({ name, lang });
  });
});
