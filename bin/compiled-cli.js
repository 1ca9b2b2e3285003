// The CLI compiled into a few ES modules, so a build does not spend its first second having
// tsx transform and resolve some 150 TypeScript modules and their dependencies file by file
// (10k benchmark: `build` started its work 0.9-1.0 s after launch through tsx).
// esbuild makes them again whenever a source file changes (by size or time), in
// node_modules/.cache/news-archive/<stamp of the sources>/. Anything amiss here (no esbuild,
// a read-only install) returns undefined: the caller then runs the sources through tsx.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CACHE = path.join(ROOT, "node_modules/.cache/news-archive");

/** A stamp of everything the compiled files are made from: names, sizes and times of the sources. */
function sourceStamp() {
  const hash = createHash("sha1");
  for (const folder of ["src", "templates"]) {
    for (const rel of readdirSync(path.join(ROOT, folder), { recursive: true }).map(String).sort()) {
      const stats = statSync(path.join(ROOT, folder, rel));
      if (stats.isFile()) hash.update(`${folder}/${rel}\t${stats.size}\t${stats.mtimeMs}\n`);
    }
  }
  for (const file of ["package.json", "package-lock.json", "bin/compiled-cli.js"]) {
    const stats = statSync(path.join(ROOT, file), { throwIfNoEntry: false });
    hash.update(`${file}\t${stats?.size}\t${stats?.mtimeMs}\n`);
  }
  return hash.digest("hex").slice(0, 16);
}

/** The URL of the compiled CLI's main module, compiling it first if the sources changed since. */
export async function compiledCli() {
  if (process.env.NEWS_ARCHIVE_TSX) return undefined;
  try {
    const folder = path.join(CACHE, sourceStamp());
    if (!existsSync(folder)) await compile(folder);
    return pathToFileURL(path.join(folder, "main.js")).href;
  } catch {
    return undefined;
  }
}

async function compile(folder) {
  const { build } = await import("esbuild");
  // Made in a folder of its own, then renamed: two commands compiling at once each make a
  // whole set, and a command never imports a half-written one.
  const temporary = `${folder}.${process.pid}.tmp`;
  await build({
    // The reading worker (src/content/read-articles.ts) loads its own entry, beside main.js.
    entryPoints: { main: path.join(ROOT, "src/cli/main.ts"), "read-worker": path.join(ROOT, "src/content/read-worker.ts") },
    outdir: temporary,
    outExtension: { ".js": ".js" },
    bundle: true,
    // Each command's modules stay apart (main.ts imports them on demand): `check` loads no renderer.
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Dependencies are bundled too (zod, markdown-it and gray-matter alone took ~0.2 s to load
    // file by file), except those that start processes or load files of their own.
    external: ["pagefind", "@11ty/*", "esbuild", "tsx"],
    // Bundled CommonJS dependencies call require() for Node's own modules.
    banner: { js: 'import { createRequire as __naCreateRequire } from "node:module"; const require = __naCreateRequire(import.meta.url);' },
    // Maps for `node --enable-source-maps bin/news-archive.js …` (or NEWS_ARCHIVE_TSX=1 to run
    // the sources): not enabled by default, as reading them cost each command 30-50 ms.
    sourcemap: "linked",
    sourcesContent: false,
    logLevel: "silent",
  });
  mkdirSync(CACHE, { recursive: true });
  try {
    renameSync(temporary, folder);
  } catch (e) {
    rmSync(temporary, { recursive: true, force: true });
    if (!existsSync(folder)) throw e;
  }
  for (const old of readdirSync(CACHE)) if (path.join(CACHE, old) !== folder && !old.includes(".tmp")) rmSync(path.join(CACHE, old), { recursive: true, force: true });
}
