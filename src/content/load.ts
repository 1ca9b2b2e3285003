// load: the file-system edge. Reads an archive folder into texts; decides nothing about them.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { error, type Diagnostic, type Result } from "../model/diagnostic.ts";
import { ENTITY_KINDS, KIND_FOLDER, type EntityKind } from "../model/entity.ts";
import type { ArticleSource } from "./validate-article.ts";

export interface SourceText {
  /** Path as the editor sees it: relative to the working folder. */
  file: string;
  text: string;
}

export interface ArchiveFiles {
  siteFile: string;
  site: SourceText | undefined;
  registryFiles: Record<EntityKind, string>;
  registries: Record<EntityKind, SourceText | undefined>;
  /** Sorted by path, so every later stage sees them in the same order. */
  articles: ArticleSource[];
}

export async function loadArchive(contentDir: string, cwd: string): Promise<Result<ArchiveFiles>> {
  const diagnostics: Diagnostic[] = [];
  const display = (abs: string) => path.relative(cwd, abs).split(path.sep).join("/") || ".";
  const root = path.resolve(cwd, contentDir);
  const read = async (abs: string): Promise<SourceText | undefined> => {
    let bytes: Buffer;
    try {
      bytes = await readFile(abs);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      diagnostics.push(error("read-error", display(abs), undefined, undefined, `cannot be read: ${(e as Error).message}`));
      return undefined;
    }
    const text = decodeUtf8(bytes);
    if (typeof text !== "string") {
      diagnostics.push(error("not-utf8", display(abs), text.line, undefined, "is not UTF-8 text", "save the file as UTF-8"));
      return undefined;
    }
    return { file: display(abs), text };
  };

  const siteAbs = path.join(root, "site.yaml");
  const registryAbs = Object.fromEntries(ENTITY_KINDS.map((k) => [k, path.join(root, `${KIND_FOLDER[k]}.yaml`)])) as Record<EntityKind, string>;
  const articleDir = path.join(root, "articles");
  const articlePaths = (await listMarkdown(articleDir)).sort();
  const [site, place, actor, region, ...articles] = await Promise.all([
    read(siteAbs),
    read(registryAbs.place),
    read(registryAbs.actor),
    read(registryAbs.region),
    ...articlePaths.map(read),
  ]);
  return {
    value: {
      siteFile: display(siteAbs),
      site,
      registryFiles: { place: display(registryAbs.place), actor: display(registryAbs.actor), region: display(registryAbs.region) },
      registries: { place, actor, region },
      articles: articles.filter((a): a is SourceText => a !== undefined),
    },
    diagnostics,
  };
}

export async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

async function listMarkdown(dir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir, { recursive: true });
  } catch {
    return [];
  }
  // Hidden files and folders (.git, editor swap files) are not articles.
  return entries
    .filter((rel) => rel.toLowerCase().endsWith(".md") && !rel.split(path.sep).some((part) => part.startsWith(".")))
    .map((rel) => path.join(dir, rel));
}

/** The text of UTF-8 bytes, or the line of the first byte that is not UTF-8. */
export function decodeUtf8(bytes: Buffer): string | { line: number } {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const lossy = new TextDecoder("utf-8").decode(bytes);
    const bad = lossy.indexOf("\uFFFD");
    return { line: lossy.slice(0, Math.max(0, bad)).split("\n").length };
  }
}
