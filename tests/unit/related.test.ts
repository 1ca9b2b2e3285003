import { describe, expect, test } from "vitest";
import { relatedArticles } from "../../src/archive/related.ts";
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
