// The indexes behind maps, insights and threads, computed once per build beside the others.
import type { SiteConfig } from "../content/site-config.ts";
import type { Article } from "../model/article.ts";
import { entityKey, type Entity, type EntityKind } from "../model/entity.ts";
import type { EntitySlug } from "../model/slug.ts";
import { cooccurrence, type Cooccurrence } from "./cooccurrence.ts";
import { nearestPlaces, type Located, type Near } from "./nearest.ts";
import { placesByRegion } from "./region-places.ts";
import type { ThreadIndex } from "./threads.ts";
import { nameCollator } from "../model/name-order.ts";

export interface InsightIndexes {
  /** Story threads: linked components of at least three articles. */
  threads: ThreadIndex;
  cooccurrence: Cooccurrence;
  /** place slug → the nearest registered places with coordinates. */
  nearest: Map<EntitySlug, Near[]>;
  /** region slug → the places whose registry region it is. */
  placesOfRegion: Map<EntitySlug, EntitySlug[]>;
}

/** Who appears with whom: read from the names of articles alone (not their dates or links). */
export function articleCooccurrence(site: SiteConfig, articles: readonly Article[], entities: Record<EntityKind, Entity[]>): Cooccurrence {
  const names = new Map<string, string>();
  for (const kind of Object.keys(entities) as EntityKind[]) for (const e of entities[kind]) names.set(entityKey(e), e.name);
  const collator = nameCollator(site.language);
  return cooccurrence(articles, (ref) => names.get(entityKey(ref)) ?? ref.slug, collator.compare);
}

/** What follows from the registries alone: neighbours and the places of each region. */
export function registryInsights(entities: Record<EntityKind, Entity[]>): Pick<InsightIndexes, "nearest" | "placesOfRegion"> {
  const located: Located[] = entities.place.filter((p) => p.registered && p.coordinates).map((p) => ({ slug: p.slug, coordinates: p.coordinates! }));
  return { nearest: nearestPlaces(located), placesOfRegion: placesByRegion(entities.place, entities.region) };
}
