// How serve's list of article files (load.ts) follows the changes its watcher names, without a
// new walk: it must end as the walk (archive-scan.ts) would, hidden files and links to folders
// left out.
import { lstatSync, statSync, type Stats } from "node:fs";
import path from "node:path";
import type { LoadCache } from "./load.ts";

/** A path under the articles folder that names an article file, hidden files and folders aside. */
export function isArticlePath(rel: string): boolean {
  return isArticleName(rel) && !rel.split(path.sep).some((part) => part.startsWith("."));
}

function isArticleName(name: string): boolean {
  return name.toLowerCase().endsWith(".md");
}

function lstatOrUndefined(abs: string): Stats | undefined {
  try {
    return lstatSync(abs);
  } catch {
    return undefined;
  }
}

/**
 * A folder named by the watcher (made, moved in or out, deleted) may hold files edited while it
 * was elsewhere, and none of them was named: the texts kept for anything under it are dropped.
 */
export function forgetFolders(cache: LoadCache, changed: ReadonlySet<string>): void {
  for (const abs of changed) {
    if (isFile(abs)) continue;
    const under = abs + path.sep;
    for (const known of cache.texts.keys()) if (known.startsWith(under)) cache.texts.delete(known);
  }
}

function isFile(abs: string): boolean {
  try {
    return statSync(abs).isFile();
  } catch {
    return false;
  }
}

/** The listing after the named changes, or undefined when only a new listing can tell. */
export function updateListing(previous: readonly string[], articleDir: string, changed: ReadonlySet<string>): string[] | undefined {
  const paths = new Set(previous);
  for (const abs of changed) {
    // The articles folder itself, or a folder holding it, made, moved or deleted.
    if (articleDir === abs || articleDir.startsWith(abs + path.sep)) return undefined;
    if (!abs.startsWith(articleDir + path.sep)) continue;
    let isFile: boolean;
    try {
      isFile = statSync(abs).isFile();
    } catch {
      // Gone: a file, or a folder deleted or moved out with its files (named by its parent's watch).
      paths.delete(abs);
      for (const p of paths) if (p.startsWith(abs + path.sep)) paths.delete(p);
      continue;
    }
    // A folder created, moved or renamed: its files were not named one by one.
    if (!isFile) return undefined;
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
