// The one transliteration behind slugs, name matching and reference matching (SPEC §2, §3):
// "Ménaka", "menaka" and "MENAKA" all have the slug form `menaka`.
import { createHash } from "node:crypto";
import slugify from "@sindresorhus/slugify";

declare const brand: unique symbol;
export type ArticleSlug = string & { readonly [brand]: "ArticleSlug" };
export type EntitySlug = string & { readonly [brand]: "EntitySlug" };

/** What slugify makes: words of a-z and 0-9, one dash between. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** What an article's slug may be (SPEC §2, `[a-z0-9-]+`): an editor's `slug:` or file name may
 *  hold dashes slugify would not write (`mali--kidal`). */
export const ARTICLE_SLUG_PATTERN = /^[a-z0-9-]+$/;

/** A slug is a folder name: file systems refuse names past 255 bytes, and a page path
 *  (`/places/<slug>/page/12/`) is better far shorter. check refuses longer ones, so that no
 *  build fails writing them. */
export const MAX_SLUG_LENGTH = 200;
/** The end of every message about a slug past that length. */
export const SLUG_LENGTH_RULE = `a slug names a folder and may be at most ${MAX_SLUG_LENGTH}`;

/** Paths that an article or entity slug would shadow. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(["page", "feed", "feed-xml", "feed-json", "search", "index"]);

/**
 * The slug form of any text, or "" when nothing transliterable is left.
 * decamelize is off: "FAMa" must read as `fama`, not `fa-ma`, or aliases would stop matching.
 */
export function slugForm(text: string): string {
  // Already a slug (most references are): slugify would return it as it is.
  if (SLUG_PATTERN.test(text)) return text;
  let slug = slugForms.get(text);
  if (slug === undefined) {
    slug = slugify(text.normalize("NFC"), { decamelize: false });
    // Names recur across thousands of articles; transliteration is the costly part.
    if (slugForms.size > 200_000) slugForms.clear();
    slugForms.set(text, slug);
  }
  return slug;
}

const slugForms = new Map<string, string>();

/**
 * The key two names are compared by. Text that slugify cannot transliterate (CJK, only
 * punctuation) still needs a key, so it falls back to its case-folded, accent-free form.
 */
export function matchKey(text: string): string {
  const slug = slugForm(text);
  if (slug !== "") return slug;
  return "~" + text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** An entity slug: the slug form of its name, or a stable hash when that is empty. */
export function makeEntitySlug(name: string): EntitySlug {
  const slug = slugForm(name);
  return (slug !== "" ? slug : fallbackSlug(name)) as EntitySlug;
}

/** An article slug, made only from text already checked against ARTICLE_SLUG_PATTERN. */
export function makeArticleSlug(checked: string): ArticleSlug {
  if (!ARTICLE_SLUG_PATTERN.test(checked)) throw new Error(`not a valid article slug: ${checked}`);
  return checked as ArticleSlug;
}

function fallbackSlug(name: string): string {
  const hash = createHash("sha256").update(matchKey(name)).digest("hex").slice(0, 10);
  return `x-${hash}`;
}
