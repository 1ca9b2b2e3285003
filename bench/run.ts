// npm run bench: synthetic archives (1k and 10k articles by default), then, each the median
// of --runs runs: full build (cold: no previous output; warm: over the previous output),
// Hugo with equivalent taxonomy pages when `hugo` is installed, the raw floor, and rebuilds
// after adding, editing and deleting one article (by a second `build`; in `serve` without and
// with the search index, its default, whose index follows the pages); the cold build and the
// floor once more in memory (tmpfs), where the disk does not swing them. Prints a table and
// writes bench/out/results.json. Builds are timed with --no-search, like Hugo and the floor,
// which index nothing; the search index is timed on its own, in one cold build with it.
import { spawn, spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateArchive } from "./generate.ts";
import { writeHugoSite } from "./hugo-site.ts";
import { timed as timedIn, type Measure } from "./timed.ts";
import { freePort } from "../tests/helpers/free-port.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, "bench/out");
const BIN = path.join(ROOT, "bin/news-archive.js");

const { values } = parseArgs({
  options: { articles: { type: "string", multiple: true }, runs: { type: "string" }, "skip-serve": { type: "boolean" } },
});
const sizes = (values.articles ?? ["1000", "10000"]).flatMap((s) => s.split(",")).map(Number);
const runs = Number(values.runs ?? 3);

const timed = (cmd: string, args: string[]) => timedIn(cmd, args, ROOT);

function median(list: Measure[]): Measure {
  const sorted = [...list].sort((a, b) => a.wall - b.wall);
  const mid = sorted[Math.floor(sorted.length / 2)]!;
  return { wall: mid.wall, rssMB: Math.max(...list.map((m) => m.rssMB)), cpu: mid.cpu };
}

function repeat(n: number, before: () => void, run: () => Measure): Measure {
  const all: Measure[] = [];
  for (let i = 0; i < n; i++) {
    before();
    all.push(run());
  }
  return median(all);
}

const hasHugo = spawnSync("hugo", ["version"], { encoding: "utf8" }).status === 0;
const cpuBefore = cpuCheck();
const results: Record<string, unknown>[] = [];
mkdirSync(OUT, { recursive: true });

for (const n of sizes) {
  const content = path.join(OUT, `archive-${n}`);
  const site = path.join(OUT, `site-${n}`);
  const state = path.join(OUT, `.site-${n}.news-archive`);
  console.error(`# ${n} articles: generating…`);
  generateArchive(content, { articles: n });
  const build = () => timed(process.execPath, [BIN, "build", "--content", content, "--out", site, "--quiet", "--no-search"]);
  const clean = () => {
    rmSync(site, { recursive: true, force: true });
    rmSync(state, { recursive: true, force: true });
  };
  console.error(`# ${n}: full builds`);
  const cold = repeat(runs, clean, build);
  const warm = repeat(runs, () => undefined, build);
  const pages = Number(/(\d+) pages/.exec(timed(process.execPath, [BIN, "build", "--content", content, "--out", site, "--no-search"]).stdout)?.[1] ?? 0);

  console.error(`# ${n}: one cold build with the search index`);
  clean();
  const withSearch = timed(process.execPath, [BIN, "build", "--content", content, "--out", site]);
  const searchSeconds = Number(/search index: \d+ articles in ([\d.]+) s/.exec(withSearch.stdout)?.[1] ?? NaN);
  const search = { wall: withSearch.wall, rssMB: withSearch.rssMB, indexSeconds: searchSeconds, restSeconds: Number((withSearch.wall - searchSeconds).toFixed(2)) };
  clean();

  console.error(`# ${n}: raw floor`);
  const floorOut = path.join(OUT, `floor-${n}`);
  const floor = repeat(runs, () => rmSync(floorOut, { recursive: true, force: true }), () => timed(process.execPath, ["--import", "tsx", path.join(ROOT, "bench/floor.ts"), content, floorOut]));
  console.error(`# ${n}: cold build and raw floor in memory`);
  const memory = inMemory(content);

  let hugo: Measure | undefined;
  if (hasHugo) {
    console.error(`# ${n}: hugo`);
    const hugoSite = path.join(OUT, `hugo-${n}`);
    writeHugoSite(content, hugoSite);
    hugo = repeat(runs, () => rmSync(path.join(hugoSite, "public"), { recursive: true, force: true }), () => timed("hugo", ["--quiet", "-s", hugoSite]));
  }

  console.error(`# ${n}: rebuilds with the cache`);
  // Every round changes the archive in a way no earlier build saw: a new article, a new
  // sentence, an article deleted after two builds with it. Repeating one change would time a
  // swap back to the publisher's spare tree (it keeps the previous build), not a rebuild.
  const edited = existsSync(path.join(content, "articles")) ? firstArticle(content) : "";
  const original = readFileSync(edited, "utf8");
  const region = /^region: (.*)$/m.exec(original)![1]!;
  const added = (round: number) => path.join(content, `articles/2025/12/2025-12-31-bench-added-${round}.md`);
  const addText = (round: number) => `---\ntitle: "Bench article added (${round})"\ndate: 2025-12-31\nregion: ${region}\n---\nA new article for the rebuild benchmark, round ${round}.\n`;
  const addFile = (round: number) => {
    mkdirSync(path.dirname(added(round)), { recursive: true });
    writeFileSync(added(round), addText(round));
  };
  // Rounds 0 to runs - 1 here, runs to 3 runs - 1 in serve.
  const removeAdded = () => {
    for (let round = 0; round < 3 * runs; round++) rmIfExists(added(round));
  };
  removeAdded();
  const rounds = Array.from({ length: runs }, (_, i) => i);
  const rebuild = {
    add: median(rounds.map((round) => (build(), addFile(round), build()))),
    edit: median(rounds.map((round) => (build(), appendFileSync(edited, `\nOne more sentence, round ${round}.\n`), build()))),
    delete: median(rounds.map((round) => (build(), build(), unlinkSync(added(round)), build()))),
  };
  writeFileSync(edited, original);
  removeAdded();

  let serve: Record<string, number> | undefined;
  let serveSearch: Record<string, number> | undefined;
  if (!values["skip-serve"]) {
    console.error(`# ${n}: rebuilds in serve mode`);
    serve = await serveRebuilds(content, site, edited, original, added, addText, removeAdded, false);
    console.error(`# ${n}: rebuilds in serve mode with the search index (npm start)`);
    serveSearch = await serveRebuilds(content, site, edited, original, added, addText, removeAdded, true);
  }

  results.push({ articles: n, pages, cold, warm, floor, memory, hugo, rebuild, serve, serveSearch, search });
}

