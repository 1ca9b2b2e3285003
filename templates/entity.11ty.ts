// /places/<slug>/, /actors/<slug>/, /regions/<slug>/ and their page/<n>/ pages.
import { html, raw } from "../src/render/html.ts";
import { fill } from "../src/render/i18n/fill.ts";
import type { EntityView } from "../src/views/types.ts";
import { layout } from "./parts/layout.ts";
import { cardList, pagerNav } from "./parts/cards.ts";
import { insightLists, mapFigure, timelineFigure } from "./parts/figures.ts";

export const data = {
  pagination: { data: "views.entity", size: 1, alias: "view", addAllPagesToCollections: false },
  permalink: (d: { view: EntityView }) => d.view.outputPath,
  eleventyExcludeFromCollections: true,
};

export function render({ view }: { view: EntityView }): string {
  const { t } = view.chrome;
  const main = html`<header class="entity-header">
<p class="kicker"><a href="${view.indexHref}">${view.kindLabel}</a>${view.typeLabel ? html` · ${view.typeLabel}` : ""}</p>
<h1>${view.name}</h1>
<p class="count">${view.count}</p>
${view.aliases.length ? html`<p class="aliases">${fill(t.alsoKnownAs, { names: view.aliases.join(", ") })}</p>` : ""}
${view.descriptionHtml ? html`<div class="description">${raw(view.descriptionHtml)}</div>` : ""}
${view.registered ? "" : html`<p class="note">${t.notRegistered}</p>`}
${view.facts.length ? html`<dl class="facts">${view.facts.map((f) => html`<dt>${f.label}</dt><dd>${f.href ? html`<a href="${f.href}">${f.value}</a>` : f.value}</dd>`)}</dl>` : ""}
</header>
${mapFigure(view.map)}
${timelineFigure(view.timeline)}
${insightLists(view.insights)}
${view.cards.length ? cardList(view.cards) : html`<p>${t.noArticles}</p>`}
${pagerNav(view.pager)}`;
  return layout(view.chrome, view.head, main);
}
