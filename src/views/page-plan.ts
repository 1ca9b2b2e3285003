// Page plans: each output page known by its path and the digest of what it shows before its
// view is built. A rebuild builds and renders only pages whose digest changed; the rest are
// the files the previous build wrote, byte for byte (tests/integration/incremental.test.ts).
import { createHash, hash } from "node:crypto";
import type { Archive } from "../archive/index.ts";
import type { Article } from "../model/article.ts";
import type { ArticleSlug } from "../model/slug.ts";
import { entityKey } from "../model/entity.ts";

export interface PagePlan<V> {
  /** Output file relative to the output folder; the view's `outputPath`. */
  outputPath: string;
  /** Digest of everything the page shows; undefined: built and rendered every time. */
  fingerprint: string | undefined;
  view: () => V;
}

/** Views already built (the few small site-wide pages) as plans. */
export function built<V extends { outputPath: string }>(views: readonly V[]): PagePlan<V>[] {
  return views.map((view) => ({ outputPath: view.outputPath, fingerprint: undefined, view: () => view }));
}

/** Plans for pages one function makes together (a sitemap's parts), made when one is needed. */
export function together<V>(outputPaths: readonly string[], fingerprint: string, make: () => readonly V[]): PagePlan<V>[] {
  let views: readonly V[] | undefined;
  return outputPaths.map((outputPath, i) => ({ outputPath, fingerprint, view: () => (views ??= make())[i]! }));
}

/**
 * The inputs of pages, as digests. `page(...)` digests the parts a page names together with
 * what every page depends on: the code and templates, the site settings and every entity
 * (names, registry data), so a change to any of those renders every page again.
 */
export interface PageInputs {
  page(...parts: readonly (string | number | undefined)[]): string;
  /** An article as others show it (card, link, feed entry) and as its own page shows it. */
  article(slug: ArticleSlug): string;
  /** Many articles, in order, as one string (a digest, for long lists). */
  articles(slugs: readonly ArticleSlug[]): string;
  /**
   * Only the dates, places, actors and region of many articles: what timelines, maps, tallies
   * and sitemap dates show of them. An edit to a text leaves this as it was.
   */
  meta(slugs: readonly ArticleSlug[]): string;
}

export function pageInputs(archive: Archive, codeVersion: string): PageInputs {
  const everyPage = createHash("sha1").update(codeVersion).update(JSON.stringify(archive.site)).update(archive.entitiesDigest).digest("base64");
  // Each article's string is made once per build, however many pages name it: some 300,000
  // look-ups at 10k articles, so they are plain Map reads, and lists are joined in a loop.
  const perArticle = (make: (a: Article) => string) => {
    const made = new Map<ArticleSlug, string>();
    for (const a of archive.articles) made.set(a.slug, make(a));
    return (slug: ArticleSlug): string => {
      const value = made.get(slug);
      if (value === undefined) throw new Error(`no article ${slug}`);
      return value;
    };
  };
  const joined = (slugs: readonly ArticleSlug[], part: (slug: ArticleSlug) => string, separator: string): string => {
    if (slugs.length === 0) return "";
    let text = part(slugs[0]!);
    for (let i = 1; i < slugs.length; i++) text += separator + part(slugs[i]!);
    return text;
  };
  // Its file says everything about it but the titles of what it links to, which its body and
  // summary show: a [[link]]'s text is the target's title.
  const article = perArticle((a) =>
    a.linksTo.length === 0 ? a.sourceDigest : `${a.sourceDigest}>${digest(a.linksTo.map((s) => `${s}\u0000${archive.bySlug.get(s)?.title}`).join("\u0000"))}`,
  );
  // Lists of thousands are joined on every build: each article's part is kept short, a digest.
  const meta = perArticle((a) => {
    let text = `${a.slug} ${a.date.iso} ${a.updated?.iso ?? ""} ${entityKey(a.region)}`;
    for (const ref of a.places) text += " " + entityKey(ref);
    for (const ref of a.actors) text += " " + entityKey(ref);
    return digest(text);
  });
  return {
    meta: (slugs) => digest(joined(slugs, meta, "\n")),
    page: (...parts) => digest(`${everyPage}\u0000${parts.join("\u0000")}`),
    article,
    articles: (slugs) => {
      // The digest names the file (its path is part of it), so the slug need not be repeated.
      const text = joined(slugs, article, " ");
      // Hashing each short list twice (here and in its page's digest) would cost more than it saves.
      return slugs.length > 16 ? digest(text) : text;
    },
  };
}

function digest(text: string): string {
  // One-shot hash: 2.5× faster than createHash for strings this short (17,647 pages at 10k).
  return hash("sha1", text, "base64");
}
