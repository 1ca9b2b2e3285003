// Story threads: articles joined by read-also links and wikilinks, taken as an undirected
// graph; each connected component of at least THREAD_MIN_SIZE articles is a thread. Only a
// link between articles at most THREAD_WINDOW_DAYS apart joins them: a link across years
// points to background (the 2012 piece on why Kidal matters), and followed it made one thread
// of a whole archive (the sample's 22 articles; 9,331 of the 10,000 of the benchmark).
import type { Article } from "../model/article.ts";
import type { ArticleSlug } from "../model/slug.ts";

/** Two articles that point at each other are a pair, not yet a story. */
export const THREAD_MIN_SIZE = 3;
/** How far apart two linked articles may be and still tell one developing story, in days of
 *  the site's calendar (not 24-hour spans: a change of summer time would shift them an hour). */
export const THREAD_WINDOW_DAYS = 60;

export interface Thread {
  /** The slug of its earliest article: unique, since an article belongs to one thread at most. */
  slug: string;
  /** Oldest first: date ascending, then slug. */
  members: ArticleSlug[];
  firstMs: number;
  /** Date of its newest article: threads are listed by latest activity. */
  lastMs: number;
}

export interface ThreadIndex {
  /** Newest activity first, then slug. */
  threads: Thread[];
  /** article slug → the slug of its thread. */
  threadOf: Map<ArticleSlug, string>;
}

export function findThreads(articles: readonly Article[], minSize = THREAD_MIN_SIZE): ThreadIndex {
  const position = new Map(articles.map((a, i) => [a.slug, i]));
  const day = articles.map((a) => Date.UTC(a.date.local.year, a.date.local.month - 1, a.date.local.day) / 86_400_000);
  // Union-find with path halving: linear in links, never a pass over all pairs of articles.
  const parent = articles.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  articles.forEach((article, i) => {
    for (const target of article.linksTo) {
      const j = position.get(target);
      if (j === undefined || Math.abs(day[j]! - day[i]!) > THREAD_WINDOW_DAYS) continue;
      const a = root(i);
      const b = root(j);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  });

  const components = new Map<number, Article[]>();
  articles.forEach((article, i) => {
    const r = root(i);
    const list = components.get(r);
    if (list) list.push(article);
    else components.set(r, [article]);
  });

  const threads: Thread[] = [];
  for (const members of components.values()) {
    if (members.length < minSize) continue;
    members.sort(oldestFirst);
    const first = members[0]!;
    threads.push({
      slug: first.slug,
      members: members.map((a) => a.slug),
      firstMs: first.date.epochMs,
      lastMs: members[members.length - 1]!.date.epochMs,
    });
  }
  threads.sort((a, b) => b.lastMs - a.lastMs || compare(a.slug, b.slug));
  const threadOf = new Map<ArticleSlug, string>();
  for (const thread of threads) for (const slug of thread.members) threadOf.set(slug, thread.slug);
  return { threads, threadOf };
}

function oldestFirst(a: Article, b: Article): number {
  return a.date.epochMs - b.date.epochMs || compare(a.slug, b.slug);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
