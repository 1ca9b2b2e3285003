// Article files read (validated, their Markdown made) on both cores when there are many: a
// cold build at 10k spent 4.7 s of its 7.9 s pipeline in readArticleFile, one file after
// another. This thread goes through the files in chunks and keeps a worker two chunks ahead,
// handing it the next chunk whenever it has finished one (a shared counter says so): neither
// waits on a fixed half while the other starts (~0.3 s) or slows, and the worker holds only
// the texts it is reading, not a copy of the archive's (400 MB at 100k).
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
/** Chunks handed to the worker and not yet read: enough that it never waits for this thread. */
const AHEAD = 2;

/** What a reading worker is started with; `done` counts the chunks it has read. */
export interface ReadSetup {
  site: SiteConfig;
  done: Int32Array;
}

/** A chunk for the worker: its first index and its files. */
export interface ReadChunk {
  start: number;
  sources: ArticleSource[];
}

export interface ReadOptions {
  threadAfter?: number;
  /** false: this thread leaves every chunk to the worker (tests of what the worker makes). */
  here?: boolean;
}

/** The entries, in order, and how many of them the worker read. */
export async function readArticles(sources: ArticleSource[], site: SiteConfig, options: ReadOptions = {}): Promise<{ entries: FileEntry[]; byWorker: number }> {
  const entries = new Array<FileEntry | undefined>(sources.length);
  const md = createMarkdown(site.allowHtml);
  const here = options.here ?? true;
  const worker = sources.length > (options.threadAfter ?? THREAD_AFTER) ? helper(site, entries) : undefined;
  let handed = 0;
  try {
    for (let start = 0; start < sources.length; start += CHUNK) {
      const chunk = sources.slice(start, start + CHUNK);
      if (worker?.running() && (!here || handed - worker.read() < AHEAD)) {
        worker.hand({ start, sources: chunk });
        handed++;
      } else chunk.forEach((source, i) => (entries[start + i] = readArticleFile(source, site, md)));
    }
  } catch (e) {
    // A live worker would keep the process from ending.
    worker?.stop();
    throw e;
  }
  const byWorker = worker ? await worker.finish() : 0;
  // What a worker that stopped had been handed and not sent back is read here.
  return { entries: entries.map((entry, i) => entry ?? readArticleFile(sources[i]!, site, md)), byWorker };
}

interface Helper {
  /** False once it stopped or could not start: its chunks are then this thread's. */
  running(): boolean;
  /** Chunks it has read. */
  read(): number;
  hand(chunk: ReadChunk): void;
  stop(): void;
  /** Waits for the chunks handed, then stops it; how many entries it made. */
  finish(): Promise<number>;
}

/** A worker reading the chunks it is handed into `entries`. */
function helper(site: SiteConfig, entries: (FileEntry | undefined)[]): Helper | undefined {
  const done = new Int32Array(new SharedArrayBuffer(4));
  let worker: Worker | undefined;
  try {
    const setup: ReadSetup = { site, done };
    // Compiled, the worker is its own entry beside this chunk (bin/compiled-cli.js); from
    // the sources, it is the TypeScript module, run through tsx.
    worker = import.meta.url.endsWith(".ts")
      ? new Worker(path.join(PACKAGE_ROOT, "bin/ts-worker.js"), { workerData: { module: new URL("./read-worker.ts", import.meta.url).href, setup } })
      : new Worker(new URL("./read-worker.js", import.meta.url), { workerData: { setup } });
  } catch {
    return undefined;
  }
  let handed = 0;
  let received = 0;
  let made = 0;
  let stopped = false;
  let settle: (() => void) | undefined;
  const stop = () => {
    stopped = true;
    worker!.removeAllListeners();
    void worker!.terminate();
    settle?.();
  };
  worker.on("message", (message: { start: number; entries: FileEntry[] }) => {
    message.entries.forEach((entry, i) => (entries[message.start + i] = entry));
    made += message.entries.length;
    if (++received === handed) settle?.();
  });
  worker.on("error", stop);
  worker.on("exit", stop);
  return {
    running: () => !stopped,
    read: () => Atomics.load(done, 0),
    hand(chunk) {
      handed++;
      worker!.postMessage(chunk);
    },
    stop,
    async finish() {
      if (!stopped && received < handed) await new Promise<void>((resolve) => (settle = resolve));
      if (!stopped) stop();
      return made;
    },
  };
}