/**
 * The cold build and the raw floor again, each reading and writing in memory (tmpfs), taking
 * turns: what the code costs against the floor without the disk, whose writes swing the floor
 * 2-4 × from one run to the next here (1.8 s and 6.5 s into two folders, a minute apart).
 * Undefined without /dev/shm.
 */
function inMemory(content: string): { cold: Measure; floor: Measure } | undefined {
  if (!existsSync("/dev/shm")) return undefined;
  const dir = mkdtempSync("/dev/shm/news-archive-bench-");
  try {
    const archive = path.join(dir, "archive");
    const site = path.join(dir, "site");
    const floorOut = path.join(dir, "floor");
    cpSync(content, archive, { recursive: true });
    const cold: Measure[] = [];
    const floor: Measure[] = [];
    for (let i = 0; i < runs; i++) {
      for (const made of [site, path.join(dir, ".site.news-archive"), floorOut]) rmSync(made, { recursive: true, force: true });
      cold.push(timed(process.execPath, [BIN, "build", "--content", archive, "--out", site, "--quiet", "--no-search"]));
      floor.push(timed(process.execPath, ["--import", "tsx", path.join(ROOT, "bench/floor.ts"), archive, floorOut]));
    }
    return { cold: median(cold), floor: median(floor) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function firstArticle(content: string): string {
  const found = spawnSync("find", [path.join(content, "articles"), "-name", "*.md"], { encoding: "utf8" }).stdout.split("\n").filter(Boolean).sort();
  return found[Math.floor(found.length / 2)]!;
}

function rmIfExists(file: string) {
  if (existsSync(file)) unlinkSync(file);
}

/** Starts `serve`, changes files, and times each change until the rebuild is reported; `search`:
 *  with the index (serve's default), timed also until the index that follows the pages is. */
async function serveRebuilds(content: string, site: string, edited: string, original: string, added: (round: number) => string, addText: (round: number) => string, removeAdded: () => void, search: boolean): Promise<Record<string, number>> {
  // A port of its own, as `npm start` has 8080: with --port 0, serve makes its pages again once
  // it knows the port the system picked (their feeds name it), which no editor's serve does.
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, "serve", "--content", content, "--out", site, "--port", String(port), ...(search ? [] : ["--no-search"])], { cwd: ROOT });
  let buffer = "";
  child.stdout.on("data", (d: Buffer) => (buffer += d.toString()));
  child.stderr.on("data", (d: Buffer) => (buffer += d.toString()));
  const waitFor = (pattern: RegExp, after: number) =>
    new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        if (pattern.test(buffer.slice(after))) {
          clearInterval(poll);
          resolve();
        } else if (Date.now() - started > 120_000) {
          clearInterval(poll);
          reject(new Error(`serve: no ${pattern} within 120 s:\n${buffer.slice(-2000)}`));
        }
      }, 10);
    });
  const times: Record<string, number[]> = { add: [], edit: [], delete: [], restore: [], addIndex: [], editIndex: [], deleteIndex: [], restoreIndex: [] };
  const since = (start: number) => Number(((performance.now() - start) / 1000).toFixed(2));
  try {
    await waitFor(/serving/, 0);
    const change = async (name: string, act: () => void) => {
      const mark = buffer.length;
      const start = performance.now();
      act();
      await waitFor(/rebuilt/, mark);
      times[name]!.push(since(start));
      // The index follows the pages; the next save would wait for it.
      if (!search) return;
      await waitFor(/^rebuilt [^\n]*\n(?:[^\n]*\n)*?search index/m, mark);
      times[`${name}Index`]!.push(since(start));
    };
    // New texts each round (see the rebuilds above): round r adds article r + runs, or, with
    // the index, r + 2 runs.
    for (let round = 0; round < runs; round++) {
      const r = round + (search ? 2 : 1) * runs;
      await change("add", () => writeFileSync(added(r), addText(r)));
      await change("edit", () => appendFileSync(edited, `\nOne more sentence, serve${search ? " with search" : ""} round ${round}.\n`));
      await change("delete", () => unlinkSync(added(r)));
      await change("restore", () => writeFileSync(edited, original));
    }
  } finally {
    child.kill("SIGINT");
    writeFileSync(edited, original);
    removeAdded();
  }
  const middle = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  const kinds = search ? ["add", "edit", "delete", "addIndex", "editIndex", "deleteIndex"] : ["add", "edit", "delete"];
  return Object.fromEntries(kinds.map((kind) => [kind, middle(times[kind]!)]));
}

