// Article cards on listing pages: each an <article> holding a link to /articles/<slug>/ (SPEC §5).
import { html, type Html } from "../../src/render/html.ts";
import type { ArticleCard, Pager } from "../../src/views/types.ts";

/** An article's language as an attribute, for the elements holding its own words (title, body,
 *  summary), never for those holding the site's labels and dates (WCAG 3.1.2). */
export function langAttribute(lang: string | undefined): Html | "" {
  return lang ? html` lang="${lang}"` : "";
}

export function cardList(cards: readonly ArticleCard[], headingLevel: 2 | 3 = 2): Html {
  return html`<div class="cards">${cards.map((card) => cardItem(card, headingLevel))}</div>`;
}

export function cardItem(card: ArticleCard, headingLevel: 2 | 3 = 2): Html {
  const title = html`<a href="${card.href}">${card.title}</a>`;
  // As on its page: the article's language on its words only, the date stays the site's.
  const lang = langAttribute(card.lang);
  return html`<article class="card">
${headingLevel === 2 ? html`<h2${lang}>${title}</h2>` : html`<h3${lang}>${title}</h3>`}
<p class="meta"><time datetime="${card.datetime}">${card.dateText}</time> · <a href="${card.region.href}"><span class="visually-hidden">${card.regionLabel} </span>${card.region.text}</a>${card.places.map((p) => html`, <a href="${p.href}">${p.text}</a>`)}</p>
${card.summary ? html`<p class="summary"${lang}>${card.summary}</p>` : ""}
</article>
`;
}

/**
 * A year's articles: each still an <article> with its link (SPEC §5), but its title and date
 * only. A year of a busy archive is 700 articles; as full cards it was a 630 KB page.
 */
export function compactCardList(cards: readonly ArticleCard[]): Html {
  return html`<div class="cards compact">${cards.map(
    (card) => html`<article class="card"><h3${langAttribute(card.lang)}><a href="${card.href}">${card.title}</a></h3> <time datetime="${card.datetime}">${card.dateText}</time></article>
`,
  )}</div>`;
}

/** Small lists of related articles inside an article page: links, not full cards. */
export function linkList(cards: readonly ArticleCard[]): Html {
  return html`<ul class="link-list">${cards.map(
    // hreflang tells the language of the page the link leads to; lang, that of the title it shows.
    (c) => html`<li><a href="${c.href}"${c.lang ? html` hreflang="${c.lang}"` : ""}${langAttribute(c.lang)}>${c.title}</a> <time datetime="${c.datetime}">${c.dateText}</time></li>`,
  )}</ul>`;
}

export function pagerNav(pager: Pager | undefined): Html | "" {
  if (!pager) return "";
  return html`<nav class="pager" aria-label="${pager.label}">
${pager.newer ? html`<a class="step" rel="prev" href="${pager.newer}">← ${pager.newerText}</a>` : ""}
<ol>${pager.pages.map((p) => ("gap" in p ? html`<li class="gap" aria-hidden="true">…</li>` : p.current ? html`<li><a href="${p.href}" aria-current="page">${p.number}</a></li>` : html`<li><a href="${p.href}">${p.number}</a></li>`))}</ol>
${pager.older ? html`<a class="step" rel="next" href="${pager.older}">${pager.olderText} →</a>` : ""}
</nav>`;
}
