// The index memo as JSON: its Maps as lists of pairs. v8's deserialize took 80-120 ms for
// it at 10k articles (5 MB of small Maps); this, a third of that.
import type { IndexMemo } from "../archive/index.ts";
import type { Thread } from "../archive/threads.ts";
import type { Ranked } from "../archive/cooccurrence.ts";
import type { Near } from "../archive/nearest.ts";
import type { ArticleSlug, EntitySlug } from "../model/slug.ts";

type Pairs<K, V> = [K, V][];

interface IndexMemoJson {
  related?: { max: number; inputs: Pairs<ArticleSlug, string>; excludes: Pairs<ArticleSlug, string>; result: Pairs<ArticleSlug, ArticleSlug[]> };
  insights?: {
    threadsKey: string;
    namesKey: string;
    registryKey: string;
    threads: Thread[];
    threadOf: Pairs<ArticleSlug, string>;
    actors: Pairs<string, Ranked[]>;
    places: Pairs<string, Ranked[]>;
    nearest: Pairs<EntitySlug, Near[]>;
    placesOfRegion: Pairs<EntitySlug, EntitySlug[]>;
  };
}

export function indexMemoToJson(memo: IndexMemo | undefined): string {
  if (!memo) return "null";
  const { related, insights } = memo;
  const json: IndexMemoJson = {
    ...(related && { related: { max: related.max, inputs: [...related.inputs], excludes: [...related.excludes], result: [...related.result] } }),
    ...(insights && {
      insights: {
        threadsKey: insights.threadsKey,
        namesKey: insights.namesKey,
        registryKey: insights.registryKey,
        threads: insights.fromArticles.threads.threads,
        threadOf: [...insights.fromArticles.threads.threadOf],
        actors: [...insights.fromArticles.cooccurrence.actors],
        places: [...insights.fromArticles.cooccurrence.places],
        nearest: [...insights.fromRegistries.nearest],
        placesOfRegion: [...insights.fromRegistries.placesOfRegion],
      },
    }),
  };
  return JSON.stringify(json);
}

export function indexMemoFromJson(text: string): IndexMemo | undefined {
  const json = JSON.parse(text) as IndexMemoJson | null;
  if (!json) return undefined;
  const { related, insights } = json;
  const memo: IndexMemo = {
    related: related && { max: related.max, inputs: new Map(related.inputs), excludes: new Map(related.excludes), result: new Map(related.result) },
    insights: insights && {
      threadsKey: insights.threadsKey,
      namesKey: insights.namesKey,
      registryKey: insights.registryKey,
      fromArticles: {
        threads: { threads: insights.threads, threadOf: new Map(insights.threadOf) },
        cooccurrence: { actors: new Map(insights.actors), places: new Map(insights.places) },
      },
      fromRegistries: { nearest: new Map(insights.nearest), placesOfRegion: new Map(insights.placesOfRegion) },
    },
  };
  return memo;
}
