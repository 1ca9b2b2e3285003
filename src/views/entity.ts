// Entity pages (/places/<slug>/ and page/<n>/) and the A–Z indexes of each kind.
import { entityKey, type Entity, type EntityKind } from "../model/entity.ts";
import { paginate, type PageSlice } from "../archive/paginate.ts";
import { regionByPlace } from "../archive/region-places.ts";
import type { ViewContext } from "./context.ts";
import { fill } from "../render/i18n/fill.ts";
import { formatCoordinates } from "../render/coordinates.ts";
import { href, outputPath, paths } from "./links.ts";
import { entityFeedLink } from "./feeds.ts";
import { entityJsonLd } from "./seo-entity.ts";
import type { AzView, EntityView } from "./types.ts";
import { pager, pagerFor, type BasePager } from "./pager.ts";
import { entityExtras, NO_EXTRAS } from "./entity-extras.ts";
import { placesIndexMap } from "./maps.ts";
import type { PagePlan } from "./page-plan.ts";
import type { ArticleSlug } from "../model/slug.ts";
import { nameCollator } from "../model/name-order.ts";

export function entityPlans(ctx: ViewContext, kind: EntityKind): PagePlan<EntityView>[] {
  const { archive, inputs } = ctx;
  const plans: PagePlan<EntityView>[] = [];
  for (const entity of archive.entities[kind]) {
    const slugs = archive.articlesOf.get(entityKey(entity)) ?? [];
    const pages = paginate(slugs, archive.site.pageSize, paths.entity(kind, entity.slug));
    let basePager: BasePager | undefined | null = null;
    for (const page of pages) {
      plans.push({
        outputPath: outputPath(page.path),
        fingerprint: inputs.page(
          "entity",
          entityKey(entity),
          page.number,
          page.total,
          slugs.length,
          inputs.articles(page.items),
          // Page 1's timeline, insights and map: all its articles, the archive's span of
          // months (every timeline's axis), and the counts of the places on its map.
          page.number === 1 ? extrasInputs(ctx, entity, slugs) : undefined,
        ),
        view: () => entityPage(ctx, entity, slugs, pages, (basePager ??= pager(ctx, pages) ?? undefined), page.number),
      });
    }
  }
  return plans;
}

function extrasInputs(ctx: ViewContext, entity: Entity, slugs: readonly ArticleSlug[]): string {
  const { archive, inputs } = ctx;
  const months = archive.months;
  const span = months.length ? `${months[0]!.year}-${months[0]!.month} ${months[months.length - 1]!.year}-${months[months.length - 1]!.month}` : "";
  const mapped = entity.kind === "place" ? (archive.nearest.get(entity.slug) ?? []).map((n) => n.slug) : entity.kind === "region" ? (archive.placesOfRegion.get(entity.slug) ?? []) : [];
  const counts = mapped.map((slug) => `${slug}:${archive.articlesOf.get(entityKey({ kind: "place", slug }))?.length ?? 0}`);
  if (entity.kind === "place") counts.push(`${entity.slug}:${slugs.length}`);
  return `${span}\u0000${counts.join(" ")}\u0000${inputs.meta(slugs)}`;
}

