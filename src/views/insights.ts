// Entity insights: who and where an entity appears with most, and a place's neighbours.
import type { Ranked } from "../archive/cooccurrence.ts";
import { entityKey, type Entity } from "../model/entity.ts";
import type { ViewContext } from "./context.ts";
import type { InsightList } from "./insight-types.ts";

export function entityInsights(ctx: ViewContext, entity: Entity): InsightList[] {
  const { archive, t } = ctx;
  const key = entityKey(entity);
  const ranked = (id: string, heading: string, list: readonly Ranked[] | undefined): InsightList => ({
    id,
    heading,
    items: (list ?? []).map((r) => {
      const link = ctx.entityLink(r.ref);
      return { href: link.href, text: link.text, detail: t.articleCount(r.count) };
    }),
  });
  const lists: InsightList[] = [];
  if (entity.kind === "actor") {
    lists.push(ranked("with-actors", t.appearsWithActors, archive.cooccurrence.actors.get(key)));
    lists.push(ranked("with-places", t.appearsInPlaces, archive.cooccurrence.places.get(key)));
  } else {
    lists.push(ranked("actors-here", t.actorsHere, archive.cooccurrence.actors.get(key)));
  }
  if (entity.kind === "place") {
    lists.push({
      id: "nearest",
      heading: t.nearestPlaces,
      items: (archive.nearest.get(entity.slug) ?? []).map((n) => ({ ...ctx.entityLink({ kind: "place", slug: n.slug }), detail: t.distanceKm(Math.round(n.km)) })),
    });
  }
  return lists.filter((l) => l.items.length > 0);
}
