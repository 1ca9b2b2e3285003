// serve's rebuilds publish the pages first and the search index after them (src/cli/build.ts):
// a save's pages show without waiting for Pagefind, the index served meanwhile is the previous
// one, whole; once the index follows, the site is a clean build's, byte for byte. Run in this
// process, through buildSite with a session, as serve runs it, so each step can be looked at.
import { chmodSync, existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { arch } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { article, ROOT, runCli, treeFiles, writeTree } from "../helpers/archive.ts";
import { startServe } from "../helpers/serve.ts";
import { buildSite, type Session } from "../../src/cli/build.ts";
import { parseCli } from "../../src/cli/args.ts";
import { newPipelineMemo } from "../../src/memo.ts";
import { newLoadCache } from "../../src/content/load.ts";

const FLAGS = ["--base-url", "https://news.example.org"];
// Two bundles of the sample's few words: a save to the old article rebuilds the first only.
const WORDS = "12";
const said: string[] = [];
const io = { out: (l: string) => said.push(l), err: (l: string) => said.push(l), progress: () => {}, isTTY: false };
const a = (title: string, date: string, body: string) => article(`title: "${title}"\ndate: ${date}\nregion: Kidal`, body);

function archive() {
  return writeTree({
    "content/regions.yaml": "- name: Kidal\n",
    "content/articles/old.md": a("An old report", "2020-03-01", "Convoys crossed the desert at night near the border."),
    "content/articles/new.md": a("A new report", "2024-07-23", "The army arrived in the town after a long march."),
  });
}

const indexOf = (site: string) => [...treeFiles(site)].filter(([file]) => file.startsWith("pagefind/"));
const pageOf = (site: string, slug: string) => readFileSync(path.join(site, "articles", slug, "index.html"), "utf8");

async function startSession(dir: string) {
  const options = parseCli(["serve", ...FLAGS]);
  const session: Session = { memo: newPipelineMemo(), files: newLoadCache() };
  const first = await buildSite(options, dir, io, session);
  expect(first.code).toBe(0);
  // The first build publishes everything at once: there is no index to serve before it.
  expect(first.searchIndex).toBeUndefined();
  return { options, session };
}

afterEach(() => {
  delete process.env["NEWS_ARCHIVE_BUNDLE_WORDS"];
  delete process.env["PAGEFIND_EXTENDED_BINARY_PATH"];
  said.length = 0;
});

describe("serve: the pages of a save first, the search index after them", { timeout: 60_000 }, () => {
  test("the page shows the save while the previous index is served whole; then the index follows and the site is a clean build's", async () => {
    process.env["NEWS_ARCHIVE_BUNDLE_WORDS"] = WORDS;
    const dir = archive();
    const site = path.join(dir, "_site");
    const { options, session } = await startSession(dir);
    const before = indexOf(site);
    expect(before.map(([file]) => file)).toContain("pagefind/bundles/en-2/pagefind-entry.json");

    writeTree({ "content/articles/old.md": a("An old report", "2020-03-01", "A quokka crossed the desert at night near the border.") }, dir);
    session.files.changed = undefined;
    const second = await buildSite(options, dir, io, session);
    expect(second.code).toBe(0);
    expect(pageOf(site, "old")).toContain("A quokka crossed");
    expect(indexOf(site)).toEqual(before);

    const index = second.searchIndex!();
    expect(await index.done).toMatchObject({ records: 2, bundles: 2, rebuilt: 1 });
    expect(indexOf(site)).toEqual(before);
    await index.publish();
    expect(indexOf(site)).not.toEqual(before);
    expect(runCli(["build", "--drafts", "--quiet", "--out", "clean", ...FLAGS], dir, { NEWS_ARCHIVE_BUNDLE_WORDS: WORDS }).code).toBe(0);
    expect(treeFiles(site)).toEqual(treeFiles(path.join(dir, "clean")));
  });

  test("an index that cannot be built fails alone: the pages stay published, the previous index served", async () => {
    const dir = archive();
    const site = path.join(dir, "_site");
    const { options, session } = await startSession(dir);
    const before = indexOf(site);

    writeTree({ "content/articles/new.md": a("A new report", "2024-07-23", "The army arrived in the town after a quokka sighting.") }, dir);
    session.files.changed = undefined;
    const second = await buildSite(options, dir, io, session);
    // The `pagefind` package takes its binary from this variable first: a missing one fails the index.
    process.env["PAGEFIND_EXTENDED_BINARY_PATH"] = path.join(dir, "no-such-pagefind");
    await expect(second.searchIndex!().done).rejects.toThrow(/search index|Pagefind|pagefind|ENOENT/);
    expect(pageOf(site, "new")).toContain("after a quokka sighting");
    expect(indexOf(site)).toEqual(before);

    // The next save, Pagefind back, publishes an index with both saves in it.
    delete process.env["PAGEFIND_EXTENDED_BINARY_PATH"];
    writeTree({ "content/articles/old.md": a("An old report", "2020-03-01", "Convoys crossed the desert at dawn.") }, dir);
    session.files.changed = undefined;
    const third = await buildSite(options, dir, io, session);
    const index = third.searchIndex!();
    expect(await index.done).toMatchObject({ records: 2, bundles: 1, rebuilt: 1 });
    await index.publish();
    expect(runCli(["build", "--drafts", "--quiet", "--out", "clean", ...FLAGS], dir).code).toBe(0);
    expect(treeFiles(site)).toEqual(treeFiles(path.join(dir, "clean")));
  });

  test("--no-search: no index to follow, and none left from an earlier build", async () => {
    const dir = archive();
    const site = path.join(dir, "_site");
    await startSession(dir);
    const options = parseCli(["serve", "--no-search", ...FLAGS]);
    const session: Session = { memo: newPipelineMemo(), files: newLoadCache() };
    expect((await buildSite(options, dir, io, session)).code).toBe(0);
    session.files.changed = undefined;
    const again = await buildSite(options, dir, io, session);
    expect(again.searchIndex).toBeUndefined();
    expect(indexOf(site)).toEqual([]);
  });
});

describe("serve: saves in a row while an index is built", { timeout: 120_000 }, () => {
  test("a save made while an index is built shows its pages at once; that index, for pages no longer served, is dropped; the next holds both saves", async () => {
    process.env["NEWS_ARCHIVE_BUNDLE_WORDS"] = WORDS;
    const dir = archive();
    // Pagefind, made slow once when a file says so (the file goes): the index of the second
    // save below is still being built when the third is saved.
    const real = createRequire(path.join(ROOT, "node_modules/pagefind/package.json")).resolve(`@pagefind/${process.platform}-${arch()}/bin/pagefind_extended`);
    const slow = path.join(dir, "slow");
    writeTree({ "slow-pagefind": `#!/bin/sh\nif [ -e "${slow}" ]; then rm -f "${slow}"; sleep 3; fi\nexec "${real}" "$@"\n` }, dir);
    chmodSync(path.join(dir, "slow-pagefind"), 0o755);
    process.env["PAGEFIND_EXTENDED_BINARY_PATH"] = path.join(dir, "slow-pagefind");
    const serve = await startServe(dir, FLAGS);
    const told = (pattern: RegExp) => serve.output().match(pattern) ?? [];
    const until = async (done: () => boolean) => {
      for (let waited = 0; !done(); waited += 25) {
        if (waited > 60_000) throw new Error(`serve said:\n${serve.output()}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    };
    try {
      // A first save, told with its index: serve's own quiet rebuilds after starting (its
      // warm-up) are done, and take no save of the ones below.
      writeTree({ "content/articles/new.md": a("A new report", "2024-07-23", "The army arrived in the town at dawn.") }, dir);
      await until(() => told(/^search index updated /gm).length === 1);
      const settled = serve.output().length;
      writeTree({ slow: "" }, dir);
      writeTree({ "content/articles/old.md": a("An old report", "2020-03-01", "A quokka crossed the desert at night.") }, dir);
      await until(() => told(/^rebuilt /gm).length === 2);
      writeTree({ "content/articles/new.md": a("A new report", "2024-07-23", "The army arrived after a quokka sighting.") }, dir);
      await until(() => told(/^search index updated /gm).length === 2);
      expect(existsSync(slow)).toBe(false);
      const lines = serve.output().slice(settled).split("\n").filter((l) => /^(rebuilt|search index updated)/.test(l));
      expect(lines.map((l) => l.split(" ")[0])).toEqual(["rebuilt", "rebuilt", "search"]);
      expect(lines[2]).toMatch(/^search index updated \d+\.\d\d s after the pages \(2 bundles built\)$/);
      expect(runCli(["build", "--drafts", "--quiet", "--out", "clean", ...FLAGS], dir, { NEWS_ARCHIVE_BUNDLE_WORDS: WORDS }).code).toBe(0);
      expect(treeFiles(path.join(dir, "_site"))).toEqual(treeFiles(path.join(dir, "clean")));
    } finally {
      serve.stop();
    }
  });
});
