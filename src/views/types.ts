// Page views: plain data, one per output file, everything a template shows already computed.
import type { Dictionary } from "../render/i18n/index.ts";
import type { Direction } from "../model/language-direction.ts";
import type { EntityKind } from "../model/entity.ts";
import type { AliasRedirectView, DataExportView, EntityExtras, MapFigure, MonthBar, ThreadIndexView, ThreadLink, ThreadView } from "./insight-types.ts";

export interface Link {
  href: string;
  text: string;
}

/** An article's own words (title, summary, body): their language when not the site's (WCAG
 *  3.1.2), and their direction when not the site's either (an Arabic article on a French site). */
export interface Words {
  lang: string | undefined;
  dir: Direction | undefined;
}

/** A link whose text is an article's title. */
export interface ArticleLink extends Link, Words {}

/** What every page shares: one object, referenced by all views of a build. */
export interface Chrome {
  language: string;
  /** The site language's direction: `<html dir>`, and what names and titles are isolated from. */
  dir: Direction;
  siteTitle: string;
  siteDescription: string;
  homeHref: string;
  cssHref: string;
  /** Maps, timelines, insights and threads: their own stylesheet, after site.css. */
  insightsCssHref: string;
  faviconHref: string;
  /** The site's own stylesheets (site.yaml), after every other: a root path takes the prefix. */
  siteStylesheets: string[];
  nav: (Link & { section: string })[];
  t: Dictionary;
  /** `og:locale`: the site language as language_TERRITORY (`fr-FR` → `fr_FR`, `fr` → `fr_FR`). */
  ogLocale: string;
  /** The site's Atom and JSON feeds, linked from every page's head. */
  feeds: FeedLink[];
  /** /search/ under the prefix: the header's search form sends `?q=` there (a plain GET, no script). */
  searchHref: string;
}

/** A `<link rel="alternate">` to a feed. */
export interface FeedLink {
  href: string;
  type: "application/atom+xml" | "application/feed+json";
  /** The link's title attribute, what feed readers list. */
  title: string;
  /** The visible link text in the footer. */
  text: string;
}

export interface Head {
  /** The page's title as programs read it (og:title, twitter:title): plain text. */
  title: string;
  /** The same for <title>, which a browser shows in its tabs and history beside the site's name:
   *  with the names and titles in it that are written the other way isolated by Unicode marks
   *  (render/bidi-isolation.ts), since <title> can hold no markup. */
  documentTitle: string;
  description: string;
  canonical: string;
  /** Site path (under the prefix) of this page, e.g. `/places/kidal/page/2/`. */
  path: string;
  ogType: "website" | "article";
  /** Which nav section the page belongs to, for aria-current. */
  section?: string | undefined;
  jsonLd?: unknown;
  prev?: string | undefined;
  next?: string | undefined;
  /** This page's own feeds (an entity's Atom feed), besides the site's. */
  feeds?: FeedLink[] | undefined;
  /** `<meta name="robots">`, e.g. `noindex` on the 404 page. */
  robots?: string | undefined;
  /** `og:locale` of a page whose words are not in the site language (an article in English
   *  on a French site): its own, beside its own og:title. Otherwise the chrome's. */
  ogLocale?: string | undefined;
  /** Open Graph `article:*` properties of an article page. */
  article?: { published: string; modified: string; section: string; tags: string[] } | undefined;
  /** The picture a shared link shows (`og:image`, a large Twitter card): absolute, and its words. */
  image?: { url: string; alt: string } | undefined;
}

export interface ArticleCard extends Words {
  href: string;
  title: string;
  datetime: string;
  dateText: string;
  summary: string;
  region: Link;
  /** "Region": said to screen readers before the region's name, which a place often shares
   *  (Kidal the region, Kidal the town: two pages; WCAG 2.4.4). */
  regionLabel: string;
  /** Between the places' names: the interface language's (dictionary `comma`). */
  comma: string;
  places: Link[];
}

export interface Pager {
  label: string;
  newerText: string;
  olderText: string;
  newer: string | undefined;
  older: string | undefined;
  /** The first and last pages and those around this one; `gap` where numbers are left out. */
  pages: ({ href: string; number: number; current: boolean } | { gap: true })[];
}

export interface ViewBase {
  /** Output file relative to the output folder, e.g. `articles/x/index.html`. */
  outputPath: string;
  chrome: Chrome;
  head: Head;
}

export interface HomeView extends ViewBase {
  kind: "home";
  cards: ArticleCard[];
  indexes: { href: string; text: string; count: string }[];
  archiveHref: string;
}

export interface ArticleView extends ViewBase, Words {
  kind: "article";
  title: string;
  datetime: string;
  dateText: string;
  updated: { datetime: string; text: string } | undefined;
  readingTime: string;
  author: string | undefined;
  source: Link | { text: string; href: undefined } | undefined;
  region: Link;
  places: Link[];
  actors: Link[];
  /** The lead picture, above the text: its address under the prefix, its words, its caption. */
  image: { src: string; alt: string; caption: string | undefined } | undefined;
  bodyHtml: string;
  readAlso: ArticleCard[];
  referencedBy: ArticleCard[];
  related: ArticleCard[];
  /** The story thread this article belongs to, if any. */
  thread: ThreadLink | undefined;
  previous: ArticleLink | undefined;
  next: ArticleLink | undefined;
}

