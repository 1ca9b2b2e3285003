// The search index: Pagefind fed the pipeline's records through its Node API, its files taken in
// memory (getFiles) and handed to the publisher like every other output, so a failed build
// leaves no half-written index and an unchanged fragment is not rewritten.
//
// Pagefind runs as its own process (the binary of the `pagefind` package's platform dependency);
// feeding it records instead of letting it crawl the built HTML is what keeps it cheap at
// 10,000 articles (figures in README, Search).
import { createIndex } from "pagefind";
import type { Archive } from "../archive/index.ts";
import { searchBundles, searchRecords, type SearchBundle, type SearchRecord } from "../views/search-records.ts";
import type { OutputFile } from "./publish.ts";

/** What the search page loads from a bundle; Pagefind's ready-made UIs are left out, the page has its own. */
const KEEP = /^(?:pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|wasm\.[^/]+\.pagefind|(?:index|fragment|filter)\/.+)$/;
/** Records in flight to the Pagefind process at once: enough to keep it busy, few enough to bound memory. */
const BATCH = 256;

export interface SearchIndexResult {
  files: OutputFile[];
  records: number;
}

/** Every file of every bundle, paths relative to the output folder, sorted. */
export async function searchIndexFiles(records: readonly SearchRecord[], bundles: readonly SearchBundle[]): Promise<SearchIndexResult> {
  const files: OutputFile[] = [];
  for (const bundle of bundles) {
    const own = records.filter((r) => r.language === bundle.language);
    for (const file of await bundleFiles(own)) files.push({ path: bundle.folder + file.path, content: file.content });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, records: records.length };
}

async function bundleFiles(records: readonly SearchRecord[]): Promise<OutputFile[]> {
  const created = await createIndex({});
  const index = created.index;
  if (!index) throw new Error(`search index: ${created.errors.join("; ") || "Pagefind did not start"}`);
  try {
    for (let i = 0; i < records.length; i += BATCH) {
      const answers = await Promise.all(records.slice(i, i + BATCH).map((r) => index.addCustomRecord({ ...r, meta: { ...r.meta } })));
      const errors = answers.flatMap((a) => a.errors);
      if (errors.length) throw new Error(`search index: ${errors.join("; ")}`);
    }
    const got = await index.getFiles();
    if (got.errors.length) throw new Error(`search index: ${got.errors.join("; ")}`);
    return got.files.filter((f) => KEEP.test(f.path)).map((f) => ({ path: f.path, content: Buffer.from(f.content.buffer, f.content.byteOffset, f.content.byteLength) }));
  } finally {
    // Frees the index in the Pagefind process, which `serve` keeps between rebuilds.
    await index.deleteIndex();
  }
}

export interface SearchIndexTask {
  /** The index files, once Pagefind is done: for `siteFiles`, after the pages. */
  files(): AsyncIterable<OutputFile>;
  /** Resolves when the index is built, with the time it took. */
  done: Promise<{ records: number; seconds: number }>;
}

/** Starts indexing now, so that Pagefind (its own process) works while the pages are rendered. */
export function startSearchIndex(archive: Archive): SearchIndexTask {
  const started = performance.now();
  const records = searchRecords(archive);
  const bundles = searchBundles(archive.site, records.map((r) => r.language));
  const built = searchIndexFiles(records, bundles).then((r) => ({ ...r, seconds: (performance.now() - started) / 1000 }));
  // Awaited by files() (through the publisher, which then fails the build); until then, a
  // failure must not count as unhandled and end the process.
  built.catch(() => undefined);
  const done = built.then((r) => ({ records: r.records, seconds: r.seconds }));
  done.catch(() => undefined);
  return {
    async *files() {
      yield* (await built).files;
    },
    done,
  };
}
