// What a change named by serve's watcher means to its load cache (load.ts): whether it can
// alter what a build reads at all, and how the list of article files follows it without a walk.
//
// A build reads site.yaml, the three registries and the *.md files under articles/ that are
// neither hidden nor reached through a link to a folder (archive-scan.ts), and publishes the
// files under static/ as they are (static-files.ts). What editors and
// systems leave beside them (.DS_Store, vim's .x.md.swp and 4913 probe, Emacs's .#x.md lock and
// #x.md# auto-save, x.md~ backups, x.md.tmp files renamed over the article, notes.txt, .git)
// changes none of it: a rebuild for them would only reload the browser, every few seconds
// while vim rewrites its swap file.
import { lstatSync, realpathSync, statSync, type Stats } from "node:fs";
import path from "node:path";
import { ENTITY_KINDS, KIND_FOLDER } from "../model/entity.ts";
import type { LoadCache } from "./load.ts";
import { isArticleName } from "./archive-scan.ts";
import { STATIC_FOLDER } from "./static-files.ts";

const READ_AT_ROOT = new Set(["site.yaml", ...ENTITY_KINDS.map((kind) => `${KIND_FOLDER[kind]}.yaml`)]);

/**
 * What a path relative to the archive folder is to a build: "read", a file it reads when there
 * (or the articles folder itself); "folder", a name under articles/ that matters only as a
 * folder, whose articles come and go with it; "none", nothing a build reads.
 */
export function changeRole(rel: string): "read" | "folder" | "none" {
  const parts = rel.split(path.sep);
  if (parts.some((part) => part.startsWith(".") || part === "")) return "none";
  // Whatever changes under static/ is published as it is: the build lists that folder each time.
  if (parts[0] === STATIC_FOLDER) return "read";
  if (parts.length === 1) return READ_AT_ROOT.has(parts[0]!) || parts[0] === "articles" ? "read" : "none";
  if (parts[0] !== "articles") return "none";
  return isArticleName(parts[parts.length - 1]!) ? "read" : "folder";
}

/** A path under the articles folder that names an article file, hidden files and folders aside. */
export function isArticlePath(rel: string): boolean {
  return isArticleName(rel) && !rel.split(path.sep).some((part) => part.startsWith("."));
}

/**
 * Whether a change the watcher names under `root` can alter what the next load reads. A name
 * under articles/ without .md matters as a folder: one there now (made, moved in), or one gone
 * whose files the last listing held (deleted, moved away). A file an article links to (load.ts
 * keeps their real paths) matters wherever it is.
 */
export function changeMatters(cache: LoadCache, root: string, abs: string): boolean {
  if (cache.linkTargets.size > 0 && cache.linkTargets.has(realPath(abs))) return true;
  const role = changeRole(path.relative(root, abs));
  if (role !== "folder") return role === "read";
  const stats = lstatOrUndefined(abs);
  // A link to a folder is not entered, but told (load.ts): made or gone, the warning follows it.
  if (stats) return stats.isDirectory() || (stats.isSymbolicLink() && (statOrUndefined(abs)?.isDirectory() ?? false));
  const under = abs + path.sep;
  if (!cache.articlePaths) return true;
  return cache.articlePaths.some((p) => p.startsWith(under)) || listedFolders(cache).some((folder) => folder === abs || folder.startsWith(under));
}

/** The folders the last listing told of rather than entered: those it could not list, and links
 *  to folders. A change at or around one is known only by listing again. */
export function listedFolders(cache: LoadCache): string[] {
  return [...(cache.unreadableFolders ?? []).map(({ folder }) => folder), ...(cache.linkedFolders ?? [])];
}

function lstatOrUndefined(abs: string): Stats | undefined {
  try {
    return lstatSync(abs);
  } catch {
    return undefined;
  }
}

function statOrUndefined(abs: string): Stats | undefined {
  try {
    return statSync(abs);
  } catch {
    return undefined;
  }
}

/** The path with its folder's links resolved (the file itself may be gone or replaced). */
function realPath(abs: string): string {
  try {
    return path.join(realpathSync(path.dirname(abs)), path.basename(abs));
  } catch {
    return abs;
  }
}

/**
 * A folder named by the watcher (made, moved in or out, deleted) may hold files edited while it
 * was elsewhere, and none of them was named: the texts kept for anything under it are dropped.
 */
export function forgetFolders(cache: LoadCache, changed: ReadonlySet<string>): void {
  for (const abs of changed) {
    if (statOrUndefined(abs)?.isFile()) continue;
    const under = abs + path.sep;
    for (const known of cache.texts.keys()) if (known.startsWith(under)) cache.texts.delete(known);
  }
}

/** The listing after the named changes, or undefined when only a new listing can tell. */
export function updateListing(previous: readonly string[], articleDir: string, changed: ReadonlySet<string>): string[] | undefined {
  const paths = new Set(previous);
  for (const abs of changed) {
    // The articles folder itself, or a folder holding it, made, moved or deleted.
    if (articleDir === abs || articleDir.startsWith(abs + path.sep)) return undefined;
    if (!abs.startsWith(articleDir + path.sep)) continue;
    const stats = statOrUndefined(abs);
    if (!stats) {
      // Gone: a file, or a folder deleted or moved out with its files (named by its parent's watch).
      paths.delete(abs);
      for (const p of paths) if (p.startsWith(abs + path.sep)) paths.delete(p);
      continue;
    }
    // A folder created, moved or renamed: its files were not named one by one.
    if (!stats.isFile()) return undefined;
    // The scan does not enter links to folders: a file seen through one is not an article.
    if (isArticlePath(path.relative(articleDir, abs)) && !throughLinkedFolder(articleDir, abs)) paths.add(abs);
  }
  return [...paths].sort();
}

/** Whether a folder between the articles folder and the file is a symbolic link. */
function throughLinkedFolder(articleDir: string, abs: string): boolean {
  for (let folder = path.dirname(abs); folder.startsWith(articleDir + path.sep); folder = path.dirname(folder)) {
    if (lstatOrUndefined(folder)?.isSymbolicLink()) return true;
  }
  return false;
}