/** A fixed loop's time: this VM's CPU speed swings (~400 ms quiet, 600-700 ms throttled). */
function cpuCheck(): number {
  const start = performance.now();
  let x = 0;
  for (let i = 0; i < 3e8; i++) x += i % 7;
  return Math.round(performance.now() - start + (x < 0 ? 1 : 0));
}

const cpu = os.cpus()[0]?.model ?? "unknown CPU";
const load = os.loadavg().map((l) => l.toFixed(2)).join(" ");
const lines = [
  `machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}${hasHugo ? `, ${spawnSync("hugo", ["version"], { encoding: "utf8" }).stdout.trim().split(" ").slice(0, 2).join(" ")}` : ", hugo not installed (apt-get install hugo to compare)"}`,
  `load average at the end: ${load}; CPU check (a fixed loop; ~400 ms on a quiet machine here): ${cpuBefore} ms before, ${cpuCheck()} ms after; builds with --no-search (Hugo and the floor index nothing either)`,
  "",
  "| articles | pages | cold build | warm build | peak RSS | raw floor | Hugo | cold vs Hugo | cold vs floor | cold vs floor, CPU | cold vs floor, in memory | warm vs floor | rebuild add / edit / delete | serve add / edit / delete | serve with search, pages; index | cold build with search: index / rest, peak RSS |",
  "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|---|",
];
for (const r of results as any[]) {
  const ratio = (a: number, b?: Measure) => (b ? (a / b.wall).toFixed(2) : "–");
  lines.push(
    `| ${r.articles} | ${r.pages} | ${r.cold.wall} s | ${r.warm.wall} s | ${Math.max(r.cold.rssMB, r.warm.rssMB)} MB | ${r.floor.wall} s | ${r.hugo ? `${r.hugo.wall} s, ${r.hugo.rssMB} MB` : "–"} | ${ratio(r.cold.wall, r.hugo)} | ${ratio(r.cold.wall, r.floor)} | ${r.cold.cpu} / ${r.floor.cpu} s = ${(r.cold.cpu / r.floor.cpu).toFixed(2)} | ${r.memory ? `${r.memory.cold.wall} / ${r.memory.floor.wall} s = ${ratio(r.memory.cold.wall, r.memory.floor)}` : "–"} | ${ratio(r.warm.wall, r.floor)} | ${r.rebuild.add.wall} / ${r.rebuild.edit.wall} / ${r.rebuild.delete.wall} s | ${r.serve ? `${r.serve.add} / ${r.serve.edit} / ${r.serve.delete} s` : "–"} | ${r.serveSearch ? `${r.serveSearch.add} / ${r.serveSearch.edit} / ${r.serveSearch.delete} s; ${r.serveSearch.addIndex} / ${r.serveSearch.editIndex} / ${r.serveSearch.deleteIndex} s` : "–"} | ${r.search.indexSeconds} s / ${r.search.restSeconds} s, ${r.search.rssMB} MB |`,
  );
}
console.log(lines.join("\n"));
writeFileSync(path.join(OUT, "results.json"), JSON.stringify({ date: new Date().toISOString(), machine: lines[0], results }, null, 2));
