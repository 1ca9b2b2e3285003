// updateRelated, given the state of a previous run, must give exactly what the full computation
// (relatedArticles) gives on the new articles: whatever was added, deleted or changed, and
// however many runs the state has been threaded through.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { relatedArticles, updateRelated, type RelatedState } from "../../src/archive/related.ts";
import type { Article } from "../../src/model/article.ts";
import type { ArticleSlug } from "../../src/model/slug.ts";
import { relatedArticle } from "../helpers/related-article.ts";

const a = relatedArticle;

/** Small pools, so that overlaps, ties and full top-lists are the common case. */
const SLUGS = Array.from({ length: 14 }, (_, i) => `s${String(i).padStart(2, "0")}`);
const PLACES = ["kidal", "gao", "tessalit", "menaka", "inafarak"];
const ACTORS = ["fama", "wagner", "jnim", "csp"];
const REGIONS = ["r-kidal", "r-gao", "r-menaka"];

interface Spec {
  slug: string;
  day: number;
  region: string;
  places: string[];
  actors: string[];
}
const toArticle = (s: Spec): Article => a(s.slug, s.day, s.region, s.places, s.actors);

const day = fc.integer({ min: 0, max: 6 }); // few days: many date ties, settled by slug
const region = fc.constantFrom(...REGIONS);
const places = fc.subarray(PLACES, { maxLength: 3 });
const actors = fc.subarray(ACTORS, { maxLength: 3 });
const excludeSet = fc.subarray(SLUGS, { maxLength: 4 });
const spec = (slug: string) => fc.record({ slug: fc.constant(slug), day, region, places, actors });

/** The initial archive: a subset of the slug pool, each with random fields. */
const initial = fc
  .subarray(SLUGS, { minLength: 0, maxLength: 10 })
  .chain((slugs) => (slugs.length === 0 ? fc.constant([] as Spec[]) : fc.tuple(...slugs.map(spec))))
  .chain((specs) => fc.shuffledSubarray(specs, { minLength: specs.length, maxLength: specs.length }));
const initialExcludes = fc.dictionary(fc.constantFrom(...SLUGS), excludeSet, { maxKeys: 5 });

/** An edit; `pick` chooses the article it applies to (modulo the count), `slug` a new one. */
type Edit =
  | { kind: "add"; slug: string; day: number; region: string; places: string[]; actors: string[]; at: number }
  | { kind: "delete"; pick: number }
  | { kind: "places"; pick: number; places: string[] }
  | { kind: "actors"; pick: number; actors: string[] }
  | { kind: "region"; pick: number; region: string }
  | { kind: "date"; pick: number; day: number }
  | { kind: "exclude"; pick: number; exclude: string[] }
  | { kind: "exclude-missing"; slug: string; exclude: string[] }
  | { kind: "reorder"; seed: number }
  | { kind: "none" };
const pick = fc.nat({ max: 99 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("add" as const), slug: fc.constantFrom(...SLUGS), day, region, places, actors, at: pick }),
  fc.record({ kind: fc.constant("delete" as const), pick }),
  fc.record({ kind: fc.constant("places" as const), pick, places }),
  fc.record({ kind: fc.constant("actors" as const), pick, actors }),
  fc.record({ kind: fc.constant("region" as const), pick, region }),
  fc.record({ kind: fc.constant("date" as const), pick, day }),
  fc.record({ kind: fc.constant("exclude" as const), pick, exclude: excludeSet }),
  // An exclusion naming, or set on, an article that is not there (yet).
  fc.record({ kind: fc.constant("exclude-missing" as const), slug: fc.constantFrom(...SLUGS), exclude: excludeSet }),
  fc.record({ kind: fc.constant("reorder" as const), seed: fc.nat() }),
  fc.constant({ kind: "none" as const }),
);

interface World {
  specs: Spec[];
  excludes: Map<string, string[]>;
}

function apply(world: World, e: Edit): World {
  const specs = world.specs.map((s) => ({ ...s }));
  const excludes = new Map(world.excludes);
  const target = (p: number): Spec | undefined => specs[p % Math.max(1, specs.length)];
  switch (e.kind) {
    case "add": {
      // A slug already present becomes the first free one, if any.
      const used = new Set(specs.map((s) => s.slug));
      const slug = used.has(e.slug) ? SLUGS.find((s) => !used.has(s)) : e.slug;
      if (slug !== undefined) specs.splice(e.at % (specs.length + 1), 0, { slug, day: e.day, region: e.region, places: e.places, actors: e.actors });
      break;
    }
    case "delete":
      if (specs.length > 0) specs.splice(e.pick % specs.length, 1);
      break;
    case "places": {
      const t = target(e.pick);
      if (t) t.places = e.places;
      break;
    }
    case "actors": {
      const t = target(e.pick);
      if (t) t.actors = e.actors;
      break;
    }
    case "region": {
      const t = target(e.pick);
      if (t) t.region = e.region;
      break;
    }
    case "date": {
      const t = target(e.pick);
      if (t) t.day = e.day;
      break;
    }
    case "exclude": {
      const t = target(e.pick);
      if (t) excludes.set(t.slug, e.exclude);
      break;
    }
    case "exclude-missing":
      excludes.set(e.slug, e.exclude);
      break;
    case "reorder": {
      // The same articles in another order (deterministic shuffle from the seed).
      let x = e.seed | 1;
      for (let i = specs.length - 1; i > 0; i--) {
        x = (x * 1103515245 + 12345) & 0x7fffffff;
        const j = x % (i + 1);
        [specs[i], specs[j]] = [specs[j]!, specs[i]!];
      }
      break;
    }
    case "none":
      break;
  }
  return { specs, excludes };
}

