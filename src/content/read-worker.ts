// The reading worker of read-articles.ts: chunks of article files, claimed from the shared
// counter, sent back as their entries.
import { parentPort, workerData } from "node:worker_threads";
import { createMarkdown } from "../render/markdown.ts";
import { claimedChunks, readChunk, type ReadJob } from "./read-articles.ts";

const { job } = workerData as { job: ReadJob };
const md = createMarkdown(job.site.allowHtml);
for (const start of claimedChunks(job.next, job.sources.length)) parentPort!.postMessage({ start, entries: readChunk(job, start, md) });
parentPort!.postMessage("done");
