// Finding article files and stat'ing them on a worker thread gives what the main thread finds.
import fs, { statSync, symlinkSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, vi } from "vitest";
import { loadArchive, newLoadCache } from "../../src/content/load.ts";
import { formatDiagnostic } from "../../src/model/diagnostic.ts";
import { articlePathsIn, scanInWorker } from "../../src/content/archive-scan.ts";
import { writeTree } from "../helpers/archive.ts";

test("the worker finds the article files, sorted, hidden ones left out, and stats every file asked for", async () => {
  const dir = writeTree({
    "site.yaml": "title: T\n",
    "articles/b.md": "b",
    "articles/2024/a.MD": "a",
    "articles/notes.txt": "not an article",
    "articles/.draft.md": "hidden",
    "articles/.git/x.md": "hidden folder",
    "articles/2023/z/c.md": "c",
  });
  const articleDir = path.join(dir, "articles");
  // A FIFO named like an article: reading it would wait for a writer forever.
  execFileSync("mkfifo", [path.join(articleDir, "pipe.md")]);
  symlinkSync(path.join(articleDir, "pipe.md"), path.join(articleDir, "link-to-pipe.md"));
  // Links to nothing: one dangling, one to itself (stat fails with ELOOP, which ended the build).
  symlinkSync(path.join(articleDir, "gone.md"), path.join(articleDir, "dangling.md"));
  symlinkSync(path.join(articleDir, "loop.md"), path.join(articleDir, "loop.md"));
  symlinkSync(path.join(dir, "regions.yaml"), path.join(dir, "regions.yaml"));
  // Links to folders: not entered, listed (one named like an article, one a folder's link to itself).
  symlinkSync(path.join(articleDir, "2023"), path.join(articleDir, "2023/z/back"));
  symlinkSync(path.join(articleDir, "2024"), path.join(articleDir, "odd.md"));
  const linkedFolders = [path.join(articleDir, "2023/z/back"), path.join(articleDir, "odd.md")];
  const others = [path.join(dir, "site.yaml"), path.join(dir, "places.yaml"), path.join(dir, "regions.yaml")];
  const scanned = await scanInWorker(articleDir, others);

  expect(scanned.thread).toBe("worker");
  const expected = ["2023/z/c.md", "2024/a.MD", "b.md"].map((rel) => path.join(articleDir, rel));
  expect(scanned.articlePaths).toEqual(expected);
  expect(articlePathsIn(articleDir)).toEqual({ articlePaths: expected, unreadableFolders: [], linkedFolders });
  expect(scanned.unreadableFolders).toEqual([]);
  expect(scanned.linkedFolders).toEqual(linkedFolders);
  // places.yaml does not exist, regions.yaml is a link to itself: no stat for either.
  expect([...scanned.stats.keys()]).toEqual([others[0], ...expected]);
  for (const [file, stats] of scanned.stats) {
    const { size, mtimeMs, ctimeMs, ino } = statSync(file);
    expect(stats).toEqual({ size, mtimeMs, ctimeMs, ino });
  }
});

/** readdirSync refusing one folder as the system would (root reads any folder whatever its mode). */
function refusingToList(locked: string) {
  const readdir = fs.readdirSync;
  return vi.spyOn(fs, "readdirSync").mockImplementation(((folder: fs.PathLike, options?: unknown) => {
    if (String(folder) === locked) throw Object.assign(new Error(`EACCES: permission denied, scandir '${locked}'`), { code: "EACCES" });
    return readdir(folder, options as never);
  }) as typeof fs.readdirSync);
}

test("a folder that cannot be listed is an error, not articles silently left out", async () => {
  const dir = writeTree({ "articles/2023/a.md": "a", "articles/2024/b.md": "b" });
  const locked = path.join(dir, "articles", "2024");
  const spy = refusingToList(locked);
  try {
    expect(articlePathsIn(path.join(dir, "articles"))).toEqual({
      articlePaths: [path.join(dir, "articles", "2023", "a.md")],
      unreadableFolders: [{ folder: locked, message: `EACCES: permission denied, scandir '${locked}'` }],
      linkedFolders: [],
    });
    const loaded = await loadArchive(dir, dir);
    expect(loaded.diagnostics.map(formatDiagnostic)).toEqual([`articles/2024: cannot be read: EACCES: permission denied, scandir '${locked}'; its articles cannot be built until it can`]);
    expect(loaded.value.unlistedFolders).toEqual(["articles/2024"]);
  } finally {
    spy.mockRestore();
  }
});

test("serve: once the unreadable folder is gone (the watcher names it), its error goes too", async () => {
  const dir = writeTree({ "articles/2023/a.md": "a", "articles/2024/b.md": "b" });
  const locked = path.join(dir, "articles", "2024");
  const spy = refusingToList(locked);
  const cache = newLoadCache();
  try {
    expect((await loadArchive(dir, dir, cache)).diagnostics).toHaveLength(1);
    spy.mockRestore();
    fs.rmSync(locked, { recursive: true });
    cache.changed = new Set([locked]);
    const again = await loadArchive(dir, dir, cache);
    expect(again.diagnostics).toEqual([]);
    expect(again.value.articles.map((a) => a.file)).toEqual(["articles/2023/a.md"]);
  } finally {
    spy.mockRestore();
  }
});
