// Who appears with whom: for every entity, the actors (and for actors, the places) named in
// the same articles, counted once per article. Built from each article's own entity lists,
// so the cost follows the size of those lists, never the number of article pairs.
import type { Article } from "../model/article.ts";
import { entityKey, type EntityRef } from "../model/entity.ts";

/** How many names an insight list shows. */
export const INSIGHT_MAX = 8;

export interface Ranked {
  ref: EntityRef;
  /** Articles naming both. */
  count: number;
}

export interface Cooccurrence {
  /** entityKey (place, actor or region) → the actors most often in its articles. */
  actors: Map<string, Ranked[]>;
  /** entityKey of an actor → the places most often in its articles. */
  places: Map<string, Ranked[]>;
}

/**
 * `compareNames` orders equal counts by name (the site's collation); the slug settles the
 * rest, so two builds of one archive always list the same names in the same order.
 */
export function cooccurrence(
  articles: readonly Article[],
  nameOf: (ref: EntityRef) => string,
  compareNames: (a: string, b: string) => number,
  max = INSIGHT_MAX,
): Cooccurrence {
  const actorCounts = new Map<string, Map<string, { ref: EntityRef; count: number }>>();
  const placeCounts = new Map<string, Map<string, { ref: EntityRef; count: number }>>();
  const bump = (table: typeof actorCounts, owner: EntityRef, other: EntityRef) => {
    const ownerKey = entityKey(owner);
    let row = table.get(ownerKey);
    if (!row) table.set(ownerKey, (row = new Map()));
    const otherKey = entityKey(other);
    const cell = row.get(otherKey);
    if (cell) cell.count++;
    else row.set(otherKey, { ref: other, count: 1 });
  };

  for (const article of articles) {
    // Names are already unique within each list (resolve), so each article counts once.
    for (const owner of [article.region, ...article.places, ...article.actors]) {
      for (const actor of article.actors) if (!sameRef(owner, actor)) bump(actorCounts, owner, actor);
    }
    for (const actor of article.actors) for (const place of article.places) bump(placeCounts, actor, place);
  }

  const rank = (table: typeof actorCounts): Map<string, Ranked[]> => {
    const out = new Map<string, Ranked[]>();
    for (const [key, row] of table) {
      let cells = [...row.values()];
      // Only cells counting at least the max-th highest count can make the list: the collation,
      // the costly part, orders those alone.
      if (cells.length > max) {
        const cut = cells.map((cell) => cell.count).sort((a, b) => b - a)[max - 1]!;
        cells = cells.filter((cell) => cell.count >= cut);
      }
      const list = cells.map((cell) => ({ ref: cell.ref, count: cell.count, name: nameOf(cell.ref) }));
      list.sort((a, b) => b.count - a.count || compareNames(a.name, b.name) || compare(a.ref.slug, b.ref.slug));
      out.set(key, list.slice(0, max).map(({ ref, count }) => ({ ref, count })));
    }
    return out;
  };
  return { actors: rank(actorCounts), places: rank(placeCounts) };
}

function sameRef(a: EntityRef, b: EntityRef): boolean {
  return a.kind === b.kind && a.slug === b.slug;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
