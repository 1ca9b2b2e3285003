// /articles/<slug>/ — one article, with read-also, referenced-by, related and prev/next.
import { html, raw } from "../src/render/html.ts";
import { fillHtml } from "../src/render/i18n/fill.ts";
import { isolate } from "../src/render/bidi-isolation.ts";
import type { Direction } from "../src/model/language-direction.ts";
import type { ArticleLink, ArticleView } from "../src/views/types.ts";
import { layout } from "./parts/layout.ts";
import { arrows } from "./parts/arrows.ts";
import { linkList } from "./parts/cards.ts";
import { langAttribute, namedLinks, titleAttributes } from "./parts/words.ts";

export const data = {
  pagination: { data: "views.article", size: 1, alias: "view", addAllPagesToCollections: false },
  permalink: (d: { view: ArticleView }) => d.view.outputPath,
  eleventyExcludeFromCollections: true,
};

export function render({ view }: { view: ArticleView }): string {
  const { t, dir } = view.chrome;
  const name = (text: string) => isolate(text, dir);
  const main = html`<article class="article">
<header class="article-header">
<p class="kicker"><a href="${view.region.href}">${name(view.region.text)}</a></p>
<h1${titleAttributes(view, view.title, dir)}>${view.title}</h1>
<p class="meta">
<time datetime="${view.datetime}">${view.dateText}</time>
${view.updated ? html` · <span class="updated">${fillHtml(t.updatedOn, { date: html`<time datetime="${view.updated.datetime}">${view.updated.text}</time>` })}</span>` : ""}
· <span class="reading-time">${view.readingTime}</span>
${view.author ? html` · <span class="author">${fillHtml(t.byAuthor, { name: name(view.author) })}</span>` : ""}
${view.source ? html` · <span class="source">${fillHtml(t.source, { name: view.source.href ? html`<a href="${view.source.href}" rel="external">${name(view.source.text)}</a>` : name(view.source.text) })}</span>` : ""}
</p>
${view.places.length + view.actors.length > 0 ? html`<h2 class="visually-hidden">${t.inThisArticle}</h2>
<dl class="entities">
<dt>${t.region}</dt><dd><a href="${view.region.href}">${name(view.region.text)}</a></dd>
${view.places.length ? html`<dt>${t.places}</dt><dd>${namedLinks(view.places, dir, t.comma)}</dd>` : ""}
${view.actors.length ? html`<dt>${t.actors}</dt><dd>${namedLinks(view.actors, dir, t.comma)}</dd>` : ""}
</dl>` : ""}
</header>
${view.image ? html`<figure class="lead-image">
<img src="${view.image.src}" alt="${view.image.alt}"${langAttribute(view)}>
${view.image.caption ? html`<figcaption${langAttribute(view)}>${view.image.caption}</figcaption>` : ""}
</figure>` : ""}
<div class="body"${langAttribute(view)}>
${raw(view.bodyHtml)}
</div>
</article>
${linksSection("read-also", t.readAlso, view.readAlso, t.noReadAlso, dir)}
${linksSection("referenced-by", t.referencedBy, view.referencedBy, t.noReferencedBy, dir)}
${linksSection("related", t.related, view.related, t.noRelated, dir)}
${view.thread ? html`<section id="thread" class="links-section" aria-labelledby="thread-title"><h2 id="thread-title">${view.thread.label}</h2><p class="thread-link"><a href="${view.thread.href}"${titleAttributes(view.thread, view.thread.text, dir)}>${view.thread.text}</a> <span class="count">${view.thread.countText}</span></p></section>` : ""}
${view.previous || view.next ? html`<nav class="prev-next" aria-label="${t.previous} / ${t.next}">
${view.previous ? html`<a rel="prev" href="${view.previous.href}"><span>${arrows(dir).back} ${t.previous}</span> ${stepTitle(view.previous, dir)}</a>` : ""}
${view.next ? html`<a rel="next" href="${view.next.href}"><span>${t.next} ${arrows(dir).forward}</span> ${stepTitle(view.next, dir)}</a>` : ""}
</nav>` : ""}`;
  return layout(view.chrome, view.head, main);
}

/** SPEC §5: an article page holds all three sections, an empty one saying so, so a reader
 *  (and a program) finds each where it always is. */
function linksSection(id: string, title: string, cards: ArticleView["related"], none: string, around: Direction) {
  return html`<section id="${id}" class="links-section" aria-labelledby="${id}-title"><h2 id="${id}-title">${title}</h2>${cards.length ? linkList(cards, around) : html`<p class="none">${none}</p>`}</section>`;
}

/** A neighbour's title in an element of its own, to carry its language: not a <span>, which
 *  the stylesheet makes the "Previous article" label. A <bdi>, isolated from the label. */
function stepTitle(link: ArticleLink, around: Direction) {
  return html`<bdi${titleAttributes(link, link.text, around)}>${link.text}</bdi>`;
}
