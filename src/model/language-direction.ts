// The direction a language is written in, from its BCP 47 tag: that of its script, named in the
// tag (`ar-Latn` is Latin, left to right) or, when not, the script CLDR's likely subtags give the
// language (`ar` → Arab, `taq` → Latn, `dv` → Thaa).
//
// Not Intl.Locale's textInfo (Node 20's V8 has it): V8 reads the direction from ICU's locale data,
// and a locale ICU holds no data for falls back to the root's, left to right. It says `taq-Arab`
// (Tamasheq in Arabic script, an archive of northern Mali's case), `ku-Arab`, `ha-Arab`, `und-Arab`
// and `dv` (Thaana) are written left to right.

export type Direction = "ltr" | "rtl";

/**
 * The scripts (ISO 15924) whose letters are all right to left (Unicode Bidi_Class R or AL):
 * every letter of each, Unicode 17, checked one by one when this list was made (Sidetic, new in
 * 17 and long dead, left out). Most are historic and harmless to list; the living ones are
 * Arab, Hebr, Syrc, Thaa, Nkoo, Adlm, Rohg, Mand, Samr, Mend, Yezi and Gara (Garay, Unicode 16:
 * a JavaScript engine older than that does not know its name; see bidi-isolation.ts).
 */
export const RTL_SCRIPTS: readonly string[] = [
  "Adlm", "Arab", "Armi", "Avst", "Chrs", "Cprt", "Elym", "Gara", "Hatr", "Hebr", "Hung", "Khar",
  "Lydi", "Mand", "Mani", "Mend", "Merc", "Mero", "Narb", "Nbat", "Nkoo", "Orkh", "Ougr", "Palm",
  "Phli", "Phlp", "Phnx", "Prti", "Rohg", "Samr", "Sarb", "Sogd", "Sogo", "Syrc", "Thaa", "Yezi",
];

const rtl = new Set(RTL_SCRIPTS);
const directions = new Map<string, Direction>();

/** A tag ICU cannot read, or a language with no likely script (`ber`), is taken as left to right. */
export function languageDirection(tag: string): Direction {
  let direction = directions.get(tag);
  if (direction === undefined) {
    direction = rtl.has(scriptOf(tag) ?? "") ? "rtl" : "ltr";
    directions.set(tag, direction);
  }
  return direction;
}

function scriptOf(tag: string): string | undefined {
  try {
    const locale = new Intl.Locale(tag);
    return locale.script ?? locale.maximize().script;
  } catch {
    return undefined;
  }
}
