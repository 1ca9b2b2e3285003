// Three builds of a large synthetic archive (default 100,000 articles), with --no-search,
// each timed with peak RSS: cold; again (its spare tree still empty, so unchanged pages are
// copied from the served one); and again with nothing changed.
// `node --import tsx bench/big.ts [--articles N]`.
// Separate from `npm run bench`, whose median-of-3 runs and Hugo comparison would take an hour
// at this size.
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateArchive } from "./generate.ts";
import { timed } from "./timed.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({ options: { articles: { type: "string" } } });
const n = Number(values.articles ?? 100_000);
const content = path.join(ROOT, `bench/out/archive-${n}`);
const site = path.join(ROOT, `bench/out/site-${n}`);
if (!existsSync(path.join(content, "articles"))) {
  console.error(`# generating ${n} articles…`);
  generateArchive(content, { articles: n });
}
rmSync(site, { recursive: true, force: true });
rmSync(path.join(ROOT, `bench/out/.site-${n}.news-archive`), { recursive: true, force: true });
for (const run of ["cold", "second", "third, nothing changed"]) {
  const r = timed(process.execPath, [path.join(ROOT, "bin/news-archive.js"), "build", "--content", content, "--out", site, "--no-search"], ROOT);
  console.log(`${n} articles, ${run} build: ${r.wall} s, peak RSS ${r.rssMB} MB — ${r.stdout.trim()}`);
}
