// Feeds: the site's latest articles as Atom and JSON Feed, and an Atom feed per place, actor
// and region. Entries are plain data with absolute URLs, shared between the feeds they appear in.
import { mapUrlAttributes } from "../render/url-attributes.ts";
import type { Article } from "../model/article.ts";
import { ENTITY_KINDS, entityKey, type Entity, type EntityRef } from "../model/entity.ts";
import type { ArticleSlug } from "../model/slug.ts";
import type { ArticleDate } from "../content/dates.ts";
import { rfc3339 } from "./rfc3339.ts";
import { escapeHtml, html } from "../render/html.ts";
import { fill, fillHtml } from "../render/i18n/fill.ts";
import { decodeEntities } from "../render/html-text.ts";
import type { ViewContext } from "./context.ts";
import { absoluteUrl, href, imageUrl, outputPath, paths, siteAddress } from "./links.ts";
import type { FeedEntry, FeedLink, FeedView } from "./types.ts";
import type { PagePlan } from "./page-plan.ts";
import { languageDirection, type Direction } from "../model/language-direction.ts";
import type { SiteConfig } from "../content/site-config.ts";

export interface FeedPlans {
  atom: PagePlan<FeedView>[];
  json: PagePlan<FeedView>[];
}

export function feedPlans(ctx: ViewContext): FeedPlans {
  const { archive, t, inputs } = ctx;
  const site = archive.site;
  // The site feeds carry each article in full; the thousands of entity feeds carry the
  // summary and the link, or an article naming 5,000 places would be copied 5,000 times.
  const entries = new Map<string, FeedEntry>();
  const entryOf = (slug: ArticleSlug, full: boolean): FeedEntry => {
    const key = `${full ? "full" : "summary"}:${slug}`;
    let entry = entries.get(key);
    if (!entry) {
      entry = feedEntry(ctx, archive.bySlug.get(slug)!, full);
      entries.set(key, entry);
    }
    return entry;
  };
  const feed = (kind: FeedView["kind"], path: string, pagePath: string, title: string, subtitle: string, slugs: readonly ArticleSlug[]): FeedView => {
    const latest = slugs.slice(0, site.feedSize);
    const articles = latest.map((s) => archive.bySlug.get(s)!);
    // The feed changed when its newest-updated entry did. An empty feed (a registered place no
    // article names yet) never changed: it takes the epoch, not the archive's newest date,
    // which would tell readers it changed, and rewrite every such feed, at each new article.
    const updated = articles.reduce<Article | undefined>((best, a) => (!best || lastModified(a).epochMs > lastModified(best).epochMs ? a : best), undefined);
    return {
      kind,
      outputPath: outputPath(path),
      id: absoluteUrl(site, path),
      title,
      subtitle,
      language: site.language,
      updated: updated ? rfc3339(lastModified(updated)) : "1970-01-01T00:00:00Z",
      selfUrl: absoluteUrl(site, path),
      pageUrl: absoluteUrl(site, pagePath),
      author: site.title,
      entries: latest.map((slug) => entryOf(slug, kind === "json-feed" || path === paths.feed())),
    };
  };

  const all = archive.articles.map((a) => a.slug);
  const subtitle = site.description || t.latest;
  const latest = inputs.articles(all.slice(0, site.feedSize));
  const atom: PagePlan<FeedView>[] = [{ outputPath: outputPath(paths.feed()), fingerprint: inputs.page("feed", latest), view: () => feed("atom", paths.feed(), paths.home(), site.title, subtitle, all) }];
  const json: PagePlan<FeedView>[] = [{ outputPath: outputPath(paths.jsonFeed()), fingerprint: inputs.page("json-feed", latest), view: () => feed("json-feed", paths.jsonFeed(), paths.home(), site.title, subtitle, all) }];
  for (const kind of ENTITY_KINDS) {
    const kindLabel = { place: t.place, actor: t.actor, region: t.region }[kind];
    for (const entity of archive.entities[kind]) {
      const slugs = archive.articlesOf.get(entityKey(entity)) ?? [];
      const path = paths.entityFeed(kind, entity.slug);
      atom.push({
        outputPath: outputPath(path),
        fingerprint: inputs.page("entity-feed", entityKey(entity), inputs.articles(slugs.slice(0, site.feedSize))),
        view: () => feed("atom", path, paths.entity(kind, entity.slug), `${entity.name} — ${site.title}`, fill(t.kindNamed, { kind: kindLabel, name: entity.name }), slugs),
      });
    }
  }
  return { atom, json };
}

