// /search/: the page the header's search form leads to. What the script needs is on the page
// (where the index is, the strings), so one static file serves any query: `/search/?q=Kidal`.
import type { ViewContext } from "./context.ts";
import { href, outputPath, paths } from "./links.ts";
import type { SearchView } from "./types.ts";
import { RTL_SCRIPTS } from "../model/language-direction.ts";
import { BIDI_CONTROL } from "../content/bidi-controls.ts";

export function searchView(ctx: ViewContext): SearchView {
  const { archive, t } = ctx;
  const site = archive.site;
  const path = paths.search();
  return {
    kind: "search",
    outputPath: outputPath(path),
    chrome: ctx.chrome,
    // noindex: a results page holds nothing of its own for crawlers, and the sitemap leaves it out.
    head: { ...ctx.head(path, t.search.title, t.search.description), robots: "noindex" },
    heading: t.search.title,
    manifestHref: href(site, paths.searchManifest()),
    timezone: site.timezone,
    scriptHref: href(site, "/assets/search.js"),
    cssHref: href(site, "/assets/search.css"),
    browse: [
      { href: href(site, paths.entityIndex("place")), text: t.places },
      { href: href(site, paths.entityIndex("actor")), text: t.actors },
      { href: href(site, paths.entityIndex("region")), text: t.regions },
      { href: href(site, paths.archive()), text: t.archive },
      { href: href(site, paths.threads()), text: t.threads },
    ],
    filters: [
      { key: "place", label: t.place },
      { key: "actor", label: t.actor },
      { key: "region", label: t.region },
      { key: "year", label: t.search.year },
    ],
    rtlScripts: RTL_SCRIPTS,
    bidiControl: BIDI_CONTROL.source,
  };
}
