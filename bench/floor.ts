// The raw floor: read + gray-matter + markdown-it + write, one page per article, one process.
// No validation, no indexes, no entity pages: what any generator must at least do.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import markdownIt from "markdown-it";

const [content, out] = process.argv.slice(2) as [string, string];
rmSync(out, { recursive: true, force: true });
const md = markdownIt();
const dir = path.join(content, "articles");
for (const rel of readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(".md"))) {
  const file = matter(readFileSync(path.join(dir, rel), "utf8"), {} as never);
  const slug = path.basename(rel, ".md");
  mkdirSync(path.join(out, "articles", slug), { recursive: true });
  writeFileSync(path.join(out, "articles", slug, "index.html"), `<!doctype html><title>${String(file.data.title)}</title>${md.render(file.content)}`);
}
