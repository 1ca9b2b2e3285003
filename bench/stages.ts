// Where the time of one build goes, stage by stage (for tuning; `npm run bench` is the benchmark).
import path from "node:path";
import { loadArchive } from "../src/content/load.ts";
import { runPipeline, viewsOf } from "../src/build.ts";
import { renderPages } from "../src/outputs/render-site.ts";

const content = process.argv[2] ?? "content";
let t = performance.now();
const lap = (label: string) => {
  const now = performance.now();
  console.log(`${label.padEnd(10)} ${((now - t) / 1000).toFixed(2)} s  rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
  t = now;
};
const loaded = await loadArchive(path.resolve(content), process.cwd());
lap("load");
const result = runPipeline(loaded.value, { drafts: false, strict: false, overrides: {} });
lap("pipeline");
const views = viewsOf(result.archive!);
lap("views");
let bytes = 0;
for await (const page of renderPages(views)) bytes += page.content.length;
lap("render");
console.log(`${(bytes / 2 ** 20).toFixed(0)} MB of pages`);
