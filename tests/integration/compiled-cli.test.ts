// bin/news-archive.js runs the CLI compiled by esbuild (bin/compiled-cli.js), or the sources
// through tsx when NEWS_ARCHIVE_TSX is set (or compiling fails): both must build the same site.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT, runCli, treeFiles } from "../helpers/archive.ts";

describe("the compiled CLI", () => {
  test("builds the sample archive byte for byte as the TypeScript sources do", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "news-archive-compiled-"));
    cpSync(path.join(ROOT, "content"), path.join(dir, "content"), { recursive: true });
    const compiled = runCli(["build", "--quiet", "--no-search", "--out", "compiled"], dir);
    const sources = runCli(["build", "--quiet", "--no-search", "--out", "sources"], dir, { NEWS_ARCHIVE_TSX: "1" });
    expect([compiled.code, compiled.stderr, sources.code, sources.stderr]).toEqual([0, "", 0, ""]);
    const a = treeFiles(path.join(dir, "compiled"));
    expect(a.size).toBeGreaterThan(100);
    expect(a).toEqual(treeFiles(path.join(dir, "sources")));
  });

  test("is kept in node_modules/.cache/news-archive, one folder for the current sources", () => {
    expect(runCli(["--help"], ROOT).code).toBe(0);
    const cache = path.join(ROOT, "node_modules/.cache/news-archive");
    const folders = readdirSync(cache).filter((f) => !f.includes(".tmp"));
    expect(folders).toHaveLength(1);
    expect(existsSync(path.join(cache, folders[0]!, "main.js"))).toBe(true);
  });

  test("carries the worker that reads article files on a second thread (content/read-articles.ts)", () => {
    expect(runCli(["--help"], ROOT).code).toBe(0);
    const cache = path.join(ROOT, "node_modules/.cache/news-archive");
    const folder = path.join(cache, readdirSync(cache).filter((f) => !f.includes(".tmp"))[0]!);
    const script = `import { Worker } from "node:worker_threads";
const sources = [
  { file: "content/articles/a.md", text: "---\\ntitle: First\\ndate: 2024-01-01\\nregion: Kidal\\n---\\nSome *text*.\\n" },
  { file: "content/articles/b.md", text: "---\\ntitle: Second\\nregion: Kidal\\n---\\nNo date.\\n" },
];
const site = { title: "t", description: "", baseUrl: "http://localhost:8080", pathPrefix: "/", language: "en", timezone: "UTC", pageSize: 20, feedSize: 20, allowHtml: false };
const worker = new Worker(${JSON.stringify(path.join(folder, "read-worker.js"))}, { execArgv: [], workerData: { setup: { site, done: new Int32Array(new SharedArrayBuffer(4)) } } });
worker.on("message", (m) => {
  console.log(JSON.stringify([m.start, m.entries.map((e) => [e.article?.title, e.html, e.diagnostics.map((d) => d.key)])]));
  void worker.terminate();
});
worker.postMessage({ start: 7, sources });`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect([run.status, run.stderr]).toEqual([0, ""]);
    expect(JSON.parse(run.stdout)).toEqual([
      7,
      [
        ["First", "<p>Some <em>text</em>.</p>\n", []],
        [null, null, ["date"]],
      ],
    ]);
  });
});
