// views: the Archive → one plain-data view per output page, grouped by template.
import type { MarkdownIt } from "markdown-it";
import type { Archive } from "../archive/index.ts";
import { ENTITY_KINDS } from "../model/entity.ts";
import { archiveIndexView, archivePeriodViews } from "./archive.ts";
import { articleViews } from "./article.ts";
import { makeContext } from "./context.ts";
import { azView, entityViews } from "./entity.ts";
import { homeView } from "./home.ts";
import type { SiteViews } from "./types.ts";

export function siteViews(archive: Archive, md: MarkdownIt): SiteViews {
  const ctx = makeContext(archive, md);
  return {
    home: [homeView(ctx)],
    article: articleViews(ctx),
    entity: ENTITY_KINDS.flatMap((kind) => entityViews(ctx, kind)),
    az: ENTITY_KINDS.map((kind) => azView(ctx, kind)),
    archiveIndex: [archiveIndexView(ctx)],
    archivePeriod: archivePeriodViews(ctx),
  };
}

export function countViews(views: SiteViews): number {
  return Object.values(views).reduce((n, list) => n + list.length, 0);
}