function entityPage(ctx: ViewContext, entity: Entity, slugs: readonly ArticleSlug[], pages: readonly PageSlice<ArticleSlug>[], basePager: BasePager | undefined, number: number): EntityView {
  const { archive, t } = ctx;
  const site = archive.site;
  const kind = entity.kind;
  const kindLabel = { place: t.place, actor: t.actor, region: t.region }[kind];
  const page = pages[number - 1]!;
  const descriptionHtml = entity.description ? ctx.md.render(entity.description, { pathPrefix: site.pathPrefix }) : undefined;
  const summary = entity.description?.replace(/[*_`#>\[\]]/g, "").trim() || `${fill(t.kindNamed, { kind: kindLabel, name: entity.name })} — ${t.articleCount(slugs.length)}`;
  // The kind is in the title: a place and a region often share a name (Kidal, Gao), and two
  // pages of one title are one result to a search engine and a reader's tabs.
  const titled = (name: string) => {
    const named = `${name} — ${kindLabel}`;
    return page.number === 1 ? named : `${named} — ${t.pageOf(page.number, page.total)}`;
  };
  const title = titled(entity.name);
  return {
    kind: "entity",
    outputPath: outputPath(page.path),
    chrome: ctx.chrome,
    head: ctx.head(page.path, title, summary, {
      documentTitle: titled(ctx.isolated(entity.name)),
      prev: page.number > 1 ? href(site, pages[page.number - 2]!.path) : undefined,
      next: page.number < page.total ? href(site, pages[page.number]!.path) : undefined,
      jsonLd: entityJsonLd(ctx, entity, entity.description ? summary : undefined),
      feeds: [entityFeedLink(ctx, entity)],
    }),
    entityKind: kind,
    kindLabel,
    name: entity.name,
    // A registry's `kind: region` on a region says again what the kicker says: shown once.
    typeLabel: entity.type?.trim().toLowerCase() === kindLabel.toLowerCase() ? undefined : entity.type,
    aliases: entity.aliases,
    facts: facts(ctx, entity),
    descriptionHtml,
    registered: entity.registered,
    count: t.articleCount(slugs.length),
    cards: page.items.map(ctx.card),
    pager: pagerFor(basePager, page.number),
    indexHref: href(site, paths.entityIndex(kind)),
    ...(page.number === 1 ? entityExtras(ctx, entity, slugs) : NO_EXTRAS),
  };
}

function facts(ctx: ViewContext, entity: Entity): EntityView["facts"] {
  const { t, archive } = ctx;
  const out: EntityView["facts"] = [];
  if (entity.region) {
    // The region the archive placed it in (region-places.ts: by name or alias, case and accents
    // aside), as its map and the region's page have it.
    const slug = regionByPlace(archive.placesOfRegion).get(entity.slug);
    const region = slug === undefined ? undefined : archive.entities.region.find((r) => r.slug === slug);
    out.push({ label: t.region, value: region?.name ?? entity.region, href: region ? href(archive.site, paths.entity("region", region.slug)) : undefined });
  }
  if (entity.country) out.push({ label: t.country, value: entity.country });
  if (entity.coordinates) {
    out.push({ label: t.coordinates, value: formatCoordinates(entity.coordinates, archive.site.language, t) });
  }
  if (entity.wikidata) out.push({ label: t.wikidata, value: entity.wikidata, href: `https://www.wikidata.org/wiki/${entity.wikidata}` });
  return out;
}

export function azView(ctx: ViewContext, kind: EntityKind): AzView {
  const { archive, t } = ctx;
  const site = archive.site;
  const heading = { place: t.places, actor: t.actors, region: t.regions }[kind];
  const collator = nameCollator(site.language);
  const items = archive.entities[kind]
    .map((e) => {
      const count = archive.articlesOf.get(entityKey(e))?.length ?? 0;
      return { href: href(site, paths.entity(kind, e.slug)), name: e.name, count, countText: t.articleCount(count), aliases: e.aliases };
    })
    .sort((a, b) => collator.compare(a.name, b.name) || (a.href < b.href ? -1 : 1));
  const byLetter = new Map<string, AzView["groups"][number]>();
  for (const item of items) {
    const first = item.name.normalize("NFKD").replace(/\p{M}/gu, "").charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : "#";
    const group = byLetter.get(letter) ?? { letter, id: letter === "#" ? "other" : `letter-${letter.toLowerCase()}`, items: [] };
    group.items.push(item);
    byLetter.set(letter, group);
  }
  // Letters A–Z first, then everything that does not start with a Latin letter.
  const groups = [...byLetter.values()].sort((a, b) => (a.letter === "#" ? 1 : b.letter === "#" ? -1 : a.letter < b.letter ? -1 : 1));
  const path = paths.entityIndex(kind);
  return {
    kind: "az",
    outputPath: outputPath(path),
    chrome: ctx.chrome,
    head: ctx.head(path, t.indexOf(heading), `${t.indexOf(heading)} — ${site.title}`),
    entityKind: kind,
    heading: t.indexOf(heading),
    letters: groups.map((g) => ({ letter: g.letter, id: g.id })),
    groups,
    map: kind === "place" ? placesIndexMap(ctx) : undefined,
  };
}

