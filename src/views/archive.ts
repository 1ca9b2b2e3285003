// Date archives: /archive/ (years and months with counts), /archive/<yyyy>/, /archive/<yyyy>/<mm>/.
import type { MonthBucket } from "../archive/index.ts";
import { monthName, monthOnly } from "../render/dates.ts";
import { standalone } from "../render/standalone.ts";
import type { ViewContext } from "./context.ts";
import { href, outputPath, paths } from "./links.ts";
import type { ArchiveIndexView, ArchivePeriodView } from "./types.ts";
import { monthBars } from "./month-bars.ts";
import type { PagePlan } from "./page-plan.ts";

export function archiveIndexView(ctx: ViewContext): ArchiveIndexView {
  const { archive, t } = ctx;
  const site = archive.site;
  const years = groupByYear(archive.months).map(({ year, months }) => ({
    href: href(site, paths.year(year)),
    year,
    count: t.articleCount(months.reduce((n, m) => n + m.slugs.length, 0)),
    months: months.map((m) => ({ href: href(site, paths.month(m.year, m.month)), text: standalone(monthOnly(m.year, m.month, site.language), site.language), count: t.number(m.slugs.length) })),
  }));
  const path = paths.archive();
  return { kind: "archive-index", outputPath: outputPath(path), chrome: ctx.chrome, head: ctx.head(path, t.archive, t.allArticles), heading: t.archive, years };
}

export function archivePeriodPlans(ctx: ViewContext): PagePlan<ArchivePeriodView>[] {
  const { archive, inputs } = ctx;
  const years = groupByYear(archive.months); // newest first
  const neighbours = (list: readonly unknown[], i: number) => `${i > 0} ${i < list.length - 1}`;
  const yearPlans = years.map(({ year, months }, i): PagePlan<ArchivePeriodView> => ({
    outputPath: outputPath(paths.year(year)),
    fingerprint: inputs.page(
      "year",
      year,
      neighbours(years, i),
      years[i - 1]?.year,
      years[i + 1]?.year,
      months.map((m) => `${m.month}:${inputs.articles(m.slugs)}`).join(" "),
    ),
    view: () => yearView(ctx, years, i),
  }));
  const monthPlans = archive.months.map((m, i): PagePlan<ArchivePeriodView> => {
    const newer = archive.months[i - 1];
    const older = archive.months[i + 1];
    return {
      outputPath: outputPath(paths.month(m.year, m.month)),
      fingerprint: inputs.page("month", m.year, m.month, newer && `${newer.year}-${newer.month}`, older && `${older.year}-${older.month}`, inputs.articles(m.slugs)),
      view: () => monthView(ctx, i),
    };
  });
  return [...yearPlans, ...monthPlans];
}

function yearView(ctx: ViewContext, years: readonly YearGroup[], i: number): ArchivePeriodView {
  const { archive, t } = ctx;
  const site = archive.site;
  const { year, months } = years[i]!;
  const newer = years[i - 1];
  const older = years[i + 1];
  const path = paths.year(year);
  const total = months.reduce((n, m) => n + m.slugs.length, 0);
  return {
    kind: "archive-year",
    outputPath: outputPath(path),
    chrome: ctx.chrome,
    head: ctx.head(path, t.articlesIn(String(year)), `${t.articlesIn(String(year))} — ${site.title}`),
    heading: String(year),
    count: t.articleCount(total),
    up: { href: href(site, paths.archive()), text: t.archive },
    previous: older && { href: href(site, paths.year(older.year)), text: String(older.year) },
    next: newer && { href: href(site, paths.year(newer.year)), text: String(newer.year) },
    groups: months.map((m) => ({ heading: standalone(monthName(m.year, m.month, site.language), site.language), href: href(site, paths.month(m.year, m.month)), cards: m.slugs.map(ctx.card) })),
    monthBars: monthBars(ctx, year, months),
  };
}

function monthView(ctx: ViewContext, i: number): ArchivePeriodView {
  const { archive, t } = ctx;
  const site = archive.site;
  const m = archive.months[i]!;
  const newer = archive.months[i - 1];
  const older = archive.months[i + 1];
  const path = paths.month(m.year, m.month);
  const name = monthName(m.year, m.month, site.language);
  return {
    kind: "archive-month",
    outputPath: outputPath(path),
    chrome: ctx.chrome,
    head: ctx.head(path, t.articlesIn(name), `${t.articlesIn(name)} — ${site.title}`),
    heading: standalone(name, site.language),
    count: t.articleCount(m.slugs.length),
    up: { href: href(site, paths.year(m.year)), text: String(m.year) },
    previous: older && { href: href(site, paths.month(older.year, older.month)), text: monthName(older.year, older.month, site.language) },
    next: newer && { href: href(site, paths.month(newer.year, newer.month)), text: monthName(newer.year, newer.month, site.language) },
    groups: [{ heading: undefined, href: undefined, cards: m.slugs.map(ctx.card) }],
    monthBars: undefined,
  };
}

interface YearGroup {
  year: number;
  months: MonthBucket[];
}

function groupByYear(months: readonly MonthBucket[]): YearGroup[] {
  const years: YearGroup[] = [];
  for (const m of months) {
    const last = years[years.length - 1];
    if (last && last.year === m.year) last.months.push(m);
    else years.push({ year: m.year, months: [m] });
  }
  return years;
}
