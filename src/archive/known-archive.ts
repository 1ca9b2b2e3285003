// What `new` and `import` need to know about the archive they write into: the site settings,
// the registries (through the same validation and name index as the build) and the slugs and
// titles of the articles already there. A broken article elsewhere must not stop an editor
// from adding one, so problems here are not reported: `check` does that.
import type { ArchiveFiles } from "../content/load.ts";
import { normalizeText } from "../content/front-matter.ts";
import { validateRegistry } from "../content/registry.ts";
import { validateSite, type SiteConfig } from "../content/site-config.ts";
import { fileSlug, validateArticle } from "../content/validate-article.ts";
import { parseYaml } from "../content/yaml.ts";
import { ENTITY_KINDS, type EntityKind } from "../model/entity.ts";
import { matchKey } from "../model/slug.ts";
import { buildNameIndex, type NameIndex } from "./names.ts";

export interface KnownArticle {
  file: string;
  slug: string;
  /** undefined when the article does not validate (its title cannot be trusted). */
  title: string | undefined;
  /** Marked `draft: true`: a build leaves it out, so what names it is left out too (import). */
  draft: boolean;
}

export interface KnownArchive {
  site: SiteConfig;
  indexes: Record<EntityKind, NameIndex>;
  registryFiles: Record<EntityKind, string>;
  articles: KnownArticle[];
}

export function knownArchive(files: ArchiveFiles): KnownArchive {
  const site = validateSite(files.siteFile, files.site && parseYaml(normalizeText(files.site.text))).value;
  const indexes = {} as Record<EntityKind, NameIndex>;
  for (const kind of ENTITY_KINDS) {
    const source = files.registries[kind];
    const entries = source ? validateRegistry(source.file, kind, parseYaml(normalizeText(source.text))).value : [];
    indexes[kind] = buildNameIndex(kind, entries).value;
  }
  const articles = files.articles.map((source): KnownArticle => {
    const validated = validateArticle(source, site.timezone);
    const valid = validated.value;
    return valid ? { file: source.file, slug: valid.slug, title: valid.title, draft: valid.draft } : { file: source.file, slug: fileSlug(source.file), title: undefined, draft: validated.broken?.draft === true };
  });
  return { site, indexes, registryFiles: files.registryFiles, articles };
}

/**
 * The articles a reference (slug or title) names, by the rule of SPEC §2: its slug form equals
 * the slug or the slug form of the title. One is a match; none or several is for the caller to say.
 */
export function articlesNamed(articles: readonly KnownArticle[], ref: string): KnownArticle[] {
  const key = matchKey(ref);
  return articles.filter((a) => a.slug === key || (a.title !== undefined && matchKey(a.title) === key));
}
