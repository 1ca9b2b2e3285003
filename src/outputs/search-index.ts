// The search index: Pagefind fed the pipeline's records through its Node API, its files taken in
// memory (getFiles) and handed to the publisher like every other output, so a failed build
// leaves no half-written index and an unchanged fragment is not rewritten.
//
// Pagefind runs as its own process (the binary of the `pagefind` package's platform dependency);
// feeding it records instead of letting it crawl the built HTML is the cheaper of the two
// (figures in README, Search). Its time goes into deflate and grows with the text, so a bundle
// whose records are those of the previous build is taken from the previous output as it is.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { pathToFileURL } from "node:url";
import type { BundleDone, BundleJob } from "./search-worker.ts";
import type { Archive } from "../archive/index.ts";
import { searchBundles, searchItems, type SearchBundle } from "../views/search-records.ts";
import { outputPath, paths } from "../views/links.ts";
import type { OutputFile } from "./publish.ts";
import { PACKAGE_ROOT } from "../package-root.ts";
import { RUNTIME_CHANGE, searchRuntimeFile } from "./pagefind-runtime.ts";

/** What the search page reads first: every bundle, relative to `pagefind/`, with its language. */
export const MANIFEST = outputPath(paths.searchManifest());

/** Part of every bundle's key: another Pagefind writes other files from the same records. */
const PAGEFIND_PACKAGE = path.join(path.dirname(fileURLToPath(import.meta.resolve("pagefind"))), "../package.json");
const PAGEFIND_VERSION: string = JSON.parse(await readFile(PAGEFIND_PACKAGE, "utf8")).version;

/** What the search page loads from a bundle; Pagefind's ready-made UIs are left out, the page has its own. */
const KEEP = /^(?:pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|wasm\.[^/]+\.pagefind|(?:index|fragment|filter)\/.+)$/;
/**
 * Pagefind's Node API drives one Pagefind process per module instance, and that process builds
 * one index at a time; two workers, each with its own, build two bundles at once. Measured on
 * the 10,000-article benchmark (no pages rendered beside it): 17 bundles of 375,000 words in
 * 27.9 s with both Pagefind processes at 635 MB together, against 38.8 s one at a time.
 */
const WORKERS = 2;
// From the package root, not from this file: the CLI may run as one compiled file elsewhere.
const WORKER_ENTRY = path.join(PACKAGE_ROOT, "bin/ts-worker.js");
const WORKER_MODULE = pathToFileURL(path.join(PACKAGE_ROOT, "src/outputs/search-worker.ts")).href;

export interface SearchIndexResult {
  files: OutputFile[];
  records: number;
  bundles: number;
  /** Bundles Pagefind built; the others were the previous build's, unchanged. */
  rebuilt: number;
}

interface Manifest {
  bundles: { path: string; language: string; key: string }[];
}

/** Every file of every bundle and the manifest, paths relative to the output folder, sorted.
 * `previous`: the output folder of the last build, whose unchanged bundles are reused. */
export async function searchIndexFiles(bundles: readonly SearchBundle[], previous?: string): Promise<SearchIndexResult> {
  const old = previous === undefined ? undefined : await readManifest(path.join(previous, MANIFEST));
  const files: OutputFile[] = [];
  const keys = bundles.map(bundleKey);
  const kept = await Promise.all(
    bundles.map((bundle, at) => (old?.bundles.some((b) => b.path === relative(bundle) && b.key === keys[at]) ? bundleOnDisk(path.join(previous!, bundle.folder)) : undefined)),
  );
  // Records (the bodies as text) are made only for the bundles built again.
  const todo = bundles.flatMap((bundle, at) => (kept[at] ? [] : [{ at, records: bundle.items.map((item) => item.record()) }]));
  const made = await buildBundles(todo);
  bundles.forEach((bundle, at) => {
    // Every file of a bundle has the bundle's key as its fingerprint: the publisher passes an
    // unchanged bundle's files on from the trees it keeps without reading them.
    const fingerprint = `search ${keys[at]}`;
    for (const file of kept[at] ?? made.get(at)!) files.push({ path: bundle.folder + file.path, content: file.content, fingerprint });
  });
  const rebuilt = todo.length;
  files.push({ path: MANIFEST, content: JSON.stringify(manifest(bundles)) + "\n" });
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, records: bundles.reduce((n, b) => n + b.items.length, 0), bundles: bundles.length, rebuilt };
}

