// Every date a reader sees, formatted by luxon in the site language and timezone.
// Dates carry their wall-clock time in the site timezone (see content/dates.ts), so
// formatting works on a UTC clock showing that time: no zone maths per page, and the
// results, shared by thousands of cards, are memoised.
import { DateTime, VERSION } from "luxon";
import type { ArticleDate } from "../content/dates.ts";
import { fill } from "./i18n/fill.ts";
import { dictionaryFor } from "./i18n/index.ts";
import { INTL_DATA_VERSION } from "./intl-data.ts";
import { intlLocale } from "../model/intl-locale.ts";

const memo = new Map<string, string>();

/**
 * What the formatted dates depend on besides their keys: luxon, and the ICU data behind Intl.
 * A build keeps the dates it formatted in its memo file under this (see memo-store.ts): luxon
 * takes 70-130 µs a date, and a rebuild after an article is added shows ~5,000 cards again.
 * "formats N" counts changes to what this file makes of them: raise it with any such change
 * (2: a French date and time read "17 septembre 2024 à 11:30"; 3: a language ICU lacks in
 * English rather than the machine's locale; 4: French "1er juillet").
 */
export const DATE_FORMATS_VERSION = `formats 4, luxon ${VERSION}, ${INTL_DATA_VERSION}`;

/** Every date formatted so far, as [key, text]. */
export function formattedDates(): [string, string][] {
  return [...memo];
}

/** Dates formatted by an earlier build with the same DATE_FORMATS_VERSION. */
export function rememberFormattedDates(entries: Iterable<[string, string]>): void {
  for (const [key, text] of entries) if (!memo.has(key)) memo.set(key, text);
}

function remember(key: string, make: () => string): string {
  let value = memo.get(key);
  if (value === undefined) {
    value = make();
    memo.set(key, value);
  }
  return value;
}

function wallClock(date: ArticleDate, language: string): DateTime {
  return DateTime.fromObject(date.local, { zone: "UTC", locale: intlLocale(language, Intl.DateTimeFormat) });
}

/** A date as luxon formats it, its first of the month as the language writes it: CLDR has
 *  French "1 juillet", French typography "1er juillet". */
function dayFormat(clock: DateTime, format: Intl.DateTimeFormatOptions, language: string): string {
  const { dayOne } = dictionaryFor(language);
  return clock
    .toLocaleParts(format)
    .map((part) => (part.type === "day" && part.value === "1" ? dayOne : part.value))
    .join("");
}

/** "23 July 2024", or "17 September 2024, 11:30" when the editor gave a time; the two joined
 *  as the interface's language joins them ("17 septembre 2024 à 11:30"). */
export function formatDate(date: ArticleDate, language: string): string {
  const { year, month, day, hour, minute } = date.local;
  const key = `full|${language}|${year}-${month}-${day}${date.dateOnly ? "" : `T${hour}:${minute}`}`;
  return remember(key, () => {
    const clock = wallClock(date, language);
    const day = dayFormat(clock, DateTime.DATE_FULL, language);
    return date.dateOnly ? day : fill(dictionaryFor(language).dateAtTime, { date: day, time: clock.toLocaleString(DateTime.TIME_SIMPLE) });
  });
}

export function formatShortDate(date: ArticleDate, language: string): string {
  const { year, month, day } = date.local;
  return remember(`short|${language}|${year}-${month}-${day}`, () => dayFormat(wallClock(date, language), DateTime.DATE_MED, language));
}

export function monthName(year: number, month: number, language: string): string {
  return remember(`month-year|${language}|${year}-${month}`, () =>
    DateTime.fromObject({ year, month, day: 1 }, { zone: "UTC", locale: intlLocale(language, Intl.DateTimeFormat) }).toLocaleString({ month: "long", year: "numeric" }),
  );
}

export function monthOnly(year: number, month: number, language: string): string {
  return remember(`month|${language}|${month}`, () => DateTime.fromObject({ year: 2000, month, day: 1 }, { zone: "UTC", locale: intlLocale(language, Intl.DateTimeFormat) }).toLocaleString({ month: "long" }));
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 220));
}
