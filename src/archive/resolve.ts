// resolve: names → entities (registered or not), references → articles, bodies → links.
import type { Article, Mention, ValidArticle } from "../model/article.ts";
import { error, warning, type Diagnostic, type Result } from "../model/diagnostic.ts";
import { ENTITY_KINDS, KIND_FOLDER, type Entity, type EntityKind, type EntityRef } from "../model/entity.ts";
import { matchKey, MAX_SLUG_LENGTH, RESERVED_SLUGS, type ArticleSlug } from "../model/slug.ts";
import { didYouMean } from "../content/describe.ts";
import type { BodySummary } from "./body-links.ts";
import type { BrokenArticle } from "../content/validate-article.ts";
import { lazyField } from "../model/lazy-field.ts";
import { fillWikilinks, wikilinkHtml } from "../render/markdown.ts";
import { languageDirection } from "../model/language-direction.ts";
import { addUnregistered, longSlug, lookupKey, lookupName, type NameIndex } from "./names.ts";
import { findArticle, makeFinder } from "./references.ts";

export interface ResolveInput {
  /** Articles in this build, sorted by file. */
  articles: readonly ValidArticle[];
  /** Valid articles left out (drafts), only to explain references to them. */
  leftOut: readonly ValidArticle[];
  /** Articles that do not validate; `leftOut`: a draft this build leaves out. */
  broken?: readonly (BrokenArticle & { leftOut: boolean })[];
  indexes: Record<EntityKind, NameIndex>;
  /** Path of each registry file as the editor sees it, for messages. */
  registryFiles: Record<EntityKind, string>;
  siteLanguage: string;
  /** The body facts of an article (readBody, or its cached result). */
  readBody: (article: ValidArticle) => BodySummary;
  /** Its body's HTML with link markers (BodyFacts.html): asked for only when a page shows it. */
  bodyHtml: (article: ValidArticle) => string;
  /** The memo key of an article's file: what its text (and the settings it was read with) was. */
  sourceDigest: (article: ValidArticle) => string;
  /** Folders of articles that could not be listed: a reference to nothing may be to one of theirs. */
  unlistedFolders?: readonly string[];
  /** The href of an article page, so [[links]] render as final links in the one parse. */
  articleHref: (slug: ArticleSlug) => string;
}

export interface Resolved {
  articles: Article[];
  entities: Record<EntityKind, Entity[]>;
}

