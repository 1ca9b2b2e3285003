// What every view builder shares: the archive, the chrome, and memoised cards and links.
import type { MarkdownIt } from "markdown-it";
import type { Archive } from "../archive/index.ts";
import { entityKey, type EntityKind, type EntityRef } from "../model/entity.ts";
import type { ArticleSlug } from "../model/slug.ts";
import { dictionaryFor, type Dictionary } from "../render/i18n/index.ts";
import { formatShortDate } from "../render/dates.ts";
import { absoluteUrl, href, paths, siteAddress } from "./links.ts";
import type { ArticleCard, ArticleLink, Chrome, Head, Link, Words } from "./types.ts";
import { languageDirection, type Direction } from "../model/language-direction.ts";
import { isolateText } from "../render/bidi-isolation.ts";
import { pageInputs, type PageInputs } from "./page-plan.ts";

export interface ViewContext {
  archive: Archive;
  chrome: Chrome;
  t: Dictionary;
  md: MarkdownIt;
  /** Digests of what pages show, for their plans' fingerprints. */
  inputs: PageInputs;
  card(slug: ArticleSlug): ArticleCard;
  /** A link to an article, its title as text: for lists too small for a card. */
  articleLink(slug: ArticleSlug): ArticleLink;
  entityLink(ref: EntityRef): Link;
  /** An article language's marks: none for the site's language, lang for another, and dir too
   *  for one written the other way. */
  words(lang: string): Words;
  /** A name or title for a sentence of plain text a reader sees (a tooltip, <title>): isolated
   *  by Unicode marks when written the other way from the site (`own`: its direction, if known). */
  isolated(text: string, own?: Direction): string;
  head(path: string, title: string, description: string, extra?: Partial<Head>): Head;
}

/** @param codeVersion digest of the code and templates: part of every page's fingerprint. */
export function makeContext(archive: Archive, md: MarkdownIt, codeVersion = ""): ViewContext {
  const site = archive.site;
  const t = dictionaryFor(site.language);
  const dir = languageDirection(site.language);
  const chrome: Chrome = {
    language: site.language,
    dir,
    siteTitle: site.title,
    siteDescription: site.description,
    homeHref: href(site, paths.home()),
    cssHref: href(site, "/assets/site.css"),
    insightsCssHref: href(site, "/assets/insights.css"),
    faviconHref: href(site, "/assets/favicon.svg"),
    siteStylesheets: site.stylesheets.map((sheet) => siteAddress(site, sheet)),
    nav: [
      { href: href(site, paths.entityIndex("place")), text: t.places, section: "places" },
      { href: href(site, paths.entityIndex("actor")), text: t.actors, section: "actors" },
      { href: href(site, paths.entityIndex("region")), text: t.regions, section: "regions" },
      { href: href(site, paths.archive()), text: t.archive, section: "archive" },
      { href: href(site, paths.threads()), text: t.threads, section: "threads" },
    ],
    t,
    ogLocale: ogLocale(site.language),
    feeds: [
      { href: href(site, paths.feed()), type: "application/atom+xml", title: t.feedOf(site.title), text: t.atomFeed },
      { href: href(site, paths.jsonFeed()), type: "application/feed+json", title: t.jsonFeedOf(site.title), text: t.jsonFeed },
    ],
    searchHref: href(site, paths.search()),
  };
  const names = new Map<string, string>();
  for (const kind of Object.keys(archive.entities) as EntityKind[]) {
    for (const e of archive.entities[kind]) names.set(entityKey(e), e.name);
  }
  // One Link object per entity, shared by every page that names it.
  const links = new Map<string, Link>();
  const entityLink = (ref: EntityRef): Link => {
    const key = entityKey(ref);
    let link = links.get(key);
    if (!link) {
      link = { href: href(site, paths.entity(ref.kind, ref.slug)), text: names.get(key) ?? ref.slug };
      links.set(key, link);
    }
    return link;
  };
  const words = (lang: string): Words => {
    if (lang === site.language) return { lang: undefined, dir: undefined };
    const own = languageDirection(lang);
    return { lang, dir: own === dir ? undefined : own };
  };
  const cards = new Map<ArticleSlug, ArticleCard>();
  const card = (slug: ArticleSlug): ArticleCard => {
    const cached = cards.get(slug);
    if (cached) return cached;
    const a = archive.bySlug.get(slug);
    if (!a) throw new Error(`no article ${slug}`);
    const made: ArticleCard = {
      href: href(site, paths.article(a.slug)),
      title: a.title,
      datetime: a.date.attribute,
      dateText: formatShortDate(a.date, site.language),
      summary: a.summary,
      ...words(a.lang),
      region: entityLink(a.region),
      regionLabel: t.region,
      comma: t.comma,
      // "Kidal, Kidal" (region, then the town) reads as a stutter: the card names the region once.
      places: a.places.map(entityLink).filter((p) => p.text !== names.get(entityKey(a.region))).slice(0, 3),
    };
    cards.set(slug, made);
    return made;
  };
  const articleLink = (slug: ArticleSlug): ArticleLink => {
    const { href, title, lang, dir } = card(slug);
    return { href, text: title, lang, dir };
  };
  const head = (path: string, title: string, description: string, extra: Partial<Head> = {}): Head => ({
    title,
    documentTitle: title,
    description,
    canonical: absoluteUrl(site, path),
    path,
    ogType: "website",
    section: path.split("/")[1] || undefined,
    ...extra,
  });
  return { archive, chrome, t, md, inputs: pageInputs(archive, codeVersion), card, articleLink, entityLink, words, isolated: (text, own) => isolateText(text, dir, own), head };
}

/** Open Graph wants language_TERRITORY: a bare language takes its likely territory (`fr` →
 *  `fr_FR`, `bm` → `bm_ML`), as CLDR's likely subtags give it. */
export function ogLocale(language: string): string {
  try {
    const likely = new Intl.Locale(language).maximize();
    if (likely.region) return `${likely.language}_${likely.region}`;
  } catch {
    // a tag ICU cannot read: written as the editor gave it
  }
  return language.replace("-", "_");
}
