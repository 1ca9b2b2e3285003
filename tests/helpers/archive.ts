// Small archives written inline in a test, and the real CLI run on them as a child process.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse, type HTMLElement } from "node-html-parser";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const BIN = path.join(ROOT, "bin/news-archive.js");

/** Writes files (paths relative to a new temp folder) and returns that folder. */
export function writeTree(files: Record<string, string | Buffer>, into?: string): string {
  const dir = into ?? mkdtempSync(path.join(tmpdir(), "news-archive-test-"));
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return dir;
}

/** An article file: front matter from an object (YAML written by hand, as editors do) and a body. */
export function article(frontMatter: string, body = "Body text."): string {
  return `---\n${frontMatter.trim()}\n---\n${body}\n`;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `env`: variables added to this process's for the run. */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...env } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function page(outDir: string, sitePath: string): HTMLElement {
  const file = path.join(outDir, sitePath.replace(/^\//, ""), sitePath.endsWith(".html") ? "" : "index.html");
  if (!existsSync(file)) throw new Error(`no page at ${sitePath} (${file})`);
  return parse(readFileSync(file, "utf8"));
}

export function exists(outDir: string, sitePath: string): boolean {
  return existsSync(path.join(outDir, sitePath.replace(/^\//, ""), "index.html"));
}

/** hrefs of the links inside the elements matching selector. */
export function hrefs(root: HTMLElement, selector: string): string[] {
  return root.querySelectorAll(selector).map((a) => a.getAttribute("href") ?? "");
}

/** Every file of a folder: relative path → sha256 of its bytes, in path order (to compare trees
 *  and see which files differ). */
export function treeFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(path.relative(dir, p), createHash("sha256").update(readFileSync(p)).digest("hex"));
    }
  };
  walk(dir);
  return files;
}

/** One hash of a whole output folder: every file's path and bytes, in a stable order. */
export function treeHash(dir: string): string {
  const hash = createHash("sha256");
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else hash.update(path.relative(dir, p)).update(readFileSync(p));
    }
  };
  walk(dir);
  return hash.digest("hex");
}
