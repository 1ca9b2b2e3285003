// Finding an archive's article files and stat'ing every file a load reads. A `build` does
// it on a worker thread while the main thread reads the memo: at 10k articles the walk and
// 10,000 stat callbacks took ~0.1 s of the main thread. `scan` is the one implementation, run
// in place (serve, check) or sent to the worker as its source text.
import type { Stats } from "node:fs";
import { Worker } from "node:worker_threads";

/** What a load needs of a file's stat to trust its stamp (file-stamps.ts). */
export type StatFields = Pick<Stats, "size" | "mtimeMs" | "ctimeMs" | "ino">;

export interface Scanned {
  /** Every article file under the folder, sorted by path. */
  articlePaths: string[];
  /** The stat of each file asked for that could be stat'ed. */
  stats: Map<string, StatFields>;
  /** The files asked for and found that are symbolic links (load.ts reads only those resolving inside the archive). */
  links: Set<string>;
  /** Folders under the articles folder that could not be listed, with why: their articles are unknown. */
  unreadableFolders: UnreadableFolder[];
  /** Links to folders under the articles folder, sorted: not entered (a link may lead outside
   *  the archive, or in a loop), and told, so that their articles are not left out unsaid. */
  linkedFolders: string[];
  /** Where the scan ran: "main" when the worker could not start or failed. */
  thread: "worker" | "main";
}

export interface UnreadableFolder {
  folder: string;
  message: string;
}

const FIELDS = 4;

/**
 * The article files under `articleDir` (hidden files and folders are not entered: .git, editor
 * swap files), sorted, and, `withStats`, the stats of `others` and of those files (NaN: none).
 * Self-contained (no reference outside its body): a worker runs it from its source text.
 */
function scan(articleDir: string, others: readonly string[], withStats: boolean): { articlePaths: string[]; stats: Float64Array; unreadable: UnreadableFolder[]; links: string[]; linkedFolders: string[] } {
  const fs = process.getBuiltinModule("node:fs");
  const path = process.getBuiltinModule("node:path");
  const found: string[] = [];
  const links: string[] = [];
  const linkedFolders: string[] = [];
  const unreadable: UnreadableFolder[] = [];
  // Walked by hand: readdir's `recursive` took 120-180 ms for 10,000 files in 180 folders.
  // A link to nothing is not an article, whether dangling or a loop (ELOOP, which stat throws).
  const target = (abs: string): import("node:fs").Stats | undefined => {
    try {
      return fs.statSync(abs, { throwIfNoEntry: false });
    } catch {
      return undefined;
    }
  };
  const walk = (folder: string): void => {
    let entries: import("node:fs").Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch (e) {
      // Gone since it was listed, or no articles folder at all: nothing is missed. Any other
      // failure hides articles, which a build must not drop without a word.
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== "ENOENT" && code !== "ENOTDIR") unreadable.push({ folder, message: (e as Error).message });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const abs = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(abs);
      // A file or a link to one: a FIFO named x.md would block the read that waits for a writer.
      // The name test is isArticleName's, written out: a worker runs this function from its text.
      else if (entry.name.toLowerCase().endsWith(".md") && (entry.isFile() || (entry.isSymbolicLink() && target(abs)?.isFile()))) {
        found.push(abs);
        if (entry.isSymbolicLink()) links.push(abs);
      } else if (entry.isSymbolicLink() && target(abs)?.isDirectory()) linkedFolders.push(abs);
    }
  };
  walk(articleDir);
  found.sort();
  linkedFolders.sort();
  const all = withStats ? [...others, ...found] : [];
  const stats = new Float64Array(all.length * 4);
  all.forEach((file, i) => {
    let s: import("node:fs").Stats | undefined;
    try {
      s = fs.statSync(file, { throwIfNoEntry: false });
    } catch {
      // site.yaml a link to itself: no stat, and the load's own read says why.
    }
    stats.set(s ? [s.size, s.mtimeMs, s.ctimeMs, s.ino] : [NaN, NaN, NaN, NaN], i * 4);
  });
  if (withStats) for (const other of others) if (fs.lstatSync(other, { throwIfNoEntry: false })?.isSymbolicLink()) links.push(other);
  return { articlePaths: found, stats, unreadable, links, linkedFolders };
}

/** A file name a build reads as an article (hidden files aside): `*.md`, in any case. For serve's
 *  watcher (archive-change.ts); scan writes the same test out, beside it here, as it must be self-contained. */
export function isArticleName(name: string): boolean {
  return name.toLowerCase().endsWith(".md");
}

/** The article files under a folder, sorted, the folders that could not be listed and the
 *  links to folders: on this thread. */
export function articlePathsIn(articleDir: string): ArticleListing {
  const { articlePaths, unreadable, linkedFolders } = scan(articleDir, [], false);
  return { articlePaths, unreadableFolders: unreadable, linkedFolders };
}

export type ArticleListing = Pick<Scanned, "articlePaths" | "unreadableFolders" | "linkedFolders">;

/** The article files and every file's stat, on a worker thread; on this one if that fails. */
export function scanInWorker(articleDir: string, others: readonly string[]): Promise<Scanned> {
  type Found = ReturnType<typeof scan>;
  const unpack = (found: Found, thread: Scanned["thread"]): Scanned => {
    const stats = new Map<string, StatFields>();
    [...others, ...found.articlePaths].forEach((file, i) => {
      const at = i * FIELDS;
      const size = found.stats[at]!;
      if (!Number.isNaN(size)) stats.set(file, { size, mtimeMs: found.stats[at + 1]!, ctimeMs: found.stats[at + 2]!, ino: found.stats[at + 3]! });
    });
    return { articlePaths: found.articlePaths, stats, links: new Set(found.links), unreadableFolders: found.unreadable, linkedFolders: found.linkedFolders, thread };
  };
  const inPlace = () => unpack(scan(articleDir, others, true), "main");
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      // __name: what a transpiler that keeps function names may wrap the source's functions in.
      const source = `const __name = (f) => f; const { parentPort, workerData } = require("node:worker_threads");
const scan = ${scan.toString()};
const found = scan(workerData.articleDir, workerData.others, true);
parentPort.postMessage(found, [found.stats.buffer]);`;
      worker = new Worker(source, { eval: true, workerData: { articleDir, others } });
    } catch {
      resolve(inPlace());
      return;
    }
    let settled = false;
    const settle = (value: () => Scanned) => {
      if (settled) return;
      settled = true;
      resolve(value());
      void worker.terminate();
    };
    worker.once("message", (found: Found) => settle(() => unpack(found, "worker")));
    worker.once("error", () => settle(inPlace));
    worker.once("exit", () => settle(inPlace));
  });
}
