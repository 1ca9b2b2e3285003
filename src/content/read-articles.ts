// Article files read (validated, their Markdown made) on both cores when there are many: a
// cold build at 10k spent 4.7 s of its 7.9 s pipeline in readArticleFile, one file after
// another. This thread and a worker take chunks of the list from one shared counter, so
// neither waits on a fixed half while the other is still starting (a worker loads in ~0.3 s).
// An entry is a pure function of its file's text and three settings: which thread made it
// changes nothing (tests/unit/read-articles.test.ts).
import path from "node:path";
import { Worker } from "node:worker_threads";
import { PACKAGE_ROOT } from "../package-root.ts";
import { createMarkdown } from "../render/markdown.ts";
import { readArticleFile, type FileEntry } from "./article-file.ts";
import type { SiteConfig } from "./site-config.ts";
import type { ArticleSource } from "./validate-article.ts";

/** Fewer files than this are read on this thread alone: starting a worker costs about as
 *  much as reading 250 of them. */
export const THREAD_AFTER = 400;
const CHUNK = 50;

/** What a reading worker is given; `next` is the shared counter of files claimed. */
export interface ReadJob {
  sources: ArticleSource[];
  site: SiteConfig;
  next: Int32Array;
}

/** A chunk's first index, claimed from the shared counter, until the list is done. */
export function* claimedChunks(next: Int32Array, total: number): Generator<number> {
  for (let start = Atomics.add(next, 0, CHUNK); start < total; start = Atomics.add(next, 0, CHUNK)) yield start;
}

export function readChunk(job: ReadJob, start: number, md = createMarkdown(job.site.allowHtml)): FileEntry[] {
  return job.sources.slice(start, start + CHUNK).map((source) => readArticleFile(source, job.site, md));
}

export interface ReadOptions {
  threadAfter?: number;
  /** false: this thread leaves every chunk to the worker (tests of what the worker makes). */
  here?: boolean;
}

/** The entries, in order, and how many of them the worker read. */
export async function readArticles(sources: ArticleSource[], site: SiteConfig, options: ReadOptions = {}): Promise<{ entries: FileEntry[]; byWorker: number }> {
  const job: ReadJob = { sources, site, next: new Int32Array(new SharedArrayBuffer(4)) };
  const entries = new Array<FileEntry | undefined>(sources.length);
  const md = createMarkdown(site.allowHtml);
  const helped = sources.length > (options.threadAfter ?? THREAD_AFTER) ? helper(job, entries) : Promise.resolve(0);
  if (options.here ?? true) {
    for (const start of claimedChunks(job.next, sources.length)) readChunk(job, start, md).forEach((entry, i) => (entries[start + i] = entry));
  }
  const byWorker = await helped;
  // What a worker that stopped had claimed and not sent is read here.
  return { entries: entries.map((entry, i) => entry ?? readArticleFile(sources[i]!, site, md)), byWorker };
}

/** A worker reading chunks into `entries`; resolves, with how many it read, when it has read
 *  its last (or stopped). */
function helper(job: ReadJob, entries: (FileEntry | undefined)[]): Promise<number> {
  let read = 0;
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      // Compiled, the worker is its own entry beside this chunk (bin/compiled-cli.js); from
      // the sources, it is the TypeScript module, run through tsx.
      worker = import.meta.url.endsWith(".ts")
        ? new Worker(path.join(PACKAGE_ROOT, "bin/ts-worker.js"), { workerData: { module: new URL("./read-worker.ts", import.meta.url).href, job } })
        : new Worker(new URL("./read-worker.js", import.meta.url), { workerData: { job } });
    } catch {
      resolve(0);
      return;
    }
    const stop = () => {
      worker.removeAllListeners();
      void worker.terminate();
      resolve(read);
    };
    worker.on("message", (message: { start: number; entries: FileEntry[] } | "done") => {
      if (message === "done") return stop();
      message.entries.forEach((entry, i) => (entries[message.start + i] = entry));
      read += message.entries.length;
    });
    worker.on("error", stop);
    worker.on("exit", stop);
  });
}
