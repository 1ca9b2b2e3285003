// views: the Archive → one plain-data view per output page, grouped by template.
import type { MarkdownIt } from "markdown-it";
import type { Archive } from "../archive/index.ts";
import { ENTITY_KINDS } from "../model/entity.ts";
import { archiveIndexView, archivePeriodViews } from "./archive.ts";
import { articleViews } from "./article.ts";
import { makeContext } from "./context.ts";
import { azView, entityViews } from "./entity.ts";
import { homeView } from "./home.ts";
import { feedViews } from "./feeds.ts";
import { notFoundView } from "./not-found.ts";
import { robotsView, sitemapViews } from "./sitemap.ts";
import type { SiteViews } from "./types.ts";
import { threadIndexView, threadViews } from "./threads.ts";
import { aliasRedirectViews } from "./alias-redirects.ts";
import { dataExportViews } from "./data-exports.ts";
import { searchView } from "./search.ts";

export function siteViews(archive: Archive, md: MarkdownIt): SiteViews {
  const ctx = makeContext(archive, md);
  const feeds = feedViews(ctx);
  const views: Omit<SiteViews, "sitemap"> = {
    home: [homeView(ctx)],
    article: articleViews(ctx),
    entity: ENTITY_KINDS.flatMap((kind) => entityViews(ctx, kind)),
    az: ENTITY_KINDS.map((kind) => azView(ctx, kind)),
    archiveIndex: [archiveIndexView(ctx)],
    archivePeriod: archivePeriodViews(ctx),
    notFound: [notFoundView(ctx)],
    feed: feeds.atom,
    jsonFeed: feeds.json,
    robots: [robotsView(ctx)],
    thread: threadViews(ctx),
    threadIndex: [threadIndexView(ctx)],
    aliasRedirect: aliasRedirectViews(ctx),
    dataExport: dataExportViews(ctx),
    search: [searchView(ctx)],
  };
  // Last, so that it lists every HTML page above, whichever view built it.
  return { ...views, sitemap: sitemapViews(ctx, Object.values(views).flat()) };
}

export function countViews(views: SiteViews): number {
  return Object.values(views).reduce((n, list) => n + list.length, 0);
}
