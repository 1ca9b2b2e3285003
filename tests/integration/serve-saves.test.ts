// serve under the ways editors and tools really save: after each, what it publishes is what a
// clean `build --drafts` of the same files gives, byte for byte (both given one base_url, so
// the local origin serve names in feeds is not in the way), or, where that build fails, the
// error page. Files no build reads start no rebuild at all.
import { execFile, execFileSync } from "node:child_process";
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { article, ROOT, treeFiles, writeTree } from "../helpers/archive.ts";
import { served, startServe } from "../helpers/serve.ts";
import { escapeHtml } from "../../src/render/html.ts";

const FLAGS = ["--no-search", "--base-url", "https://news.example.org"];
const REGIONS = "- name: Kidal\n- name: Gao\n";
const a = (title: string, date: string, more = "", body = "Body text.") => article(`title: "${title}"\ndate: ${date}\nregion: Kidal\n${more}`, body);
const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, "0"));

describe("serve publishes what a clean build publishes, however the files are saved", { timeout: 120_000 }, () => {
  const dir = writeTree({
    ".gitignore": "_site/\nclean/\n.*.news-archive/\n",
    "content/site.yaml": "title: Desk\npage_size: 5\n",
    "content/regions.yaml": REGIONS,
    "content/places.yaml": "- name: Kidal\n- name: Tessalit\n",
    "content/articles/2024/a.md": a("Alpha", "2024-07-23", "places: [Kidal]\nread_also: [b]"),
    "content/articles/2024/b.md": a("Bravo", "2024-07-22", "places: [Tessalit]"),
    "content/articles/2023/c.md": a("Charlie", "2023-01-05", "", "See [[alpha]]."),
    "content/articles/2023/d.md": a("Delta, a draft", "2023-02-01", "draft: true"),
    ...Object.fromEntries(months.map((m) => [`content/articles/2022/${m}.md`, a(`Report ${m}`, `2022-${m}-10`)])),
    "content/articles/2021/x.md": a("X-ray", "2021-05-01"),
    "content/articles/2021/y.md": a("Yankee", "2021-06-01"),
    "content/drafts/kept.md": a("Kept", "2024-01-02"),
    "content/elsewhere/l.md": a("Linked", "2024-01-03"),
  });
  const file = (rel: string) => path.join(dir, "content", rel);
  const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=Desk", "-c", "user.email=desk@example.org", ...args], { cwd: dir, stdio: "pipe" });
  let serve: Awaited<ReturnType<typeof startServe>>;
  const rebuilds = () => serve.output().match(/^rebuilt /gm)?.length ?? 0;

  /** Waits until serve's output is what a clean build of the files gives now (a timeout fails). */
  const sameAsBuild = async () => {
    rmSync(path.join(dir, "clean"), { recursive: true, force: true });
    rmSync(path.join(dir, ".clean.news-archive"), { recursive: true, force: true });
    // Not spawnSync: a test blocked for seconds meets the server's end of an idle keep-alive
    // connection only as "other side closed" on its next request.
    const build = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(process.execPath, [path.join(ROOT, "bin/news-archive.js"), "build", "--drafts", "--quiet", "--out", "clean", ...FLAGS], { cwd: dir }, (e, _out, stderr) => resolve({ code: e ? Number(e.code) : 0, stderr }));
    });
    if (build.code !== 0) return showsErrors(build.stderr.split("\n").find((line) => !line.includes(": warning:"))!);
    const clean = treeFiles(path.join(dir, "clean"));
    let site = new Map<string, string>();
    for (let waited = 0; waited < 20_000; waited += 100) {
      try {
        site = treeFiles(path.join(dir, "_site"));
      } catch {
        // Between the two renames of a swap.
      }
      if (JSON.stringify([...site]) === JSON.stringify([...clean])) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(site).toEqual(clean);
  };
  /** Waits until every page is the error page, naming the build's first error. */
  const showsErrors = async (first: string) => {
    const escaped = escapeHtml(first);
    for (let waited = 0; waited < 20_000; waited += 100) {
      if ((await (await served(`http://localhost:${serve.port}/`)).text()).includes(escaped)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await (await served(`http://localhost:${serve.port}/`)).text()).toContain(escaped);
  };
  const edit = (rel: string, from: string, to: string) => writeFileSync(file(rel), readFileSync(file(rel), "utf8").replace(from, to));

  beforeAll(async () => {
    symlinkSync(file("drafts/kept.md"), file("articles/kept.md"));
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-qm", "archive");
    serve = await startServe(dir, FLAGS);
  });
  afterAll(() => serve.stop());

  test("a temporary file renamed over the article (vim, sed -i, many IDEs), then written in place (VS Code)", async () => {
    writeFileSync(file("articles/2024/a.md.tmp"), a("Alpha", "2024-07-23", "places: [Kidal]\nread_also: [b]", "Renamed over."));
    renameSync(file("articles/2024/a.md.tmp"), file("articles/2024/a.md"));
    await sameAsBuild();
    edit("articles/2024/a.md", "Renamed over.", "Body text.");
    await sameAsBuild();
  });

  test("vim with backupcopy=no: its probe file, the article renamed to a backup, a new file written, the backup deleted", async () => {
    writeFileSync(file("articles/2024/4913"), "");
    unlinkSync(file("articles/2024/4913"));
    renameSync(file("articles/2024/b.md"), file("articles/2024/b.md~"));
    writeFileSync(file("articles/2024/b.md"), a("Bravo, by vim", "2024-07-22", "places: [Tessalit]"));
    unlinkSync(file("articles/2024/b.md~"));
    await sameAsBuild();
  });

  test("a file emptied, then written; then saves in a burst; then a save while that rebuild runs", async () => {
    writeFileSync(file("articles/2023/c.md"), "");
    await sameAsBuild();
    writeFileSync(file("articles/2023/c.md"), a("Charlie", "2023-01-05", "", "See [[alpha]], again."));
    await sameAsBuild();
    for (const n of [1, 2, 3, 4, 5]) writeFileSync(file("articles/2023/c.md"), a(`Charlie ${n}`, "2023-01-05", "", "See [[alpha]]."));
    await sameAsBuild();
    // The second save most likely lands while the first one's rebuild runs (it starts 50 ms
    // after the save): it waits for it, and is not lost.
    edit("articles/2023/c.md", "Charlie 5", "Charlie 6");
    await new Promise((r) => setTimeout(r, 60));
    edit("articles/2023/c.md", "Charlie 6", "Charlie 7");
    await sameAsBuild();
  });

  test("a registry or site.yaml made invalid, then fixed; an article made invalid, then fixed", async () => {
    writeFileSync(file("regions.yaml"), `${REGIONS}- name: [\n`);
    await sameAsBuild();
    writeFileSync(file("regions.yaml"), `${REGIONS}- name: Ménaka\n`);
    await sameAsBuild();
    writeFileSync(file("site.yaml"), "title: Desk\npage_size: many\n");
    await sameAsBuild();
    writeFileSync(file("site.yaml"), "title: The desk\npage_size: 4\n");
    await sameAsBuild();
    edit("articles/2024/a.md", "2024-07-23", "2024-02-30");
    await sameAsBuild();
    edit("articles/2024/a.md", "2024-02-30", "2024-07-23");
    await sameAsBuild();
  });

  test("folders renamed, moved out and back, deleted, and made with their files already in them", async () => {
    renameSync(file("articles/2021"), file("articles/2021-old"));
    await sameAsBuild();
    edit("articles/2021-old/x.md", "Body text.", "Edited in the renamed folder.");
    await sameAsBuild();
    renameSync(file("articles/2021-old"), path.join(dir, "away"));
    await sameAsBuild();
    edit("../away/y.md", "Body text.", "Edited away from the archive.");
    renameSync(path.join(dir, "away"), file("articles/back"));
    await sameAsBuild();
    rmSync(file("articles/back"), { recursive: true });
    await sameAsBuild();
    writeTree({ "new/2025/e.md": a("Echo", "2025-03-01"), "new/2025/f.md": a("Foxtrot", "2025-03-02") }, dir);
    renameSync(path.join(dir, "new"), file("articles/new"));
    await sameAsBuild();
  });

  test("git: a checkout of another branch changing many files, and back; a stash and its pop", async () => {
    git("add", "-A");
    git("commit", "-qm", "edits");
    git("checkout", "-qb", "other");
    for (const m of months) edit(`articles/2022/${m}.md`, "Body text.", "Rewritten on the other branch.");
    git("rm", "-q", "content/articles/2024/b.md");
    edit("articles/2024/a.md", "read_also: [b]", "read_also: [c]");
    git("add", "-A");
    git("commit", "-qm", "other");
    git("checkout", "-q", "main");
    await sameAsBuild();
    git("checkout", "-q", "other");
    await sameAsBuild();
    git("checkout", "-q", "main");
    await sameAsBuild();
    appendFileSync(file("articles/2023/c.md"), "\nA line to stash.\n");
    await sameAsBuild();
    git("stash", "-q");
    await sameAsBuild();
    git("stash", "pop", "-q");
    await sameAsBuild();
  });

  test("an article that is a link, its target edited; a link to a folder, which no build enters", async () => {
    edit("drafts/kept.md", "Body text.", "Edited at the link's target.");
    await sameAsBuild();
    const told = "content/articles/linked: warning: is a link to a folder, which is not followed: its articles are not read; move the folder itself under articles/, or link its files one by one";
    const mark = serve.output().length;
    symlinkSync(file("elsewhere"), file("articles/linked"));
    await sameAsBuild();
    for (let waited = 0; !serve.output().slice(mark).includes(told) && waited < 20_000; waited += 25) await new Promise((r) => setTimeout(r, 25));
    expect(serve.output().slice(mark)).toContain(told);
    edit("elsewhere/l.md", "Body text.", "Edited through the folder's link.");
    await sameAsBuild();
    // The link gone, so is the warning: the next rebuild lists the folder again.
    const gone = serve.output().length;
    const before = rebuilds();
    unlinkSync(file("articles/linked"));
    for (let waited = 0; rebuilds() === before && waited < 20_000; waited += 25) await new Promise((r) => setTimeout(r, 25));
    expect(rebuilds()).toBeGreaterThan(before);
    expect(serve.output().slice(gone)).not.toContain("is a link to a folder");
  });

  test("a rebuild the disk refuses (the output's state folder made a file) is told in one line; serve goes on, and the next save publishes", async () => {
    const state = path.join(dir, "._site.news-archive");
    // Until it holds: a rebuild serve runs by itself once it is up (its warm-up) may be
    // publishing, making the folder again as it goes.
    for (let made = false; !made; ) {
      try {
        rmSync(state, { recursive: true, force: true });
        writeFileSync(state, "in the way", { flag: "wx" });
        made = true;
      } catch {
        // Written into, or made again, meanwhile.
      }
    }
    const mark = serve.output().length;
    appendFileSync(file("articles/2023/c.md"), "\nSaved while the disk refused.\n");
    const line = `news-archive: rebuild failed: EEXIST: file already exists, mkdir '${state}'; the site stays as it was until the next save\n`;
    for (let waited = 0; !serve.output().slice(mark).includes(line) && waited < 30_000; waited += 25) await new Promise((r) => setTimeout(r, 25));
    expect(serve.output().slice(mark)).toBe(line);
    rmSync(state);
    appendFileSync(file("articles/2024/a.md"), "\nSaved once the disk was mended.\n");
    await sameAsBuild();
  });

  test("static files: a folder of them made, one replaced by a rename, one deleted, the folder removed", async () => {
    mkdirSync(file("static/images"), { recursive: true });
    writeFileSync(file("static/images/kidal.jpg"), "a photo");
    writeFileSync(file("static/report.pdf"), "a report");
    await sameAsBuild();
    writeFileSync(file("static/images/kidal.jpg.tmp"), "another photo");
    renameSync(file("static/images/kidal.jpg.tmp"), file("static/images/kidal.jpg"));
    await sameAsBuild();
    unlinkSync(file("static/report.pdf"));
    await sameAsBuild();
    rmSync(file("static"), { recursive: true });
    await sameAsBuild();
  });

  test("files no build reads start no rebuild: editors' swap, lock, backup and temporary files, .DS_Store, notes", async () => {
    await sameAsBuild();
    const before = rebuilds();
    const folder = file("articles/2024");
    writeFileSync(path.join(folder, ".a.md.swp"), "vim's swap file, rewritten as one types");
    writeFileSync(path.join(folder, ".a.md.swp"), "and again");
    writeFileSync(path.join(folder, "4913"), "");
    unlinkSync(path.join(folder, "4913"));
    symlinkSync("desk@host.1234:1700000000", path.join(folder, ".#a.md"));
    writeFileSync(path.join(folder, "#a.md#"), "Emacs's auto-save");
    writeFileSync(path.join(folder, "a.md~"), "a backup");
    writeFileSync(path.join(folder, "a.md.tmp"), "written, not yet renamed");
    writeFileSync(path.join(folder, ".DS_Store"), "Finder");
    writeFileSync(path.join(folder, "notes.txt"), "a note");
    writeFileSync(file("notes.txt"), "a note beside site.yaml");
    writeFileSync(file("site.yaml~"), "a backup of site.yaml");
    writeFileSync(file("drafts/other.md"), "a draft no article links to");
    mkdirSync(file("scratch"));
    writeFileSync(file("scratch/x.txt"), "x");
    // Time for a rebuild they would start (50 ms later) to begin, before the change that must start one.
    await new Promise((r) => setTimeout(r, 500));
    const mark = serve.output().length;
    appendFileSync(file("articles/2024/a.md"), "\nThe one change a build reads.\n");
    await sameAsBuild();
    for (let waited = 0; !serve.output().slice(mark).includes("rebuilt"); waited += 25) await new Promise((r) => setTimeout(r, 25));
    expect(rebuilds() - before, serve.output().slice(-3000)).toBe(1);
  });
});
