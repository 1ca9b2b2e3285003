// What the search index holds: one record per article, made from the pipeline's own data
// (not by crawling the built pages: see README, Search), and where each language's index goes.
import type { Archive } from "../archive/index.ts";
import { entityKey } from "../model/entity.ts";
import type { Article } from "../model/article.ts";
import { formatShortDate } from "../render/dates.ts";
import { htmlToText } from "../render/html-text.ts";
import { href, paths } from "./links.ts";
import type { SiteConfig } from "../content/site-config.ts";

/** A Pagefind custom record (`addCustomRecord`): every value a string, as Pagefind wants. */
export interface SearchRecord {
  /** The article's path under the prefix (`/news/articles/x/`): results link to it as is. */
  url: string;
  /** Title and body as plain text: what is searched and what excerpts are cut from. */
  content: string;
  /** Pagefind keeps one index per language, stemmed by its rules: the primary subtag (`fr-CA` → `fr`). */
  language: string;
  meta: {
    title: string;
    /** `<time datetime>`: a day alone stays a day. */
    date: string;
    /** The date as pages show it, in the site language. */
    dateText: string;
    region: string;
    /** Place names, comma-separated: meta values are strings. */
    places: string;
    /** The article's own BCP 47 tag, for the result's lang attribute. */
    lang: string;
  };
  filters: { place: string[]; actor: string[]; region: string[]; year: string[] };
  /** UTC ISO 8601, so that comparing as strings orders by time. */
  sort: { date: string };
}

/** One Pagefind bundle per language; the first is the site language's when it has articles. */
export interface SearchBundle {
  language: string;
  /** Output folder, `/`-separated: `pagefind/`, `pagefind/lang/fr/`. */
  folder: string;
  /** Its URL under the prefix, what the search page loads. */
  href: string;
}

export function searchLanguage(lang: string): string {
  return lang.toLowerCase().split("-")[0] || "unknown";
}

export function searchRecords(archive: Archive): SearchRecord[] {
  const site = archive.site;
  const names = new Map<string, string>();
  for (const list of Object.values(archive.entities)) for (const e of list) names.set(entityKey(e), e.name);
  const name = (ref: Parameters<typeof entityKey>[0]) => names.get(entityKey(ref)) ?? ref.slug;
  return archive.articles.map((a) => recordOf(site, a, name));
}

function recordOf(site: SiteConfig, a: Article, name: (ref: Article["region"]) => string): SearchRecord {
  const places = a.places.map(name);
  const region = name(a.region);
  return {
    url: href(site, paths.article(a.slug)),
    content: `${a.title}\n${htmlToText(a.bodyHtml)}`,
    language: searchLanguage(a.lang),
    meta: { title: a.title, date: a.date.attribute, dateText: formatShortDate(a.date, site.timezone, site.language), region, places: places.join(", "), lang: a.lang },
    filters: { place: places, actor: a.actors.map(name), region: [region], year: [String(a.date.local.year)] },
    sort: { date: new Date(a.date.epochMs).toISOString() },
  };
}

/** The bundles for the languages the records use: the site language at `pagefind/`, each other at
 * `pagefind/lang/<lang>/` (never a name Pagefind's own folders use); with no article in the site
 * language, the first other takes `pagefind/`. */
export function searchBundles(site: SiteConfig, languages: Iterable<string>): SearchBundle[] {
  const own = searchLanguage(site.language);
  const all = [...new Set(languages)].sort((a, b) => (a === own ? -1 : b === own ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return all.map((language, i) => {
    const folder = i === 0 ? "pagefind/" : `pagefind/lang/${language}/`;
    return { language, folder, href: href(site, `/${folder}`) };
  });
}
