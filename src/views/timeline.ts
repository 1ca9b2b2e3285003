// The "articles per month" chart of an entity page, and its table alternative.
import type { Archive } from "../archive/index.ts";
import type { ArticleSlug } from "../model/slug.ts";
import { monthName } from "../render/dates.ts";
import { standalone } from "../render/standalone.ts";
import { timelineAxis, timelineSvg, type TimelineAxis, type TimelineBar } from "../render/timeline-svg.ts";
import type { ViewContext } from "./context.ts";
import type { TimelineFigure } from "./insight-types.ts";

/**
 * Every chart spans the whole archive, oldest month to newest: one x axis for all pages,
 * so that two entities' charts can be compared at a glance.
 */
interface MonthAxis {
  months: { year: number; month: number; name: string }[];
  indexOf: Map<ArticleSlug, number>;
  svg: TimelineAxis;
}

const axes = new WeakMap<Archive, MonthAxis>();

function monthAxis(archive: Archive): MonthAxis {
  const cached = axes.get(archive);
  if (cached) return cached;
  const buckets = [...archive.months].reverse(); // oldest first
  const months: MonthAxis["months"] = [];
  const indexOf = new Map<ArticleSlug, number>();
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  if (first && last) {
    for (let y = first.year, m = first.month; y < last.year || (y === last.year && m <= last.month); m === 12 ? (y++, (m = 1)) : m++) {
      months.push({ year: y, month: m, name: monthName(y, m, archive.site.language) });
    }
    for (const bucket of buckets) {
      const i = (bucket.year - first.year) * 12 + (bucket.month - first.month);
      for (const slug of bucket.slugs) indexOf.set(slug, i);
    }
  }
  const axis = { months, indexOf, svg: timelineAxis(months) };
  axes.set(archive, axis);
  return axis;
}

/** The chart of some articles (an entity's), or undefined when there are none. `name`, for the
 *  chart's title and the table's caption: isolated (ctx.isolated) when it needs to be. */
export function timelineFigure(ctx: ViewContext, slugs: readonly ArticleSlug[], name: string, id = "timeline"): TimelineFigure | undefined {
  if (slugs.length === 0) return undefined;
  const { t } = ctx;
  const axis = monthAxis(ctx.archive);
  const counts = new Map<number, number>();
  for (const slug of slugs) {
    const i = axis.indexOf.get(slug);
    if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  const used = [...counts].sort((a, b) => a[0] - b[0]).map(([index, count]) => ({ index, count, name: axis.months[index]!.name }));
  const bars: TimelineBar[] = used.map((m) => ({ index: m.index, count: m.count, label: t.dotLabel(m.name, t.articleCount(m.count)) }));
  // The busiest month; the earliest of equals, so that the sentence never changes by itself.
  const peak = used.reduce((best, m) => (m.count > best.count ? m : best), used[0]!);
  const description = t.timelineDescription(t.articleCount(slugs.length), used[0]!.name, used[used.length - 1]!.name, peak.name, peak.count);
  return {
    heading: t.articlesPerMonth,
    svgHtml: timelineSvg({ id, title: t.timelineTitle(name), description, axis: axis.svg, bars, number: t.number }).value,
    tableSummary: t.showAsTable,
    tableCaption: t.timelineTitle(name),
    columns: [t.month, t.articlesColumn],
    rows: used.map((m) => ({ text: standalone(m.name, ctx.archive.site.language), count: t.number(m.count) })),
  };
}
