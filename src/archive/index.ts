// index: the lookups every page needs, computed once from resolved articles.
import type { Article } from "../model/article.ts";
import { entityKey, type Entity, type EntityKind } from "../model/entity.ts";
import type { ArticleSlug } from "../model/slug.ts";
import type { SiteConfig } from "../content/site-config.ts";
import { relatedArticles } from "./related.ts";
import { insightIndexes, type InsightIndexes } from "./insight-indexes.ts";

export interface MonthBucket {
  year: number;
  month: number;
  slugs: ArticleSlug[];
}

/** The indexes every page needs, plus those behind maps, insights and threads. */
export interface Archive extends InsightIndexes {
  site: SiteConfig;
  /** Newest first: date descending, then slug ascending. */
  articles: Article[];
  bySlug: Map<ArticleSlug, Article>;
  entities: Record<EntityKind, Entity[]>;
  /** entityKey → its articles, newest first. */
  articlesOf: Map<string, ArticleSlug[]>;
  /** slug → articles linking to it (read_also or [[…]]), newest first. */
  referencedBy: Map<ArticleSlug, ArticleSlug[]>;
  related: Map<ArticleSlug, ArticleSlug[]>;
  /** Newest month first; months in the site timezone. */
  months: MonthBucket[];
}

export function newestFirst(a: Article, b: Article): number {
  return b.date.epochMs - a.date.epochMs || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

export function indexArchive(site: SiteConfig, resolved: readonly Article[], entities: Record<EntityKind, Entity[]>): Archive {
  const articles = [...resolved].sort(newestFirst);
  const bySlug = new Map(articles.map((a) => [a.slug, a]));

  const articlesOf = new Map<string, ArticleSlug[]>();
  for (const kind of Object.keys(entities) as EntityKind[]) {
    for (const entity of entities[kind]) articlesOf.set(entityKey(entity), []);
  }
  const referencedBy = new Map<ArticleSlug, ArticleSlug[]>(articles.map((a) => [a.slug, []]));
  const months: MonthBucket[] = [];
  for (const article of articles) {
    for (const ref of [article.region, ...article.places, ...article.actors]) articlesOf.get(entityKey(ref))?.push(article.slug);
    for (const target of article.linksTo) referencedBy.get(target)?.push(article.slug);
    const local = article.date.local;
    const last = months[months.length - 1];
    if (last && last.year === local.year && last.month === local.month) last.slugs.push(article.slug);
    else months.push({ year: local.year, month: local.month, slugs: [article.slug] });
  }

  const related = relatedArticles(articles, (article) => new Set([...article.readAlso, ...(referencedBy.get(article.slug) ?? [])]));
  return { site, articles, bySlug, entities, articlesOf, referencedBy, related, months, ...insightIndexes(site, articles, entities) };
}
