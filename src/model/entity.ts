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
  return `${ref.kind}:${ref.slug}`;
}
