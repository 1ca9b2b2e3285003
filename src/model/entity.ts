// Places, actors and regions: registry entries, and names used in articles but not registered.
import type { EntitySlug } from "./slug.ts";

export type EntityKind = "place" | "actor" | "region";
export const ENTITY_KINDS: readonly EntityKind[] = ["place", "actor", "region"];

/** URL folder and registry file of each kind. */
export const KIND_FOLDER: Record<EntityKind, "places" | "actors" | "regions"> = {
  place: "places",
  actor: "actors",
  region: "regions",
};

export interface Entity {
  kind: EntityKind;
  slug: EntitySlug;
  name: string;
  aliases: string[];
  /** False for a name used in articles but absent from its registry. */
  registered: boolean;
  type: string | undefined;
  region: string | undefined;
  country: string | undefined;
  /** [latitude, longitude] */
  coordinates: [number, number] | undefined;
  description: string | undefined;
  wikidata: string | undefined;
}

/** How an article points at an entity: by kind and slug, so articles stay plain data. */
export interface EntityRef {
  kind: EntityKind;
  slug: EntitySlug;
}

export function entityKey(ref: EntityRef): string {
  const known = keys[ref.kind];
  let key = known.get(ref.slug);
  if (key === undefined) {
    key = `${ref.kind}:${ref.slug}`;
    if (known.size > 100_000) known.clear();
    known.set(ref.slug, key);
  }
  return key;
}

// The index and the page plans look entity keys up hundreds of thousands of times per build:
// one string per entity, so its hash is computed once, not a new string per call.
const keys: Record<EntityKind, Map<string, string>> = { place: new Map(), actor: new Map(), region: new Map() };
