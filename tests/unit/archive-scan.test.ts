// Finding article files and stat'ing them on a worker thread gives what the main thread finds.
import { statSync, symlinkSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "vitest";
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
  const others = [path.join(dir, "site.yaml"), path.join(dir, "places.yaml")];
  const scanned = await scanInWorker(articleDir, others);

  expect(scanned.thread).toBe("worker");
  const expected = ["2023/z/c.md", "2024/a.MD", "b.md"].map((rel) => path.join(articleDir, rel));
  expect(scanned.articlePaths).toEqual(expected);
  expect(articlePathsIn(articleDir)).toEqual(expected);
  // places.yaml does not exist: no stat for it.
  expect([...scanned.stats.keys()]).toEqual([others[0], ...expected]);
  for (const [file, stats] of scanned.stats) {
    const { size, mtimeMs, ctimeMs, ino } = statSync(file);
    expect(stats).toEqual({ size, mtimeMs, ctimeMs, ino });
  }
});
