// Random archives through the pure pipeline: whatever the front matter and bodies hold, it never
// throws, and every file comes out as an article or is named by at least one diagnostic.
import fc from "fast-check";
import jsyaml from "js-yaml";
import { expect, test } from "vitest";
import { runPipeline } from "../../src/build.ts";
import type { ArchiveFiles } from "../../src/content/load.ts";
import { validateArticle } from "../../src/content/validate-article.ts";
import { formatDiagnostic } from "../../src/model/diagnostic.ts";
import { withoutControlCharacters } from "../../src/content/control-characters.ts";

const NASTY = ["<script>alert(1)</script>", "</script>", "]]>", "&amp;", "&", '"', "'", "“quoted”", "[[", "]]", "|", "\\", "---", "#", ": ", "- ", "\u0000", "\u2028", "\uFEFF", "Ménaka", "中国", "🙂", "\r\n"];
const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom(...NASTY),
  fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 6 })), { maxLength: 5 }).map((parts) => parts.join("")),
);
const dateLike = fc.constantFrom("2024-07-23", "2024-02-30", "2024-01-01T24:00:00Z", "2024-01-01T10:00:00+15:00", "2024-01-01T10:00", "2024-07-23T08:00:00+02:00", "yesterday", "");
const scalar = fc.oneof(text, dateLike, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 4 }), fc.dictionary(text, scalar, { maxKeys: 3 }));
const KEYS = ["title", "date", "region", "places", "actors", "read_also", "summary", "updated", "slug", "author", "source", "source_url", "lang", "draft"];
const key = fc.oneof(fc.constantFrom(...KEYS), fc.constantFrom("palces", "Title", "__proto__", "constructor", "a.b", "<script>"), text);

// Control characters are left out of what an article shows (with a warning): a title is what remains.
const visible = (t: string) => {
  const kept = withoutControlCharacters(t);
  return (kept === t ? kept : kept.replace(/\s{2,}/g, " ")).trim();
};
const words = fc.oneof(text, fc.constantFrom("Kidal", "Tessalit", "JNIM")).filter((t) => visible(t) !== "");
/** Front matter that should pass: the required keys right, optional keys drawn from good values. */
const goodFields = fc.record(
  {
    title: words,
    date: fc.constantFrom("2024-07-23", "2024-07-23T08:00:00+02:00", "2023-12-31T23:30:00Z"),
    region: words,
    places: fc.array(words, { maxLength: 3 }),
    actors: fc.oneof(words, fc.array(words, { maxLength: 3 })),
    summary: text,
    author: text,
    draft: fc.boolean(),
  },
  { requiredKeys: ["title", "date", "region"] },
);
const dump = (doc: unknown) => jsyaml.dump(doc, { schema: jsyaml.CORE_SCHEMA, skipInvalid: true });
/** Well-formed documents, right or wrong, and some written by hand and possibly broken. */
const frontMatter = fc.oneof(
  { weight: 10, arbitrary: goodFields.map(dump) },
  {
    weight: 2,
    arbitrary: fc
      .record({ title: fc.oneof(text, scalar), date: fc.oneof(dateLike, scalar), region: fc.oneof(text, value) }, { requiredKeys: [] })
      .chain((base) => fc.dictionary(key, value, { maxKeys: 4 }).map((extra) => ({ ...extra, ...base })))
      .map(dump),
  },
  { weight: 1, arbitrary: fc.array(fc.tuple(key, text), { maxLength: 5 }).map((rows) => rows.map(([k, v]) => `${k}: ${v}`).join("\n")) },
);
const body = fc.array(fc.oneof({ weight: 15, arbitrary: text }, { weight: 1, arbitrary: fc.constantFrom("[[a]]", "[[b|label]]", "Read also: [[a]]", "[[nowhere]]", "[[]]", "<b>x</b>") }), { maxLength: 6 }).map((parts) => parts.join(" "));
const file = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(frontMatter, body).map(([fm, b]) => `---\n${fm}\n---\n${b}\n`) },
  { weight: 1, arbitrary: body },
  { weight: 1, arbitrary: fc.constant("") },
);
const name = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("a.md", "b.md", "2024-07-23-kidal.md", "x/y/z.md", "c.md", "d.md") },
  { weight: 1, arbitrary: fc.constantFrom("2024/a.md", "2024-01-01-page.md", "Kidal News.md") },
);
const registry = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: fc.array(fc.record({ name: words, aliases: fc.array(words, { maxLength: 2 }) }, { requiredKeys: ["name"] }), { maxLength: 4 }).map(dump) },
  { weight: 1, arbitrary: fc.oneof(text, fc.array(fc.record({ name: fc.oneof(text, scalar), aliases: fc.array(text, { maxLength: 2 }) }), { maxLength: 3 }).map(dump)) },
);

