// /archive/<yyyy>/ and /archive/<yyyy>/<mm>/ — a year by month, or one month.
import { html } from "../src/render/html.ts";
import type { ArchivePeriodView } from "../src/views/types.ts";
import { layout } from "./parts/layout.ts";
import { arrows } from "./parts/arrows.ts";
import { cardList, compactCardList } from "./parts/cards.ts";
import { monthBarList } from "./parts/figures.ts";

export const data = {
  pagination: { data: "views.archivePeriod", size: 1, alias: "view", addAllPagesToCollections: false },
  permalink: (d: { view: ArchivePeriodView }) => d.view.outputPath,
  eleventyExcludeFromCollections: true,
};

export function render({ view }: { view: ArchivePeriodView }): string {
  const { t, dir } = view.chrome;
  const { back, forward } = arrows(dir);
  const isYear = view.kind === "archive-year";
  const main = html`<header class="period-header">
<p class="kicker"><a href="${view.up.href}">${view.up.text}</a></p>
<h1>${view.heading}</h1>
<p class="count">${view.count}</p>
${monthBarList(view.monthBars)}
</header>
${view.groups.map((g) =>
  g.heading ? html`<section class="month-group"><h2><a href="${g.href}">${g.heading}</a></h2>${compactCardList(g.cards, dir)}</section>` : cardList(g.cards, dir),
)}
<nav class="prev-next" aria-label="${isYear ? t.years : t.months}">
${view.previous ? html`<a rel="prev" href="${view.previous.href}"><span>${back} ${isYear ? t.previousYear : t.previousMonth}</span> ${view.previous.text}</a>` : ""}
${view.next ? html`<a rel="next" href="${view.next.href}"><span>${isYear ? t.nextYear : t.nextMonth} ${forward}</span> ${view.next.text}</a>` : ""}
</nav>`;
  return layout(view.chrome, view.head, main);
}
