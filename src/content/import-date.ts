// Where an imported plain-text article's date may come from besides --date: its file name
// (2024-07-23-kidal.txt) or a line that holds nothing but a date. A date is never guessed from
// a sentence ("on Monday, July 22" names an event, not the publication).
import { DateTime } from "luxon";

const ISO_DAY = /(?:^|[^0-9])(\d{4}-\d{2}-\d{2})(?![0-9])/;
const ISO_LINE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const PREFIX = /^(?:published|posted|updated|publié|mis à jour)(?:\s+(?:on|le))?\s*:?\s*/i;

/** Formats of a date written out, as wire services and newspapers print them. */
const WRITTEN: readonly [format: string, locale: string][] = [
  ["LLLL d, yyyy", "en"],
  ["LLL d, yyyy", "en"],
  ["cccc, LLLL d, yyyy", "en"],
  ["d LLLL yyyy", "en"],
  ["cccc d LLLL yyyy", "en"],
  ["d LLLL yyyy", "fr"],
  ["cccc d LLLL yyyy", "fr"],
];

/** The YYYY-MM-DD a file name holds, as written (a wrong one is reported, not skipped). */
export function dateInFileName(file: string): string | undefined {
  const base = file.split(/[\\/]/).pop() ?? file;
  return ISO_DAY.exec(base)?.[1];
}

/** A line that is only a date ("2024-07-23", "July 23, 2024", "Published on 23 juillet 2024"): its front-matter text. */
export function dateOfLine(line: string): string | undefined {
  const text = line.trim().replace(PREFIX, "").replace(/[.\s]+$/, "");
  if (ISO_LINE.test(text)) return text.replace(" ", "T");
  for (const [format, locale] of WRITTEN) {
    const date = DateTime.fromFormat(text, format, { locale, zone: "UTC" });
    if (date.isValid) return date.toISODate() ?? undefined;
  }
  return undefined;
}
