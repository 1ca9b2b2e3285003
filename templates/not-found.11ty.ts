// /404.html: served by static hosts for any missing path, so every link in it is prefix-absolute.
import { html } from "../src/render/html.ts";
import type { NotFoundView } from "../src/views/types.ts";
import { layout } from "./parts/layout.ts";

export const data = {
  pagination: { data: "views.notFound", size: 1, alias: "view", addAllPagesToCollections: false },
  permalink: (d: { view: NotFoundView }) => d.view.outputPath,
  eleventyExcludeFromCollections: true,
};

export function render({ view }: { view: NotFoundView }): string {
  const main = html`<h1>${view.heading}</h1>
<p>${view.message}</p>
<ul class="index-links">${view.links.map((l) => html`<li><a href="${l.href}">${l.text}</a></li>`)}</ul>`;
  return layout(view.chrome, view.head, main);
}