const archive = fc.record({
  articles: fc.dictionary(name, file, { minKeys: 1, maxKeys: 5 }),
  place: registry,
  region: registry,
  site: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constant("timezone: Asia/Tokyo\n") }, { weight: 1, arbitrary: text }),
});

const toFiles = (articles: Record<string, string>, place?: string, region?: string, site?: string): ArchiveFiles => {
  const src = (n: string, t: string | undefined) => (t === undefined ? undefined : { file: `content/${n}`, text: t });
  return {
    siteFile: "content/site.yaml",
    site: src("site.yaml", site),
    registryFiles: { place: "content/places.yaml", actor: "content/actors.yaml", region: "content/regions.yaml" },
    registries: { place: src("places.yaml", place), actor: undefined, region: src("regions.yaml", region) },
    articles: Object.entries(articles).map(([n, t]) => ({ file: `content/articles/${n}`, text: t })),
  };
};

test("random well-formed articles with any text in them all make it into the archive, as written", () => {
  // Any text but a [[link]], which would have to name an article.
  const paragraph = text.filter((t) => !t.includes("[["));
  const clean = fc.array(fc.tuple(goodFields, fc.array(paragraph, { maxLength: 4 })), { minLength: 1, maxLength: 6 });
  fc.assert(
    fc.property(clean, (list) => {
      const articles = Object.fromEntries(list.map(([fields, paragraphs], i) => [`a${i}.md`, `---\n${dump(fields)}---\n${paragraphs.join("\n\n")}\n`]));
      const result = runPipeline(toFiles(articles), { drafts: true, strict: false, overrides: {} });
      expect(result.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([]);
      const byFile = new Map(result.archive!.articles.map((a) => [a.file, a]));
      list.forEach(([fields], i) => expect(byFile.get(`content/articles/a${i}.md`)?.title).toBe(visible(fields.title)));
    }),
    { numRuns: 100 },
  );
});

test("random archives: no throw; every file an article or named by a diagnostic", () => {
  fc.assert(
    fc.property(archive, (a) => {
      const files = toFiles(a.articles, a.place, a.region, a.site);
      const result = runPipeline(files, { drafts: true, strict: false, overrides: {} });
      const named = new Set(result.diagnostics.map((d) => d.file));
      const inArchive = new Set(result.archive?.articles.map((x) => x.file) ?? []);
      for (const article of files.articles) {
        // With no error anywhere, every file is an article (drafts included).
        if (result.archive) expect(inArchive.has(article.file), article.file).toBe(true);
        // Else a file no diagnostic names is one that is an article on its own.
        else if (!named.has(article.file)) expect(validateArticle(article, "UTC").value, article.file).toBeDefined();
      }
      expect(result.archive === undefined).toBe(result.diagnostics.some((d) => d.severity === "error"));
      for (const d of result.diagnostics) {
        expect(d.file).not.toBe("");
        expect(d.line === undefined || (Number.isInteger(d.line) && d.line >= 1)).toBe(true);
        expect(formatDiagnostic(d)).not.toMatch(/undefined|\[object Object\]/);
      }
    }),
    { numRuns: 200 },
  );
});
