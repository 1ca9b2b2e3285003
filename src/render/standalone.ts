// A month name standing on its own (a heading, an item of a list, a table's row header) starts
// with a capital, as CLDR's context transforms ask for French: "Juillet 2024" over a month's
// page, "en juillet 2024" in a sentence. Intl gives the in-sentence form only.
import { intlLocale } from "../model/intl-locale.ts";

export function standalone(text: string, language: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const letter = String.fromCodePoint(first);
  // Case mapping is the language's too (Turkish i → İ), never the machine's.
  return letter.toLocaleUpperCase(intlLocale(language, Intl.DateTimeFormat)) + text.slice(letter.length);
}
