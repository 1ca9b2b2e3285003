// A first build of a large archive reads half of its files in a worker thread
// (src/cli/parallel-validate.ts). The site must be the same, byte for byte, as when one
// thread reads them all, errors included.
import path from "node:path";
import { expect, test } from "vitest";
import { PARALLEL_FROM } from "../../src/cli/parallel-validate.ts";
import { article, runCli, treeHash, writeTree } from "../helpers/archive.ts";

test("a worker reads half the files: same site as one thread, same diagnostics", () => {
  const files: Record<string, string> = {
    "content/regions.yaml": "- name: Kidal\n- name: Gao\n",
    "content/places.yaml": "- name: Kidal\n  coordinates: [18.44, 1.41]\n- name: Tessalit\n  coordinates: [20.2, 1.01]\n",
  };
  const n = PARALLEL_FROM + 100;
  for (let i = 0; i < n; i++) {
    const day = String((i % 28) + 1).padStart(2, "0");
    const links = i > 0 ? `\nread_also: [a-${i - 1}]` : "";
    files[`content/articles/a-${i}.md`] = article(
      `title: "Article ${i}"\ndate: 2024-0${(i % 9) + 1}-${day}\nregion: ${i % 2 ? "Kidal" : "Gao"}\nplaces: [${i % 3 ? "Kidal" : "Tessalit"}]${links}`,
      `Text of article ${i}, with *emphasis*${i % 7 === 1 ? " and [[a-0]]" : ""}.`,
    );
  }
  const dir = writeTree(files);
  const one = runCli(["build", "--no-search", "--out", "one"], dir, { NEWS_ARCHIVE_WORKERS: "0" });
  const two = runCli(["build", "--no-search", "--out", "two"], dir);
  expect([one.code, two.code], one.stderr.slice(0, 500)).toEqual([0, 0]);
  expect(treeHash(path.join(dir, "two"))).toBe(treeHash(path.join(dir, "one")));

  // A warning from a file the worker read reads exactly as from this thread.
  writeTree({ [`content/articles/a-${n - 1}.md`]: article(`title: "Last"\ndate: 2024-01-01\nregion: Timbuktu`) }, dir);
  const warned = [runCli(["build", "--no-search", "--out", "three"], dir, { NEWS_ARCHIVE_WORKERS: "0" }), runCli(["build", "--no-search", "--out", "four"], dir)];
  expect(warned[1]!.stderr).toBe(warned[0]!.stderr);
  expect(warned[0]!.stderr).toContain(`a-${n - 1}.md`);
}, 120_000);