/** Map, timeline and insights (EntityExtras) are set on an entity's first page only. */
export interface EntityView extends ViewBase, EntityExtras {
  kind: "entity";
  entityKind: EntityKind;
  kindLabel: string;
  name: string;
  typeLabel: string | undefined;
  aliases: string[];
  facts: { label: string; value: string; href?: string | undefined }[];
  descriptionHtml: string | undefined;
  registered: boolean;
  count: string;
  cards: ArticleCard[];
  pager: Pager | undefined;
  indexHref: string;
}

export interface AzView extends ViewBase {
  kind: "az";
  entityKind: EntityKind;
  heading: string;
  letters: { letter: string; id: string }[];
  groups: { letter: string; id: string; items: { href: string; name: string; count: number; countText: string; aliases: readonly string[] }[] }[];
  /** /places/ only: every place with coordinates on one map. */
  map: MapFigure | undefined;
}

export interface ArchiveIndexView extends ViewBase {
  kind: "archive-index";
  heading: string;
  years: { href: string; year: number; count: string; months: { href: string; text: string; count: string }[] }[];
}

export interface ArchivePeriodView extends ViewBase {
  kind: "archive-year" | "archive-month";
  heading: string;
  count: string;
  up: Link;
  previous: Link | undefined;
  next: Link | undefined;
  groups: { heading: string | undefined; href: string | undefined; cards: ArticleCard[] }[];
  /** Year pages only: the twelve months with their counts. */
  monthBars: MonthBar[] | undefined;
}

export interface NotFoundView extends ViewBase {
  kind: "not-found";
  heading: string;
  message: string;
  links: Link[];
}

/** An Atom feed or a JSON Feed: absolute URLs, RFC 3339 dates, content as HTML. */
export interface FeedView {
  kind: "atom" | "json-feed";
  outputPath: string;
  /** Stable: the feed's own absolute URL. */
  id: string;
  title: string;
  subtitle: string;
  language: string;
  /** The newest entry's updated time (not the build time, so rebuilding changes nothing). */
  updated: string;
  selfUrl: string;
  /** The HTML page the feed follows. */
  pageUrl: string;
  author: string;
  entries: FeedEntry[];
}

export interface FeedEntry {
  /** Stable: the article's absolute URL. */
  id: string;
  url: string;
  title: string;
  published: string;
  updated: string;
  summary: string;
  /** The rendered body with absolute links, and the source credit, in the site feeds;
   *  undefined in entity feeds (summary, with the source credit, and link only). */
  contentHtml: string | undefined;
  author: string | undefined;
  /** Set when the article's language differs from the feed's. */
  lang: string | undefined;
  source: { name: string; url: string | undefined } | undefined;
  /** The article's lead picture, absolute (JSON Feed's `image`; the content shows it too). */
  image: string | undefined;
  /** The region, places and actors: term is the name, scheme the A–Z index URL of its kind. */
  categories: { term: string; scheme: string }[];
}

/** `sitemap.xml`: one urlset, or (past 50,000 URLs) an index of urlsets. */
export interface SitemapView {
  kind: "urlset" | "sitemap-index";
  outputPath: string;
  /** Absolute URLs; lastmod in RFC 3339 (W3C datetime). */
  entries: { loc: string; lastmod: string | undefined }[];
}

export interface RobotsView {
  kind: "robots";
  outputPath: string;
  sitemapUrl: string;
}

/** /search/: the form works without script; results, filters and sort come from assets/search.js. */
export interface SearchView extends ViewBase {
  kind: "search";
  heading: string;
  /** `pagefind/bundles.json` under the prefix: the index's bundles (outputs/search-index.ts). */
  manifestHref: string;
  /** Dates of results are shown as on the site's pages: in its timezone. */
  timezone: string;
  scriptHref: string;
  cssHref: string;
  /** Ways into the archive without search: for readers without JavaScript, or a build without index. */
  browse: Link[];
  /** Filter groups in the order shown: Pagefind filter key and its label. */
  filters: { key: string; label: string }[];
  /** For search.js, which isolates names written the other way as the pages do (bidi-isolation.ts):
   *  the right-to-left scripts and the pattern of direction controls, handed over, not copied. */
  rtlScripts: readonly string[];
  bidiControl: string;
}

export type PageView = HomeView | ArticleView | EntityView | AzView | ArchiveIndexView | ArchivePeriodView | NotFoundView | ThreadView | ThreadIndexView | AliasRedirectView | SearchView;

export interface SiteViews {
  home: HomeView[];
  article: ArticleView[];
  entity: EntityView[];
  az: AzView[];
  archiveIndex: ArchiveIndexView[];
  archivePeriod: ArchivePeriodView[];
  notFound: NotFoundView[];
  feed: FeedView[];
  jsonFeed: FeedView[];
  sitemap: SitemapView[];
  robots: RobotsView[];
  thread: ThreadView[];
  threadIndex: ThreadIndexView[];
  aliasRedirect: AliasRedirectView[];
  dataExport: DataExportView[];
  search: SearchView[];
}
