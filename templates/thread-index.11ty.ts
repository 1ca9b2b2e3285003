// /threads/ — every story thread, newest activity first.
import { html } from "../src/render/html.ts";
import { fillHtml } from "../src/render/i18n/fill.ts";
import type { ThreadIndexView } from "../src/views/insight-types.ts";
import { layout } from "./parts/layout.ts";
import { namedLinks, titleAttributes } from "./parts/words.ts";

export const data = {
  pagination: { data: "views.threadIndex", size: 1, alias: "view", addAllPagesToCollections: false },
  permalink: (d: { view: ThreadIndexView }) => d.view.outputPath,
  eleventyExcludeFromCollections: true,
};

export function render({ view }: { view: ThreadIndexView }): string {
  const { t, dir } = view.chrome;
  const main = html`<header class="period-header">
<h1>${view.heading}</h1>
<p class="intro">${view.intro}</p>
</header>
${view.threads.length === 0
  ? html`<p>${view.empty}</p>`
  : html`<div class="cards">${view.threads.map(
      (th) => html`<article class="card thread-card">
<h2${titleAttributes(th, th.title, dir)}><a href="${th.href}">${th.title}</a></h2>
<p class="meta">${th.countText} · ${th.span}${th.places.length ? html` · ${namedLinks(th.places, dir, t.comma)}` : ""}</p>
<p class="thread-latest">${fillHtml(t.latestInThread, { title: html`<a href="${th.latest.href}"${titleAttributes(th.latest, th.latest.text, dir)}>${th.latest.text}</a>` })} <time datetime="${th.latest.datetime}">${th.latest.dateText}</time></p>
</article>`,
    )}</div>`}
<p class="download"><a href="${view.download.href}" type="application/json">${view.download.text}</a></p>`;
  return layout(view.chrome, view.head, main);
}
