// index: the lookups every page needs, computed once from resolved articles.
import { createHash, hash } from "node:crypto";
import { newestFirst, type Article } from "../model/article.ts";
import { entityKey, type Entity, type EntityKind } from "../model/entity.ts";
import type { ArticleSlug } from "../model/slug.ts";
import type { SiteConfig } from "../content/site-config.ts";
import { candidateInputs, RELATED_MAX, updateRelated, type RelatedState } from "./related.ts";
import { articleCooccurrence, registryInsights, type InsightIndexes } from "./insight-indexes.ts";
import { findThreads, THREAD_WINDOW_DAYS } from "./threads.ts";

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
  /** Digest of `entities` (every name, alias and registry field): made once, read by every
   *  rebuild's index memo and by every page's fingerprint. */
  entitiesDigest: string;
  /** entityKey → its articles, newest first. */
  articlesOf: Map<string, ArticleSlug[]>;
  /** slug → articles linking to it (read_also or [[…]]), newest first. */
  referencedBy: Map<ArticleSlug, ArticleSlug[]>;
  related: Map<ArticleSlug, ArticleSlug[]>;
  /** Newest month first; months in the site timezone. */
  months: MonthBucket[];
}

/** What the previous build computed, so that a rebuild redoes only what can have changed. */
export interface IndexMemo {
  related: RelatedState | undefined;
  insights:
    | {
        /** What threads read: the slugs, dates and links of the articles in a link. */
        threadsKey: string;
        /** What co-occurrence reads: the names of the articles naming an actor. */
        namesKey: string;
        fromArticles: Pick<InsightIndexes, "threads" | "cooccurrence">;
        registryKey: string;
        fromRegistries: Pick<InsightIndexes, "nearest" | "placesOfRegion">;
      }
    | undefined;
}

export function indexArchive(
  site: SiteConfig,
  resolved: readonly Article[],
  entities: Record<EntityKind, Entity[]>,
  previous: IndexMemo = { related: undefined, insights: undefined },
): { archive: Archive; memo: IndexMemo } {
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

  const exclude = (article: Article) => new Set([...article.readAlso, ...(referencedBy.get(article.slug) ?? [])]);
  const inputs = candidateInputs(articles);
  const { related, state } = updateRelated(articles, exclude, previous.related, RELATED_MAX, inputs);
  // Threads read only the articles in a link, co-occurrence only the names of articles naming
  // an actor: each is kept while what it reads is unchanged (an edit to a text, an article
  // added without links or actors leaves them). Neighbours and regions' places follow the registries alone.
  const entitiesDigest = hash("sha1", JSON.stringify(entities), "base64");
  let linked = "";
  let named = "";
  for (const a of articles) {
    if (a.linksTo.length > 0 || referencedBy.get(a.slug)!.length > 0) linked += `${a.slug} ${a.date.epochMs} > ${a.linksTo.join(" ")}\n`;
    if (a.actors.length > 0) {
      const input = inputs.get(a.slug)!;
      named += `${input.slice(input.indexOf(" ") + 1)}\n`; // its names, not its date
    }
  }
  // Threads count days in the site's calendar: its timezone, and the window, are theirs too.
  const threadsKey = hash("sha1", `${THREAD_WINDOW_DAYS} ${site.timezone}\n${linked}`, "base64");
  const namesKey = createHash("sha1").update(site.language).update(entitiesDigest).update(named).digest("base64");
  const before = previous.insights;
  const fromArticles = {
    threads: before?.threadsKey === threadsKey ? before.fromArticles.threads : findThreads(articles),
    cooccurrence: before?.namesKey === namesKey ? before.fromArticles.cooccurrence : articleCooccurrence(site, articles, entities),
  };
  const fromRegistries = before?.registryKey === entitiesDigest ? before.fromRegistries : registryInsights(entities);
  // Nothing the index remembers changed: the memo is the previous one, which the memo file
  // then writes back as it read it.
  const unchanged = state === previous.related && before?.threadsKey === threadsKey && before.namesKey === namesKey && before.registryKey === entitiesDigest;
  return {
    archive: { site, articles, bySlug, entities, entitiesDigest, articlesOf, referencedBy, related, months, ...fromArticles, ...fromRegistries },
    memo: unchanged ? previous : { related: state, insights: { threadsKey, namesKey, fromArticles, registryKey: entitiesDigest, fromRegistries } },
  };
}
