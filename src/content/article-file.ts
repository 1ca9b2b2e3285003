// One article file, read as far as it can be alone: validated front matter and the facts of
// its body: what the memo remembers per file.
import type { MarkdownIt } from "markdown-it";
import type { ArticleSource, BrokenArticle } from "./validate-article.ts";
import { validateArticle } from "./validate-article.ts";
import type { SiteConfig } from "./site-config.ts";
import { readBody, type BodySummary } from "../archive/body-links.ts";
import { memoKey } from "../memo.ts";
import type { Diagnostic } from "../model/diagnostic.ts";
import type { ValidArticle } from "../model/article.ts";

export interface FileEntry {
  diagnostics: Diagnostic[];
  article?: ValidArticle;
  facts?: BodySummary;
  /** The body's HTML (BodyFacts.html): left out of the memo file, made again when asked for. */
  html?: string;
  /** Not valid: what is known of it, so that references to it are not "no article" (and, marked
   *  `draft: true`, that a build without drafts only warns of it). */
  broken?: BrokenArticle;
}

// serve hands the pipeline the same source objects while their files are unchanged: their
// keys are kept with them (10k keys: ~45 ms of hashing per rebuild otherwise).
const keys = new WeakMap<ArticleSource, { settings: string; key: string }>();

/** Everything a file's entry depends on: its path, its text, and three settings. */
export function fileKey(source: ArticleSource, site: SiteConfig): string {
  const settings = `${site.timezone}\u0000${site.pathPrefix}\u0000${site.allowHtml}`;
  const known = keys.get(source);
  if (known?.settings === settings) return known.key;
  const key = memoKey([source.archivePath ?? source.file, site.timezone, site.pathPrefix, String(site.allowHtml), source.digest ?? source.text]);
  keys.set(source, { settings, key });
  return key;
}

/** The Markdown source is dropped once read, so neither memory nor the memo carries it twice. */
export function readArticleFile(source: ArticleSource, site: SiteConfig, md: MarkdownIt): FileEntry {
  const validated = validateArticle(source, site.timezone);
  const article = validated.value;
  if (!article) {
    const broken = validated.broken;
    if (!broken) return { diagnostics: validated.diagnostics };
    const parts = broken.parts;
    if (parts?.body === undefined) return { diagnostics: validated.diagnostics, broken };
    const { links } = readBody(md, parts.body, parts.bodyLine, site.pathPrefix);
    return { diagnostics: validated.diagnostics, broken: { ...broken, parts: { ...parts, body: undefined, links } } };
  }
  const { html, ...facts } = readBody(md, article.body, article.bodyLine, site.pathPrefix);
  return { diagnostics: validated.diagnostics, article: { ...article, body: "" }, facts, html };
}

/**
 * The entry with its file named as `file`: one remembered from a build run in another working
 * folder names it as that build did (the memo keys files by their path inside the archive).
 * Only the name differs: nothing read from the file depends on the folder it is named from.
 */
export function namedAs(entry: FileEntry, file: string): FileEntry {
  const was = entry.article?.file ?? entry.broken?.file ?? entry.diagnostics[0]?.file;
  if (was === undefined || was === file) return entry;
  return {
    ...entry,
    diagnostics: entry.diagnostics.map((d) => (d.file === was ? { ...d, file } : d)),
    ...(entry.article && { article: { ...entry.article, file } }),
    ...(entry.broken && { broken: { ...entry.broken, file } }),
  };
}

/** The entry as the memo file keeps it: without the body's HTML. */
export function storedEntry(entry: FileEntry): FileEntry {
  if (entry.html === undefined) return entry;
  const { html: _html, ...rest } = entry;
  return rest;
}
