// / — the latest articles and the ways into the archive.
import { html } from "../src/render/html.ts";
import type { HomeView } from "../src/views/types.ts";
import { layout } from "./parts/layout.ts";
import { arrows } from "./parts/arrows.ts";
import { cardList } from "./parts/cards.ts";

export const data = {
  pagination: { data: "views.home", size: 1, alias: "view", addAllPagesToCollections: false },
  permalink: (d: { view: HomeView }) => d.view.outputPath,
  eleventyExcludeFromCollections: true,
};

export function render({ view }: { view: HomeView }): string {
  const { t } = view.chrome;
  const main = html`<h1 class="visually-hidden">${view.head.title}</h1>
<section class="browse" aria-labelledby="browse-title">
<h2 id="browse-title">${t.browse}</h2>
<ul class="index-links">${view.indexes.map((i) => html`<li><a href="${i.href}">${i.text}</a> <span class="count">${i.count}</span></li>`)}</ul>
</section>
<section class="latest" aria-labelledby="latest-title">
<h2 id="latest-title">${t.latest}</h2>
${view.cards.length ? cardList(view.cards, view.chrome.dir, 3) : html`<p>${t.noArticles}</p>`}
<p class="more"><a href="${view.archiveHref}">${t.allArticles} ${arrows(view.chrome.dir).forward}</a></p>
</section>`;
  return layout(view.chrome, view.head, main, { bodyClass: "home" });
}
