// The templates are Eleventy modules: Eleventy itself, wired by .eleventy.ts, renders the
// same files as the build's direct writer.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { ROOT, runCli } from "../helpers/archive.ts";

function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name !== ".news-archive-build") out[path.relative(dir, p)] = createHash("sha256").update(readFileSync(p)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

test("eleventy --config=.eleventy.ts renders the sample exactly as news-archive build does", () => {
  const tmp = mkdtempSync(path.join(tmpdir(), "news-archive-eleventy-"));
  const eleventy = spawnSync(
    process.execPath,
    ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts", "--input=templates", `--output=${path.join(tmp, "eleventy")}`],
    { cwd: ROOT, encoding: "utf8" },
  );
  expect(eleventy.status, eleventy.stderr).toBe(0);
  expect(runCli(["build", "--no-search", "--quiet", "--out", path.join(tmp, "ours")], ROOT).code).toBe(0);
  const ours = files(path.join(tmp, "ours"));
  expect(Object.keys(ours).length).toBeGreaterThan(100);
  expect(files(path.join(tmp, "eleventy"))).toEqual(ours);
});
