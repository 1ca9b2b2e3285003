// Redirect pages at alias slugs (/places/in-afarak/ → /places/inafarak/): old links keep working.
import { aliasPages } from "../archive/alias-pages.ts";
import { ENTITY_KINDS } from "../model/entity.ts";
import type { ViewContext } from "./context.ts";
import type { AliasRedirectView } from "./insight-types.ts";
import { absoluteUrl, href, outputPath, paths } from "./links.ts";

export function aliasRedirectViews(ctx: ViewContext): AliasRedirectView[] {
  const { archive, t } = ctx;
  const site = archive.site;
  return ENTITY_KINDS.flatMap((kind) =>
    aliasPages(kind, archive.entities[kind]).map((page) => {
      const path = paths.entity(kind, page.slug);
      const target = paths.entity(kind, page.target.slug);
      // Sentences a reader sees, the names in them isolated (plain text: no <bdi> in <title>).
      const [alias, name] = [ctx.isolated(page.alias), ctx.isolated(page.target.name)];
      return {
        kind: "alias-redirect" as const,
        outputPath: outputPath(path),
        chrome: ctx.chrome,
        // The canonical URL is the entity's: search engines fold the alias into it.
        head: { ...ctx.head(path, page.target.name, t.aliasOf(page.alias, page.target.name), { documentTitle: name }), canonical: absoluteUrl(site, target), robots: "noindex" },
        alias: page.alias,
        target: { href: href(site, target), text: t.goTo(name) },
        message: t.aliasOf(alias, name),
      };
    }),
  );
}
