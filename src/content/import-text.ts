// `import`: plain-text articles (see plain-text.ts) into Markdown files with front matter. The
// title, date and body come from the text; region, places and actors are proposed from the
// registry names and aliases the text uses; "Read also" titles become read_also entries,
// resolved to slugs where the archive (or this same import) holds the article.
import { findNames, mostNamed, type FoundName } from "../archive/find-names.ts";
import { articlesNamed, type KnownArchive, type KnownArticle } from "../archive/known-archive.ts";
import { lookupName } from "../archive/names.ts";
import { error, warning, type Diagnostic, type Result } from "../model/diagnostic.ts";
import { placeArticle, type Placement } from "./article-placement.ts";
import { isDateProblem, readDate } from "./dates.ts";
import { didYouMean } from "./describe.ts";
import { importBody, type ReadAlsoTarget } from "./import-body.ts";
import { dateInFileName } from "./import-date.ts";
import { parsePlainText, type Block, type Located, type PlainArticle } from "./plain-text.ts";
import { fixQuotes } from "./quotes.ts";
import { writeFrontMatter } from "./write-front-matter.ts";

export interface ImportSource {
  /** The plain-text file as the editor sees it. */
  file: string;
  text: string;
}

export interface ImportOptions {
  /** --date: for every file, before the file name and the text. */
  date: string | undefined;
  /** --region: instead of the one proposed from the text. */
  region: string | undefined;
  contentDisplay: string;
}

export interface ImportedArticle {
  source: string;
  relPath: string;
  file: string;
  text: string;
  /** Written with `draft: true`: a Read also it holds names no one article that a build has. */
  draft: boolean;
}

interface Planned {
  source: ImportSource;
  parsed: PlainArticle;
  title: Located;
  dateText: string;
  place: Placement;
}

/** All files or none: one with an error means nothing is written, so the same command can be run again. */
export function importTexts(sources: readonly ImportSource[], options: ImportOptions, known: KnownArchive): Result<ImportedArticle[]> {
  const diagnostics: Diagnostic[] = [];
  const planned: Planned[] = [];
  const batch: KnownArticle[] = [];
  for (const source of sources) {
    const plan = planOne(source, options, known, batch, diagnostics);
    if (!plan) continue;
    planned.push(plan);
    batch.push({ file: plan.place.file, slug: plan.place.slug, title: plan.title.text, draft: false });
  }
  const everyArticle = [...known.articles, ...batch];
  // A draft leaves the build, and so would an article whose Read also names it: such an
  // article is a draft too, and so on along the links, until no more become drafts.
  const archiveDrafts = known.articles.filter((a) => a.draft).map((a) => a.slug);
  let drafts = new Set(archiveDrafts);
  let made: Result<ImportedArticle | undefined>[];
  for (;;) {
    made = planned.map((plan) => compose(plan, options, known, everyArticle, drafts));
    const next = new Set([...archiveDrafts, ...planned.filter((_, i) => made[i]!.value?.draft).map((plan) => plan.place.slug)]);
    if (next.size === drafts.size) break;
    drafts = next;
  }
  const articles = made.flatMap((one) => {
    diagnostics.push(...one.diagnostics);
    return one.value ? [one.value] : [];
  });
  const failed = diagnostics.some((d) => d.severity === "error");
  return { value: failed ? [] : articles, diagnostics };
}

function planOne(source: ImportSource, options: ImportOptions, known: KnownArchive, batch: readonly KnownArticle[], out: Diagnostic[]): Planned | undefined {
  const parsed = parsePlainText(source.text);
  if (!parsed.title) {
    out.push(error("empty-file", source.file, undefined, undefined, "holds no text", "the first line is the title, then the paragraphs"));
    return undefined;
  }
  const title = { text: fixQuotes(parsed.title.text).text, line: parsed.title.line };
  const fromName = dateInFileName(source.file);
  const [dateText, where] =
    options.date !== undefined ? [options.date, { file: "--date", line: undefined }]
    : fromName !== undefined ? [fromName, { file: source.file, line: undefined }]
    : parsed.date !== undefined ? [parsed.date.text, { file: source.file, line: parsed.date.line }]
    : [undefined, undefined];
  if (dateText === undefined || where === undefined) {
    out.push(error("missing-key", source.file, undefined, "date", "no date in the file name or the text", "pass --date YYYY-MM-DD"));
    return undefined;
  }
  const date = readDate(dateText, known.site.timezone);
  if (isDateProblem(date)) {
    out.push(error("bad-date", where.file, where.line, "date", date.message, date.hint));
    return undefined;
  }
  const placed = placeArticle(title.text, date, options.contentDisplay, [...known.articles, ...batch], { file: source.file, line: title.line });
  out.push(...placed.diagnostics);
  return placed.value && { source, parsed, title, dateText, place: placed.value };
}

