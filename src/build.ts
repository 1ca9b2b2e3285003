// The build, as its stages: load → validate → resolve → index → views → render/write.
// Everything here is pure; loading and writing happen at the edges (cli/, outputs/).
import { validateArticle } from "./content/validate-article.ts";
import { validateRegistry, type RegistryEntry } from "./content/registry.ts";
import { validateSite, type SiteConfig, type SiteOverrides } from "./content/site-config.ts";
import { parseYaml } from "./content/yaml.ts";
import { normalizeText } from "./content/front-matter.ts";
import type { ArchiveFiles } from "./content/load.ts";
import { buildNameIndex, type NameIndex } from "./archive/names.ts";
import { resolve } from "./archive/resolve.ts";
import { indexArchive, type Archive } from "./archive/index.ts";
import { createMarkdown } from "./render/markdown.ts";
import { siteViews } from "./views/site-views.ts";
import type { SiteViews } from "./views/types.ts";
import { escalate, hasErrors, sortDiagnostics, type Diagnostic } from "./model/diagnostic.ts";
import { ENTITY_KINDS, type EntityKind } from "./model/entity.ts";
import type { ValidArticle } from "./model/article.ts";

export interface PipelineOptions {
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
}

/** Everything up to the Archive: what `check` runs, and what `build` renders. */
export function runPipeline(files: ArchiveFiles, options: PipelineOptions): PipelineResult {
  const diagnostics: Diagnostic[] = [];
  const collect = <T>(r: { value: T; diagnostics: Diagnostic[] }): T => {
    diagnostics.push(...r.diagnostics);
    return r.value;
  };

  const site = collect(validateSite(files.siteFile, files.site && parseYaml(normalizeText(files.site.text)), options.overrides));
  const indexes = {} as Record<EntityKind, NameIndex>;
  for (const kind of ENTITY_KINDS) {
    const source = files.registries[kind];
    const entries: RegistryEntry[] = source ? collect(validateRegistry(source.file, kind, parseYaml(normalizeText(source.text)))) : [];
    indexes[kind] = collect(buildNameIndex(kind, entries));
  }

  const valid: ValidArticle[] = [];
  for (const source of files.articles) {
    const article = collect(validateArticle(source, site.timezone));
    if (article) valid.push(article);
  }
  const included = valid.filter((a) => options.drafts || !a.draft);
  const leftOut = valid.filter((a) => !options.drafts && a.draft);

  const md = createMarkdown(site.allowHtml);
  const resolved = collect(resolve({ articles: included, leftOut, indexes, registryFiles: files.registryFiles, siteLanguage: site.language, md }));

  const final = sortDiagnostics(escalate(diagnostics, options.strict));
  if (hasErrors(final)) return { diagnostics: final, archive: undefined, site, articleCount: files.articles.length };
  const archive = indexArchive(site, resolved.articles, resolved.entities);
  return { diagnostics: final, archive, site, articleCount: archive.articles.length };
}

export function viewsOf(archive: Archive): SiteViews {
  return siteViews(archive, createMarkdown(archive.site.allowHtml));
}
