// What the search index holds: one record per article, made from the pipeline's own data
// (not by crawling the built pages: see README, Search), and where each language's index goes.
import type { Archive } from "../archive/index.ts";
import { entityKey, type EntityRef } from "../model/entity.ts";
import type { Article } from "../model/article.ts";
import { htmlToText } from "../render/html-text.ts";
import { primaryLanguage } from "../model/intl-locale.ts";
import { href, paths } from "./links.ts";
import type { SiteConfig } from "../content/site-config.ts";

/** A Pagefind custom record (`addCustomRecord`): every value a string, as Pagefind wants. */
export interface SearchRecord {
  /** The article's path under the prefix (`/news/articles/x/`): results link to it as is. */
  url: string;
  /** The body as plain text: what is searched, with the meta, and what excerpts are cut from. */
  content: string;
  /** Pagefind keeps one index per language, stemmed by its rules: the primary subtag (`fr-CA` → `fr`). */
  language: string;
  /** Pagefind indexes every meta value as searchable words, so only what a result shows and
   * what a reader would search for: no language code ("en" would match every English article). */
  meta: {
    title: string;
    /** UTC ISO 8601 (the sort key too): the page formats it in the site timezone and merges
     * bundles' date-sorted lists by it. */
    date: string;
    region: string;
    /** Place names, comma-separated: meta values are strings. */
    places: string;
    /** Actor names, and the registry's other names for its region, places and actors
     *  (Tombouctou for Timbuktu, FAMa for the Malian Armed Forces): searched, never shown, so
     *  a reader finds an article by any name the archive knows its subjects by. */
    actors: string;
    aka: string;
  };
  filters: { place: string[]; actor: string[]; region: string[]; year: string[] };
  /** UTC ISO 8601, so that comparing as strings orders by time. */
  sort: { date: string };
}

/**
 * An article as the index sees it before its record is made: its language, its length, and a
 * key of everything its record is made from. Records (the body as text) are made only for the
 * bundles that are built again.
 */
export interface SearchItem {
  language: string;
  words: number;
  key: string;
  record: () => SearchRecord;
}

/** One Pagefind index, written as its own bundle folder. */
export interface SearchBundle {
  language: string;
  /** Output folder, `/`-separated: `pagefind/` for the first, `pagefind/bundles/<lang>-<n>/` for the others. */
  folder: string;
  items: SearchItem[];
}

/** Words of article text per bundle. Pagefind builds an index in memory at about 100 bytes per
 * character of text (3.9 GB for the 10,000-article benchmark in one index); bundles of this size
 * keep each Pagefind process near 320 MB, so that two at once (src/outputs/search-index.ts) and
 * the build's own memory stay under 1.5 GB (README, Search). The search page searches every
 * bundle and merges the answers. */
export const BUNDLE_WORDS = 375_000;

/** Bump when what a record holds changes shape (meta fields added): every bundle is made again. */
const RECORD_VERSION = 2;

export function searchLanguage(lang: string): string {
  return primaryLanguage(lang) || "unknown";
}

export function searchRecords(archive: Archive): SearchRecord[] {
  return searchItems(archive).map((item) => item.record());
}

/** Every article, newest first, as an item whose record is made on demand. */
export function searchItems(archive: Archive): SearchItem[] {
  const site = archive.site;
  const known = new Map<string, { name: string; aliases: readonly string[] }>();
  for (const list of Object.values(archive.entities)) for (const e of list) known.set(entityKey(e), e);
  const name = (ref: EntityRef) => known.get(entityKey(ref))?.name ?? ref.slug;
  const aliases = (ref: EntityRef) => known.get(entityKey(ref))?.aliases ?? [];
  return archive.articles.map((a) => {
    const refs = [a.region, ...a.places, ...a.actors];
    return {
      language: searchLanguage(a.lang),
      words: a.wordCount,
      // The file's digest covers its text and the path prefix and timezone it was read with; the
      // rest of a record is the names (and other names) of its entities and its [[links]]' titles.
      key: [RECORD_VERSION, a.sourceDigest, a.lang, ...refs.map(name), ...refs.flatMap(aliases), ...a.linksTo.map((s) => archive.bySlug.get(s)?.title)].join("\u0000"),
      record: () => recordOf(site, a, name, aliases),
    };
  });
}

/** A record already made, as an item (tests, and anything that has records in hand). */
export function recordItem(record: SearchRecord): SearchItem {
  return { language: record.language, words: wordsIn(record.content), key: JSON.stringify(record), record: () => record };
}

function recordOf(site: SiteConfig, a: Article, name: (ref: EntityRef) => string, aliases: (ref: EntityRef) => readonly string[]): SearchRecord {
  const places = a.places.map(name);
  const actors = a.actors.map(name);
  const region = name(a.region);
  const aka = [...new Set([a.region, ...a.places, ...a.actors].flatMap(aliases))];
  const instant = new Date(a.date.epochMs).toISOString();
  return {
    url: href(site, paths.article(a.slug)),
    // The title is searched through meta.title (Pagefind indexes meta); kept out of the content,
    // so excerpts are cut from the body alone and never run title and text together.
    content: htmlToText(a.bodyHtml),
    language: searchLanguage(a.lang),
    meta: { title: a.title, date: instant, region, places: places.join(", "), actors: actors.join(", "), aka: aka.join(", ") },
    filters: { place: places, actor: actors, region: [region], year: [String(a.date.local.year)] },
    sort: { date: instant },
  };
}

/**
 * The records in bundles: one language per bundle (Pagefind stems each index by its language),
 * at most `budget` words each (a longer article alone). Records go in oldest first, so a new
 * article changes only the newest bundle of its language and older bundles keep their files.
 * The site language's oldest bundle takes `pagefind/`, where the search page finds `bundles.json`.
 * So a language's bundles hold consecutive spans of dates, listed oldest first: the search page
 * reads its date order as theirs one after the other (public/assets/search.js, byDate).
 */
export function searchBundles(site: SiteConfig, items: readonly SearchItem[], budget = BUNDLE_WORDS): SearchBundle[] {
  const byLanguage = new Map<string, SearchItem[]>();
  for (const item of [...items].reverse()) {
    const list = byLanguage.get(item.language);
    if (list) list.push(item);
    else byLanguage.set(item.language, [item]);
  }
  const own = searchLanguage(site.language);
  const languages = [...byLanguage.keys()].sort((a, b) => (a === own ? -1 : b === own ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const bundles: SearchBundle[] = [];
  for (const language of languages) {
    chunks(byLanguage.get(language)!, budget).forEach((chunk, i) => {
      const folder = bundles.length === 0 ? "pagefind/" : `pagefind/bundles/${language}-${i + 1}/`;
      bundles.push({ language, folder, items: chunk });
    });
  }
  return bundles;
}

function chunks(items: readonly SearchItem[], budget: number): SearchItem[][] {
  const out: SearchItem[][] = [];
  let words = Infinity;
  for (const item of items) {
    if (words + item.words > budget) {
      out.push([]);
      words = 0;
    }
    out.at(-1)!.push(item);
    words += item.words;
  }
  return out;
}

function wordsIn(text: string): number {
  return text.split(/\s+/).filter((w) => w !== "").length;
}
