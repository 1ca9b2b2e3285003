// The home page: latest articles and the ways into the archive.
import type { ViewContext } from "./context.ts";
import { href, outputPath, paths } from "./links.ts";
import type { HomeView } from "./types.ts";

export function homeView(ctx: ViewContext): HomeView {
  const { archive, t } = ctx;
  const site = archive.site;
  const path = paths.home();
  return {
    kind: "home",
    outputPath: outputPath(path),
    chrome: ctx.chrome,
    head: ctx.head(path, site.title, site.description || site.title),
    cards: archive.articles.slice(0, site.pageSize).map((a) => ctx.card(a.slug)),
    indexes: [
      { href: href(site, paths.entityIndex("place")), text: t.places, count: t.number(archive.entities.place.length) },
      { href: href(site, paths.entityIndex("actor")), text: t.actors, count: t.number(archive.entities.actor.length) },
      { href: href(site, paths.entityIndex("region")), text: t.regions, count: t.number(archive.entities.region.length) },
      { href: href(site, paths.archive()), text: t.archive, count: t.articleCount(archive.articles.length) },
    ],
    archiveHref: href(site, paths.archive()),
  };
}
