// How the site orders names (A–Z indexes, maps' lists, insight ties): as its language orders
// them, case and accents aside, numbers by value ("Camp 2" before "Camp 10"). One definition, so
// the lists that show the same names cannot disagree.
import { intlLocale } from "./intl-locale.ts";

const collators = new Map<string, Intl.Collator>();

export function nameCollator(language: string): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) collators.set(language, (collator = new Intl.Collator(intlLocale(language, Intl.Collator), { sensitivity: "base", numeric: true })));
  return collator;
}
