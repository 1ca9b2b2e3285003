// Articles as each stage hands them on. All plain data, so they can be cached and compared.
import type { ArticleDate } from "../content/dates.ts";
import type { EntityRef } from "./entity.ts";
import type { ArticleSlug } from "./slug.ts";

/** A name or reference as the editor wrote it, with the line it stands on. */
export interface Mention {
  text: string;
  /** matchKey(text). */
  key: string;
  line: number | undefined;
}

/** The article's lead picture: shown above its text, and the picture a shared link shows. */
export interface ArticleImage {
  /** A path from the site's root (a file under static/) or an https:// address, as written. */
  src: string;
  /** What the picture shows, for readers who cannot see it. */
  alt: string;
  /** Caption and credit, shown under it. */
  caption: string | undefined;
  /** The line of `image:`, for what the build says of a missing file. */
  line: number | undefined;
}

/** An article whose front matter passed the schema; names and references not yet resolved. */
export interface ValidArticle {
  file: string;
  slug: ArticleSlug;
  title: string;
  /** The title's match key, for references by title: made once per file, remembered with it. */
  titleKey: string;
  date: ArticleDate;
  updated: ArticleDate | undefined;
  region: Mention;
  places: Mention[];
  actors: Mention[];
  readAlso: Mention[];
  summary: string | undefined;
  author: string | undefined;
  source: string | undefined;
  sourceUrl: string | undefined;
  lang: string | undefined;
  draft: boolean;
  image: ArticleImage | undefined;
  body: string;
  bodyLine: number;
  /** The line of `slug:`, when the slug is written there (else it comes from the file name, line 1). */
  slugLine?: number | undefined;
}

/** An article with every name resolved to an entity and every reference to an article. */
/** The archive's order: newest first, then by slug. */
export function newestFirst(a: Article, b: Article): number {
  return b.date.epochMs - a.date.epochMs || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

export interface Article {
  file: string;
  /** Digest of the file's text and the settings it was read with: changes when the file does. */
  sourceDigest: string;
  slug: ArticleSlug;
  title: string;
  date: ArticleDate;
  updated: ArticleDate | undefined;
  region: EntityRef;
  places: EntityRef[];
  actors: EntityRef[];
  /** Front-matter read_also, then "Read also" paragraph targets; no duplicates, in order. */
  readAlso: ArticleSlug[];
  /** Every article this one links to (read_also and [[…]]), for backlinks and threads. */
  linksTo: ArticleSlug[];
  summary: string;
  author: string | undefined;
  source: string | undefined;
  sourceUrl: string | undefined;
  lang: string;
  draft: boolean;
  image: ArticleImage | undefined;
  /** Rendered body, wikilinks resolved; the Markdown source is not kept past resolve. */
  bodyHtml: string;
  /** The body as plain text, for search and feeds' summaries. */
  wordCount: number;
}
