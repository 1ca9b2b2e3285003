import { en, type Dictionary } from "./en.ts";
import { fr } from "./fr.ts";

const DICTIONARIES: Record<string, Dictionary> = { en, fr };

/** The dictionary for a BCP 47 tag: exact, then its primary language, then English. */
export function dictionaryFor(language: string): Dictionary {
  const primary = language.toLowerCase().split("-")[0] ?? "en";
  return DICTIONARIES[language.toLowerCase()] ?? DICTIONARIES[primary] ?? en;
}

/** The languages the interface is written in. */
export const INTERFACE_LANGUAGES: readonly string[] = Object.keys(DICTIONARIES);

/** Whether the site's labels can be in this language (else they are in English). */
export function hasDictionary(language: string): boolean {
  const primary = language.toLowerCase().split("-")[0] ?? "";
  return language.toLowerCase() in DICTIONARIES || primary in DICTIONARIES;
}

export type { Dictionary };
