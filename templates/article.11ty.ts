// /articles/<slug>/ — one article, with read-also, referenced-by, related and prev/next.
import { html, raw } from "../src/render/html.ts";
import { fillHtml } from "../src/render/i18n/fill.ts";
import type { ArticleLink, ArticleView } from "../src/views/types.ts";
import { layout } from "./parts/layout.ts";
import { langAttribute, linkList } from "./parts/cards.ts";

export const data = {
  pagination: { data: "views.article", size: 1, alias: "view", addAllPagesToCollections: false },
  permalink: (d: { view: ArticleView }) => d.view.outputPath,
  eleventyExcludeFromCollections: true,
};

export function render({ view }: { view: ArticleView }): string {
  const { t } = view.chrome;
  const lang = langAttribute(view.lang);
  const main = html`<article class="article">
<header class="article-header">
<p class="kicker"><a href="${view.region.href}">${view.region.text}</a></p>
<h1${lang}>${view.title}</h1>
<p class="meta">
<time datetime="${view.datetime}">${view.dateText}</time>
${view.updated ? html` · <span class="updated">${t.updated} <time datetime="${view.updated.datetime}">${view.updated.text}</time></span>` : ""}
· <span class="reading-time">${view.readingTime}</span>
${view.author ? html` · <span class="author">${t.by} ${view.author}</span>` : ""}
${view.source ? html` · <span class="source">${fillHtml(t.source, { name: view.source.href ? html`<a href="${view.source.href}" rel="external">${view.source.text}</a>` : view.source.text })}</span>` : ""}
</p>
${view.places.length + view.actors.length > 0 ? html`<h2 class="visually-hidden">${t.inThisArticle}</h2>
<dl class="entities">
<dt>${t.region}</dt><dd><a href="${view.region.href}">${view.region.text}</a></dd>
${view.places.length ? html`<dt>${t.places}</dt><dd>${join(view.places)}</dd>` : ""}
${view.actors.length ? html`<dt>${t.actors}</dt><dd>${join(view.actors)}</dd>` : ""}
</dl>` : ""}
</header>
<div class="body"${lang}>
${raw(view.bodyHtml)}
</div>
</article>
${linksSection("read-also", t.readAlso, view.readAlso, t.noReadAlso)}
${linksSection("referenced-by", t.referencedBy, view.referencedBy, t.noReferencedBy)}
${linksSection("related", t.related, view.related, t.noRelated)}
${view.thread ? html`<section id="thread" class="links-section" aria-labelledby="thread-title"><h2 id="thread-title">${view.thread.label}</h2><p class="thread-link"><a href="${view.thread.href}"${langAttribute(view.thread.lang)}>${view.thread.text}</a> <span class="count">${view.thread.countText}</span></p></section>` : ""}
${view.previous || view.next ? html`<nav class="prev-next" aria-label="${t.previous} / ${t.next}">
${view.previous ? html`<a rel="prev" href="${view.previous.href}"><span>← ${t.previous}</span> ${stepTitle(view.previous)}</a>` : ""}
${view.next ? html`<a rel="next" href="${view.next.href}"><span>${t.next} →</span> ${stepTitle(view.next)}</a>` : ""}
</nav>` : ""}`;
  return layout(view.chrome, view.head, main);
}

/** SPEC §5: an article page holds all three sections, an empty one saying so, so a reader
 *  (and a program) finds each where it always is. */
function linksSection(id: string, title: string, cards: ArticleView["related"], none: string) {
  return html`<section id="${id}" class="links-section" aria-labelledby="${id}-title"><h2 id="${id}-title">${title}</h2>${cards.length ? linkList(cards) : html`<p class="none">${none}</p>`}</section>`;
}

/** A neighbour's title in an element of its own, to carry its language: not a <span>, which
 *  the stylesheet makes the "Previous article" label. */
function stepTitle(link: ArticleLink) {
  return html`<bdi${langAttribute(link.lang)}>${link.text}</bdi>`;
}

function join(links: readonly { href: string; text: string }[]) {
  return links.map((l, i) => html`${i > 0 ? ", " : ""}<a href="${l.href}">${l.text}</a>`);
}
