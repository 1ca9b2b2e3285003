// Page plans: each output page known by its path and the digest of what it shows before its
// view is built. A rebuild builds and renders only pages whose digest changed; the rest are
// the files the previous build wrote, byte for byte (tests/integration/incremental.test.ts).
import { createHash, hash } from "node:crypto";
import type { Archive } from "../archive/index.ts";
import type { ArticleSlug } from "../model/slug.ts";
import { entityKey } from "../model/entity.ts";
import { listDigest, textLanes } from "./digest64.ts";
import { INTL_DATA_VERSION } from "../render/intl-data.ts";

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
 * what every page depends on: the code and templates, Node's ICU data (dates, numbers, country
 * names), the site settings and every entity (names, registry data), so a change to any of
 * those renders every page again.
 */
export interface PageInputs {
  page(...parts: readonly (string | number | undefined)[]): string;
  /** An article as others show it (card, link, feed entry) and as its own page shows it. */
  article(slug: ArticleSlug): string;
  /** Many articles, in order, as a short digest (64 bits: listDigest). */
  articles(slugs: readonly ArticleSlug[]): string;
  /**
   * Only the dates, places, actors and region of many articles: what timelines, maps, tallies
   * and sitemap dates show of them. An edit to a text leaves this as it was.
   */
  meta(slugs: readonly ArticleSlug[]): string;
}

export function pageInputs(archive: Archive, codeVersion: string, intlData = INTL_DATA_VERSION): PageInputs {
  const everyPage = createHash("sha1").update(codeVersion).update("\u0000").update(intlData).update(JSON.stringify(archive.site)).update(archive.entitiesDigest).digest("base64");
  const n = archive.articles.length;
  const position = new Map<ArticleSlug, number>();
  // Each article's token, and two 32-bit lanes of it and of its meta token (below).
  const tokens: string[] = new Array<string>(n);
  const articleLanes = new Int32Array(2 * n);
  const metaLanes = new Int32Array(2 * n);
  archive.articles.forEach((a, i) => {
    position.set(a.slug, i);
    // Its file says everything about it but the titles of what it links to, which its body
    // and summary show (a [[link]]'s text is the target's title), and their languages, which mark
    // that title and give the direction it is isolated in when written the other way.
    tokens[i] = a.linksTo.length === 0 ? a.sourceDigest : `${a.sourceDigest}>${digest(a.linksTo.map((s) => `${s}\u0000${archive.bySlug.get(s)?.title}\u0000${archive.bySlug.get(s)?.lang}`).join("\u0000"))}`;
    [articleLanes[2 * i], articleLanes[2 * i + 1]] = textLanes(tokens[i]!);
    let meta = `${a.slug} ${a.date.iso} ${a.updated?.iso ?? ""} ${entityKey(a.region)}`;
    for (const ref of a.places) meta += " " + entityKey(ref);
    for (const ref of a.actors) meta += " " + entityKey(ref);
    [metaLanes[2 * i], metaLanes[2 * i + 1]] = textLanes(digest(meta));
  });
  const at = (slug: ArticleSlug): number => {
    const i = position.get(slug);
    if (i === undefined) throw new Error(`no article ${slug}`);
    return i;
  };
  return {
    meta: (slugs) => listDigest(slugs, at, metaLanes),
    page: (...parts) => digest(`${everyPage}\u0000${parts.join("\u0000")}`),
    article: (slug) => tokens[at(slug)]!,
    articles: (slugs) => listDigest(slugs, at, articleLanes),
  };
}

function digest(text: string): string {
  // One-shot hash: 2.5× faster than createHash for strings this short (17,647 pages at 10k).
  return hash("sha1", text, "base64");
}
