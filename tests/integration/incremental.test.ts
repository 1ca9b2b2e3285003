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
  "content/static/images/kidal.jpg": "a photo",
};

describe("incremental builds are byte-identical to clean builds", () => {
  const dir = writeTree(ARCHIVE);
  const changes: [string, () => void][] = [
    ["adding an article", () => writeFileSync(path.join(dir, "content/articles/d.md"), article('title: "D"\ndate: 2025-02-01\nregion: Gao\nplaces: [Kidal]\nread_also: [a]'))],
    ["editing an article's title", () => writeFileSync(path.join(dir, "content/articles/c.md"), article('title: "C, retitled"\ndate: 2023-01-05\nregion: Gao\nplaces: [Tessalit]'))],
    ["deleting an article", () => unlinkSync(path.join(dir, "content/articles/d.md"))],
    ["editing a registry", () => writeFileSync(path.join(dir, "content/places.yaml"), "- name: Kidal\n  aliases: [Kidal town]\n- name: Tessalit\n")],
    ["changing the site language", () => writeFileSync(path.join(dir, "content/site.yaml"), "language: fr\n")],
    ["adding a static file", () => writeTree({ "content/static/documents/report.pdf": "a report" }, dir)],
    ["replacing a static file", () => writeFileSync(path.join(dir, "content/static/images/kidal.jpg"), "another photo")],
    ["deleting a static file", () => unlinkSync(path.join(dir, "content/static/documents/report.pdf"))],
    ["giving an article a picture", () => writeFileSync(path.join(dir, "content/articles/b.md"), article('title: "B"\ndate: 2024-07-22\nregion: Kidal\nplaces: [Kidal, Tessalit]\nimage: /images/kidal.jpg\nimage_alt: The town'))],
    ["changing its picture's words and caption", () => writeFileSync(path.join(dir, "content/articles/b.md"), article('title: "B"\ndate: 2024-07-22\nregion: Kidal\nplaces: [Kidal, Tessalit]\nimage: /images/kidal.jpg\nimage_alt: The town from the east\nimage_caption: \"Photo: desk\"'))],
    ["taking its picture away", () => writeFileSync(path.join(dir, "content/articles/b.md"), article('title: "B"\ndate: 2024-07-22\nregion: Kidal\nplaces: [Kidal, Tessalit]'))],
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

describe("a build from another working folder", () => {
  test("finds what the last one remembered, names files from where it runs, and renders nothing again", () => {
    const dir = writeTree({
      ...ARCHIVE,
      // A warning read from the file alone (a draft's missing region), and one made by resolving it
      // (a place no registry knows): each names the file from the working folder.
      "content/articles/d.md": article('title: "D"\ndate: 2024-07-26\nregion:\ndraft: true'),
      "content/articles/e.md": article('title: "E"\ndate: 2024-07-27\nregion: Gao\nplaces: [Tesalit]'),
      "desk/notes.txt": "a folder of the editor's, to build from",
    });
    const made = (stderr: string) => Number(/publish \((\d+) files made\)/.exec(stderr)?.[1]);
    const warnings = (stderr: string) => stderr.split("\n").filter((line) => line.includes(": warning: "));
    const timed = { NEWS_ARCHIVE_TIMINGS: "1" };
    const first = runCli(["build", "--quiet", "--no-search"], dir, timed);
    expect(first.code).toBe(0);
    expect(made(first.stderr)).toBeGreaterThan(20);
    expect(warnings(first.stderr)).toEqual([
      "content/articles/d.md:4: warning: region: required key has no value; expected a region name (one string) (a draft, left out of this build; serve and build --drafts stop at it)",
      'content/articles/e.md:5: warning: places: "Tesalit" is not in content/places.yaml; did you mean "Tessalit"?',
    ]);
    expect(runCli(["build", "--quiet", "--no-search"], dir).code).toBe(0);
    const before = tree(path.join(dir, "_site"));
    const elsewhere = runCli(["build", "--quiet", "--no-search", "--content", "../content", "--out", "../_site"], path.join(dir, "desk"), timed);
    expect(elsewhere.code).toBe(0);
    expect(made(elsewhere.stderr)).toBe(0);
    expect(warnings(elsewhere.stderr)).toEqual(warnings(first.stderr).map((line) => `../${line.replace("in content/", "in ../content/")}`));
    expect(tree(path.join(dir, "_site"))).toEqual(before);
  });
});
