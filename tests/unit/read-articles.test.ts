// Article files read on two threads (content/read-articles.ts) make the very entries one
// thread makes, in the files' order, whatever each thread took.
import { describe, expect, test } from "vitest";
import { readArticleFile } from "../../src/content/article-file.ts";
import { readArticles } from "../../src/content/read-articles.ts";
import { DEFAULT_SITE } from "../../src/content/site-config.ts";
import { createMarkdown } from "../../src/render/markdown.ts";
import { fm } from "../helpers/memory-archive.ts";

// 130 files (three chunks): valid ones, each with its own title, places, body and link; one
// without a date; one draft with a bad date; one with no front matter.
const sources = Array.from({ length: 130 }, (_, i) => {
  const file = `content/articles/2024-01-${String((i % 28) + 1).padStart(2, "0")}-file-${i}.md`;
  if (i === 17) return { file, text: fm('title: "No date"\nregion: Kidal') };
  if (i === 64) return { file, text: fm('title: "Draft"\ndate: 2024-02-30\nregion: Kidal\ndraft: true') };
  if (i === 101) return { file, text: "Only a body, no front matter.\n" };
  return { file, text: fm(`title: "Article ${i}"\ndate: 2024-01-${String((i % 28) + 1).padStart(2, "0")}\nregion: Kidal\nplaces: [Place ${i % 7}]`, `Paragraph ${i} with *emphasis* and [[file-${(i + 1) % 130}]].\n\nSecond paragraph.`) };
});
// A file whose stamp a build trusted comes with its text read when first asked for (load.ts's
// trustedSource): handed to the worker, it is read then.
const lazy = sources[3]!;
let reads = 0;
sources[3] = {
  file: lazy.file,
  get text() {
    reads++;
    return lazy.text;
  },
};
const site = { ...DEFAULT_SITE, timezone: "Africa/Bamako", pathPrefix: "/archive/" };
const oneThread = () => {
  const md = createMarkdown(site.allowHtml);
  return sources.map((source) => readArticleFile(source, site, md));
};

describe("reading article files on two threads", () => {
  test("the worker alone makes the same entries as this thread, in order", async () => {
    const { entries, byWorker } = await readArticles(sources, site, { threadAfter: 0, here: false });
    expect(byWorker).toBe(130);
    expect(reads).toBe(1);
    expect(entries).toStrictEqual(oneThread());
    expect(entries.map((e) => e.article?.title ?? e.diagnostics[0]?.message).slice(0, 3)).toEqual(["Article 0", "Article 1", "Article 2"]);
    expect(entries[17]!.article).toBeUndefined();
    expect(entries[17]!.diagnostics.map((d) => d.key)).toEqual(["date"]);
  }, 60_000);

  test("both threads together make the same entries", async () => {
    const { entries, byWorker } = await readArticles(sources, site, { threadAfter: 0 });
    // The worker is handed the first two chunks at once; this thread reads on meanwhile.
    expect(byWorker).toBeGreaterThanOrEqual(100);
    expect(entries).toStrictEqual(oneThread());
  }, 60_000);

  test("few files are read on this thread alone", async () => {
    const { entries, byWorker } = await readArticles(sources.slice(0, 10), site);
    expect(byWorker).toBe(0);
    expect(entries).toStrictEqual(oneThread().slice(0, 10));
  });
});
