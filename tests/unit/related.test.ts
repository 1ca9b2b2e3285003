import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { relatedArticles, RELATED_THRESHOLD, RELATED_WEIGHTS } from "../../src/archive/related.ts";
import type { Article } from "../../src/model/article.ts";
import type { ArticleSlug } from "../../src/model/slug.ts";
import { relatedArticle } from "../helpers/related-article.ts";

const a = relatedArticle;

const none = () => new Set<ArticleSlug>();

describe("related articles", () => {
  const articles = [
    a("seed", 10, "kidal", ["inafarak", "tessalit"], ["fama", "wagner"]),
    a("two-places", 1, "gao", ["inafarak", "tessalit"]), // 3+3 = 6
    a("place-actor-region", 2, "kidal", ["inafarak"], ["fama"]), // 3+2+1 = 6, newer than two-places
    a("one-actor", 3, "gao", [], ["wagner"]), // 2
    a("region-only", 4, "kidal"), // 1: below the threshold
    a("unrelated", 5, "bamako", ["bamako"], ["jnim"]),
    a("same-score-b", 6, "gao", ["tessalit"]), // 3
    a("same-score-a", 6, "gao", ["tessalit"]), // 3, same date: slug breaks the tie
  ];

  test("ranked by score, then newest, then slug; region alone is not enough; at most 5", () => {
    expect(relatedArticles(articles, none).get("seed" as ArticleSlug)).toEqual([
      "place-actor-region",
      "two-places",
      "same-score-a",
      "same-score-b",
      "one-actor",
    ]);
  });

  test("excludes what the article already shows elsewhere", () => {
    const exclude = (x: Article) => new Set(x.slug === "seed" ? (["place-actor-region", "same-score-a"] as ArticleSlug[]) : []);
    expect(relatedArticles(articles, exclude).get("seed" as ArticleSlug)).toEqual(["two-places", "same-score-b", "one-actor"]);
  });

  test("never lists the article itself, and an isolated article has none", () => {
    const map = relatedArticles(articles, none);
    for (const [slug, list] of map) expect(list).not.toContain(slug);
    expect(map.get("unrelated" as ArticleSlug)).toEqual([]);
  });

  test("the order of the input does not change the result", () => {
    const forward = relatedArticles(articles, none);
    const backward = relatedArticles([...articles].reverse(), none);
    for (const x of articles) expect(backward.get(x.slug)).toEqual(forward.get(x.slug));
  });
});

/** The related lists as the rule states them, every pair scored: what the posting-list walk,
 *  which skips most of a popular place's articles, must give exactly. */
function everyPair(articles: readonly Article[], exclude: (article: Article) => ReadonlySet<ArticleSlug>, max: number): Map<ArticleSlug, ArticleSlug[]> {
  const shared = (x: readonly { slug: string }[], y: readonly { slug: string }[]) => x.filter((r) => y.some((o) => o.slug === r.slug)).length;
  const result = new Map<ArticleSlug, ArticleSlug[]>();
  for (const self of articles) {
    const skip = exclude(self);
    const scored = articles
      .filter((other) => other !== self && !skip.has(other.slug))
      .map((other) => ({
        other,
        score: RELATED_WEIGHTS.place * shared(self.places, other.places) + RELATED_WEIGHTS.actor * shared(self.actors, other.actors) + (self.region.slug === other.region.slug ? RELATED_WEIGHTS.region : 0),
      }))
      .filter(({ score }) => score >= RELATED_THRESHOLD)
      .sort((x, y) => y.score - x.score || y.other.date.epochMs - x.other.date.epochMs || (x.other.slug < y.other.slug ? -1 : 1));
    result.set(self.slug, scored.slice(0, max).map(({ other }) => other.slug));
  }
  return result;
}

describe("related lists equal every pair scored", () => {
  const PLACES = ["kidal", "gao", "tessalit", "menaka", "inafarak", "anefis"];
  const ACTORS = ["fama", "wagner", "jnim", "csp"];
  const world = fc
    .array(
      fc.record({
        day: fc.integer({ min: 0, max: 9 }), // many date ties, settled by slug
        region: fc.constantFrom("r-kidal", "r-gao", "r-menaka"),
        places: fc.subarray(PLACES, { maxLength: 4 }),
        actors: fc.subarray(ACTORS, { maxLength: 3 }),
        exclude: fc.array(fc.nat({ max: 59 }), { maxLength: 3 }),
      }),
      { maxLength: 60 },
    )
    .map((specs) => ({
      articles: specs.map((s, i) => a(`s${String(i).padStart(2, "0")}`, s.day, s.region, s.places, s.actors)),
      excludes: new Map(specs.map((s, i) => [`s${String(i).padStart(2, "0")}`, new Set(s.exclude.map((n) => `s${String(n).padStart(2, "0")}` as ArticleSlug))])),
    }));

  test("property: random archives, in random order, for any list length", () => {
    fc.assert(
      fc.property(world, fc.integer({ min: 1, max: 8 }), fc.boolean(), ({ articles, excludes }, max, reversed) => {
        const exclude = (x: Article) => excludes.get(x.slug) ?? new Set<ArticleSlug>();
        const input = reversed ? [...articles].reverse() : articles;
        expect(relatedArticles(input, exclude, max)).toEqual(everyPair(articles, exclude, max));
      }),
      { numRuns: 300 },
    );
  });

  test("a place named by 400 articles: the best of them found without scoring them all", () => {
    const articles = Array.from({ length: 400 }, (_, i) => a(`p${String(i).padStart(3, "0")}`, i % 50, i % 7 === 0 ? "r-gao" : "r-kidal", ["kidal", ...(i % 13 === 0 ? ["anefis"] : [])], i % 5 === 0 ? ["fama"] : []));
    const related = relatedArticles(articles, none);
    expect(related).toEqual(everyPair(articles, none, 5));
    // kidal, anefis and fama (8) from another region: every 65th article, newest first; the
    // same region with kidal and anefis (7) comes after them.
    expect(related.get("p000" as ArticleSlug)).toEqual(["p195", "p390", "p130", "p325", "p065"]);
  });
});
