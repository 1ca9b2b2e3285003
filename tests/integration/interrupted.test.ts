// A build killed at any moment leaves either the previous site or the new one, whole, and
// the next build recovers: never a mix of the two.
import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { article, ROOT, runCli, writeTree, treeHash } from "../helpers/archive.ts";


const many = Object.fromEntries(
  Array.from({ length: 60 }, (_, i) => [`content/articles/a${i}.md`, article(`title: "Article ${i}"\ndate: 2024-01-${String((i % 28) + 1).padStart(2, "0")}\nregion: Kidal\nplaces: [P${i % 7}]`, `Body ${i}.`)]),
);

test("killing a build at any moment never leaves a half-written site", async () => {
  const dir = writeTree({ "content/regions.yaml": "- name: Kidal\n", ...many });
  const v1 = () => writeFileSync(path.join(dir, "content/site.yaml"), "title: Version one\n");
  const v2 = () => writeFileSync(path.join(dir, "content/site.yaml"), "title: Version two\n");
  const out = path.join(dir, "_site");
  v2();
  expect(runCli(["build", "--quiet", "--no-search"], dir).code).toBe(0);
  const h2 = treeHash(out);
  v1();
  expect(runCli(["build", "--quiet", "--no-search"], dir).code).toBe(0);
  const h1 = treeHash(out);
  expect(h1).not.toBe(h2);

  for (const delay of [400, 1200, 2000]) {
    v1();
    expect(runCli(["build", "--quiet", "--no-search"], dir).code).toBe(0);
    v2();
    const child = spawn(process.execPath, [path.join(ROOT, "bin/news-archive.js"), "build", "--quiet", "--no-search"], { cwd: dir });
    // Listen from the start: on a fast machine the build may finish before the kill.
    const exited = new Promise((r) => child.once("exit", r));
    await new Promise((r) => setTimeout(r, delay));
    child.kill("SIGKILL");
    await exited;
    expect(existsSync(out), `after ${delay} ms`).toBe(true);
    expect([h1, h2], `after ${delay} ms`).toContain(treeHash(out));
    expect(runCli(["build", "--quiet", "--no-search"], dir).code).toBe(0);
    expect(treeHash(out), `recovery after ${delay} ms`).toBe(h2);
  }
}, 600_000);