function compose(plan: Planned, options: ImportOptions, known: KnownArchive, everyArticle: readonly KnownArticle[], drafts: ReadonlySet<string>): Result<ImportedArticle | undefined> {
  const { source, parsed, place } = plan;
  const diagnostics: Diagnostic[] = [];
  const paragraphs = parsed.blocks.filter((b) => b.kind === "paragraph").map((b) => b.text);
  // "Read also" lines name other articles' subjects: only the title and paragraphs count.
  const texts = [plan.title.text, ...paragraphs];
  const places = findNames(known.indexes.place, texts);
  const actors = findNames(known.indexes.actor, texts);
  const region = options.region !== undefined ? givenRegion(options.region, known) : proposedRegion(findNames(known.indexes.region, texts), places, known);
  if (region === undefined) {
    const hint = "pass --region R";
    return { value: undefined, diagnostics: [error("missing-key", source.file, undefined, "region", `names no region of ${known.registryFiles.region} and no place that has a region`, hint)] };
  }

  const targets = new Map<Block, ReadAlsoTarget>();
  const readAlso: string[] = [];
  const pending: { entry: string; message: string; hint?: string }[] = [];
  for (const block of parsed.blocks) {
    if (block.kind !== "read-also") continue;
    const matches = articlesNamed(everyArticle, block.text).filter((a) => a.slug !== place.slug);
    const only = matches.length === 1 ? matches[0]! : undefined;
    targets.set(block, only && { slug: only.slug });
    const entry = only ? only.slug : block.text;
    if (!readAlso.includes(entry)) readAlso.push(entry);
    // A reference that names no one article would stop the next build: the article is
    // written as a draft (build leaves it out, serve shows what to mend) until it is mended.
    const then = "; it is written as a draft until then (build leaves it out; serve and check stop at it)";
    if (matches.length === 0) pending.push({ entry, message: `${JSON.stringify(block.text)} matches no article yet`, hint: `import or write that article, or remove the line${then}` });
    if (matches.length > 1) pending.push({ entry, message: `${JSON.stringify(block.text)} matches ${matches.length} articles: ${matches.map((a) => a.slug).sort().join(", ")}`, hint: `refer to one by its slug${then}` });
    if (only && drafts.has(only.slug)) pending.push({ entry, message: `${JSON.stringify(block.text)} is a draft`, hint: "this article is written as a draft too, until that one is published" });
  }

  const front = writeFrontMatter({
    title: plan.title.text,
    date: plan.dateText,
    region: region.name,
    places: places.map((p) => p.entity.name),
    actors: actors.map((a) => a.entity.name),
    read_also: readAlso,
    draft: pending.length > 0,
  });
  const bodyLine = front.text.split("\n").length;
  const body = importBody(parsed.blocks, place.file, bodyLine, (block) => targets.get(block));
  if (region.unknown) diagnostics.push(warning("unknown-name", place.file, front.lines.get("region"), "region", `${JSON.stringify(region.name)} is not in ${known.registryFiles.region}`, didYouMean(region.name, known.indexes.region.spellings)));
  for (const p of pending) {
    const i = readAlso.indexOf(p.entry);
    diagnostics.push(warning("unknown-reference", place.file, front.lines.get(`read_also.${i}`), "read_also", p.message, p.hint));
  }
  diagnostics.push(...body.diagnostics);
  return { value: { source: source.file, relPath: place.relPath, file: place.file, text: `${front.text}${body.markdown}\n`, draft: pending.length > 0 }, diagnostics };
}

/** --region as the registry spells it; an unknown one is kept as typed, with a warning. */
function givenRegion(text: string, known: KnownArchive): { name: string; unknown: boolean } {
  const entity = lookupName(known.indexes.region, text);
  return entity?.registered ? { name: entity.name, unknown: false } : { name: text.trim(), unknown: true };
}

/** The region named most (first on a tie), else the region of the place named most. */
function proposedRegion(regions: readonly FoundName[], places: readonly FoundName[], known: KnownArchive): { name: string; unknown: boolean } | undefined {
  const named = mostNamed(regions);
  if (named) return { name: named.entity.name, unknown: false };
  const place = mostNamed(places.filter((p) => p.entity.region !== undefined));
  return place && givenRegion(place.entity.region!, known);
}
