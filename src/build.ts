// The build, as its stages: load → validate → resolve → index → views → render/write.
// Everything here is pure; loading and writing happen at the edges (cli/, outputs/).
import { fileKey, namedAs, readArticleFile, type FileEntry } from "./content/article-file.ts";
import { knownByName, validateArticle, type ArticleSource, type BrokenArticle } from "./content/validate-article.ts";
import { validateRegistry } from "./content/registry.ts";
import { validateSite, type SiteConfig, type SiteOverrides } from "./content/site-config.ts";
import { parseYaml } from "./content/yaml.ts";
import { normalizeText } from "./content/front-matter.ts";
import type { ArchiveFiles, SourceText } from "./content/load.ts";
import { buildNameIndex, type NameIndex } from "./archive/names.ts";
import { resolve } from "./archive/resolve.ts";
import type { BodySummary } from "./archive/body-links.ts";
import { memoKey, newPipelineMemo, type PipelineMemo, type RegistryIndex } from "./memo.ts";
import { indexArchive, type Archive } from "./archive/index.ts";
import { createMarkdown } from "./render/markdown.ts";
import { siteViews } from "./views/site-views.ts";
import { href, paths } from "./views/links.ts";
import type { SiteViews } from "./views/types.ts";
import { escalate, hasErrors, sortDiagnostics, type Diagnostic, type Result } from "./model/diagnostic.ts";
import { ENTITY_KINDS, type EntityKind } from "./model/entity.ts";
import type { ValidArticle } from "./model/article.ts";

export interface PipelineOptions {
  /** Per-file results of earlier runs; the pipeline fills it with this run's. */
  memo?: PipelineMemo;
  /** Include draft articles (serve, build --drafts). */
  drafts: boolean;
  /** Warnings become errors. */
  strict: boolean;
  overrides: SiteOverrides;
}

export interface PipelineResult {
  diagnostics: Diagnostic[];
  /** Present when there are no errors. */
  archive: Archive | undefined;
  site: SiteConfig;
  articleCount: number;
  /** Files marked draft, valid or not, whether this run included them or not. */
  draftCount: number;
}

