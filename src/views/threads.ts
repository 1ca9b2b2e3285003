// Story threads: /threads/ (newest activity first) and /threads/<slug>/ (the story in order).
import type { Thread } from "../archive/threads.ts";
import { paginate, type PageSlice } from "../archive/paginate.ts";
import type { Article } from "../model/article.ts";
import { entityKey, type EntityRef } from "../model/entity.ts";
import type { ArticleSlug, EntitySlug } from "../model/slug.ts";
import { formatShortDate } from "../render/dates.ts";
import { fill } from "../render/i18n/fill.ts";
import type { ViewContext } from "./context.ts";
import { pager, pagerFor, type BasePager } from "./pager.ts";
import type { NamedCount, ThreadIndexView, ThreadLink, ThreadView } from "./insight-types.ts";
import { href, outputPath, paths } from "./links.ts";
import { threadMap } from "./maps.ts";
import type { PagePlan } from "./page-plan.ts";

/** A thread page names its most frequent places and actors, not all of a sprawling thread's. */
const THREAD_NAMES_MAX = 12;

export function threadPlans(ctx: ViewContext): PagePlan<ThreadView>[] {
  const { archive, inputs } = ctx;
  return archive.threads.threads.flatMap((thread) => {
    const pages = paginate(thread.members, archive.site.pageSize, paths.thread(thread.slug));
    // Every page shows the thread's title (its first article's), size and span, and its own
    // stretch of the story; page 1 the places, actors and map of all of it.
    const members = inputs.meta(thread.members);
    const first = inputs.article(thread.members[0]!);
    let shared: ThreadShared | undefined;
    return pages.map((page) => ({
      outputPath: outputPath(page.path),
      fingerprint: inputs.page("thread", thread.slug, page.number, members, first, inputs.articles(page.items)),
      view: () => threadPage(ctx, thread, (shared ??= threadShared(ctx, thread)), page.number),
    }));
  });
}

/** What all pages of a thread share, made once for them. */
interface ThreadShared {
  members: Article[];
  pages: PageSlice<Article>[];
  basePager: BasePager | undefined;
}

function threadShared(ctx: ViewContext, thread: Thread): ThreadShared {
  const { archive, t } = ctx;
  const members = thread.members.map((slug) => archive.bySlug.get(slug)!);
  // A long thread reads on over pages like any listing; the story keeps its order across them.
  const pages = paginate(members, archive.site.pageSize, paths.thread(thread.slug));
  const basePager = pager(ctx, pages);
  if (basePager) Object.assign(basePager, { newerText: t.older, olderText: t.newer });
  return { members, pages, basePager };
}

function threadPage(ctx: ViewContext, thread: Thread, { members, pages, basePager }: ThreadShared, number: number): ThreadView {
  const { archive, t } = ctx;
  const site = archive.site;
  const kicker = { href: href(site, paths.threads()), text: t.threads };
  const title = members[0]!.title;
  const words = ctx.words(members[0]!.lang);
  const page = pages[number - 1]!;
  // Not the title of its first article's page: "Story thread: …".
  const pageTitle = fill(t.thread, { title });
  const titled = (title: string) => {
    const named = fill(t.thread, { title });
    return page.number === 1 ? named : `${named} — ${t.pageOf(page.number, page.total)}`;
  };
  const extras = (): Pick<ThreadView, "places" | "actors" | "map"> => page1Extras(ctx, tally(members.flatMap((a) => a.places)), members.flatMap((a) => a.actors));
  return {
    kind: "thread" as const,
    outputPath: outputPath(page.path),
    chrome: ctx.chrome,
    head: ctx.head(page.path, titled(title), `${pageTitle} — ${t.articleCount(members.length)}`, {
      documentTitle: titled(ctx.isolated(title, words.dir ?? ctx.chrome.dir)),
      prev: page.number > 1 ? href(site, pages[page.number - 2]!.path) : undefined,
      next: page.number < page.total ? href(site, pages[page.number]!.path) : undefined,
    }),
    kicker,
    heading: title,
    headingWords: words,
    count: t.articleCount(members.length),
    span: spanText(ctx, thread),
    ...(page.number === 1 ? extras() : { places: [], actors: [], map: undefined }),
    story: page.items.map((a) => ({ card: ctx.card(a.slug), places: a.places.map(ctx.entityLink), actors: a.actors.map(ctx.entityLink) })),
    pager: pagerFor(basePager, page.number),
  };
}

