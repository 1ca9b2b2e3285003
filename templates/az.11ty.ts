// /places/, /actors/, /regions/ — A–Z indexes with article counts.
import { html } from "../src/render/html.ts";
import { isolate } from "../src/render/bidi-isolation.ts";
import type { AzView } from "../src/views/types.ts";
import { layout } from "./parts/layout.ts";
import { mapFigure } from "./parts/figures.ts";

export const data = {
  pagination: { data: "views.az", size: 1, alias: "view", addAllPagesToCollections: false },
  permalink: (d: { view: AzView }) => d.view.outputPath,
  eleventyExcludeFromCollections: true,
};

export function render({ view }: { view: AzView }): string {
  const { t, dir } = view.chrome;
  const main = html`<h1>${view.heading}</h1>
${mapFigure(view.map, dir)}
${view.letters.length > 1 ? html`<nav class="letters" aria-label="${t.letters}"><ul>${view.letters.map((l) => html`<li><a href="#${l.id}">${l.letter}</a></li>`)}</ul></nav>` : ""}
${view.groups.map(
  (g) => html`<section class="az-group" aria-labelledby="${g.id}"><h2 id="${g.id}">${g.letter}</h2>
<ul class="az-list">${g.items.map((i) => html`<li><a href="${i.href}">${isolate(i.name, dir)}</a> <span class="count">${i.countText}</span>${i.aliases.length ? html` <span class="note">(${i.aliases.map((a, n) => html`${n > 0 ? t.comma : ""}${isolate(a, dir)}`)})</span>` : ""}</li>`)}</ul></section>`,
)}`;
  return layout(view.chrome, view.head, main);
}