export function resolve(input: ResolveInput): Result<Resolved> {
  const diagnostics: Diagnostic[] = [];
  const indexes = copyIndexes(input.indexes);
  const articles = uniqueSlugs(input.articles, diagnostics);
  const finder = makeFinder(articles, input.leftOut, input.broken);
  checkPlaceRegions(indexes, input.registryFiles, diagnostics);

  // One ref object per entity, shared by the articles naming it (entityKey keeps its key).
  const shared = { place: new Map<string, EntityRef>(), actor: new Map<string, EntityRef>(), region: new Map<string, EntityRef>() };
  const refOf = (kind: EntityKind, slug: Entity["slug"]): EntityRef => {
    let ref = shared[kind].get(slug);
    if (!ref) shared[kind].set(slug, (ref = { kind, slug }));
    return ref;
  };
  const resolveNames = (article: { file: string }, kind: EntityKind, key: string, mentions: readonly Mention[]): EntityRef[] => {
    // A handful per article: an array and identity checks beat a Map here (30,000 calls).
    const refs: EntityRef[] = [];
    for (const mention of mentions) {
      if (mention.text.trim() === "") continue;
      const index = indexes[kind];
      let entity = lookupKey(index, mention.key);
      if (!entity) {
        entity = addUnregistered(index, mention.text, mention.key);
        if (RESERVED_SLUGS.has(entity.slug)) {
          diagnostics.push(error("reserved-slug", article.file, mention.line, key, `${JSON.stringify(mention.text)} has the slug "${entity.slug}", a reserved path under /${KIND_FOLDER[kind]}/`));
        }
        if (entity.slug.length > MAX_SLUG_LENGTH) diagnostics.push(error("bad-slug", article.file, mention.line, key, longSlug(mention.text, entity.slug), "shorten the name"));
      }
      // A name too long to be a page is told once, as that; not also as missing from the registry.
      if (!entity.registered && entity.slug.length <= MAX_SLUG_LENGTH && !index.unreadable) {
        diagnostics.push(warning("unknown-name", article.file, mention.line, key, `${JSON.stringify(mention.text)} is not in ${input.registryFiles[kind]}`, index.absent ? "there is no such file: create it to register names (optional)" : didYouMean(mention.text, index.spellings)));
      }
      const ref = refOf(kind, entity.slug);
      if (!refs.includes(ref)) refs.push(ref);
    }
    return refs;
  };

  const followFrom = (from: { file: string; slug: string | undefined; titleKey?: string | undefined }, ref: Pick<Mention, "text" | "key">, line: number | undefined, key: string, shown: string): ArticleSlug | undefined => {
    const found = findArticle(finder, ref.text, ref.key);
    // Its target exists but does not validate: its own errors stop the build, and a fix there
    // mends this reference too. Reporting it here as "no article" would be false. Unless that
    // target is the referring article itself, which has errors of its own.
    if (found.kind === "broken") {
      const own = from.slug !== undefined && (ref.text.trim() === from.slug || ref.key === matchKey(from.slug) || ref.key === from.titleKey);
      if (own) diagnostics.push(error("self-reference", from.file, line, key, `${shown} is this article itself`));
      return undefined;
    }
    if (found.kind !== "found") {
      const unlisted = found.kind === "unknown" && input.unlistedFolders?.length ? `${input.unlistedFolders.join(", ")} could not be read and may hold it` : undefined;
      const hint = [found.hint, unlisted].filter(Boolean).join("; ") || undefined;
      diagnostics.push(error(found.kind === "ambiguous" ? "ambiguous-reference" : "unknown-reference", from.file, line, key, `${shown} ${found.message}`, hint));
      return undefined;
    }
    // By file: an article with errors of its own may have taken a valid one's slug.
    if (found.article.file === from.file) {
      diagnostics.push(error("self-reference", from.file, line, key, `${shown} is this article itself`));
      return undefined;
    }
    return found.article.slug;
  };

  // An article with errors of its own still has its names and references checked: an editor
  // mends every problem of a file in one round (SPEC §4). Its errors stop the build anyway, so
  // the names it adds to the indexes make no pages.
  for (const b of input.broken ?? []) {
    if (b.leftOut || !b.parts) continue;
    const { parts } = b;
    if (parts.region) resolveNames(b, "region", "region", [parts.region]);
    resolveNames(b, "place", "places", parts.places);
    resolveNames(b, "actor", "actors", parts.actors);
    for (const mention of parts.readAlso) followFrom(b, mention, mention.line, "read_also", JSON.stringify(mention.text));
    for (const link of parts.links ?? []) followFrom(b, { text: link.ref, key: link.key }, link.line, "body", `[[${link.ref}]]`);
  }

  const resolved: Article[] = [];
  for (const article of articles) {
    const region = resolveNames(article, "region", "region", [article.region])[0]!;
    const places = resolveNames(article, "place", "places", article.places);
    const actors = resolveNames(article, "actor", "actors", article.actors);
    const body = input.readBody(article);

    const readAlso: ArticleSlug[] = [];
    const linksTo: ArticleSlug[] = [];
    const targets: (ArticleSlug | undefined)[] = [];
    const follow = (ref: Pick<Mention, "text" | "key">, line: number | undefined, key: string, shown: string) => followFrom(article, ref, line, key, shown);
    for (const mention of article.readAlso) {
      const slug = follow(mention, mention.line, "read_also", JSON.stringify(mention.text));
      if (slug) pushNew(readAlso, slug);
    }
    for (const link of body.links) {
      const slug = follow({ text: link.ref, key: link.key }, link.line, "body", `[[${link.ref}]]`);
      targets.push(slug);
      if (!slug) continue;
      if (link.inReadAlso) pushNew(readAlso, slug);
      pushNew(linksTo, slug);
    }
    for (const slug of readAlso) pushNew(linksTo, slug);

    const result: Omit<Article, "bodyHtml"> = {
      file: article.file,
      sourceDigest: input.sourceDigest(article),
      slug: article.slug,
      title: article.title,
      date: article.date,
      updated: article.updated,
      region,
      places,
      actors,
      readAlso,
      linksTo,
      summary: article.summary ?? fillWikilinks(body.firstParagraph, (i) => {
        const target = targets[i] === undefined ? undefined : finder.bySlug.get(targets[i]!);
        return target?.title ?? body.links[i]!.ref;
      }),
      author: article.author,
      source: article.source,
      sourceUrl: article.sourceUrl,
      lang: article.lang ?? input.siteLanguage,
      draft: article.draft,
      image: article.image,
      wordCount: body.wordCount,
    };
    // Made when a page first shows it: a rebuild renders a few articles' pages, and an
    // unchanged article's HTML is not in the memo file (BodySummary).
    resolved.push(
      lazyField(result, "bodyHtml", () => {
        const around = languageDirection(result.lang);
        return fillWikilinks(input.bodyHtml(article), (i) => {
          const link = body.links[i]!;
          const target = targets[i] === undefined ? undefined : finder.bySlug.get(targets[i]!);
          const lang = target && (target.lang ?? input.siteLanguage);
          const marked = target && { href: input.articleHref(target.slug), title: target.title, lang: lang === result.lang ? undefined : lang, dir: languageDirection(lang!) };
          return wikilinkHtml(marked, link.label, link.ref, around);
        });
      }),
    );
  }

  const entities = Object.fromEntries(
    ENTITY_KINDS.map((kind) => [kind, [...indexes[kind].entities.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))]),
  ) as Record<EntityKind, Entity[]>;
  return { value: { articles: resolved, entities }, diagnostics };
}

