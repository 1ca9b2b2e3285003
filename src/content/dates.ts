// Reading front-matter dates. A wrong date in a news archive is corruption, so nothing is guessed.
import { DateTime } from "luxon";

export interface ArticleDate {
  /** ISO 8601 with offset; a date alone is midnight of that day in the site timezone. */
  iso: string;
  epochMs: number;
  /** True when the editor gave only a day: pages then show no time of day. */
  dateOnly: boolean;
  /** Wall-clock time in the site timezone, computed once: zone maths is the slow part of luxon. */
  local: { year: number; month: number; day: number; hour: number; minute: number };
  /** The value of <time datetime>: `2024-07-23` for a day, the full date-time otherwise. */
  attribute: string;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|([+-])(\d{2})(?::?(\d{2}))?)$/i;
const DATE_TIME_NO_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

export type DateProblem = { message: string; hint?: string };

/**
 * Each (text, timezone) read once per process: a desk files several articles a day, and luxon's
 * zone maths is ~90 µs a date (0.9 s of a cold build's 10,000 files). The results are plain data
 * that nothing changes, so articles of one day share one.
 */
const read = new Map<string, ArticleDate | DateProblem>();

export function readDate(text: string, timezone: string): ArticleDate | DateProblem {
  const key = `${timezone} ${text}`;
  let result = read.get(key);
  if (result === undefined) {
    if (read.size > 100_000) read.clear();
    result = readUncached(text, timezone);
    // Shared by every article of that day: frozen, so no one can change another's date.
    if ("local" in result) Object.freeze(result.local);
    read.set(key, Object.freeze(result));
  }
  return result;
}

function readUncached(text: string, timezone: string): ArticleDate | DateProblem {
  const quoted = JSON.stringify(text);
  const day = DATE_ONLY.exec(text);
  if (day) {
    const dt = DateTime.fromISO(text, { zone: timezone });
    if (!dt.isValid) return { message: `${quoted} is not a real date` };
    // A day the site's clocks skipped (Samoa went from 29 to 31 December 2011): luxon moves it to
    // the next, which would publish the article under a date no editor wrote.
    if (dt.toISODate() !== text) return { message: `${quoted} did not happen in ${timezone}: its clocks skipped that day`, hint: "write the date as the desk dated it there, or give a time with an offset" };
    return { iso: dt.toISO() ?? text, epochMs: dt.toMillis(), dateOnly: true, local: wallClock(dt), attribute: text };
  }
  const full = DATE_TIME.exec(text);
  if (full) {
    const [, , , , hour, minute, second, , sign, offH, offM = "00"] = full;
    if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return { message: `${quoted} is not a real time of day` };
    // ISO 8601 allows ±hh and ±hh:mm; the world's clocks run from -12:00 to +14:00.
    const offset = Number(offH) * 60 + Number(offM);
    if (offH !== undefined && (Number(offM) > 59 || offset > (sign === "-" ? 12 * 60 : 14 * 60))) {
      return { message: `${quoted} has an offset out of range`, hint: "offsets run from -12:00 to +14:00" };
    }
    const dt = DateTime.fromISO(text.replace(" ", "T"), { setZone: true });
    if (!dt.isValid) return { message: `${quoted} is not a real date` };
    return {
      iso: dt.toISO() ?? text,
      epochMs: dt.toMillis(),
      dateOnly: false,
      local: wallClock(dt.setZone(timezone)),
      attribute: dt.toISO({ suppressMilliseconds: true }) ?? text,
    };
  }
  if (DATE_TIME_NO_OFFSET.test(text)) {
    return { message: `${quoted} has no time zone offset`, hint: "add Z or an offset such as +00:00" };
  }
  return { message: `${quoted} is not a date`, hint: "write YYYY-MM-DD or an ISO 8601 date-time with offset" };
}

function wallClock(dt: DateTime): ArticleDate["local"] {
  return { year: dt.year, month: dt.month, day: dt.day, hour: dt.hour, minute: dt.minute };
}

export function isDateProblem(value: ArticleDate | DateProblem): value is DateProblem {
  return "message" in value;
}
