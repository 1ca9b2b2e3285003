// bin/news-archive.js runs the CLI compiled by esbuild (bin/compiled-cli.js), or the sources
// through tsx when NEWS_ARCHIVE_TSX is set (or compiling fails): both must build the same site.
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
});
