// serve's load cache: a load re-reads only the files the watcher named since the last one,
// and lists the folder again when a folder itself changed.
import { renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { loadArchive, newLoadCache } from "../../src/content/load.ts";
import { article, writeTree } from "../helpers/archive.ts";

const texts = async (dir: string, cache: ReturnType<typeof newLoadCache>) =>
  (await loadArchive(path.join(dir, "content"), dir, cache)).value.articles.map((a) => [a.file, a.text.trim().split("\n").pop()]);

test("named files are read again, others come from the cache; a folder change lists everything again", async () => {
  const dir = writeTree({
    "content/articles/a.md": article('title: "A"\ndate: 2024-01-01\nregion: Kidal', "one"),
    "content/articles/b.md": article('title: "B"\ndate: 2024-01-02\nregion: Kidal', "two"),
  });
  const abs = (rel: string) => path.join(dir, "content/articles", rel);
  const cache = newLoadCache();
  expect(await texts(dir, cache)).toEqual([["content/articles/a.md", "one"], ["content/articles/b.md", "two"]]);

  // Both change on disk, only a.md is named: b.md is still the text read before.
  writeFileSync(abs("a.md"), article('title: "A"\ndate: 2024-01-01\nregion: Kidal', "one, edited"));
  writeFileSync(abs("b.md"), article('title: "B"\ndate: 2024-01-02\nregion: Kidal', "two, edited"));
  cache.changed?.add(abs("a.md"));
  expect(await texts(dir, cache)).toEqual([["content/articles/a.md", "one, edited"], ["content/articles/b.md", "two"]]);

  // An added file and a deleted one, named: the listing follows without a new walk.
  writeFileSync(abs("c.md"), article('title: "C"\ndate: 2024-01-03\nregion: Kidal', "three"));
  rmSync(abs("a.md"));
  cache.changed?.add(abs("c.md")).add(abs("a.md"));
  expect(await texts(dir, cache)).toEqual([["content/articles/b.md", "two"], ["content/articles/c.md", "three"]]);

  // A folder appears (moved in whole): its files were never named, so the folder is listed
  // again; files the cache has and nobody named stay as read.
  writeTree({ "moved/d.md": article('title: "D"\ndate: 2024-01-04\nregion: Kidal', "four") }, dir);
  renameSync(path.join(dir, "moved"), abs("2024"));
  cache.changed?.add(abs("2024"));
  expect(await texts(dir, cache)).toEqual([
    ["content/articles/2024/d.md", "four"],
    ["content/articles/b.md", "two"],
    ["content/articles/c.md", "three"],
  ]);

  // A folder deleted with its files: only the folder is named (by its parent's watch), and
  // its files leave the listing with it.
  rmSync(abs("2024"), { recursive: true });
  cache.changed?.add(abs("2024"));
  expect(await texts(dir, cache)).toEqual([["content/articles/b.md", "two"], ["content/articles/c.md", "three"]]);

  // A folder moved out, a file in it edited there, the folder moved back: only the folder was
  // named (twice), and the file's new text is read.
  writeTree({ "content/articles/2025/e.md": article('title: "E"\ndate: 2025-01-01\nregion: Kidal', "five") }, dir);
  cache.changed?.add(abs("2025"));
  expect((await texts(dir, cache)).map(([file]) => file)).toContain("content/articles/2025/e.md");
  renameSync(abs("2025"), path.join(dir, "away"));
  writeFileSync(path.join(dir, "away/e.md"), article('title: "E"\ndate: 2025-01-01\nregion: Kidal', "five, edited away"));
  cache.changed?.add(abs("2025"));
  expect((await texts(dir, cache)).map(([file]) => file)).not.toContain("content/articles/2025/e.md");
  renameSync(path.join(dir, "away"), abs("2025"));
  cache.changed?.add(abs("2025"));
  expect((await texts(dir, cache))[0]).toEqual(["content/articles/2025/e.md", "five, edited away"]);
  rmSync(abs("2025"), { recursive: true });
  cache.changed?.add(abs("2025"));
  await texts(dir, cache);

  // The articles folder itself moved away: no articles.
  renameSync(path.join(dir, "content/articles"), path.join(dir, "articles-away"));
  cache.changed?.add(path.join(dir, "content/articles"));
  expect(await texts(dir, cache)).toEqual([]);
  renameSync(path.join(dir, "articles-away"), path.join(dir, "content/articles"));
  cache.changed?.add(path.join(dir, "content/articles"));
  expect((await texts(dir, cache)).length).toBe(2);

  // An event without a name: everything is read again.
  writeFileSync(abs("c.md"), article('title: "C"\ndate: 2024-01-03\nregion: Kidal', "three, edited"));
  cache.changed = undefined;
  expect(await texts(dir, cache)).toEqual([["content/articles/b.md", "two, edited"], ["content/articles/c.md", "three, edited"]]);
});

test("a file seen through a link to a folder is not an article: the scan enters no such link, nor does the listing", async () => {
  const dir = writeTree({
    "content/articles/a.md": article('title: "A"\ndate: 2024-01-01\nregion: Kidal', "one"),
    "content/elsewhere/l.md": article('title: "L"\ndate: 2024-01-03\nregion: Kidal', "linked"),
  });
  const abs = (rel: string) => path.join(dir, "content", rel);
  const cache = newLoadCache();
  await texts(dir, cache);
  symlinkSync(abs("elsewhere"), abs("articles/linked"));
  cache.changed?.add(abs("articles/linked"));
  expect(await texts(dir, cache)).toEqual([["content/articles/a.md", "one"]]);
  writeFileSync(abs("elsewhere/l.md"), article('title: "L"\ndate: 2024-01-03\nregion: Kidal', "linked, edited"));
  cache.changed?.add(abs("articles/linked/l.md"));
  expect(await texts(dir, cache)).toEqual([["content/articles/a.md", "one"]]);
});

test("an article that is a link is read again when its target is edited: the watcher names the target, never the link", async () => {
  const dir = writeTree({
    "content/articles/a.md": article('title: "A"\ndate: 2024-01-01\nregion: Kidal', "one"),
    "content/drafts/kept.md": article('title: "K"\ndate: 2024-01-02\nregion: Kidal', "kept"),
  });
  const abs = (rel: string) => path.join(dir, "content", rel);
  symlinkSync(abs("drafts/kept.md"), abs("articles/kept.md"));
  const cache = newLoadCache();
  expect(await texts(dir, cache)).toEqual([["content/articles/a.md", "one"], ["content/articles/kept.md", "kept"]]);
  writeFileSync(abs("drafts/kept.md"), article('title: "K"\ndate: 2024-01-02\nregion: Kidal', "kept, edited"));
  cache.changed?.add(abs("drafts/kept.md"));
  expect(await texts(dir, cache)).toEqual([["content/articles/a.md", "one"], ["content/articles/kept.md", "kept, edited"]]);
});
