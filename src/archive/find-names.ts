// Registry names and aliases found in running text, matched as whole words through the same
// slug form as everywhere else (names.ts): "the Fama and Wagner" finds "Malian Armed Forces"
// (alias FAMa) and "Wagner Group" (alias Wagner), "Menaka" finds "Ménaka".
import type { Entity } from "../model/entity.ts";
import { slugForm, type EntitySlug } from "../model/slug.ts";
import type { NameIndex } from "./names.ts";

export interface FoundName {
  entity: Entity;
  /** How many times any of its spellings occurs. */
  count: number;
}

interface Phrases {
  /** Slug-form keys split into words, longest first at each start word. */
  byFirstWord: Map<string, { words: string[]; slug: EntitySlug }[]>;
  /** Names slugify cannot spell (CJK, punctuation): matched as case-folded substrings. */
  unspellable: { key: string; slug: EntitySlug }[];
}

/**
 * The registered entities named in `texts`, in order of first appearance (unspellable names
 * by the words before them). At each word the
 * longest name wins, so "Malian transitional authorities" is one mention, not two.
 */
export function findNames(index: NameIndex, texts: readonly string[]): FoundName[] {
  const phrases = phrasesOf(index);
  const counts = new Map<EntitySlug, number>();
  // Where each was first named: its text, then its word there, so names matched in either way
  // (by words, or as unspellable substrings) take their places in reading order.
  const first = new Map<EntitySlug, [number, number]>();
  const seen = (slug: EntitySlug, at: [number, number]) => {
    counts.set(slug, (counts.get(slug) ?? 0) + 1);
    const known = first.get(slug);
    if (!known || at[0] < known[0] || (at[0] === known[0] && at[1] < known[1])) first.set(slug, at);
  };
  texts.forEach((text, t) => {
    const words = slugForm(text).split("-").filter((w) => w !== "");
    for (let i = 0; i < words.length; ) {
      const match = phrases.byFirstWord.get(words[i]!)?.find((p) => p.words.every((w, j) => words[i + j] === w));
      if (match) {
        seen(match.slug, [t, i]);
        i += match.words.length;
      } else i++;
    }
    if (phrases.unspellable.length > 0) {
      // The same folding as matchKey's fallback for text slugify cannot spell.
      const folded = fold(text);
      for (const { key, slug } of phrases.unspellable) {
        for (let at = folded.indexOf(key); at !== -1; at = folded.indexOf(key, at + key.length)) {
          seen(slug, [t, slugForm(folded.slice(0, at)).split("-").filter((w) => w !== "").length]);
        }
      }
    }
  });
  const order = (a: EntitySlug, b: EntitySlug) => first.get(a)![0] - first.get(b)![0] || first.get(a)![1] - first.get(b)![1] || (a < b ? -1 : a > b ? 1 : 0);
  return [...counts.keys()].sort(order).flatMap((slug) => {
    const count = counts.get(slug)!;
    const entity = index.entities.get(slug);
    return entity && entity.registered ? [{ entity, count }] : [];
  });
}

/** The entity of `kind` named most often; ties go to the one named first. */
export function mostNamed(found: readonly FoundName[]): FoundName | undefined {
  let best: FoundName | undefined;
  for (const f of found) if (best === undefined || f.count > best.count) best = f;
  return best;
}

function phrasesOf(index: NameIndex): Phrases {
  const byFirstWord = new Map<string, { words: string[]; slug: EntitySlug }[]>();
  const unspellable: Phrases["unspellable"] = [];
  for (const [key, slug] of index.byKey) {
    if (key.startsWith("~")) {
      // Punctuation alone ("!!!") would match any text that has it: letters only.
      if (/\p{L}/u.test(key)) unspellable.push({ key: key.slice(1), slug });
      continue;
    }
    const words = key.split("-");
    const list = byFirstWord.get(words[0]!) ?? [];
    list.push({ words, slug });
    byFirstWord.set(words[0]!, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord, unspellable };
}

/** Case-folded, accent-free text: what matchKey (model/slug.ts) falls back to for such names. */
function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ");
}
