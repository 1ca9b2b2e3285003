// Every date a reader sees, formatted by luxon in the site language and timezone.
import { DateTime } from "luxon";
import type { ArticleDate } from "../content/dates.ts";

export function localDate(date: ArticleDate, timezone: string, language: string): DateTime {
  return DateTime.fromMillis(date.epochMs, { zone: timezone }).setLocale(language);
}

/** "23 July 2024", or "17 September 2024, 11:30" when the editor gave a time. */
export function formatDate(date: ArticleDate, timezone: string, language: string): string {
  const local = localDate(date, timezone, language);
  return date.dateOnly ? local.toLocaleString(DateTime.DATE_FULL) : local.toLocaleString(DateTime.DATETIME_FULL);
}

export function formatShortDate(date: ArticleDate, timezone: string, language: string): string {
  return localDate(date, timezone, language).toLocaleString(DateTime.DATE_MED);
}

/** The machine-readable value of <time datetime>: a day alone stays a day. */
export function datetimeAttribute(date: ArticleDate, timezone: string): string {
  const local = DateTime.fromMillis(date.epochMs, { zone: timezone });
  return date.dateOnly ? local.toISODate()! : DateTime.fromISO(date.iso, { setZone: true }).toISO({ suppressMilliseconds: true })!;
}

export function monthName(year: number, month: number, language: string): string {
  return DateTime.fromObject({ year, month, day: 1 }, { zone: "UTC" }).setLocale(language).toLocaleString({ month: "long", year: "numeric" });
}

export function monthOnly(year: number, month: number, language: string): string {
  return DateTime.fromObject({ year, month, day: 1 }, { zone: "UTC" }).setLocale(language).toLocaleString({ month: "long" });
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 220));
}
