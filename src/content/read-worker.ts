// The reading worker of read-articles.ts: reads each chunk it is handed, sends back its
// entries, and counts it done in the shared counter.
import { parentPort, workerData } from "node:worker_threads";
import { createMarkdown } from "../render/markdown.ts";
import { readArticleFile } from "./article-file.ts";
import type { ReadChunk, ReadSetup } from "./read-articles.ts";

const { setup } = workerData as { setup: ReadSetup };
const md = createMarkdown(setup.site.allowHtml);
parentPort!.on("message", ({ start, sources }: ReadChunk) => {
  parentPort!.postMessage({ start, entries: sources.map((source) => readArticleFile(source, setup.site, md)) });
  Atomics.add(setup.done, 0, 1);
});