export function manifest(bundles: readonly SearchBundle[]): Manifest {
  return { bundles: bundles.map((b) => ({ path: relative(b), language: b.language, key: bundleKey(b) })) };
}

function relative(bundle: SearchBundle): string {
  return bundle.folder.slice("pagefind/".length) || "./";
}

/** Same records, same folder, same Pagefind and change to its runtime: same files. */
function bundleKey(bundle: SearchBundle): string {
  const hash = createHash("sha256").update(PAGEFIND_VERSION).update(RUNTIME_CHANGE).update(bundle.folder);
  for (const item of bundle.items) hash.update("\u0001").update(item.key);
  return hash.digest("hex").slice(0, 16);
}

async function readManifest(file: string): Promise<Manifest | undefined> {
  try {
    const parsed = JSON.parse(await readFile(file, "utf8")) as Manifest;
    return Array.isArray(parsed.bundles) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** A bundle's files as the last build wrote them (not the bundles nested under it), or undefined.
 * Read only if the publisher has no copy with the same fingerprint. */
async function bundleOnDisk(dir: string): Promise<OutputFile[] | undefined> {
  try {
    const names = (await readdir(dir, { recursive: true })).map((n) => n.split(path.sep).join("/")).filter((n) => KEEP.test(n)).sort();
    if (!names.includes("pagefind.js") || !names.includes("pagefind-entry.json")) return undefined;
    return names.map((name) => ({ path: name, content: () => readFileSync(path.join(dir, name)) }));
  } catch {
    return undefined;
  }
}

/** The files of each bundle to build, by its position: bundles dealt out to the workers in turn. */
async function buildBundles(todo: readonly BundleJob[]): Promise<Map<number, OutputFile[]>> {
  const made = new Map<number, OutputFile[]>();
  const shares = Array.from({ length: Math.min(WORKERS, todo.length) }, (_, w) => todo.filter((_, i) => i % WORKERS === w));
  await Promise.all(
    shares.map(
      (jobs) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(WORKER_ENTRY, { workerData: { module: WORKER_MODULE, jobs } });
          let left = jobs.length;
          worker.on("message", (done: BundleDone) => {
            if (done.error) {
              void worker.terminate();
              reject(new Error(`search index: ${done.error}`));
              return;
            }
            const files = done.files.filter((f) => KEEP.test(f.path));
            try {
              made.set(done.at, files.map((f) => ({ path: f.path, content: searchRuntimeFile(f.path, Buffer.from(f.content.buffer, f.content.byteOffset, f.content.byteLength)) })));
            } catch (error) {
              void worker.terminate();
              reject(error as Error);
              return;
            }
            if (--left === 0) resolve();
          });
          worker.once("error", reject);
          worker.once("exit", (code) => (left > 0 ? reject(new Error(`search index: the Pagefind worker stopped (exit code ${code})`)) : resolve()));
        }),
    ),
  );
  return made;
}

/** An index built: how many records and bundles, how many built anew, how long. */
export interface IndexOutcome {
  records: number;
  bundles: number;
  rebuilt: number;
  seconds: number;
}

export interface SearchIndexTask {
  /** The index files, once Pagefind is done: for `siteFiles`, after the pages. */
  files(): AsyncIterable<OutputFile>;
  /** Resolves when the index is built. */
  done: Promise<IndexOutcome>;
}

/** Starts indexing now, so that Pagefind (its own process) works while the pages are rendered.
 * `previous`: the output folder, whose unchanged bundles are taken as they are; `budget`: words
 * per bundle, BUNDLE_WORDS unless given. */
export function startSearchIndex(archive: Archive, previous?: string, budget?: number): SearchIndexTask {
  const started = performance.now();
  const bundles = searchBundles(archive.site, searchItems(archive), budget);
  const built = searchIndexFiles(bundles, previous).then((r) => ({ ...r, seconds: (performance.now() - started) / 1000 }));
  // Awaited by files() (through the publisher, which then fails the build); until then, a
  // failure must not count as unhandled and end the process.
  built.catch(() => undefined);
  const done = built.then(({ records, bundles, rebuilt, seconds }) => ({ records, bundles, rebuilt, seconds }));
  done.catch(() => undefined);
  return {
    async *files() {
      yield* (await built).files;
    },
    done,
  };
}
