// Marks on the elements holding an article's own words, and on names and titles shown inside the
// site's text: language (WCAG 3.1.2) and direction. Markup only: views say what they are.
import { html, type Html } from "../../src/render/html.ts";
import { isolate, needsIsolation } from "../../src/render/bidi-isolation.ts";
import type { Direction } from "../../src/model/language-direction.ts";
import type { Link, Words } from "../../src/views/types.ts";

/** An article's language (and direction) as attributes, for the elements holding its own words
 *  (title, body, summary), never for those holding the site's labels and dates. */
export function langAttribute(words: Words): Html | "" {
  return html`${words.lang ? html` lang="${words.lang}"` : ""}${words.dir ? html` dir="${words.dir}"` : ""}`;
}

/**
 * The same for the element holding an article's title, which is moreover given its direction
 * when the title holds letters written the other way: an English title beginning with an Arabic
 * name stays in English order (not in the Arabic order <bdi>'s guess would give it), and, a dir
 * making an element an isolate, a date or comma after it stays in place.
 */
export function titleAttributes(words: Words, title: string, around: Direction): Html | "" {
  const dir = words.dir ?? (needsIsolation(title, around) ? around : undefined);
  return langAttribute({ lang: words.lang, dir });
}

/** "Kidal, تين زاواتين, Gao" as links, joined by the interface's comma: each name isolated, or
 *  two names written the other way would swap places around the comma between them. */
export function namedLinks(links: readonly Link[], around: Direction, comma: string): Html[] {
  return links.map((l, i) => html`${i > 0 ? comma : ""}<a href="${l.href}">${isolate(l.text, around)}</a>`);
}
