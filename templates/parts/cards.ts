// Article cards on listing pages: each an <article> holding a link to /articles/<slug>/ (SPEC §5).
import { html, type Html } from "../../src/render/html.ts";
import { isolate } from "../../src/render/bidi-isolation.ts";
import type { Direction } from "../../src/model/language-direction.ts";
import type { ArticleCard, Pager } from "../../src/views/types.ts";
import { langAttribute, namedLinks, titleAttributes } from "./words.ts";
import { arrows } from "./arrows.ts";

/** `around`: the site's direction, which names and titles written the other way are isolated from. */
export function cardList(cards: readonly ArticleCard[], around: Direction, headingLevel: 2 | 3 = 2): Html {
  return html`<div class="cards">${cards.map((card) => cardItem(card, around, headingLevel))}</div>`;
}

export function cardItem(card: ArticleCard, around: Direction, headingLevel: 2 | 3 = 2): Html {
  const title = html`<a href="${card.href}">${card.title}</a>`;
  // As on its page: the article's language on its words only, the date stays the site's.
  const heading = titleAttributes(card, card.title, around);
  return html`<article class="card">
${headingLevel === 2 ? html`<h2${heading}>${title}</h2>` : html`<h3${heading}>${title}</h3>`}
<p class="meta"><time datetime="${card.datetime}">${card.dateText}</time> · <a href="${card.region.href}"><span class="visually-hidden">${card.regionLabel} </span>${isolate(card.region.text, around)}</a>${card.places.length ? html`${card.comma}${namedLinks(card.places, around, card.comma)}` : ""}</p>
${card.summary ? html`<p class="summary"${langAttribute(card)}>${card.summary}</p>` : ""}
</article>
`;
}

/**
 * A year's articles: each still an <article> with its link (SPEC §5), but its title and date
 * only. A year of a busy archive is 700 articles; as full cards it was a 630 KB page.
 */
export function compactCardList(cards: readonly ArticleCard[], around: Direction): Html {
  return html`<div class="cards compact">${cards.map(
    (card) => html`<article class="card"><h3${titleAttributes(card, card.title, around)}><a href="${card.href}">${card.title}</a></h3> <time datetime="${card.datetime}">${card.dateText}</time></article>
`,
  )}</div>`;
}

/** Small lists of related articles inside an article page: links, not full cards. */
export function linkList(cards: readonly ArticleCard[], around: Direction): Html {
  return html`<ul class="link-list">${cards.map(
    // hreflang tells the language of the page the link leads to; lang, that of the title it shows.
    (c) => html`<li><a href="${c.href}"${c.lang ? html` hreflang="${c.lang}"` : ""}${titleAttributes(c, c.title, around)}>${c.title}</a> <time datetime="${c.datetime}">${c.dateText}</time></li>`,
  )}</ul>`;
}

export function pagerNav(pager: Pager | undefined, dir: Direction): Html | "" {
  if (!pager) return "";
  const { back, forward } = arrows(dir);
  return html`<nav class="pager" aria-label="${pager.label}">
${pager.newer ? html`<a class="step" rel="prev" href="${pager.newer}">${back} ${pager.newerText}</a>` : ""}
<ol>${pager.pages.map((p) => ("gap" in p ? html`<li class="gap" aria-hidden="true">…</li>` : p.current ? html`<li><a href="${p.href}" aria-current="page">${p.number}</a></li>` : html`<li><a href="${p.href}">${p.number}</a></li>`))}</ol>
${pager.older ? html`<a class="step" rel="next" href="${pager.older}">${pager.olderText} ${forward}</a>` : ""}
</nav>`;
}
