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
  const bump = (table: typeof actorCounts, ownerKey: string, otherKey: string, other: EntityRef) => {
    let row = table.get(ownerKey);
    if (!row) table.set(ownerKey, (row = new Map()));
    const cell = row.get(otherKey);
    if (cell) cell.count++;
    else row.set(otherKey, { ref: other, count: 1 });
  };

  for (const article of articles) {
    // Each name's key made once per article, not once per pair (the pairs are most of the work).
    const actorKeys = article.actors.map(entityKey);
    const placeKeys = article.places.map(entityKey);
    const ownerKeys = [entityKey(article.region), ...placeKeys, ...actorKeys];
    // Names are already unique within each list (resolve), so each article counts once; an
    // actor is not counted with itself (owner keys and actor keys meet only there).
    for (const ownerKey of ownerKeys) {
      for (let i = 0; i < actorKeys.length; i++) if (ownerKey !== actorKeys[i]) bump(actorCounts, ownerKey, actorKeys[i]!, article.actors[i]!);
    }
    for (const actorKey of actorKeys) for (let i = 0; i < placeKeys.length; i++) bump(placeCounts, actorKey, placeKeys[i]!, article.places[i]!);
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

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
