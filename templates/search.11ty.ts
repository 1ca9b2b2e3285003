// /search/ — a form that works as plain navigation; assets/search.js turns it into live search
// over the Pagefind index, with filters and sort kept in the URL. What the script needs rides on
// the form's data attributes (escaped like any attribute): the page holds no inline script.
import { html } from "../src/render/html.ts";
import type { Link, SearchView } from "../src/views/types.ts";
import { layout } from "./parts/layout.ts";

export const data = {
  pagination: { data: "views.search", size: 1, alias: "view", addAllPagesToCollections: false },
  permalink: (d: { view: SearchView }) => d.view.outputPath,
  eleventyExcludeFromCollections: true,
};

export function render({ view }: { view: SearchView }): string {
  const { t } = view.chrome;
  const s = t.search;
  const main = html`<h1>${view.heading}</h1>
<form class="search-form" role="search" aria-label="${s.label}" action="${view.chrome.searchHref}" method="get" data-manifest="${view.manifestHref}" data-timezone="${view.timezone}" data-day-one="${t.dayOne}" data-strings="${JSON.stringify({ ...s, comma: t.comma })}" data-rtl-scripts="${JSON.stringify(view.rtlScripts)}" data-bidi-control="${view.bidiControl}">
<label for="search-q">${s.label}</label>
<div class="search-box"><input id="search-q" type="search" name="q" autocomplete="off" spellcheck="false"><button type="submit">${s.button}</button></div>
<div id="search-controls" class="search-controls" hidden>
<fieldset class="search-filters">
<legend>${s.filters}</legend>
${view.filters.map((f) => html`<div class="search-filter"><label for="filter-${f.key}">${f.label}</label>
<select id="filter-${f.key}" name="${f.key}" data-filter="${f.key}"><option value="">${s.any}</option></select></div>
`)}<button type="button" id="search-clear" class="search-clear">${s.clear}</button>
</fieldset>
<div class="search-sort"><label for="search-sort">${s.sort}</label>
<select id="search-sort" name="sort"><option value="relevance">${s.relevance}</option><option value="newest">${s.newest}</option><option value="oldest">${s.oldest}</option></select></div>
</div>
</form>
<noscript><div class="search-fallback"><p>${s.needsScript}</p>${browse(view.browse)}</div></noscript>
<div id="search-unavailable" class="search-fallback" hidden><p>${s.unavailable}</p>${browse(view.browse)}</div>
<p id="search-status" class="search-status" role="status"></p>
<ol id="search-results" class="search-results"></ol>
<p><button type="button" id="search-more" class="search-more" hidden>${s.more}</button></p>
<script type="module" src="${view.scriptHref}"></script>`;
  return layout(view.chrome, view.head, main, { bodyClass: "search", stylesheets: [view.cssHref] });
}

function browse(links: readonly Link[]) {
  return html`<ul class="index-links">${links.map((l) => html`<li><a href="${l.href}">${l.text}</a></li>`)}</ul>`;
}
