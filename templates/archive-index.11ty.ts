// /archive/ — every year and month with its count.
import { html } from "../src/render/html.ts";
import type { ArchiveIndexView } from "../src/views/types.ts";
import { layout } from "./parts/layout.ts";

export const data = {
  pagination: { data: "views.archiveIndex", size: 1, alias: "view", addAllPagesToCollections: false },
  permalink: (d: { view: ArchiveIndexView }) => d.view.outputPath,
  eleventyExcludeFromCollections: true,
};

export function render({ view }: { view: ArchiveIndexView }): string {
  const main = html`<h1>${view.heading}</h1>
<ol class="years">${view.years.map(
    (y) => html`<li><h2><a href="${y.href}">${y.year}</a> <span class="count">${y.count}</span></h2>
<ul class="months">${y.months.map((m) => html`<li><a href="${m.href}">${m.text}</a> <span class="count">${m.count}</span></li>`)}</ul></li>`,
  )}</ol>`;
  return layout(view.chrome, view.head, main);
}
