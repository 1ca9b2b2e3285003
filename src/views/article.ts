// The article page view: everything SPEC §5 lists for /articles/<slug>/.
import type { Article } from "../model/article.ts";
import type { ArticleSlug } from "../model/slug.ts";
import { formatDate, readingMinutes } from "../render/dates.ts";
import { ogLocale, type ViewContext } from "./context.ts";
import { absoluteUrl, imageUrl, outputPath, paths, siteAddress } from "./links.ts";
import type { ArticleView } from "./types.ts";
import { threadLink } from "./threads.ts";
import { rfc3339 } from "./rfc3339.ts";
import type { PagePlan } from "./page-plan.ts";

export function articlePlans(ctx: ViewContext): PagePlan<ArticleView>[] {
  const { archive, inputs } = ctx;
  const chronological = archive.articles; // newest first
  const threads = new Map(archive.threads.threads.map((t) => [t.slug, t.members]));
  return chronological.map((article, i) => {
    const newer = chronological[i - 1];
    const older = chronological[i + 1];
    const thread = archive.threads.threadOf.get(article.slug);
    const members = thread === undefined ? undefined : threads.get(thread);
    return {
      outputPath: outputPath(paths.article(article.slug)),
      // What the page shows of other articles: their cards, titles, its thread's name and size.
      fingerprint: inputs.page(
        "article",
        inputs.article(article.slug),
        inputs.articles(article.linksTo),
        inputs.articles(archive.referencedBy.get(article.slug) ?? []),
        inputs.articles(archive.related.get(article.slug) ?? []),
        inputs.articles([newer, older].flatMap((a) => (a ? [a.slug] : []))),
        String(Boolean(newer)),
        members && `${thread} ${members.length} ${inputs.article(members[0]!)}`,
      ),
      view: () => articleView(ctx, i),
    };
  });
}

function articleView(ctx: ViewContext, i: number): ArticleView {
  const { archive } = ctx;
  const site = archive.site;
  const chronological = archive.articles;
  const article = chronological[i]!;
  const newer = chronological[i - 1];
  const older = chronological[i + 1];
  const path = paths.article(article.slug);
  const { lang, dir } = ctx.words(article.lang);
  const own = dir ?? ctx.chrome.dir;
  return {
    kind: "article",
    outputPath: outputPath(path),
    chrome: ctx.chrome,
    head: ctx.head(path, article.title, article.summary, {
      documentTitle: ctx.isolated(article.title, own),
      ogType: "article",
      ogLocale: lang === undefined ? undefined : ogLocale(lang),
      jsonLd: newsArticleJsonLd(ctx, article),
      article: {
        published: rfc3339(article.date),
        modified: rfc3339(article.updated ?? article.date),
        section: ctx.entityLink(article.region).text,
        tags: [...article.places, ...article.actors].map((ref) => ctx.entityLink(ref).text),
      },
      image: article.image && { url: imageUrl(site, article.image.src), alt: article.image.alt },
    }),
    title: article.title,
    lang,
    dir,
    datetime: article.date.attribute,
    dateText: formatDate(article.date, site.language),
    updated: article.updated && {
      datetime: article.updated.attribute,
      text: formatDate(article.updated, site.language),
    },
    readingTime: ctx.t.minutesRead(readingMinutes(article.wordCount)),
    author: article.author,
    source: article.source === undefined ? undefined : article.sourceUrl ? { text: article.source, href: article.sourceUrl } : { text: article.source, href: undefined },
    region: ctx.entityLink(article.region),
    places: article.places.map(ctx.entityLink),
    actors: article.actors.map(ctx.entityLink),
    image: article.image && { src: siteAddress(site, article.image.src), alt: article.image.alt, caption: article.image.caption },
    bodyHtml: article.bodyHtml,
    readAlso: article.readAlso.map(ctx.card),
    referencedBy: (archive.referencedBy.get(article.slug) ?? []).map(ctx.card),
    related: (archive.related.get(article.slug) ?? []).map(ctx.card),
    thread: threadLink(ctx, article.slug),
    previous: older && ctx.articleLink(older.slug),
    next: newer && ctx.articleLink(newer.slug),
  };
}


function newsArticleJsonLd(ctx: ViewContext, article: Article): unknown {
  const site = ctx.archive.site;
  const entityUrl = (ref: Article["region"]) => absoluteUrl(site, paths.entity(ref.kind, ref.slug));
  const name = (ref: Article["region"]) => ctx.entityLink(ref).text;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.summary,
    datePublished: article.date.iso,
    dateModified: (article.updated ?? article.date).iso,
    inLanguage: article.lang,
    url: absoluteUrl(site, paths.article(article.slug)),
    mainEntityOfPage: absoluteUrl(site, paths.article(article.slug)),
    wordCount: article.wordCount,
    ...(article.author ? { author: { "@type": "Person", name: article.author } } : { author: { "@type": "Organization", name: article.source ?? site.title } }),
    publisher: { "@type": "Organization", name: site.title, url: absoluteUrl(site, paths.home()) },
    ...(article.sourceUrl ? { isBasedOn: article.sourceUrl } : {}),
    ...(article.image ? { image: imageUrl(site, article.image.src) } : {}),
    contentLocation: [article.region, ...article.places].map((ref) => ({ "@type": "Place", name: name(ref), url: entityUrl(ref) })),
    // What the article is about: its region, places and actors, each the URL of its page here
    // (where the Place/Organization JSON-LD says more); what it mentions: the articles it links to.
    about: [article.region, ...article.places, ...article.actors].map((ref) => ({ "@type": ref.kind === "actor" ? "Organization" : "Place", name: name(ref), url: entityUrl(ref) })),
    mentions: article.linksTo.map((slug: ArticleSlug) => ({ "@type": "NewsArticle", headline: ctx.archive.bySlug.get(slug)?.title, url: absoluteUrl(site, paths.article(slug)) })),
  };
}
