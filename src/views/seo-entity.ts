// schema.org JSON-LD for entity pages: a Place (places, regions) or an Organization (actors),
// with its other names and, when the registry knows them, coordinates and Wikidata item.
import type { Entity } from "../model/entity.ts";
import type { ViewContext } from "./context.ts";
import { absoluteUrl, paths } from "./links.ts";

/** @param description plain text, only when the registry describes the entity. */
export function entityJsonLd(ctx: ViewContext, entity: Entity, description: string | undefined): unknown {
  const site = ctx.archive.site;
  const url = absoluteUrl(site, paths.entity(entity.kind, entity.slug));
  // Same lookup as the page's "Region" fact: the registry name or one of its aliases.
  const region = entity.kind === "place" && entity.region !== undefined
    ? ctx.archive.entities.region.find((r) => r.name === entity.region || r.aliases.includes(entity.region!))
    : undefined;
  return {
    "@context": "https://schema.org",
    "@type": entity.kind === "actor" ? "Organization" : "Place",
    name: entity.name,
    ...(entity.aliases.length ? { alternateName: entity.aliases } : {}),
    ...(description ? { description } : {}),
    url,
    mainEntityOfPage: url,
    ...(entity.coordinates ? { geo: { "@type": "GeoCoordinates", latitude: entity.coordinates[0], longitude: entity.coordinates[1] } } : {}),
    ...(region ? { containedInPlace: { "@type": "Place", name: region.name, url: absoluteUrl(site, paths.entity("region", region.slug)) } } : {}),
    ...(entity.wikidata ? { sameAs: `https://www.wikidata.org/wiki/${entity.wikidata}` } : {}),
  };
}
