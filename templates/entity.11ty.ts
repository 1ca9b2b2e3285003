// /places/<slug>/, /actors/<slug>/, /regions/<slug>/ and their page/<n>/ pages.
import { html, raw } from "../src/render/html.ts";
import { fillHtml } from "../src/render/i18n/fill.ts";
import { isolate } from "../src/render/bidi-isolation.ts";
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
  const { t, dir } = view.chrome;
  const name = (text: string) => isolate(text, dir);
  const main = html`<header class="entity-header">
<p class="kicker"><a href="${view.indexHref}">${view.kindLabel}</a>${view.typeLabel ? html` · ${name(view.typeLabel)}` : ""}</p>
<h1>${name(view.name)}</h1>
<p class="count">${view.count}</p>
${view.aliases.length ? html`<p class="aliases">${fillHtml(t.alsoKnownAs(view.aliases.length), { names: view.aliases.map((a, i) => html`${i > 0 ? t.comma : ""}${name(a)}`) })}</p>` : ""}
${view.descriptionHtml ? html`<div class="description">${raw(view.descriptionHtml)}</div>` : ""}
${view.registered ? "" : html`<p class="note">${t.notRegistered}</p>`}
${view.facts.length ? html`<dl class="facts">${view.facts.map((f) => html`<dt>${f.label}</dt><dd>${f.href ? html`<a href="${f.href}">${name(f.value)}</a>` : name(f.value)}</dd>`)}</dl>` : ""}
</header>
${mapFigure(view.map, dir)}
${timelineFigure(view.timeline)}
${insightLists(view.insights, dir)}
${view.cards.length ? cardList(view.cards, dir) : html`<p>${t.noArticles}</p>`}
${pagerNav(view.pager, dir)}`;
  return layout(view.chrome, view.head, main);
}
