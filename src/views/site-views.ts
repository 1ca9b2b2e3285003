// views: the Archive → one plan per output page, grouped by template; a plan builds its
// plain-data view on demand, so a rebuild builds only the views of pages that changed.
import type { MarkdownIt } from "markdown-it";
import type { Archive } from "../archive/index.ts";
import { ENTITY_KINDS, entityKey, type EntityKind } from "../model/entity.ts";
import { archiveIndexView, archivePeriodPlans } from "./archive.ts";
import { articlePlans } from "./article.ts";
import { makeContext } from "./context.ts";
import { azView, entityPlans } from "./entity.ts";
import { homeView } from "./home.ts";
import { feedPlans } from "./feeds.ts";
import { notFoundView } from "./not-found.ts";
import { robotsView, sitemapOutputPaths, sitemapViews } from "./sitemap.ts";
import type { SiteViews } from "./types.ts";
import { threadIndexView, threadPlans } from "./threads.ts";
import { aliasRedirectViews } from "./alias-redirects.ts";
import { dataExportPlans } from "./data-exports.ts";
import { searchView } from "./search.ts";
import { built, together, type PagePlan } from "./page-plan.ts";
import { outputPath, paths } from "./links.ts";

export type SitePlans = { [K in keyof SiteViews]: PagePlan<SiteViews[K][number]>[] };

/** Kinds whose pages go in the sitemap: the rest are not HTML, redirects, or noindex. */
const LISTED: readonly (keyof SiteViews)[] = ["home", "article", "entity", "az", "archiveIndex", "archivePeriod", "thread", "threadIndex"];

/** @param codeVersion digest of the code and templates, part of every fingerprint. */
export function sitePlans(archive: Archive, md: MarkdownIt, codeVersion = ""): SitePlans {
  const ctx = makeContext(archive, md, codeVersion);
  const { inputs } = ctx;
  const feeds = feedPlans(ctx);
  const all = archive.articles.map((a) => a.slug);
  const counts = (kind: EntityKind) => archive.entities[kind].map((e) => archive.articlesOf.get(entityKey(e))?.length ?? 0).join(" ");
  const one = <V>(path: string, fingerprint: string, make: () => V) => together([outputPath(path)], fingerprint, () => [make()]);
  const plans: Omit<SitePlans, "sitemap"> = {
    home: one(paths.home(), inputs.page("home", inputs.articles(all.slice(0, archive.site.pageSize)), all.length, ENTITY_KINDS.map((k) => archive.entities[k].length).join(" ")), () => homeView(ctx)),
    article: articlePlans(ctx),
    entity: ENTITY_KINDS.flatMap((kind) => entityPlans(ctx, kind)),
    // Every entity of the kind, its count, and (places) its dot on the map.
    az: ENTITY_KINDS.flatMap((kind) => one(paths.entityIndex(kind), inputs.page("az", kind, counts(kind)), () => azView(ctx, kind))),
    archiveIndex: one(paths.archive(), inputs.page("archive-index", archive.months.map((m) => `${m.year}-${m.month}:${m.slugs.length}`).join(" ")), () => archiveIndexView(ctx)),
    archivePeriod: archivePeriodPlans(ctx),
    notFound: built([notFoundView(ctx)]),
    feed: feeds.atom,
    jsonFeed: feeds.json,
    robots: built([robotsView(ctx)]),
    thread: threadPlans(ctx),
    threadIndex: one(paths.threads(), inputs.page("thread-index", archive.threads.threads.map((t) => `${t.slug}:${inputs.articles(t.members)}`).join(" ")), () => threadIndexView(ctx)),
    // Redirects show only entity names and registry aliases: part of every fingerprint.
    aliasRedirect: aliasRedirectViews(ctx).map((view) => ({ outputPath: view.outputPath, fingerprint: inputs.page("alias-redirect"), view: () => view })),
    dataExport: dataExportPlans(ctx),
    search: built([searchView(ctx)]),
  };
  const listed = listedPaths(plans);
  return { ...plans, sitemap: together(sitemapOutputPaths(new Set(listed).size), inputs.page("sitemap", listed.join(" "), inputs.meta(all)), () => sitemapViews(ctx, listed)) };
}

/** The site path of every page the sitemap lists, in site order. */
export function listedPaths(plans: Partial<SitePlans>): string[] {
  return LISTED.flatMap((key) => (plans[key] ?? []).map((plan) => `/${plan.outputPath.replace(/index\.html$/, "")}`));
}

/** Every view built: for Eleventy, which paginates over plain data, and for tests. */
export function siteViews(archive: Archive, md: MarkdownIt): SiteViews {
  const plans = sitePlans(archive, md);
  return Object.fromEntries(Object.entries(plans).map(([key, list]) => [key, (list as PagePlan<unknown>[]).map((p) => p.view())])) as unknown as SiteViews;
}

export function countViews(views: SiteViews | SitePlans): number {
  return Object.values(views).reduce((n, list) => n + list.length, 0);
}
