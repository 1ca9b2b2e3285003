// Reading article files (front matter, Markdown) is most of a first build's pipeline, and each
// file stands alone: a worker thread reads half of those the memo does not have while this
// thread reads the other half, so both cores work. The entries go into the memo, where the
// pipeline (pure, one thread) finds them as if remembered from an earlier build.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { siteOf } from "../build.ts";
import { fileKey, readArticleFile, type FileEntry } from "../content/article-file.ts";
import type { ArchiveFiles } from "../content/load.ts";
import type { SiteOverrides } from "../content/site-config.ts";
import type { PipelineMemo } from "../memo.ts";
import { createMarkdown } from "../render/markdown.ts";

/** Below this many files to read, starting a worker (about 0.5 s) costs more than it saves. */
export const PARALLEL_FROM = 1500;

const HERE = path.dirname(fileURLToPath(import.meta.url));

export async function readInParallel(files: ArchiveFiles, overrides: SiteOverrides, memo: PipelineMemo, from = PARALLEL_FROM): Promise<void> {
  const site = siteOf(files, overrides).value;
  const todo = files.articles.map((source) => ({ source, key: fileKey(source, site) })).filter(({ key }) => !memo.files.has(key));
  if (todo.length < from) return;
  const half = Math.floor(todo.length / 2);
  const theirs = todo.slice(half);
  const worker = new Worker(path.join(HERE, "../../bin/ts-worker.js"), {
    workerData: { module: pathToFileURL(path.join(HERE, "validate-worker.ts")).href, sources: theirs.map((t) => t.source), site },
  });
  const done = new Promise<FileEntry[]>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the validation worker stopped (exit code ${code})`)));
  });
  const md = createMarkdown(site.allowHtml);
  for (const { source, key } of todo.slice(0, half)) memo.files.put(key, readArticleFile(source, site, md));
  const entries = await done;
  void worker.terminate();
  theirs.forEach(({ key }, i) => memo.files.put(key, entries[i]!));
}
