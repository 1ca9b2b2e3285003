// Matching names and aliases to registry entries: case-, accent- and punctuation-insensitive,
// through the same slug form that makes URLs ("menaka" finds "Ménaka", "Fama" finds "FAMa").
import { error, warning, type Diagnostic, type Result } from "../model/diagnostic.ts";
import type { RegistryEntry } from "../content/registry.ts";
import { KIND_FOLDER, type Entity, type EntityKind } from "../model/entity.ts";
import { makeEntitySlug, matchKey, MAX_SLUG_LENGTH, RESERVED_SLUGS, SLUG_LENGTH_RULE, type EntitySlug } from "../model/slug.ts";

export interface NameIndex {
  kind: EntityKind;
  entities: Map<EntitySlug, Entity>;
  byKey: Map<string, EntitySlug>;
  /** Every registered name and alias, for did-you-mean. */
  spellings: string[];
  /** The registry entry behind each registered entity, so later checks can point at its lines. */
  entries: ReadonlyMap<EntitySlug, RegistryEntry>;
  /** The registry file could not be read at all (reported): no name is told missing from it. */
  unreadable?: boolean;
  /** There is no registry file: a name is still "not in" it, and the hint says the file is missing. */
  absent?: boolean;
}

export function buildNameIndex(kind: EntityKind, entries: readonly RegistryEntry[]): Result<NameIndex> {
  const diagnostics: Diagnostic[] = [];
  const entities = new Map<EntitySlug, Entity>();
  const byKey = new Map<string, EntitySlug>();
  const owner = new Map<string, { entry: RegistryEntry; asName: boolean }>();
  const spellings: string[] = [];
  const sources = new Map<EntitySlug, RegistryEntry>();
  const where = (e: RegistryEntry) => `the entry at ${e.file}${e.line === undefined ? "" : `:${e.line}`}`;

  for (const entry of entries) {
    const slug = makeEntitySlug(entry.name);
    const key = matchKey(entry.name);
    const previous = owner.get(key);
    if (previous) {
      const what = previous.asName ? "name" : "alias";
      diagnostics.push(error("duplicate-name", entry.file, entry.line, "name", `${JSON.stringify(entry.name)} is already the ${what} of ${JSON.stringify(previous.entry.name)} (${where(previous.entry)})`));
      continue;
    }
    if (entities.has(slug)) {
      const other = entities.get(slug)!;
      diagnostics.push(error("duplicate-slug", entry.file, entry.line, "name", `${JSON.stringify(entry.name)} has the same slug "${slug}" as ${JSON.stringify(other.name)}`));
      continue;
    }
    if (RESERVED_SLUGS.has(slug)) {
      diagnostics.push(error("reserved-slug", entry.file, entry.line, "name", `${JSON.stringify(entry.name)} has the slug "${slug}", a reserved path under /${KIND_FOLDER[kind]}/`));
      continue;
    }
    if (slug.length > MAX_SLUG_LENGTH) {
      diagnostics.push(error("bad-slug", entry.file, entry.line, "name", longSlug(entry.name, slug), "shorten the name; a longer form can go in aliases or description"));
      continue;
    }
    owner.set(key, { entry, asName: true });
    byKey.set(key, slug);
    spellings.push(entry.name);
    const aliases: string[] = [];
    for (const alias of entry.aliases) {
      if (alias.text.trim() === "") {
        diagnostics.push(error("bad-value", entry.file, alias.line, "aliases", "an alias is empty", "remove it, or write the other name"));
        continue;
      }
      const aliasKey = matchKey(alias.text);
      const holder = owner.get(aliasKey);
      if (holder?.entry === entry) {
        // Written exactly as the entry's name or an alias before it: a slip, shown once. (Another
        // spelling of the same name, Menaka for Ménaka, is kept: the page lists it.)
        const same = alias.text.trim() === entry.name.trim() ? "its name" : aliases.some((a) => a.trim() === alias.text.trim()) ? "one of its aliases" : undefined;
        if (same) {
          diagnostics.push(warning("duplicate-name", entry.file, alias.line, "aliases", `${JSON.stringify(alias.text)} is already ${same}`, "remove this alias"));
          continue;
        }
      }
      if (holder && holder.entry !== entry) {
        const what = holder.asName ? "the name" : "an alias";
        diagnostics.push(error("duplicate-name", entry.file, alias.line, "aliases", `${JSON.stringify(alias.text)} is already ${what} of ${JSON.stringify(holder.entry.name)} (${where(holder.entry)})`));
        continue;
      }
      if (!holder) {
        owner.set(aliasKey, { entry, asName: false });
        byKey.set(aliasKey, slug);
      }
      aliases.push(alias.text);
      spellings.push(alias.text);
    }
    sources.set(slug, entry);
    entities.set(slug, {
      kind,
      slug,
      name: entry.name,
      aliases,
      registered: true,
      type: entry.type,
      region: entry.region,
      country: entry.country,
      coordinates: entry.coordinates,
      description: entry.description,
      wikidata: entry.wikidata,
    });
  }
  return { value: { kind, entities, byKey, spellings, entries: sources }, diagnostics };
}

export function lookupName(index: NameIndex, text: string): Entity | undefined {
  return lookupKey(index, matchKey(text));
}

/** lookupName for a name whose match key is known. */
export function lookupKey(index: NameIndex, key: string): Entity | undefined {
  const slug = index.byKey.get(key);
  return slug === undefined ? undefined : index.entities.get(slug);
}

/** Why a name's slug is too long to be a folder. */
export function longSlug(name: string, slug: string): string {
  return `${JSON.stringify(`${name.slice(0, 40)}…`)} has a slug of ${slug.length} characters; ${SLUG_LENGTH_RULE}`;
}

/** An entity for a name used in articles but missing from the registry (SPEC §3). */
export function addUnregistered(index: NameIndex, text: string, key = matchKey(text)): Entity {
  const slug = makeEntitySlug(text.trim());
  const entity: Entity = {
    kind: index.kind,
    slug,
    name: text.trim(),
    aliases: [],
    registered: false,
    type: undefined,
    region: undefined,
    country: undefined,
    coordinates: undefined,
    description: undefined,
    wikidata: undefined,
  };
  index.entities.set(slug, entity);
  index.byKey.set(key, slug);
  return entity;
}
