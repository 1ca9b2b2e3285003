// Articles for tests of related lists: only what related.ts reads is meaningful.
import type { Article } from "../../src/model/article.ts";
import type { EntityKind, EntityRef } from "../../src/model/entity.ts";
import type { ArticleSlug, EntitySlug } from "../../src/model/slug.ts";

export const ref = (kind: EntityKind, slug: string): EntityRef => ({ kind, slug: slug as EntitySlug });

/** An article of `day` (days since 1970) in `region`, naming `places` and `actors`. */
export function relatedArticle(slug: string, day: number, region: string, places: string[] = [], actors: string[] = []): Article {
  return {
    file: `${slug}.md`,
    sourceDigest: slug,
    slug: slug as ArticleSlug,
    title: slug,
    date: { iso: "", epochMs: day * 86_400_000, dateOnly: true, local: { year: 2024, month: 1, day, hour: 0, minute: 0 }, attribute: "" },
    updated: undefined,
    region: ref("region", region),
    places: places.map((p) => ref("place", p)),
    actors: actors.map((x) => ref("actor", x)),
    readAlso: [],
    linksTo: [],
    summary: "",
    author: undefined,
    source: undefined,
    sourceUrl: undefined,
    lang: "en",
    draft: false,
    image: undefined,
    bodyHtml: "",
    wordCount: 0,
  };
}
