// Related articles, in the manner of Hugo's related/: an inverted index from entities to
// articles, weighted overlap, a threshold, and a fully deterministic order.
import { newestFirst, type Article } from "../model/article.ts";
import { entityKey, type EntityKind } from "../model/entity.ts";
import type { ArticleSlug } from "../model/slug.ts";
import { sameEntries } from "../memo.ts";

/**
 * A shared place says most about what an article is about, a shared actor a little less,
 * the region least: every article of a busy region shares it, so alone it is not enough.
 */
export const RELATED_WEIGHTS: Record<EntityKind, number> = { place: 3, actor: 2, region: 1 };
/** A score below this is the region alone: not "related", just nearby. */
export const RELATED_THRESHOLD = 2;
export const RELATED_MAX = 5;

/** Related slugs for every article. `exclude(a)` lists what a already shows elsewhere. */
export function relatedArticles(articles: readonly Article[], exclude: (article: Article) => ReadonlySet<ArticleSlug>, max = RELATED_MAX): Map<ArticleSlug, ArticleSlug[]> {
  return updateRelated(articles, exclude, undefined, max).related;
}

/**
 * What a previous run computed, and from what: a rebuild recomputes only the articles whose
 * answer can have changed. Plain data, so it keeps on disk with the pipeline memo.
 */
export interface RelatedState {
  max: number;
  /** slug → what others see of it as a candidate (date, region, places, actors). */
  inputs: ReadonlyMap<ArticleSlug, string>;
  /** slug → the articles it leaves out, joined. */
  excludes: Map<ArticleSlug, string>;
  result: Map<ArticleSlug, ArticleSlug[]>;
}

/**
 * relatedArticles, given what the previous run computed. Only these are recomputed: articles
 * whose inputs or exclusions changed, and every article sharing a place or actor with one whose inputs changed (the only ones
 * that could see it, then or now, as a candidate). The rest keep their answer: the same
 * result a full run gives, at the cost of the change.
 */
export function updateRelated(
  given: readonly Article[],
  exclude: (article: Article) => ReadonlySet<ArticleSlug>,
  previous: RelatedState | undefined,
  max = RELATED_MAX,
  inputs: ReadonlyMap<ArticleSlug, string> = candidateInputs(given),
): { related: Map<ArticleSlug, ArticleSlug[]>; state: RelatedState } {
  // An article's index is its rank among candidates of equal score.
  const articles = rankOrder(given);
  const n = articles.length;
  const excludes = new Map<ArticleSlug, string>();
  const excluded: ArticleSlug[][] = [];
  for (const article of articles) {
    const list = [...exclude(article)].sort();
    excluded.push(list);
    excludes.set(article.slug, list.join(" "));
  }
  // Nothing any related list depends on changed (an edit to a body, a title): all stand.
  if (previous && previous.max === max && sameEntries(previous.inputs, inputs) && sameEntries(previous.excludes, excludes)) {
    return { related: previous.result, state: previous };
  }
  // Everything as small integers in typed arrays: at 10,000 articles a popular place is
  // shared by thousands, and this loop runs tens of millions of times.
  const entityIds = new Map<string, number>();
  const entityWeight: number[] = [];
  const members: number[][] = [];
  const regionOf = new Int32Array(n);
  const ofArticle: Int32Array[] = [];
  articles.forEach((article, i) => {
    regionOf[i] = idOf(entityIds, entityWeight, members, entityKey(article.region), 0);
    // Only places and actors can reach the threshold alone, so only their posting lists are
    // walked; the region, shared by thousands, just adds to candidates found that way.
    const ids = [...article.places, ...article.actors].map((ref) => idOf(entityIds, entityWeight, members, entityKey(ref), RELATED_WEIGHTS[ref.kind]));
    for (const id of ids) members[id]!.push(i);
    ofArticle.push(Int32Array.from(ids));
  });
  const postings = members.map((list) => Int32Array.from(list));

  const skipped = new Uint8Array(n);
  const result = new Map<ArticleSlug, ArticleSlug[]>();
  const index = new Map(articles.map((a, i) => [a.slug, i]));
  const todo = previous && previous.max === max ? affected(articles, inputs, excludes, previous, entityIds, postings) : undefined;
  const top = new TopList(max);
  const walk: Walk = { entityWeight, postings, regionOf, skipped, scores: new Float64Array(n), touched: new Int32Array(n) };

  for (let self = 0; self < n; self++) {
    const slug = articles[self]!.slug;
    if (todo && !todo[self]) {
      result.set(slug, previous!.result.get(slug)!);
      continue;
    }
    const skip = excluded[self]!.map((slug) => index.get(slug)).filter((i): i is number => i !== undefined);
    for (const i of skip) skipped[i] = 1;
    top.clear();
    bestCandidates(self, ofArticle[self]!, walk, top);
    result.set(slug, top.indices().map((i) => articles[i]!.slug));
    for (const i of skip) skipped[i] = 0;
  }
  return { related: result, state: { max, inputs, excludes, result } };
}