export function threadIndexView(ctx: ViewContext): ThreadIndexView {
  const { archive, t } = ctx;
  const site = archive.site;
  const path = paths.threads();
  return {
    kind: "thread-index",
    outputPath: outputPath(path),
    chrome: ctx.chrome,
    head: ctx.head(path, t.threads, t.threadsIntro),
    heading: t.threads,
    intro: t.threadsIntro,
    empty: t.noThreads,
    threads: archive.threads.threads.map((thread) => {
      const latest = archive.bySlug.get(thread.members[thread.members.length - 1]!)!;
      const places = tally(thread.members.flatMap((slug) => archive.bySlug.get(slug)!.places));
      const first = ctx.articleLink(thread.members[0]!);
      return {
        href: href(site, paths.thread(thread.slug)),
        title: first.text,
        lang: first.lang,
        dir: first.dir,
        countText: t.articleCount(thread.members.length),
        span: spanText(ctx, thread),
        latest: {
          ...ctx.articleLink(latest.slug),
          datetime: latest.date.attribute,
          dateText: formatShortDate(latest.date, site.language),
        },
        places: places.slice(0, 3).map(({ ref }) => ctx.entityLink(ref)),
      };
    }),
    download: { href: href(site, paths.data("graph.json")), text: t.downloadGraph },
  };
}

const links = new WeakMap<ViewContext, Map<string, ThreadLink>>();

/** The link an article page shows to its thread, if it has one. */
export function threadLink(ctx: ViewContext, slug: ArticleSlug): ThreadLink | undefined {
  const { archive, t } = ctx;
  let byThread = links.get(ctx);
  if (!byThread) {
    byThread = new Map(
      archive.threads.threads.map((thread) => {
        const { text, lang, dir } = ctx.articleLink(thread.members[0]!);
        return [thread.slug, { label: t.partOfThread, href: href(archive.site, paths.thread(thread.slug)), text, lang, dir, countText: t.articleCount(thread.members.length) }];
      }),
    );
    links.set(ctx, byThread);
  }
  const threadSlug = archive.threads.threadOf.get(slug);
  return threadSlug === undefined ? undefined : byThread.get(threadSlug);
}

function page1Extras(ctx: ViewContext, places: Tally[], actors: EntityRef[]): Pick<ThreadView, "places" | "actors" | "map"> {
  const named = (list: Tally[]): NamedCount[] =>
    list.slice(0, THREAD_NAMES_MAX).map(({ ref, count }) => {
      const link = ctx.entityLink(ref);
      return { href: link.href, name: link.text, countText: ctx.t.articleCount(count) };
    });
  return {
    places: named(places),
    actors: named(tally(actors)),
    map: threadMap(ctx, new Map(places.map((p) => [p.ref.slug as EntitySlug, p.count])), places.length <= THREAD_NAMES_MAX),
  };
}

interface Tally {
  ref: EntityRef;
  count: number;
}

/** Entities by how many of the thread's articles name them, then by slug (the name's transliteration). */
function tally(refs: readonly EntityRef[]): Tally[] {
  const counts = new Map<string, Tally>();
  for (const ref of refs) {
    const key = entityKey(ref);
    const cell = counts.get(key);
    if (cell) cell.count++;
    else counts.set(key, { ref, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || (a.ref.slug < b.ref.slug ? -1 : a.ref.slug > b.ref.slug ? 1 : 0));
}

function spanText(ctx: ViewContext, thread: Thread): string {
  const site = ctx.archive.site;
  const first = ctx.archive.bySlug.get(thread.members[0]!)!;
  const last = ctx.archive.bySlug.get(thread.members[thread.members.length - 1]!)!;
  return ctx.t.span(formatShortDate(first.date, site.language), formatShortDate(last.date, site.language));
}
