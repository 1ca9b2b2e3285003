// serve's watch of the archive: every kind of save an editor's tool makes is seen, each time.
import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { watchFolders, type FolderWatch } from "../../src/content/folder-watch.ts";
import { writeTree } from "../helpers/archive.ts";

let watch: FolderWatch | undefined;
afterEach(() => watch?.close());

/** A watch on a new folder, and `step`: make a change, then wait until `expected` is named
 *  (a change never named fails the test by its timeout). */
function watched(files: Record<string, string>) {
  const dir = writeTree(files);
  const seen = new Set<string | undefined>();
  const problems: string[] = [];
  // As serve watches: the articles folder is the one link the loader follows.
  const follows = (link: string) => link === path.join(dir, "articles");
  watch = watchFolders(dir, { changed: (abs) => seen.add(abs && path.relative(dir, abs)), problem: (folder, message) => problems.push(`${folder}: ${message}`) }, { platform: "linux", follows });
  const step = async (act: () => void, expected: string) => {
    seen.clear();
    act();
    for (let waited = 0; !seen.has(expected); waited += 10) {
      if (waited > 3000) throw new Error(`${expected} not seen; saw ${[...seen].join(", ")}`);
      await new Promise((r) => setTimeout(r, 10));
    }
    return [...seen];
  };
  return { dir, step, problems, seen };
}

describe("a watch per folder (Linux)", () => {
  test("in-place writes, saves by rename over the file, new and deleted folders: each names what changed", async () => {
    const { dir, step, problems } = watched({ "articles/2024/a.md": "one", ".git/HEAD": "ref" });
    const a = path.join(dir, "articles/2024/a.md");
    await step(() => writeFileSync(a, "two"), "articles/2024/a.md");
    // vim, sed -i, many IDEs: a new file renamed over the article. Node 20's recursive watch
    // lost the article from here on; the next two in-place saves must still be seen.
    await step(() => {
      writeFileSync(`${a}.tmp`, "three");
      renameSync(`${a}.tmp`, a);
    }, "articles/2024/a.md");
    await step(() => writeFileSync(a, "four"), "articles/2024/a.md");
    await step(() => writeFileSync(a, "five"), "articles/2024/a.md");
    await step(() => mkdirSync(path.join(dir, "articles/2025")), "articles/2025");
    // A file in the new folder, then an edit of it: the new folder is watched too.
    await step(() => writeFileSync(path.join(dir, "articles/2025/b.md"), "b"), "articles/2025/b.md");
    await step(() => writeFileSync(path.join(dir, "articles/2025/b.md"), "b2"), "articles/2025/b.md");
    await step(() => rmSync(path.join(dir, "articles/2025"), { recursive: true }), "articles/2025");
    await step(() => writeFileSync(path.join(dir, "site.yaml"), "title: T\n"), "site.yaml");
    expect(problems).toEqual([]);
  });

  test("a folder deleted and made again (git checkout, rm -rf and cp -r) is watched again", async () => {
    const { dir, step } = watched({ "articles/2024/a.md": "one" });
    // At once, as those tools do: when the events arrive, the folder is there again.
    await step(() => {
      rmSync(path.join(dir, "articles/2024"), { recursive: true });
      mkdirSync(path.join(dir, "articles/2024"));
      writeFileSync(path.join(dir, "articles/2024/a.md"), "one, again");
    }, "articles/2024");
    await step(() => writeFileSync(path.join(dir, "articles/2024/a.md"), "one, edited"), "articles/2024/a.md");
  });

  test("a folder swapped for another of its name: the one now there is watched, the one moved away is not", async () => {
    const away = writeTree({ ".keep": "" });
    const { dir, step, seen } = watched({ "articles/2024/a.md": "one", "articles/2023/c.md": "three" });
    await step(() => {
      renameSync(path.join(dir, "articles/2024"), path.join(away, "2024"));
      renameSync(path.join(dir, "articles/2023"), path.join(dir, "articles/2024"));
    }, "articles/2024");
    await step(() => writeFileSync(path.join(dir, "articles/2024/c.md"), "three, edited"), "articles/2024/c.md");
    // Edited away from the archive: nothing under it is named (the next step's change is).
    const after = await step(() => {
      writeFileSync(path.join(away, "2024/a.md"), "one, edited away");
      setTimeout(() => writeFileSync(path.join(dir, "articles/2024/c.md"), "three, again"), 100);
    }, "articles/2024/c.md");
    expect(after.filter((p) => p?.endsWith("a.md"))).toEqual([]);
    expect(seen.has("articles/2024/a.md")).toBe(false);
  });

  test("the articles folder as a symbolic link is followed, as the loader follows it", async () => {
    const target = writeTree({ "x.md": "x" });
    const { dir, step } = watched({ "site.yaml": "" });
    await step(() => symlinkSync(target, path.join(dir, "articles")), "articles");
    await step(() => writeFileSync(path.join(target, "x.md"), "x2"), "articles/x.md");
  });

  test("a link to a folder under it is not entered, as the loader enters none", async () => {
    const target = writeTree({ "x.md": "x" });
    const { dir, step } = watched({ "articles/a.md": "a" });
    await step(() => symlinkSync(target, path.join(dir, "articles/linked")), "articles/linked");
    // One queue of events for every watch: once a.md is named, an edit made before it would have been.
    const after = await step(() => {
      writeFileSync(path.join(target, "x.md"), "x2");
      writeFileSync(path.join(dir, "articles/a.md"), "a2");
    }, "articles/a.md");
    expect(after).toEqual(["articles/a.md"]);
  });
});
