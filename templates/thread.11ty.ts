// /threads/<slug>/ — one story thread told in order: dates, summaries, places and actors.
import { html } from "../src/render/html.ts";
import { isolate } from "../src/render/bidi-isolation.ts";
import type { Direction } from "../src/model/language-direction.ts";
import type { ThreadStep, ThreadView } from "../src/views/insight-types.ts";
import type { Link } from "../src/views/types.ts";
import { layout } from "./parts/layout.ts";
import { pagerNav } from "./parts/cards.ts";
import { langAttribute, namedLinks, titleAttributes } from "./parts/words.ts";
import { mapFigure, namedList } from "./parts/figures.ts";

export const data = {
  pagination: { data: "views.thread", size: 1, alias: "view", addAllPagesToCollections: false },
  permalink: (d: { view: ThreadView }) => d.view.outputPath,
  eleventyExcludeFromCollections: true,
};

export function render({ view }: { view: ThreadView }): string {
  const { t, dir } = view.chrome;
  const main = html`<header class="entity-header">
<p class="kicker"><a href="${view.kicker.href}">${view.kicker.text}</a></p>
<h1${titleAttributes(view.headingWords, view.heading, dir)}>${view.heading}</h1>
<p class="count">${view.count} · ${view.span}</p>
</header>
${view.places.length || view.actors.length
  ? html`<div class="insights">
${view.places.length ? html`<section class="insight" aria-labelledby="thread-places"><h2 id="thread-places">${t.places}</h2>${namedList(view.places, dir)}</section>` : ""}
${view.actors.length ? html`<section class="insight" aria-labelledby="thread-actors"><h2 id="thread-actors">${t.actors}</h2>${namedList(view.actors, dir)}</section>` : ""}
</div>`
  : ""}
${mapFigure(view.map, dir)}
<ol class="thread-story">${view.story.map((s) => step(s, dir))}</ol>
${pagerNav(view.pager, dir)}`;
  return layout(view.chrome, view.head, main);
}

function step(s: ThreadStep, around: Direction) {
  const { card } = s;
  const links = (list: readonly Link[]) => namedLinks(list, around, card.comma);
  // As on cards: the article's language on its words, the date and names stay the site's.
  return html`<li><article class="card thread-step">
<p class="meta"><time datetime="${card.datetime}">${card.dateText}</time> · <a href="${card.region.href}">${isolate(card.region.text, around)}</a></p>
<h2${titleAttributes(card, card.title, around)}><a href="${card.href}">${card.title}</a></h2>
${card.summary ? html`<p class="summary"${langAttribute(card)}>${card.summary}</p>` : ""}
${s.places.length || s.actors.length ? html`<p class="meta thread-names">${links(s.places)}${s.places.length && s.actors.length ? " · " : ""}${links(s.actors)}</p>` : ""}
</article></li>`;
}