/** Two articles may not share a slug: the first file (in path order) keeps it. */
function uniqueSlugs(articles: readonly ValidArticle[], out: Diagnostic[]): ValidArticle[] {
  const first = new Map<string, ValidArticle>();
  const kept: ValidArticle[] = [];
  for (const article of articles) {
    const holder = first.get(article.slug);
    if (holder) {
      out.push(error("duplicate-slug", article.file, article.slugLine ?? 1, "slug", `"${article.slug}" is also the slug of ${holder.file}`, "set a different slug: in one of them"));
      continue;
    }
    first.set(article.slug, article);
    kept.push(article);
  }
  return kept;
}

function checkPlaceRegions(indexes: Record<EntityKind, NameIndex>, files: Record<EntityKind, string>, out: Diagnostic[]): void {
  if (indexes.region.unreadable) return;
  for (const place of indexes.place.entities.values()) {
    if (place.region === undefined || lookupName(indexes.region, place.region)) continue;
    out.push(warning("unknown-name", files.place, indexes.place.entries.get(place.slug)?.regionLine, "region", `${JSON.stringify(place.region)} (region of ${JSON.stringify(place.name)}) is not in ${files.region}`, didYouMean(place.region, indexes.region.spellings)));
  }
}

function copyIndexes(indexes: Record<EntityKind, NameIndex>): Record<EntityKind, NameIndex> {
  const copy = (i: NameIndex): NameIndex => ({ kind: i.kind, entities: new Map(i.entities), byKey: new Map(i.byKey), spellings: i.spellings, entries: i.entries, unreadable: i.unreadable, absent: i.absent });
  return { place: copy(indexes.place), actor: copy(indexes.actor), region: copy(indexes.region) };
}

function pushNew<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item);
}
