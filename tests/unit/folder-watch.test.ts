// serve's watch of the archive: every kind of save an editor's tool makes is seen, each time.
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { watchFolders, type FolderWatch } from "../../src/content/folder-watch.ts";
import { writeTree } from "../helpers/archive.ts";

let watch: FolderWatch | undefined;
afterEach(() => watch?.close());

test("in-place writes, saves by rename over the file, new and deleted folders: each names what changed", async () => {
  const dir = writeTree({ "articles/2024/a.md": "one", ".git/HEAD": "ref" });
  const seen = new Set<string | undefined>();
  watch = watchFolders(dir, (abs) => seen.add(abs && path.relative(dir, abs)));
  // Each step waits until its change is seen (a missed one fails the test by its timeout).
  const step = async (act: () => void, expected: string) => {
    seen.clear();
    act();
    for (let waited = 0; !seen.has(expected); waited += 10) {
      if (waited > 3000) throw new Error(`${expected} not seen; saw ${[...seen].join(", ")}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
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
});
