// makeFolder is mkdir -p that ends: Node 20's recursive mkdir retried forever where the file
// system answers ENOENT with the parent there (/proc), so `build --out /proc/x` hung.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { makeFolder } from "../../src/outputs/make-folder.ts";
import { runCli, writeTree } from "../helpers/archive.ts";

describe("makeFolder", () => {
  test.each([
    ["a missing folder", "a", []],
    ["missing ancestors too", "a/b/c", []],
    ["a folder that exists", "there", ["there/x.txt"]],
    ["a folder under one that exists", "there/new", ["there/x.txt"]],
  ])("makes %s", async (_what, rel, files) => {
    const dir = writeTree(Object.fromEntries(files.map((f) => [f, "x"])));
    await makeFolder(path.join(dir, rel));
    expect(statSync(path.join(dir, rel)).isDirectory()).toBe(true);
  });

  test.each([
    ["a file in the way", "file.txt", "EEXIST"],
    ["a file as an ancestor", "file.txt/sub", "ENOTDIR"],
  ])("refuses %s", async (_what, rel, code) => {
    const dir = writeTree({ "file.txt": "x" });
    await expect(makeFolder(path.join(dir, rel))).rejects.toMatchObject({ code });
  });

  // Linux: procfs refuses new entries with ENOENT, which is what made Node loop.
  test.runIf(existsSync("/proc/self"))("a file system that refuses the folder (ENOENT, parent there) is an error, not a hang", async () => {
    await expect(makeFolder("/proc/news-archive-test/sub")).rejects.toMatchObject({ code: "ENOENT" });
  });

  test.runIf(existsSync("/proc/self"))("build --out and new --content under /proc end with the error", () => {
    const dir = writeTree({ "content/regions.yaml": "- name: Kidal\n", "content/articles/2024/2024-01-01-a.md": "---\ntitle: A\ndate: 2024-01-01\nregion: Kidal\n---\nBody.\n" });
    const built = runCli(["build", "--out", "/proc/news-archive-test", "--no-search"], dir);
    expect(built.code).toBe(1);
    expect(built.stderr).toBe("news-archive: ENOENT: no such file or directory, mkdir '/proc/.news-archive-test.news-archive'\n");
    const made = runCli(["new", "A title", "--content", "/proc", "--region", "Kidal"], dir);
    expect(made.code).toBe(1);
    expect(made.stderr).toMatch(/^news-archive: ENOENT: no such file or directory, mkdir '\/proc\/articles'\n$/);
  });
});
