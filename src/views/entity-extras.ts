// What an entity's first page shows beyond its articles: map, timeline and insights.
import type { Entity } from "../model/entity.ts";
import type { ArticleSlug } from "../model/slug.ts";
import type { ViewContext } from "./context.ts";
import type { EntityExtras } from "./insight-types.ts";
import { entityInsights } from "./insights.ts";
import { placeLocator, regionMap } from "./maps.ts";
import { timelineFigure } from "./timeline.ts";

/** Pages 2 and after list articles only: the extras would repeat, and cost, on every page. */
export const NO_EXTRAS: EntityExtras = { map: undefined, timeline: undefined, insights: [] };

export function entityExtras(ctx: ViewContext, entity: Entity, slugs: readonly ArticleSlug[]): EntityExtras {
  return {
    map: entity.kind === "place" ? placeLocator(ctx, entity) : entity.kind === "region" ? regionMap(ctx, entity) : undefined,
    timeline: timelineFigure(ctx, slugs, ctx.isolated(entity.name)),
    insights: entityInsights(ctx, entity),
  };
}
