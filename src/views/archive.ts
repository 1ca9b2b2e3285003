// Date archives: /archive/ (years and months with counts), /archive/<yyyy>/, /archive/<yyyy>/<mm>/.
import type { MonthBucket } from "../archive/index.ts";
import { monthName, monthOnly } from "../render/dates.ts";
import type { ViewContext } from "./context.ts";
import { href, outputPath, paths } from "./links.ts";
import type { ArchiveIndexView, ArchivePeriodView, Link } from "./types.ts";
import { monthBars } from "./month-bars.ts";

export function archiveIndexView(ctx: ViewContext): ArchiveIndexView {
  const { archive, t } = ctx;
  const site = archive.site;
  const years = groupByYear(archive.months).map(({ year, months }) => ({
    href: href(site, paths.year(year)),
    year,
    count: t.articleCount(months.reduce((n, m) => n + m.slugs.length, 0)),
    months: months.map((m) => ({ href: href(site, paths.month(m.year, m.month)), text: monthOnly(m.year, m.month, site.language), count: m.slugs.length })),
  }));
  const path = paths.archive();
  return { kind: "archive-index", outputPath: outputPath(path), chrome: ctx.chrome, head: ctx.head(path, t.archive, t.allArticles), heading: t.archive, years };
}

export function archivePeriodViews(ctx: ViewContext): ArchivePeriodView[] {
  const { archive, t } = ctx;
  const site = archive.site;
  const years = groupByYear(archive.months); // newest first
  const views: ArchivePeriodView[] = [];
  const up: Link = { href: href(site, paths.archive()), text: t.archive };
  years.forEach(({ year, months }, i) => {
    const newer = years[i - 1];
    const older = years[i + 1];
    const path = paths.year(year);
    const total = months.reduce((n, m) => n + m.slugs.length, 0);
    views.push({
      kind: "archive-year",
      outputPath: outputPath(path),
      chrome: ctx.chrome,
      head: ctx.head(path, t.articlesIn(String(year)), `${t.articlesIn(String(year))} — ${site.title}`),
      heading: String(year),
      count: t.articleCount(total),
      up,
      previous: older && { href: href(site, paths.year(older.year)), text: String(older.year) },
      next: newer && { href: href(site, paths.year(newer.year)), text: String(newer.year) },
      groups: months.map((m) => ({ heading: monthName(m.year, m.month, site.language), href: href(site, paths.month(m.year, m.month)), cards: m.slugs.map(ctx.card) })),
      monthBars: monthBars(ctx, year, months),
    });
  });
  archive.months.forEach((m, i) => {
    const newer = archive.months[i - 1];
    const older = archive.months[i + 1];
    const path = paths.month(m.year, m.month);
    const name = monthName(m.year, m.month, site.language);
    views.push({
      kind: "archive-month",
      outputPath: outputPath(path),
      chrome: ctx.chrome,
      head: ctx.head(path, t.articlesIn(name), `${t.articlesIn(name)} — ${site.title}`),
      heading: name,
      count: t.articleCount(m.slugs.length),
      up: { href: href(site, paths.year(m.year)), text: String(m.year) },
      previous: older && { href: href(site, paths.month(older.year, older.month)), text: monthName(older.year, older.month, site.language) },
      next: newer && { href: href(site, paths.month(newer.year, newer.month)), text: monthName(newer.year, newer.month, site.language) },
      groups: [{ heading: undefined, href: undefined, cards: m.slugs.map(ctx.card) }],
      monthBars: undefined,
    });
  });
  return views;
}

function groupByYear(months: readonly MonthBucket[]): { year: number; months: MonthBucket[] }[] {
  const years: { year: number; months: MonthBucket[] }[] = [];
  for (const m of months) {
    const last = years[years.length - 1];
    if (last && last.year === m.year) last.months.push(m);
    else years.push({ year: m.year, months: [m] });
  }
  return years;
}
