// Article references (SPEC §2): a slug or a title, matched through its slug form. Exactly one
// article must match; none or several is an error that says which were meant.
import type { ValidArticle } from "../model/article.ts";
import { matchKey, SLUG_PATTERN } from "../model/slug.ts";
import { closest } from "../content/describe.ts";
import type { BrokenArticle } from "../content/validate-article.ts";

export interface ArticleFinder {
  bySlug: Map<string, ValidArticle>;
  byTitleKey: Map<string, ValidArticle[]>;
  /** Articles whose slug is not its own slug form (`mali--kidal`), by that form: a reference's
   *  slug form is compared with theirs. */
  bySlugForm: Map<string, ValidArticle[]>;
  /** Articles left out of this build (drafts), so a reference to one can say so. */
  elsewhere: Map<string, { file: string }>;
  /** Articles that do not validate (and are not drafts left out), by slug and title key. */
  broken: Set<string>;
}

export type Found =
  | { kind: "found"; article: ValidArticle }
  | { kind: "unknown"; message: string; hint: string | undefined }
  | { kind: "ambiguous"; message: string; hint: string }
  | { kind: "broken" };

export function makeFinder(articles: readonly ValidArticle[], leftOut: readonly ValidArticle[], broken: readonly (BrokenArticle & { leftOut: boolean })[] = []): ArticleFinder {
  const bySlug = new Map<string, ValidArticle>();
  const byTitleKey = new Map<string, ValidArticle[]>();
  const bySlugForm = new Map<string, ValidArticle[]>();
  for (const a of articles) {
    if (!bySlug.has(a.slug)) bySlug.set(a.slug, a);
    if (!SLUG_PATTERN.test(a.slug)) {
      const form = matchKey(a.slug);
      bySlugForm.set(form, [...(bySlugForm.get(form) ?? []), a]);
    }
    const key = a.titleKey;
    const list = byTitleKey.get(key);
    if (list) list.push(a);
    else byTitleKey.set(key, [a]);
  }
  const elsewhere = new Map<string, { file: string }>();
  const brokenKeys = new Set<string>();
  const keysOf = (a: { slug: string | undefined; titleKey: string | undefined }) =>
    [a.slug, a.slug === undefined ? undefined : matchKey(a.slug), a.titleKey].filter((k): k is string => k !== undefined);
  // A draft this build leaves out, valid or not, is "a draft" to a reference; another article
  // that does not validate is only known to exist.
  for (const a of leftOut) for (const k of keysOf(a)) elsewhere.set(k, a);
  for (const b of broken) {
    for (const k of keysOf(b)) {
      if (b.leftOut) elsewhere.set(k, b);
      else brokenKeys.add(k);
    }
  }
  return { bySlug, byTitleKey, bySlugForm, elsewhere, broken: brokenKeys };
}

export function findArticle(finder: ArticleFinder, ref: string, key = matchKey(ref)): Found {
  // A slug written as it is (`mali--kidal`) names its article, even where its slug form is
  // another's slug; a slug whose form is not itself is found by that form.
  const literal = ref.trim();
  const exact = finder.bySlug.get(literal) ?? finder.bySlug.get(key);
  const bySlug = exact ? [exact] : (finder.bySlugForm.get(key) ?? []);
  const byTitle = finder.byTitleKey.get(key) ?? [];
  // The common cases, without collecting: a slug or a title that names one article.
  if (bySlug.length === 1 && byTitle.every((a) => a === bySlug[0])) return { kind: "found", article: bySlug[0]! };
  if (bySlug.length === 0 && byTitle.length === 1) return { kind: "found", article: byTitle[0]! };
  const matches = new Map<string, ValidArticle>();
  for (const a of [...bySlug, ...byTitle]) matches.set(a.slug, a);
  if (matches.size > 1) {
    const slugs = [...matches.keys()].sort();
    // Where a slug is the slug form of another's title, no reference can tell them apart.
    const hint = bySlug.length > 0 && byTitle.some((a) => !bySlug.includes(a)) ? "change the slug or the title of one of them" : "refer to one by its slug";
    return { kind: "ambiguous", message: `matches ${slugs.length} articles: ${slugs.join(", ")}`, hint };
  }
  const draft = finder.elsewhere.get(literal) ?? finder.elsewhere.get(key);
  if (!draft && (finder.broken.has(literal) || finder.broken.has(key))) return { kind: "broken" };
  if (draft) return { kind: "unknown", message: `is a draft, left out of this build`, hint: `build with --drafts, or publish ${draft.file}` };
  const near = closest(key, finder.bySlug.keys(), 3);
  return {
    kind: "unknown",
    message: "matches no article",
    hint: near.length > 0 ? `did you mean ${near.map((s) => JSON.stringify(s)).join(" or ")}?` : undefined,
  };
}
