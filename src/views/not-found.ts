// /404.html: what a static host serves for a missing path, at any depth. So its links are
// prefix-absolute, like every link of the site, and never relative to where the reader is.
import type { ViewContext } from "./context.ts";
import { href, outputPath, paths } from "./links.ts";
import type { NotFoundView } from "./types.ts";

export function notFoundView(ctx: ViewContext): NotFoundView {
  const { t } = ctx;
  const site = ctx.archive.site;
  const path = paths.notFound();
  return {
    kind: "not-found",
    outputPath: outputPath(path),
    chrome: ctx.chrome,
    // No section: the nav marks no item as current. noindex: keeps the page out of search
    // results and out of the sitemap.
    head: { ...ctx.head(path, t.notFound, t.notFoundMessage), section: undefined, robots: "noindex" },
    heading: t.notFound,
    message: t.notFoundMessage,
    links: [
      { href: href(site, paths.home()), text: t.home },
      { href: href(site, paths.entityIndex("place")), text: t.places },
      { href: href(site, paths.entityIndex("actor")), text: t.actors },
      { href: href(site, paths.entityIndex("region")), text: t.regions },
      { href: href(site, paths.archive()), text: t.allArticles },
    ],
  };
}
