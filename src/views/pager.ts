// Pagers of paginated lists (an entity's articles, a thread's): links to the first and last
// pages and to those around the current one.
import type { ViewContext } from "./context.ts";
import { href } from "./links.ts";
import type { Pager } from "./types.ts";

/** What every page of one list shares: each page's link, by number (1 first). */
export interface BasePager {
  label: string;
  newerText: string;
  olderText: string;
  hrefs: string[];
}

export function pager(ctx: ViewContext, pages: { path: string; number: number }[]): BasePager | undefined {
  if (pages.length < 2) return undefined;
  const site = ctx.archive.site;
  return { label: ctx.t.pagination, newerText: ctx.t.newer, olderText: ctx.t.older, hrefs: pages.map((p) => href(site, p.path)) };
}

/** How many numbers either side of the current page a pager shows. */
export const PAGER_WINDOW = 2;

/**
 * Per-page pagers: this page marked, its neighbours linked, and the numbers of the first and
 * last pages and of those around this one (as Hugo's and Eleventy's pagers do). Every number
 * on every page made the pager grow with the square of the pages: a place of 161 pages carried
 * 320 links on each.
 */
export function pagerFor(base: BasePager | undefined, number: number): Pager | undefined {
  if (!base) return undefined;
  const last = base.hrefs.length;
  const numbers = [1];
  for (let n = Math.max(2, number - PAGER_WINDOW); n <= Math.min(last, number + PAGER_WINDOW); n++) numbers.push(n);
  if (numbers[numbers.length - 1] !== last) numbers.push(last);
  const pages: Pager["pages"] = [];
  const page = (n: number) => pages.push({ href: base.hrefs[n - 1]!, number: n, current: n === number });
  numbers.forEach((n, i) => {
    const before = numbers[i - 1];
    // A gap of one number shows that number: "1 … 3" says no more than "1 2 3".
    if (before !== undefined && n - before === 2) page(n - 1);
    else if (before !== undefined && n - before > 2) pages.push({ gap: true });
    page(n);
  });
  return {
    label: base.label,
    newerText: base.newerText,
    olderText: base.olderText,
    newer: number > 1 ? base.hrefs[number - 2] : undefined,
    older: number < last ? base.hrefs[number] : undefined,
    pages,
  };
}
