// What `serve` watches: every folder of the archive, each with a watch of its own.
//
// Node 20's `fs.watch(root, { recursive: true })` on Linux watches each file as it found it:
// once an editor saves by writing a temporary file and renaming it over the article (vim,
// `sed -i`, many IDEs), that article is a new file nobody watches, and every later save of it
// goes unseen. A folder's own watch names whatever changes inside it, replaced files included.
// (chokidar does this too, but stats and tracks every file: 1.8-2 s and ~110 MB for 10,000
// articles before the first event, against the ~200 folders here.)
import { readdirSync, statSync, watch, type FSWatcher } from "node:fs";
import path from "node:path";

export interface FolderWatch {
  close(): void;
}

/**
 * Calls `changed` with the absolute path of each file or folder created, written, renamed or
 * deleted under `root`; with undefined when a watch cannot say what (then anything may have).
 * Hidden folders (.git) are not watched.
 */
export function watchFolders(root: string, changed: (abs: string | undefined) => void): FolderWatch {
  const watchers = new Map<string, FSWatcher>();
  const unwatch = (folder: string) => {
    for (const [dir, watcher] of watchers) {
      if (dir === folder || dir.startsWith(folder + path.sep)) {
        watcher.close();
        watchers.delete(dir);
      }
    }
  };
  const add = (folder: string) => {
    if (watchers.has(folder)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(folder, (event, name) => {
        if (!name) return changed(undefined);
        const abs = path.join(folder, name);
        changed(abs);
        // A folder created or moved in is watched from now on; one deleted or moved out is not.
        if (event === "rename") {
          if (isFolder(abs)) {
            if (!path.basename(abs).startsWith(".")) add(abs);
          } else unwatch(abs);
        }
      });
    } catch {
      // Deleted before its watch began: its parent's watch has named it.
      return;
    }
    watcher.on("error", () => {
      unwatch(folder);
      changed(undefined);
    });
    watchers.set(folder, watcher);
    let entries: string[];
    try {
      entries = readdirSync(folder, { withFileTypes: true })
        .filter((e) => e.isDirectory() && !e.name.startsWith("."))
        .map((e) => e.name);
    } catch {
      entries = [];
    }
    for (const name of entries) add(path.join(folder, name));
  };
  add(root);
  return {
    close: () => {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

function isFolder(abs: string): boolean {
  try {
    return statSync(abs).isDirectory();
  } catch {
    return false;
  }
}
