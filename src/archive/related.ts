// Related articles, in the manner of Hugo's related/: an inverted index from entities to
// articles, weighted overlap, a threshold, and a fully deterministic order.
import type { Article } from "../model/article.ts";
import { entityKey, type EntityKind } from "../model/entity.ts";
import type { ArticleSlug } from "../model/slug.ts";

/**
 * A shared place says most about what an article is about, a shared actor a little less,
 * the region least: every article of a busy region shares it, so alone it is not enough.
 */
export const RELATED_WEIGHTS: Record<EntityKind, number> = { place: 3, actor: 2, region: 1 };
/** A score below this is the region alone: not "related", just nearby. */
export const RELATED_THRESHOLD = 2;
export const RELATED_MAX = 5;

/** Related slugs for every article. `exclude(a)` lists what a already shows elsewhere. */
export function relatedArticles(
  articles: readonly Article[],
  exclude: (article: Article) => ReadonlySet<ArticleSlug>,
  max = RELATED_MAX,
): Map<ArticleSlug, ArticleSlug[]> {
  const postings = new Map<string, number[]>();
  articles.forEach((article, i) => {
    for (const ref of entitiesOf(article)) {
      const key = entityKey(ref);
      const list = postings.get(key);
      if (list) list.push(i);
      else postings.set(key, [i]);
    }
  });

  const result = new Map<ArticleSlug, ArticleSlug[]>();
  const scores = new Float64Array(articles.length);
  const touched: number[] = [];
  articles.forEach((article, self) => {
    for (const ref of entitiesOf(article)) {
      const weight = RELATED_WEIGHTS[ref.kind];
      for (const other of postings.get(entityKey(ref)) ?? []) {
        if (other === self) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other]! += weight;
      }
    }
    const skip = exclude(article);
    const candidates = touched.filter((i) => scores[i]! >= RELATED_THRESHOLD && !skip.has(articles[i]!.slug));
    candidates.sort((a, b) => {
      const x = articles[a]!;
      const y = articles[b]!;
      return scores[b]! - scores[a]! || y.date.epochMs - x.date.epochMs || (x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : 0);
    });
    result.set(article.slug, candidates.slice(0, max).map((i) => articles[i]!.slug));
    for (const i of touched) scores[i] = 0;
    touched.length = 0;
  });
  return result;
}

function entitiesOf(article: Article) {
  return [article.region, ...article.places, ...article.actors];
}
