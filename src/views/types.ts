// Page views: plain data, one per output file, everything a template shows already computed.
import type { Dictionary } from "../render/i18n/index.ts";
import type { EntityKind } from "../model/entity.ts";

export interface Link {
  href: string;
  text: string;
}

/** What every page shares: one object, referenced by all views of a build. */
export interface Chrome {
  language: string;
  siteTitle: string;
  siteDescription: string;
  homeHref: string;
  cssHref: string;
  faviconHref: string;
  nav: (Link & { section: string })[];
  t: Dictionary;
}

export interface Head {
  title: string;
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
}

export interface ArticleCard {
  href: string;
  title: string;
  datetime: string;
  dateText: string;
  summary: string;
  lang: string | undefined;
  region: Link;
  places: Link[];
}

export interface Pager {
  label: string;
  newerText: string;
  olderText: string;
  newer: string | undefined;
  older: string | undefined;
  pages: { href: string; number: number; current: boolean }[];
}

interface ViewBase {
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

export interface ArticleView extends ViewBase {
  kind: "article";
  title: string;
  lang: string | undefined;
  datetime: string;
  dateText: string;
  updated: { datetime: string; text: string } | undefined;
  readingTime: string;
  author: string | undefined;
  source: Link | { text: string; href: undefined } | undefined;
  region: Link;
  places: Link[];
  actors: Link[];
  bodyHtml: string;
  readAlso: ArticleCard[];
  referencedBy: ArticleCard[];
  related: ArticleCard[];
  previous: Link | undefined;
  next: Link | undefined;
}

export interface EntityView extends ViewBase {
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
  groups: { letter: string; id: string; items: { href: string; name: string; count: number; countText: string; note: string | undefined }[] }[];
}

export interface ArchiveIndexView extends ViewBase {
  kind: "archive-index";
  heading: string;
  years: { href: string; year: number; count: string; months: { href: string; text: string; count: number }[] }[];
}

export interface ArchivePeriodView extends ViewBase {
  kind: "archive-year" | "archive-month";
  heading: string;
  count: string;
  up: Link;
  previous: Link | undefined;
  next: Link | undefined;
  groups: { heading: string | undefined; href: string | undefined; cards: ArticleCard[] }[];
}

export type PageView = HomeView | ArticleView | EntityView | AzView | ArchiveIndexView | ArchivePeriodView;

export interface SiteViews {
  home: HomeView[];
  article: ArticleView[];
  entity: EntityView[];
  az: AzView[];
  archiveIndex: ArchiveIndexView[];
  archivePeriod: ArchivePeriodView[];
}
