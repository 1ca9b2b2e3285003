import { en, type Dictionary } from "./en.ts";
import { fr } from "./fr.ts";
import { ar } from "./ar.ts";
import { intlLocale, primaryLanguage } from "../../model/intl-locale.ts";

const DICTIONARIES: Record<string, Dictionary> = { en, fr, ar };

/** The dictionary written for a BCP 47 tag: exact, then its primary language; none, undefined. */
export function writtenDictionary(language: string): Dictionary | undefined {
  return DICTIONARIES[language.toLowerCase()] ?? DICTIONARIES[primaryLanguage(language)];
}

/** The dictionary for a BCP 47 tag: exact, then its primary language, then English. */
export function dictionaryFor(language: string): Dictionary {
  return writtenDictionary(language) ?? en;
}

/**
 * What to tell an editor whose site language the interface has no text for: its pages are
 * marked in that language while their labels are English. A note, not a warning: nothing in
 * the archive is wrong, and --strict must not refuse every site in another language.
 */
export function interfaceLanguageNote(language: string): string | undefined {
  if (writtenDictionary(language)) return undefined;
  const quoted = JSON.stringify(language);
  const head = `note: the interface has no text in ${quoted} (only ${Object.keys(DICTIONARIES).join(", ")}): the site's labels stay in English`;
  // Nor, then, may Node's ICU have it: dates and names are asked for in English (model/intl-locale.ts).
  if (intlLocale(language, Intl.DateTimeFormat) !== language) return `${head}, and so do its dates and the countries on its maps: this Node's ICU has no ${quoted} either`;
  return `${head}, its dates and the countries on its maps follow ${quoted}`;
}

export type { Dictionary };
