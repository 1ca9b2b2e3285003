import { en, type Dictionary } from "./en.ts";
import { fr } from "./fr.ts";

const DICTIONARIES: Record<string, Dictionary> = { en, fr };

/** The dictionary written for a BCP 47 tag: exact, then its primary language; none, undefined. */
export function writtenDictionary(language: string): Dictionary | undefined {
  const primary = language.toLowerCase().split("-")[0] ?? "en";
  return DICTIONARIES[language.toLowerCase()] ?? DICTIONARIES[primary];
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
  return `note: the interface has no text in ${JSON.stringify(language)} (only ${Object.keys(DICTIONARIES).join(", ")}): the site's labels stay in English, its dates follow ${JSON.stringify(language)}`;
}

export type { Dictionary };
