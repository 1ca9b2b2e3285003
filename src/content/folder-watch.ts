// What `serve` watches: every folder of the archive, each with a watch of its own (on Linux).
//
// Node 20's `fs.watch(root, { recursive: true })` on Linux watches each file as it found it:
// once an editor saves by writing a temporary file and renaming it over the article (vim,
// `sed -i`, many IDEs), that article is a new file nobody watches, and every later save of it
// goes unseen. A folder's own watch names whatever changes inside it, replaced files included.
// (chokidar does this too, but stats and tracks every file: 1.8-2 s and ~110 MB for 10,000
// articles before the first event, against the ~200 folders here.) macOS and Windows watch a
// tree natively and correctly; there a watch per folder would also hold every folder open.
import { lstatSync, readdirSync, statSync, watch, type FSWatcher } from "node:fs";
import path from "node:path";

export interface FolderWatch {
  close(): void;
}

export interface WatchEvents {
  /** The absolute path of a file or folder created, written, renamed or deleted under the
   *  root; undefined when a watch cannot say what (then anything may have changed). */
  changed(abs: string | undefined): void;
  /** A folder that cannot be watched (out of inotify watches, no permission): its edits go unseen. */
  problem(folder: string, message: string): void;
}

export interface WatchOptions {
  /** Whether to enter this link to a folder. The loader follows only the articles folder's own
   *  (archive-scan.ts enters no other): a link under it would be watched for nothing, and one
   *  to a home folder would use up the inotify watches. None is entered unless it says so. */
  follows?: (link: string) => boolean;
  platform?: NodeJS.Platform;
}

export function watchFolders(root: string, events: WatchEvents, { follows = () => false, platform = process.platform }: WatchOptions = {}): FolderWatch {
  if (platform !== "linux") {
    const watcher = watch(root, { recursive: true }, (_event, name) => events.changed(name === null ? undefined : path.join(root, name)));
    watcher.on("error", (e) => events.problem(root, e.message));
    return { close: () => watcher.close() };
  }
  const watchers = new Map<string, FSWatcher>();
  const unwatch = (folder: string) => {
    for (const [dir, watcher] of watchers) {
      if (dir === folder || dir.startsWith(folder + path.sep)) {
        watcher.close();
        watchers.delete(dir);
      }
    }
  };
  // A link to a folder is followed where `follows` says; a loop is not.
  const add = (folder: string, seen: Set<string>) => {
    const id = folderId(folder);
    if (id === undefined || seen.has(id)) return;
    if (folder !== root && isLink(folder) && !follows(folder)) return;
    seen.add(id);
    let watcher: FSWatcher;
    try {
      watcher = watch(folder, (event, name) => {
        if (!name) return events.changed(undefined);
        const abs = path.join(folder, name);
        if (event === "rename" && name === path.basename(folder) && folderId(folder) === undefined) {
          // This folder itself deleted or moved away: its watch is over. (Its parent's watch names
          // it, and watches whatever folder stands there now: maybe already, as events of two
          // watches come in any order, so only this watch is closed.)
          if (watchers.get(folder) === watcher) watchers.delete(folder);
          watcher.close();
          return;
        }
        events.changed(abs);
        // A folder made, moved in, deleted or moved out under this one: what stands there now
        // is watched afresh. (Not told apart by inode: a folder deleted and made again at once
        // often gets the same one.)
        if (event === "rename") {
          unwatch(abs);
          if (!name.startsWith(".")) add(abs, new Set());
        }
      });
    } catch (e) {
      // Deleted before its watch began: its parent's watch names it.
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== "ENOENT" && code !== "ENOTDIR") events.problem(folder, (e as Error).message);
      return;
    }
    watcher.on("error", (e) => {
      if (watchers.get(folder) === watcher) watchers.delete(folder);
      watcher.close();
      events.changed(undefined);
      if (folderId(folder) !== undefined) events.problem(folder, e.message);
    });
    watchers.set(folder, watcher);
    for (const name of subfolders(folder)) add(path.join(folder, name), seen);
  };
  add(root, new Set());
  return {
    close: () => {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

/** Device and inode of a folder (through a symbolic link), or undefined if it is not one. */
function folderId(abs: string): string | undefined {
  try {
    const stats = statSync(abs);
    return stats.isDirectory() ? `${stats.dev}:${stats.ino}` : undefined;
  } catch {
    return undefined;
  }
}

function isLink(abs: string): boolean {
  try {
    return lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Names of the folders in a folder, hidden ones (.git) left out; links are told by folderId. */
function subfolders(folder: string): string[] {
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((e) => (e.isDirectory() || e.isSymbolicLink()) && !e.name.startsWith("."))
      .map((e) => e.name);
  } catch {
    return [];
  }
}
