// A rebuild over a previous output (spare tree + memo) must give exactly what a clean build
// gives: same files, same bytes, nothing stale.
import { rmSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { article, runCli, treeFiles, writeTree } from "../helpers/archive.ts";

const tree = treeFiles;

const ARCHIVE = {
  "content/regions.yaml": "- name: Kidal\n- name: Gao\n",
  "content/places.yaml": "- name: Kidal\n  coordinates: [18.44, 1.41]\n- name: Tessalit\n  coordinates: [20.2, 1.01]\n",
  "content/articles/a.md": article('title: "A"\ndate: 2024-07-23\nregion: Kidal\nplaces: [Kidal]\nread_also: [b]', "Alpha [[c]]."),
  "content/articles/b.md": article('title: "B"\ndate: 2024-07-22\nregion: Kidal\nplaces: [Kidal, Tessalit]'),
  "content/articles/c.md": article('title: "C"\ndate: 2023-01-05\nregion: Gao\nplaces: [Tessalit]'),
};

describe("incremental builds are byte-identical to clean builds", () => {
  const dir = writeTree(ARCHIVE);
  const changes: [string, () => void][] = [
    ["adding an article", () => writeFileSync(path.join(dir, "content/articles/d.md"), article('title: "D"\ndate: 2025-02-01\nregion: Gao\nplaces: [Kidal]\nread_also: [a]'))],
    ["editing an article's title", () => writeFileSync(path.join(dir, "content/articles/c.md"), article('title: "C, retitled"\ndate: 2023-01-05\nregion: Gao\nplaces: [Tessalit]'))],
    ["deleting an article", () => unlinkSync(path.join(dir, "content/articles/d.md"))],
    ["editing a registry", () => writeFileSync(path.join(dir, "content/places.yaml"), "- name: Kidal\n  aliases: [Kidal town]\n- name: Tessalit\n")],
    ["changing the site language", () => writeFileSync(path.join(dir, "content/site.yaml"), "language: fr\n")],
  ];

  test.each(changes)("after %s", (_name, change) => {
    expect(runCli(["build", "--quiet"], dir).code).toBe(0);
    change();
    expect(runCli(["build", "--quiet"], dir).code).toBe(0);
    const clean = path.join(dir, "clean");
    rmSync(clean, { recursive: true, force: true });
    rmSync(path.join(dir, ".clean.news-archive"), { recursive: true, force: true });
    expect(runCli(["build", "--quiet", "--out", "clean"], dir).code).toBe(0);
    expect(tree(path.join(dir, "_site"))).toEqual(tree(clean));
  });
});

describe("the state folder never misleads a build", () => {
  test("output removed by hand: the next build renders what it cannot copy, and is whole", () => {
    const dir = writeTree(ARCHIVE);
    expect(runCli(["build", "--quiet", "--no-search"], dir).code).toBe(0);
    rmSync(path.join(dir, "_site"), { recursive: true, force: true });
    expect(runCli(["build", "--quiet", "--no-search"], dir).code).toBe(0);
    expect(runCli(["build", "--quiet", "--no-search", "--out", "clean"], dir).code).toBe(0);
    expect(tree(path.join(dir, "_site"))).toEqual(tree(path.join(dir, "clean")));
  });
});
