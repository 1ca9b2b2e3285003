// Which changes serve's watcher names can alter a build: the files a build reads, the folders
// its articles are in, and the files articles link to; nothing editors leave beside them.
import { mkdirSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { changeMatters, changeRole } from "../../src/content/archive-change.ts";
import { loadArchive, newLoadCache } from "../../src/content/load.ts";
import { article, writeTree } from "../helpers/archive.ts";

describe("changeRole: what a path in the archive folder is to a build", () => {
  test.each([
    ["site.yaml", "read"],
    ["places.yaml", "read"],
    ["actors.yaml", "read"],
    ["regions.yaml", "read"],
    ["articles", "read"],
    ["articles/2024/07/a.md", "read"],
    ["articles/A.MD", "read"],
    ["articles/2024", "folder"],
    // Editors' companions of articles/2024/a.md: vim's backup and probe, Emacs's auto-save, a
    // temporary file renamed over the article. Each matters only if it is a folder.
    ["articles/2024/a.md~", "folder"],
    ["articles/2024/4913", "folder"],
    ["articles/2024/#a.md#", "folder"],
    ["articles/2024/a.md.tmp", "folder"],
    // Hidden: vim's swap file, Emacs's lock, macOS's folder settings, a repository.
    ["articles/2024/.a.md.swp", "none"],
    ["articles/2024/.#a.md", "none"],
    ["articles/.DS_Store", "none"],
    ["articles/.git/x.md", "none"],
    [".git", "none"],
    [".DS_Store", "none"],
    ["site.yaml~", "none"],
    [".site.yaml.swp", "none"],
    ["notes.txt", "none"],
    ["drafts", "none"],
    ["drafts/kept.md", "none"],
    // Published as they are: any file or folder under static/, hidden ones aside.
    ["static", "read"],
    ["static/images/kidal.jpg", "read"],
    ["static/images", "read"],
    ["static/images/.DS_Store", "none"],
    ["", "none"],
    ["../elsewhere/a.md", "none"],
  ] as const)("%s: %s", (rel, role) => {
    expect(changeRole(rel.split("/").join(path.sep))).toBe(role);
  });
});

describe("changeMatters: the same, asked of the disk and of what the last load saw", () => {
  const dir = writeTree({
    "content/site.yaml": "title: T\n",
    "content/regions.yaml": "- name: Kidal\n",
    "content/articles/2024/a.md": article('title: "A"\ndate: 2024-01-01\nregion: Kidal'),
    "content/articles/2024/a.md~": "vim's backup",
    "content/articles/old/b.md": article('title: "B"\ndate: 2023-01-01\nregion: Kidal'),
    "content/articles/empty/.keep": "",
    "content/drafts/kept.md": article('title: "K"\ndate: 2024-01-02\nregion: Kidal'),
    "content/drafts/other.md": "not linked",
    "content/notes.txt": "a note",
    "content/elsewhere/l.md": article('title: "L"\ndate: 2024-01-03\nregion: Kidal'),
  });
  const root = path.join(dir, "content");
  symlinkSync(path.join(root, "drafts/kept.md"), path.join(root, "articles/kept.md"));
  symlinkSync(path.join(root, "elsewhere"), path.join(root, "articles/linked"));
  const cache = newLoadCache();
  beforeAll(async () => {
    mkdirSync(path.join(root, "articles/gone-empty"));
    await loadArchive(root, dir, cache);
    rmSync(path.join(root, "articles/old"), { recursive: true });
    rmSync(path.join(root, "articles/gone-empty"), { recursive: true });
  });

  test.each([
    ["site.yaml", true],
    ["notes.txt", false],
    ["articles/2024/a.md", true],
    ["articles/2024/a.md~", false],
    // Made and deleted before its event came, as vim's probe is.
    ["articles/2024/4913", false],
    ["articles/2024", true],
    ["articles/empty", true],
    // Gone since the load: a folder that held articles, and one that held none.
    ["articles/old", true],
    ["articles/gone-empty", false],
    // A link to a folder: the scan does not enter it, but tells it (its warning comes and goes with it).
    ["articles/linked", true],
    // The file an article links to is edited under its own name; another beside it is not read.
    ["drafts/kept.md", true],
    ["drafts/other.md", false],
  ] as const)("%s: %s", (rel, matters) => {
    expect(changeMatters(cache, root, path.join(root, rel))).toBe(matters);
  });
});
