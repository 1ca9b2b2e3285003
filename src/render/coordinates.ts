// A place's coordinates as a reader of the site's language writes them: "18.44° N, 0.04° W",
// "18,44° N, 0,04° O", "18.44° ش، 0.04° غ".
import type { Dictionary } from "./i18n/index.ts";
import { intlLocale } from "../model/intl-locale.ts";

const formats = new Map<string, Intl.NumberFormat>();

/** Two decimals (about a kilometre): a place page locates a town, not a building. */
function degrees(language: string): Intl.NumberFormat {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(language, Intl.NumberFormat), { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });
    formats.set(language, format);
  }
  return format;
}

export function formatCoordinates([lat, lon]: readonly [number, number], language: string, t: Pick<Dictionary, "compass" | "comma">): string {
  const number = degrees(language);
  const { north, south, east, west } = t.compass;
  // No-break spaces: a line never ends on "16,27°" with its "N" on the next.
  return `${number.format(Math.abs(lat))}°\u00A0${lat >= 0 ? north : south}${t.comma}${number.format(Math.abs(lon))}°\u00A0${lon >= 0 ? east : west}`;
}
