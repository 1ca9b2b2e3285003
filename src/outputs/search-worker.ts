// One Pagefind process, in a worker thread of its own: builds the bundles it is given, one
// after the other, and posts back each one's files.
import { parentPort, workerData } from "node:worker_threads";
import { close, createIndex } from "pagefind";
import type { SearchRecord } from "../views/search-records.ts";

/** Records in flight to the Pagefind process at once: enough to keep it busy, few enough to bound memory. */
const BATCH = 256;

export interface BundleJob {
  at: number;
  records: SearchRecord[];
}

export interface BundleDone {
  at: number;
  files: { path: string; content: Uint8Array }[];
  error?: string;
}

const { jobs } = workerData as { jobs: BundleJob[] };
try {
  for (const { at, records } of jobs) parentPort!.postMessage(await build(at, records));
} finally {
  await close();
}

async function build(at: number, records: readonly SearchRecord[]): Promise<BundleDone> {
  const created = await createIndex({});
  const index = created.index;
  if (!index) return { at, files: [], error: created.errors.join("; ") || "Pagefind did not start" };
  try {
    for (let i = 0; i < records.length; i += BATCH) {
      const answers = await Promise.all(records.slice(i, i + BATCH).map((r) => index.addCustomRecord({ ...r, meta: { ...r.meta } })));
      const errors = answers.flatMap((a) => a.errors);
      if (errors.length) return { at, files: [], error: errors.join("; ") };
    }
    const got = await index.getFiles();
    if (got.errors.length) return { at, files: [], error: got.errors.join("; ") };
    return { at, files: got.files.map((f) => ({ path: f.path, content: f.content })) };
  } finally {
    // The index's memory goes back before the next bundle's is taken.
    await index.deleteIndex().catch(() => undefined);
  }
}