/** Newest first, then by slug: the order in which related lists settle ties. indexArchive's
 *  articles come so (checked here, not sorted again). */
function rankOrder(articles: readonly Article[]): readonly Article[] {
  for (let i = 1; i < articles.length; i++) if (newestFirst(articles[i - 1]!, articles[i]!) > 0) return [...articles].sort(newestFirst);
  return articles;
}

/** The best `max` candidates offered, by score and then index (the order ties are settled in). */
class TopList {
  private readonly at: number[] = [];
  private readonly score: number[] = [];
  constructor(readonly max: number) {}
  clear(): void {
    this.at.length = 0;
    this.score.length = 0;
  }
  /** Keeps the best by insertion: far cheaper than sorting thousands of candidates. */
  offer(i: number, score: number): void {
    let k = this.at.length;
    while (k > 0 && (this.score[k - 1]! < score || (this.score[k - 1] === score && this.at[k - 1]! > i))) k--;
    if (k >= this.max) return;
    this.at.splice(k, 0, i);
    this.score.splice(k, 0, score);
    if (this.at.length > this.max) {
      this.at.pop();
      this.score.pop();
    }
  }
  indices(): number[] {
    return [...this.at];
  }
}

/**
 * The related list of article `self`: each candidate's weighted overlap summed over the
 * posting lists of its places and actors. Ties are settled by index (rankOrder), never by
 * comparing dates and slugs: at 10,000 articles the tied candidates run to millions.
 */
function bestCandidates(self: number, ids: Int32Array, walk: Walk, top: TopList): void {
  const { entityWeight, postings, regionOf, skipped, scores, touched } = walk;
  let count = 0;
  for (const id of ids) {
    const weight = entityWeight[id]!;
    const list = postings[id]!;
    for (let p = 0; p < list.length; p++) {
      const other = list[p]!;
      if (scores[other] === 0) touched[count++] = other;
      scores[other]! += weight;
    }
  }
  const region = regionOf[self]!;
  for (let t = 0; t < count; t++) {
    const i = touched[t]!;
    let score = scores[i]!;
    scores[i] = 0;
    if (i === self || skipped[i]) continue;
    if (regionOf[i] === region) score += RELATED_WEIGHTS.region;
    if (score >= RELATED_THRESHOLD) top.offer(i, score);
  }
}

/** What every article's walk reads, and the scratch arrays it reuses. */
interface Walk {
  entityWeight: readonly number[];
  postings: readonly Int32Array[];
  regionOf: Int32Array;
  skipped: Uint8Array;
  scores: Float64Array;
  touched: Int32Array;
}

/** Each article as a candidate for others (its date and names): entity ids change meaning
 *  between runs, keys do not. The index reads them too, to tell whether anything moved. */
export function candidateInputs(articles: readonly Article[]): Map<ArticleSlug, string> {
  const inputs = new Map<ArticleSlug, string>();
  for (const a of articles) {
    let input = `${a.date.epochMs} ${entityKey(a.region)}`;
    for (const ref of a.places) input += " " + entityKey(ref);
    for (const ref of a.actors) input += " " + entityKey(ref);
    inputs.set(a.slug, input);
  }
  return inputs;
}

/** Which articles must be recomputed (1) given what the previous run saw. */
function affected(
  articles: readonly Article[],
  inputs: ReadonlyMap<ArticleSlug, string>,
  excludes: ReadonlyMap<ArticleSlug, string>,
  previous: RelatedState,
  entityIds: ReadonlyMap<string, number>,
  postings: readonly Int32Array[],
): Uint8Array {
  const todo = new Uint8Array(articles.length);
  const changedKeys = new Set<string>();
  const keysOf = (input: string) => input.split(" ").slice(2);
  for (const [slug, input] of previous.inputs) {
    if (inputs.get(slug) !== input) for (const key of keysOf(input)) changedKeys.add(key);
  }
  articles.forEach((article, i) => {
    const input = inputs.get(article.slug)!;
    const before = previous.inputs.get(article.slug);
    if (before !== input) {
      todo[i] = 1;
      for (const key of keysOf(input)) changedKeys.add(key);
    }
    if (previous.excludes.get(article.slug) !== excludes.get(article.slug) || !previous.result.has(article.slug)) todo[i] = 1;
  });
  for (const key of changedKeys) {
    const id = entityIds.get(key);
    if (id === undefined) continue;
    for (const i of postings[id]!) todo[i] = 1;
  }
  return todo;
}

function idOf(ids: Map<string, number>, weights: number[], members: number[][], key: string, weight: number): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = weights.length;
    ids.set(key, id);
    weights.push(weight);
    members.push([]);
  }
  return id;
}
