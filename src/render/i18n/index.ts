import { en, type Dictionary } from "./en.ts";
import { fr } from "./fr.ts";

const DICTIONARIES: Record<string, Dictionary> = { en, fr };

/** The dictionary for a BCP 47 tag: exact, then its primary language, then English. */
export function dictionaryFor(language: string): Dictionary {
  const primary = language.toLowerCase().split("-")[0] ?? "en";
  return DICTIONARIES[language.toLowerCase()] ?? DICTIONARIES[primary] ?? en;
}

export type { Dictionary };
