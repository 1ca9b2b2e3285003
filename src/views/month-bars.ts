// The twelve months of a year archive page as a small bar list: how the year's coverage ran.
import type { MonthBucket } from "../archive/index.ts";
import { monthOnly } from "../render/dates.ts";
import { standalone } from "../render/standalone.ts";
import type { ViewContext } from "./context.ts";
import type { MonthBar } from "./insight-types.ts";
import { href, paths } from "./links.ts";

/** January to December; a month without articles has no link (its page does not exist). */
export function monthBars(ctx: ViewContext, year: number, months: readonly MonthBucket[]): MonthBar[] {
  const site = ctx.archive.site;
  const counts = new Map(months.filter((m) => m.year === year).map((m) => [m.month, m.slugs.length]));
  const max = Math.max(0, ...counts.values());
  return Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    const count = counts.get(month) ?? 0;
    return {
      text: standalone(monthOnly(year, month, site.language), site.language),
      href: count > 0 ? href(site, paths.month(year, month)) : undefined,
      count: ctx.t.number(count),
      share: max > 0 ? Math.round((count / max) * 1000) / 1000 : 0,
    };
  });
}