/** Everything up to the Archive: what `check` runs, and what `build` renders. */
export function runPipeline(files: ArchiveFiles, options: PipelineOptions): PipelineResult {
  const diagnostics: Diagnostic[] = [];
  const collect = <T>(r: { value: T; diagnostics: Diagnostic[] }): T => {
    diagnostics.push(...r.diagnostics);
    return r.value;
  };

  const site = collect(siteOf(files, options.overrides));
  const memo = options.memo ?? newPipelineMemo();
  const indexes = {} as Record<EntityKind, NameIndex>;
  for (const kind of ENTITY_KINDS) {
    const source = files.registries[kind];
    const unreadable = files.unreadableRegistries?.includes(kind) ?? false;
    const key = memoKey(source ? [kind, source.file, source.digest ?? source.text] : [kind, unreadable ? "unreadable" : "absent"]);
    const registry = memo.registries.get(key, () => registryIndex(kind, source, unreadable));
    diagnostics.push(...registry.diagnostics);
    indexes[kind] = registry.index;
  }

  const md = createMarkdown(site.allowHtml);
  const valid: ValidArticle[] = [];
  const read = new Map<ValidArticle, { key: string; entry: FileEntry; source: ArticleSource }>();
  const broken: BrokenArticle[] = [];
  for (const source of files.articles) {
    // validate and readBody per file, remembered together by everything they depend on.
    const key = fileKey(source, site);
    const remembered = memo.files.get(key, () => readArticleFile(source, site, md));
    const entry = namedAs(remembered, source.file);
    if (entry !== remembered) memo.files.set(key, entry);
    // A draft left out of this build does not stop it: what is wrong with it is a warning
    // here, and an error where it is built (serve, build --drafts, check).
    diagnostics.push(...(entry.broken?.draft && !options.drafts ? entry.diagnostics.map((d) => leftOutDraft(d, options.strict)) : entry.diagnostics));
    if (entry.broken) broken.push(entry.broken);
    if (entry.article && entry.facts) {
      valid.push(entry.article);
      read.set(entry.article, { key, entry, source });
    }
  }
  // A file that could not be read is known by what can be made out of it (its load error stops
  // the build): its name, and, not UTF-8, its front matter read with the bad bytes replaced.
  for (const { file, lossy } of files.unreadable ?? []) broken.push(unreadableArticle(file, lossy, site.timezone));
  const included = valid.filter((a) => options.drafts || !a.draft);
  const leftOut = valid.filter((a) => !options.drafts && a.draft);

  const resolved = collect(
    resolve({
      articles: included,
      leftOut,
      broken: broken.map((b) => ({ ...b, leftOut: b.draft && !options.drafts })),
      indexes,
      registryFiles: files.registryFiles,
      unlistedFolders: files.unlistedFolders,
      siteLanguage: site.language,
      readBody: (article) => read.get(article)!.entry.facts!,
      // Kept in the entry once made, so serve, which keeps its memo in memory, makes it once.
      bodyHtml: (article) => {
        const { entry, source } = read.get(article)!;
        entry.html ??= readArticleFile(source, site, md).html!;
        return entry.html;
      },
      sourceDigest: (article) => read.get(article)!.key,
      articleHref: (slug) => href(site, paths.article(slug)),
    }),
  );

  const final = sortDiagnostics(escalate(diagnostics, options.strict));
  const draftCount = broken.filter((b) => b.draft).length + valid.filter((a) => a.draft).length;
  if (hasErrors(final)) return { diagnostics: final, archive: undefined, site, articleCount: files.articles.length, draftCount };
  const indexed = indexArchive(site, resolved.articles, resolved.entities, memo.index);
  memo.index = indexed.memo;
  const archive = indexed.archive;
  return { diagnostics: final, archive, site, articleCount: archive.articles.length, draftCount };
}

function unreadableArticle(file: string, lossy: string | undefined, timezone: string): BrokenArticle {
  if (lossy === undefined) return knownByName(file);
  // What validation makes out of it, valid or not; never a left-out draft, nor checked for its
  // names (text with bad bytes replaced): the load error stops every build.
  const named = knownByName(file);
  const read = validateArticle({ file, text: lossy }, timezone);
  const made = read.value ?? read.broken ?? named;
  return { ...named, slug: made.slug ?? named.slug, titleKey: made.titleKey };
}

function leftOutDraft(d: Diagnostic, strict: boolean): Diagnostic {
  if (d.severity !== "error") return d;
  // Under --strict the warning is an error again: the note must not say only others stop at it.
  const note = strict ? "a draft, left out of this build; --strict stops at it as at every warning" : "a draft, left out of this build; serve and build --drafts stop at it";
  return { ...d, severity: "warning", hint: d.hint ? `${d.hint} (${note})` : note };
}

/** A registry file validated and indexed by name: a pure function of its text. `unreadable`:
 *  the file is there but could not be read (its load error is told). */
function registryIndex(kind: EntityKind, source: SourceText | undefined, unreadable: boolean): RegistryIndex {
  const entries = source ? validateRegistry(source.file, kind, parseYaml(normalizeText(source.text))) : { value: [], diagnostics: [] };
  const index = buildNameIndex(kind, entries.value);
  const value = entries.unreadable || unreadable ? { ...index.value, unreadable: true } : source ? index.value : { ...index.value, absent: true };
  return { diagnostics: [...entries.diagnostics, ...index.diagnostics], index: value };
}

/** The site settings, from site.yaml and the command line's overrides. */
export function siteOf(files: ArchiveFiles, overrides: SiteOverrides): Result<SiteConfig> {
  return validateSite(files.siteFile, files.site && parseYaml(normalizeText(files.site.text)), overrides);
}

export function viewsOf(archive: Archive): SiteViews {
  return siteViews(archive, createMarkdown(archive.site.allowHtml));
}
