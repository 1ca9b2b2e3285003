// Which registry aliases get a redirect page at their own slug, so that links made with an
// old spelling (/places/in-afarak/) keep working.
import type { Entity, EntityKind } from "../model/entity.ts";
import { makeEntitySlug, MAX_SLUG_LENGTH, RESERVED_SLUGS, slugForm, type EntitySlug } from "../model/slug.ts";

export interface AliasPage {
  kind: EntityKind;
  alias: string;
  slug: EntitySlug;
  target: Entity;
}

/**
 * A redirect never takes a path that is, or could be, a real page: an entity's slug (any
 * entity of the kind, registered or not), a reserved slug, or a slug an earlier alias already
 * took — first come in the order given wins, so the outcome is fixed by the registry.
 * An alias with nothing to transliterate has no readable slug anyone could have linked to.
 */
export function aliasPages(kind: EntityKind, entities: readonly Entity[]): AliasPage[] {
  const taken = new Set<string>([...RESERVED_SLUGS, ...entities.map((e) => e.slug)]);
  const pages: AliasPage[] = [];
  for (const entity of entities) {
    if (!entity.registered) continue;
    for (const alias of entity.aliases) {
      if (slugForm(alias) === "") continue;
      const slug = makeEntitySlug(alias);
      // A redirect is a convenience: an alias too long to be a folder simply has none.
      if (taken.has(slug) || slug.length > MAX_SLUG_LENGTH) continue;
      taken.add(slug);
      pages.push({ kind, alias, slug, target: entity });
    }
  }
  return pages;
}