/** The `<link rel="alternate">` an entity page gives its own feed. */
export function entityFeedLink(ctx: ViewContext, entity: Entity): FeedLink {
  // Shown in the page's footer, and by browsers that list a page's feeds: isolated.
  const title = ctx.t.feedOf(ctx.isolated(entity.name));
  return { href: href(ctx.archive.site, paths.entityFeed(entity.kind, entity.slug)), type: "application/atom+xml", title, text: title };
}

/** At most this many categories an entry: region, then places, then actors. */
export const FEED_CATEGORY_LIMIT = 20;

function feedEntry(ctx: ViewContext, article: Article, full: boolean): FeedEntry {
  const site = ctx.archive.site;
  const url = absoluteUrl(site, paths.article(article.slug));
  const credit = article.source === undefined
    ? ""
    : `\n<p class="source">${fillHtml(ctx.t.source, { name: article.sourceUrl ? html`<a href="${article.sourceUrl}">${article.source}</a>` : article.source }).value}</p>`;
  const category = (ref: EntityRef) => ({ term: ctx.entityLink(ref).text, scheme: absoluteUrl(site, paths.entityIndex(ref.kind)) });
  return {
    id: url,
    url,
    title: article.title,
    published: rfc3339(article.date),
    updated: rfc3339(lastModified(article)),
    // SPEC §2: the source is credited in feeds. An entry with the body has it after the body;
    // one with the summary alone (entity feeds) after the summary.
    summary: full || article.source === undefined ? article.summary : [article.summary, fill(ctx.t.source, { name: article.source })].filter(Boolean).join(" — "),
    // The body the article page shows (rendered once, by the pipeline), its links made absolute.
    // The credit is the site's words, outside the body's direction.
    contentHtml: full ? absoluteLinks(withDirection(leadImage(article, site) + article.bodyHtml, languageDirection(article.lang), ctx.chrome.dir) + credit, site.baseUrl, url) : undefined,
    author: article.author,
    lang: article.lang === site.language ? undefined : article.lang,
    source: article.source === undefined ? undefined : { name: article.source, url: article.sourceUrl },
    image: article.image && imageUrl(site, article.image.src),
    categories: [article.region, ...article.places, ...article.actors].slice(0, FEED_CATEGORY_LIMIT).map(category),
  };
}

/**
 * A feed reader lays out content in its own interface's direction: xml:lang and JSON Feed's
 * language do not tell it the direction, and neither format has a field that does. Content of a
 * right-to-left site, or written right to left, says its direction in its markup; that of a
 * left-to-right article on a left-to-right site stays as it always was.
 */
function withDirection(contentHtml: string, own: Direction, site: Direction): string {
  return own === "ltr" && site === "ltr" ? contentHtml : `<div dir="${own}">\n${contentHtml}</div>`;
}

/** The lead picture at the head of a feed entry's content, as the article page shows it (its
 *  root path made absolute with the body's links). */
function leadImage(article: Article, site: SiteConfig): string {
  if (!article.image) return "";
  const { src, alt, caption } = article.image;
  return html`<figure><img src="${siteAddress(site, src)}" alt="${alt}">${caption ? html`<figcaption>${caption}</figcaption>` : ""}</figure>
`.value;
}

function lastModified(article: Article): ArticleDate {
  return article.updated ?? article.date;
}

/**
 * Feed readers show content away from the site, where `/news/articles/x/` means nothing:
 * root-relative URLs (href, src, poster, action, srcset) become absolute, and relative ones
 * (`../places/kidal/`, `#notes`, written by hand in a body) are resolved against the article's
 * URL, as its page resolves them.
 */
export function absoluteLinks(markup: string, baseUrl: string, pageUrl: string): string {
  return mapUrlAttributes(markup, (value) => {
    // Absolute (a scheme) or protocol-relative: as written.
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(value)) return undefined;
    // A fragment is of the article's page, not of the feed a reader resolves it against.
    if (value.startsWith("#")) return `${pageUrl}${value}`;
    if (value.startsWith("/") && !value.startsWith("/\\")) return `${baseUrl}${value}`;
    try {
      return escapeHtml(new URL(decodeEntities(value), pageUrl).href);
    } catch {
      // Not a URL a browser could follow either (allow_html lets anything through): as written.
      return undefined;
    }
  });
}
