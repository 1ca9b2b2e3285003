// Views of maps, timelines, insights, story threads, alias redirects and data exports:
// plain data like every other view; SVG arrives as markup already rendered (as bodyHtml does).
import type { ArticleCard, ArticleLink, Link, Pager, ViewBase, Words } from "./types.ts";

/** A place, actor or region named in a list, with its article count. */
export interface NamedCount {
  href: string;
  name: string;
  countText: string;
}

export interface MapFigure {
  /** From mapSvg: the SVG with its title and description; "" when no place has coordinates. */
  svgHtml: string;
  caption: string;
  /** The mapped places as text; empty where the page lists them anyway (/places/). */
  places: NamedCount[];
  placesHeading: string;
  /** Places of the set without coordinates, listed beside the map. */
  unlocated: NamedCount[];
  unlocatedHeading: string;
  download: Link | undefined;
}

export interface TimelineFigure {
  heading: string;
  /** From timelineSvg. */
  svgHtml: string;
  /** The text alternative: the same numbers as a table, behind this summary. */
  tableSummary: string;
  tableCaption: string;
  columns: [string, string];
  /** Months with articles, oldest first. */
  rows: { text: string; count: string }[];
}

export interface InsightList {
  id: string;
  heading: string;
  items: { href: string; text: string; detail: string }[];
}

/** The extras of an entity page: on its first page only. */
export interface EntityExtras {
  map: MapFigure | undefined;
  timeline: TimelineFigure | undefined;
  insights: InsightList[];
}

/** How an article page points to its story thread: by its first article's title. */
export interface ThreadLink extends ArticleLink {
  label: string;
  countText: string;
}

/** One month of a year archive page, as a bar of a small bar list. */
export interface MonthBar {
  text: string;
  href: string | undefined;
  count: string;
  /** Its count / the year's busiest month's, 0..1. */
  share: number;
}

export interface ThreadStep {
  card: ArticleCard;
  places: Link[];
  actors: Link[];
}

export interface ThreadView extends ViewBase {
  kind: "thread";
  kicker: Link;
  /** The thread's first article's title, and its language and direction when not the site's. */
  heading: string;
  headingWords: Words;
  count: string;
  span: string;
  places: NamedCount[];
  actors: NamedCount[];
  map: MapFigure | undefined;
  /** Oldest first: the story as it unfolded. */
  story: ThreadStep[];
  pager: Pager | undefined;
}

export interface ThreadIndexView extends ViewBase {
  kind: "thread-index";
  heading: string;
  intro: string;
  empty: string;
  threads: (Words & { href: string; title: string; countText: string; span: string; latest: ArticleLink & { datetime: string; dateText: string }; places: Link[] })[];
  download: Link;
}

/** A page at an alias's slug that sends readers (and crawlers) on to the entity's page. */
export interface AliasRedirectView extends ViewBase {
  kind: "alias-redirect";
  alias: string;
  target: Link;
  message: string;
}

/** A data file for researchers: written as JSON (GeoJSON is JSON too). */
export interface DataExportView {
  kind: "data-export";
  outputPath: string;
  mediaType: "application/json" | "application/geo+json";
  data: unknown;
}
