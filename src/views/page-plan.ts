// Page plans: each output page known by its path and the digest of what it shows before its
// view is built. A rebuild builds and renders only pages whose digest changed; the rest are
// the files the previous build wrote, byte for byte (tests/integration/incremental.test.ts).
import { createHash, hash } from "node:crypto";
import type { Archive } from "../archive/index.ts";
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
  /** Many articles, in order, as a short digest (64 bits: listDigest). */
  articles(slugs: readonly ArticleSlug[]): string;
  /**
   * Only the dates, places, actors and region of many articles: what timelines, maps, tallies
   * and sitemap dates show of them. An edit to a text leaves this as it was.
   */
  meta(slugs: readonly ArticleSlug[]): string;
}

export function pageInputs(archive: Archive, codeVersion: string): PageInputs {
  const everyPage = createHash("sha1").update(codeVersion).update(JSON.stringify(archive.site)).update(archive.entitiesDigest).digest("base64");
  const n = archive.articles.length;
  const position = new Map<ArticleSlug, number>();
  // Each article's token, and two 32-bit lanes of it and of its meta token (below).
  const tokens: string[] = new Array<string>(n);
  const articleLanes = new Int32Array(2 * n);
  const metaLanes = new Int32Array(2 * n);
  archive.articles.forEach((a, i) => {
    position.set(a.slug, i);
    // Its file says everything about it but the titles of what it links to, which its body
    // and summary show: a [[link]]'s text is the target's title.
    tokens[i] = a.linksTo.length === 0 ? a.sourceDigest : `${a.sourceDigest}>${digest(a.linksTo.map((s) => `${s}\u0000${archive.bySlug.get(s)?.title}`).join("\u0000"))}`;
    lanes(tokens[i]!, articleLanes, i);
    let meta = `${a.slug} ${a.date.iso} ${a.updated?.iso ?? ""} ${entityKey(a.region)}`;
    for (const ref of a.places) meta += " " + entityKey(ref);
    for (const ref of a.actors) meta += " " + entityKey(ref);
    lanes(digest(meta), metaLanes, i);
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

/**
 * 64 bits of a string that is itself a digest (sha1 in base64): its lanes for listDigest.
 * Two FNV-style multiply streams suffice here; the input is already uniformly random.
 */
function lanes(token: string, into: Int32Array, i: number): void {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x01000193 ^ token.length;
  for (let c = 0; c < token.length; c++) {
    const code = token.charCodeAt(c);
    h1 = Math.imul(h1 ^ code, 0x01000193);
    h2 = Math.imul(h2 ^ code, 0x5bd1e995) + h1;
  }
  into[2 * i] = fmix(h1);
  into[2 * i + 1] = fmix(h2 ^ h1);
}

/**
 * A list of articles, in order, as a short digest: their tokens' lanes mixed as MurmurHash3's
 * 128-bit x86 variant mixes blocks, cut to two 32-bit lanes (64 bits). Lists are fingerprinted
 * some 50,000 times a build (280,000 articles named, at 10k): joining their sha1 tokens as
 * text and hashing that took ~0.3 s; this takes a few milliseconds. A page's fingerprint is
 * still the sha1 of its parts.
 */
function listDigest(slugs: readonly ArticleSlug[], at: (slug: ArticleSlug) => number, lanesOf: Int32Array): string {
  let h1 = 0x9e3779b9 ^ slugs.length;
  let h2 = 0x85ebca6b ^ Math.imul(slugs.length, 0xc2b2ae35);
  for (let k = 0; k < slugs.length; k++) {
    const i = at(slugs[k]!);
    let k1 = Math.imul(lanesOf[2 * i]!, 0x239b961b);
    k1 = Math.imul((k1 << 15) | (k1 >>> 17), 0xab0e9789);
    h1 ^= k1;
    h1 = (h1 << 19) | (h1 >>> 13);
    h1 = (h1 + h2) | 0;
    h1 = (Math.imul(h1, 5) + 0x561ccd1b) | 0;
    let k2 = Math.imul(lanesOf[2 * i + 1]!, 0xab0e9789);
    k2 = Math.imul((k2 << 16) | (k2 >>> 16), 0x38b34ae5);
    h2 ^= k2;
    h2 = (h2 << 17) | (h2 >>> 15);
    h2 = (h2 + h1) | 0;
    h2 = (Math.imul(h2, 5) + 0x0bcaa747) | 0;
  }
  h1 = fmix((h1 + h2) | 0);
  h2 = fmix((h2 + h1) | 0);
  return `${(h1 >>> 0).toString(36)}.${(h2 >>> 0).toString(36)}`;
}

/** MurmurHash3's finalizer: every input bit reaches every output bit. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function digest(text: string): string {
  // One-shot hash: 2.5× faster than createHash for strings this short (17,647 pages at 10k).
  return hash("sha1", text, "base64");
}