const excludeOf = (world: World) => (article: Article) => new Set((world.excludes.get(article.slug) ?? []) as ArticleSlug[]);
const entries = (map: ReadonlyMap<ArticleSlug, readonly ArticleSlug[]>) => [...map.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));

/** Runs the edits, threading the state; checks each step against the full computation. */
function check(start: World, edits: readonly Edit[], max: number): void {
  let world = start;
  let state: RelatedState = updateRelated(world.specs.map(toArticle), excludeOf(world), undefined, max).state;
  expect(entries(state.result)).toEqual(entries(relatedArticles(world.specs.map(toArticle), excludeOf(world), max)));
  edits.forEach((e, step) => {
    world = apply(world, e);
    // Fresh objects each step, as a rebuild gives.
    const articles = world.specs.map(toArticle);
    const incremental = updateRelated(articles, excludeOf(world), state, max);
    const full = relatedArticles(world.specs.map(toArticle), excludeOf(world), max);
    expect(entries(incremental.related), `step ${step}: ${JSON.stringify(e)}`).toEqual(entries(full));
    expect(entries(incremental.state.result)).toEqual(entries(full));
    state = incremental.state;
  });
}

describe("updateRelated matches relatedArticles", () => {
  test("an example: a changed article's neighbours are recomputed, and only the answer matters", () => {
    const start: World = {
      specs: [
        { slug: "seed", day: 10, region: "kidal", places: ["inafarak", "tessalit"], actors: ["fama"] },
        { slug: "b", day: 1, region: "gao", places: ["inafarak"], actors: [] },
        { slug: "c", day: 2, region: "kidal", places: [], actors: ["fama"] },
        { slug: "d", day: 3, region: "gao", places: ["bamako"], actors: [] },
      ],
      excludes: new Map(),
    };
    const none = (_: Article) => new Set<ArticleSlug>();
    const first = updateRelated(start.specs.map(toArticle), none, undefined);
    // b and c both score 3 (a place; an actor and the region): the newer first.
    expect(first.related.get("seed" as ArticleSlug)).toEqual(["c", "b"]);
    // d moves to Tessalit: seed now sees it, and d sees seed.
    const moved = apply(start, { kind: "places", pick: 3, places: ["tessalit"] });
    const second = updateRelated(moved.specs.map(toArticle), none, first.state);
    expect(second.related.get("seed" as ArticleSlug)).toEqual(["d", "c", "b"]);
    expect(second.related.get("d" as ArticleSlug)).toEqual(["seed"]);
    expect(entries(second.related)).toEqual(entries(relatedArticles(moved.specs.map(toArticle), none)));
    // b is deleted: seed loses it.
    const deleted = apply(moved, { kind: "delete", pick: 1 });
    const third = updateRelated(deleted.specs.map(toArticle), none, second.state);
    expect(third.related.get("seed" as ArticleSlug)).toEqual(["d", "c"]);
    expect(entries(third.related)).toEqual(entries(relatedArticles(deleted.specs.map(toArticle), none)));
  });

  test("property: after every edit of a random sequence, the incremental answer is the full one", () => {
    fc.assert(
      fc.property(
        initial,
        initialExcludes,
        fc.array(edit, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 5 }),
        (specs, excludes, edits, max) => {
          check({ specs, excludes: new Map(Object.entries(excludes)) }, edits, max);
        },
      ),
      { numRuns: 600 },
    );
  });

  test("property: a state computed with another max is not reused wrongly", () => {
    fc.assert(
      fc.property(initial, initialExcludes, edit, fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), (specs, excludes, e, max1, max2) => {
        const w0: World = { specs, excludes: new Map(Object.entries(excludes)) };
        const state = updateRelated(w0.specs.map(toArticle), excludeOf(w0), undefined, max1).state;
        const w1 = apply(w0, e);
        const got = updateRelated(w1.specs.map(toArticle), excludeOf(w1), state, max2).related;
        expect(entries(got)).toEqual(entries(relatedArticles(w1.specs.map(toArticle), excludeOf(w1), max2)));
      }),
      { numRuns: 300 },
    );
  });
});
