// The names of the countries on a map, in the site's language: CLDR's (the ICU data behind
// Intl.DisplayNames), found by the ISO 3166-1 code of each Natural Earth country.
import { iso31661NumericToAlpha2 } from "iso-3166/1-n-to-1-a2.js";
import type { AtlasCountry } from "./atlas.ts";
import { writtenDictionary } from "./i18n/index.ts";
import { intlLocale, primaryLanguage } from "../model/intl-locale.ts";

export interface CountryName {
  name: string;
  /** The name's language where it is not the site's (an English fallback), else undefined. */
  lang: string | undefined;
}

/** Natural Earth countries ISO 3166 gives no number: Kosovo has CLDR's user-assigned XK. */
const CODE_OF_UNNUMBERED: Readonly<Record<string, string>> = { Kosovo: "XK" };

/**
 * CLDR's long names for these describe a status ("R.A.S. chinoise de Hong Kong", "Territoires
 * palestiniens"); their short ones are the names Natural Earth itself puts on the map.
 */
const SHORT_NAMED = new Set(["HK", "MO", "PS"]);

/** The ISO 3166-1 alpha-2 code of an atlas country, where it has one. */
export function countryCode(country: AtlasCountry): string | undefined {
  return country.id === undefined ? CODE_OF_UNNUMBERED[country.name] : iso31661NumericToAlpha2[country.id];
}

/** Names in `language`, else English (marked so), never in the build machine's own locale
 *  (model/intl-locale.ts). */
export function countryNamer(language: string): (country: AtlasCountry) => CountryName {
  const locale = intlLocale(language, Intl.DisplayNames);
  const long = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
  const short = new Intl.DisplayNames([locale], { type: "region", style: "short", fallback: "none" });
  const notSiteLanguage = locale === language ? undefined : "en";
  const english = primaryLanguage(language) === "en";
  // Countries CLDR does not name (Somaliland, N. Cyprus…): the interface's own words for them,
  // else Natural Earth's English name.
  const written = writtenDictionary(language)?.countriesWithoutCode;
  return (country) => {
    const code = countryCode(country);
    const cldr = code === undefined ? undefined : (SHORT_NAMED.has(code) ? short : long).of(code);
    if (cldr !== undefined) return { name: cldr, lang: notSiteLanguage };
    const own = written?.[country.name];
    if (own !== undefined) return { name: own, lang: undefined };
    return { name: country.name, lang: english ? undefined : "en" };
  };
}
