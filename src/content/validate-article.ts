// validate: one article file's text → a ValidArticle, or diagnostics saying why not.
import { error, warning, type Diagnostic, type Result } from "../model/diagnostic.ts";
import type { ArticleImage, Mention, ValidArticle } from "../model/article.ts";
import type { BodyLink } from "../archive/body-links.ts";
import { ARTICLE_SLUG_PATTERN, makeArticleSlug, matchKey, MAX_SLUG_LENGTH, RESERVED_SLUGS, SLUG_LENGTH_RULE, slugForm } from "../model/slug.ts";
import { controlCharactersMessage, findControlCharacters } from "./control-characters.ts";
import { balanceBidiControls, bidiControlsMessage } from "./bidi-controls.ts";
import { isDateProblem, readDate, type ArticleDate } from "./dates.ts";
import { describeValue, didYouMean, keyText } from "./describe.ts";
import { normalizeText, splitArticle } from "./front-matter.ts";
import { EXPECTED, frontMatterShape, REQUIRED_KEYS, type FrontMatter, type FrontMatterKey } from "./schema.ts";
import { isSiteAddress, LANGUAGE_TAG } from "./site-config.ts";

export interface ArticleSource {
  /** Path as shown to the editor (relative to the working folder). */
  file: string;
  text: string;
  /** Digest of the text, when the loader made one (serve keeps it with the text it caches). */
  digest?: string | undefined;
  /** Its path inside the archive folder (load.ts): keys its memo entry, so that a build from
   *  another working folder, whose `file` differs, finds it. */
  archivePath?: string | undefined;
}

/** What is known of an article that does not validate: enough to tell a reference to it from a
 *  reference to nothing (it is not "no article": its own errors stop the build, or, a draft the
 *  build leaves out, the reference is told it names a draft). */
export interface BrokenArticle {
  file: string;
  /** Its slug and its title's match key, where those were valid. */
  slug: string | undefined;
  titleKey: string | undefined;
  /** The front matter says `draft: true`, though the article is not valid (a draft is where an
   *  editor leaves what is not finished yet: `build` then only warns of it). */
  draft: boolean;
  /** What did validate of its names and references, checked as a valid article's are: every
   *  problem of a file is told at once (SPEC §4), not the next only when the first is mended. */
  parts?: BrokenParts | undefined;
}

export interface BrokenParts {
  region: Mention | undefined;
  places: Mention[];
  actors: Mention[];
  readAlso: Mention[];
  /** The body's [[links]] (article-file.ts reads them from `body`, then drops the text). */
  links?: BodyLink[] | undefined;
  body?: string | undefined;
  bodyLine: number;
}

/** An article of which nothing but its file is known: its file name's slug, where that is one. */
export function knownByName(file: string): BrokenArticle {
  const named = fileSlug(file);
  return { file, slug: ARTICLE_SLUG_PATTERN.test(named) ? named : undefined, titleKey: undefined, draft: false };
}

/** `broken`: set when the article is not valid. */
export function validateArticle(source: ArticleSource, timezone: string): Result<ValidArticle | undefined> & { broken?: BrokenArticle } {
  const { file } = source;
  const diagnostics: Diagnostic[] = [];
  // Unreadable front matter: the file name's slug is all that is known of it.
  const broken = knownByName(file);
  const fail = (d: Diagnostic) => ({ value: undefined, diagnostics: [...diagnostics, d], broken });
  const text = normalizeText(source.text);
  if (text.trim() === "") return fail(error("empty-file", file, undefined, undefined, "the file is empty", "an article needs front matter with title, date and region"));

  const split = splitArticle(text);
  // Opened and never closed: read as YAML whole, its message would be about some line of the body.
  if (split.unclosed) return fail(error("no-front-matter", file, 1, undefined, "the front matter is not closed: no --- line after this one", "end it with a line of three dashes (---) before the text"));
  const fm = split.frontMatter;
  if (fm === undefined) {
    return fail(error("no-front-matter", file, 1, undefined, "no front matter", "start the file with a --- line, then title, date and region, then ---"));
  }
  if (fm.errors.length > 0) {
    return { value: undefined, diagnostics: fm.errors.map((e) => error("yaml-syntax", file, e.line, undefined, `YAML: ${e.message}`)), broken };
  }
  const raw = fm.value ?? {};
  if (typeof raw !== "object" || Array.isArray(raw)) {
    return fail(error("wrong-type", file, 2, undefined, `front matter must be a mapping of keys, got ${describeValue(raw)}`));
  }
  const record = raw as Record<string, unknown>;
  const lineOf = (path: string) => fm.lines.get(path);

  const data: Partial<Record<FrontMatterKey, unknown>> = {};
  for (const key of Object.keys(record).sort()) {
    if (!Object.hasOwn(frontMatterShape, key)) {
      diagnostics.push(error("unknown-key", file, lineOf(key), keyText(key), "unknown key", didYouMean(key, Object.keys(frontMatterShape))));
    }
  }
  for (const key of Object.keys(frontMatterShape) as FrontMatterKey[]) {
    const value = record[key];
    if (value === undefined || value === null) {
      // Written with nothing after it (`region:`, as new leaves it) or not written at all.
      if (REQUIRED_KEYS.includes(key)) diagnostics.push(error("missing-key", file, value === null ? lineOf(key) : 1, key, value === null ? "required key has no value" : "required key is missing", `expected ${EXPECTED[key]}`));
      continue;
    }
    const parsed = frontMatterShape[key].safeParse(value);
    if (parsed.success) data[key] = parsed.data;
    else diagnostics.push(...typeProblems(file, key, value, lineOf));
  }
  const fields = data as Partial<FrontMatter>;
  // Front matter can hold them too, through YAML's escapes ("\a", "\u0092"): in its texts, and in
  // names and references, where a name makes a page's heading and its slug. Direction controls
  // left open there would reorder the text a title or name is shown in: closed (bidi-controls.ts).
  const visible = (key: FrontMatterKey, text: string, line: number | undefined, subject: string): string => {
    const bidi = balanceBidiControls(text);
    if (bidi) {
      const { message, hint } = bidiControlsMessage(bidi, subject);
      diagnostics.push(warning("bidi-control", file, line, key, message, hint));
    }
    const balanced = bidi?.text ?? text;
    const found = findControlCharacters(balanced, line ?? 1);
    if (!found) return balanced;
    const { message, hint } = controlCharactersMessage(found, subject);
    diagnostics.push(warning("control-character", file, line, key, message, hint));
    // One line of text (a summary aside): the space either side of what went is one space.
    return (key === "summary" ? found.text : found.text.replace(/\s{2,}/g, " ")).trim();
  };
  for (const key of ["title", "region", "summary", "author", "source", "image_alt", "image_caption"] as const) {
    const value = fields[key];
    if (value === undefined) continue;
    const kept = visible(key, value, lineOf(key), "it");
    if (kept !== "") fields[key] = kept;
    else {
      delete fields[key];
      if (REQUIRED_KEYS.includes(key)) diagnostics.push(error("bad-value", file, lineOf(key), key, "must not be empty: it holds nothing but invisible control characters"));
    }
  }
  for (const key of ["places", "actors", "read_also"] as const) {
    // An item left empty is told as one ("holds an empty name", below).
    fields[key] = fields[key]?.map((item, i) => visible(key, item, lineOf(`${key}.${i}`) ?? lineOf(key), `item ${i + 1}`));
  }
  const controls = findControlCharacters(split.body, split.bodyLine);
  if (controls) {
    const { message, hint } = controlCharactersMessage(controls);
    diagnostics.push(warning("control-character", file, controls.line, undefined, message, hint));
  }

  const date = fields.date === undefined ? undefined : checkDate(file, "date", fields.date, timezone, lineOf("date"), diagnostics);
  const updated = fields.updated === undefined ? undefined : checkDate(file, "updated", fields.updated, timezone, lineOf("updated"), diagnostics);
  if (date && updated && updated.epochMs < date.epochMs) {
    diagnostics.push(error("updated-before-date", file, lineOf("updated"), "updated", `${JSON.stringify(fields.updated)} is before date ${JSON.stringify(fields.date)}`));
  }
  const slug = checkSlug(file, fields.slug, lineOf("slug"), diagnostics);
  if (fields.lang !== undefined && !LANGUAGE_TAG.test(fields.lang)) {
    diagnostics.push(error("bad-value", file, lineOf("lang"), "lang", `${JSON.stringify(fields.lang)} is not a BCP 47 language tag`, "e.g. en, fr or fr-ML"));
  }
  if (fields.source_url !== undefined && !isHttpUrl(fields.source_url)) {
    diagnostics.push(error("bad-value", file, lineOf("source_url"), "source_url", `${JSON.stringify(fields.source_url)} is not an absolute http(s) URL`));
  }
  const image = checkImage();
  // Each list made once: a mention carries its match key, which is not free to make.
  const [places, actors, readAlso] = (["places", "actors", "read_also"] as const).map((key): Mention[] => {
    const list = (fields[key] ?? []).map((text, i) => mention(text, lineOf(`${key}.${i}`) ?? lineOf(key)));
    for (const m of list) if (m.text.trim() === "") diagnostics.push(error("bad-value", file, m.line, key, "holds an empty name"));
    return list;
  });

  if (fields.title === undefined || fields.region === undefined || date === undefined || slug === undefined || diagnostics.some((d) => d.severity === "error")) {
    const parts: BrokenParts = { region: fields.region === undefined ? undefined : mention(fields.region, lineOf("region")), places: places!, actors: actors!, readAlso: readAlso!, body: split.body, bodyLine: split.bodyLine };
    const known: BrokenArticle = { file, slug, titleKey: fields.title === undefined ? undefined : matchKey(fields.title), draft: fields.draft === true, parts };
    return { value: undefined, diagnostics, broken: known };
  }
  return {
    value: {
      file,
      slug,
      title: fields.title,
      titleKey: matchKey(fields.title),
      date,
      updated,
      region: mention(fields.region, lineOf("region")),
      places: places!,
      actors: actors!,
      readAlso: readAlso!,
      summary: fields.summary?.trim() || undefined,
      author: fields.author,
      source: fields.source,
      sourceUrl: fields.source_url,
      lang: fields.lang,
      draft: fields.draft ?? false,
      image,
      body: controls?.text ?? split.body,
      bodyLine: split.bodyLine,
      slugLine: fields.slug === undefined ? undefined : lineOf("slug"),
    },
    diagnostics,
  };

  /** The lead picture: a root path or an https address, and words for who cannot see it. */
  function checkImage(): ArticleImage | undefined {
    const { image: src, image_alt: alt, image_caption: caption } = fields;
    if (src === undefined) {
      for (const key of ["image_alt", "image_caption"] as const) {
        if (fields[key] !== undefined) diagnostics.push(warning("bad-value", file, lineOf(key), key, "is given without image, so nothing shows it"));
      }
      return undefined;
    }
    if (!isSiteAddress(src)) {
      diagnostics.push(error("bad-value", file, lineOf("image"), "image", `${JSON.stringify(src)} is neither a path from the site's root nor an https:// address`, "write /images/kidal.jpg for static/images/kidal.jpg"));
      return undefined;
    }
    if (alt === undefined || alt.trim() === "") {
      diagnostics.push(error("missing-key", file, lineOf("image"), "image_alt", "is required with image", "say what the picture shows, for readers who cannot see it"));
      return undefined;
    }
    return { src, alt: alt.trim(), caption: caption?.trim() || undefined, line: lineOf("image") };
  }

  function checkSlug(file: string, given: string | undefined, line: number | undefined, out: Diagnostic[]) {
    const fromName = given === undefined;
    const candidate = given ?? fileSlug(file);
    const origin = fromName ? " (from the file name)" : "";
    const where = fromName ? 1 : line;
    if (!ARTICLE_SLUG_PATTERN.test(candidate)) {
      const suggestion = slugForm(candidate);
      const hint = fromName
        ? `rename the file or set slug${suggestion ? `: ${suggestion}` : ""}`
        : suggestion ? `did you mean "${suggestion}"?` : undefined;
      out.push(error("bad-slug", file, where, "slug", `${JSON.stringify(candidate)}${origin} must be lowercase a-z, 0-9 and dashes`, hint));
      return undefined;
    }
    if (RESERVED_SLUGS.has(candidate)) {
      out.push(error("reserved-slug", file, where, "slug", `${JSON.stringify(candidate)}${origin} is a reserved path`, "choose another slug"));
      return undefined;
    }
    if (candidate.length > MAX_SLUG_LENGTH) {
      out.push(error("bad-slug", file, where, "slug", `${JSON.stringify(`${candidate.slice(0, 40)}…`)}${origin} is ${candidate.length} characters long; ${SLUG_LENGTH_RULE}`, fromName ? "rename the file or set a shorter slug" : "set a shorter slug"));
      return undefined;
    }
    return makeArticleSlug(candidate);
  }
}

function checkDate(file: string, key: string, text: string, timezone: string, line: number | undefined, out: Diagnostic[]): ArticleDate | undefined {
  const read = readDate(text.trim(), timezone);
  if (isDateProblem(read)) {
    out.push(error("bad-date", file, line, key, read.message, read.hint));
    return undefined;
  }
  return read;
}

function typeProblems(file: string, key: FrontMatterKey, value: unknown, lineOf: (p: string) => number | undefined): Diagnostic[] {
  if (Array.isArray(value) && EXPECTED[key].startsWith("a list")) {
    // Every item that is not a name, not only the first: all problems at once.
    return value.flatMap((item, index) =>
      typeof item === "string" ? [] : [error("wrong-type", file, lineOf(`${key}.${index}`) ?? lineOf(key), key, `item ${index + 1} is ${describeValue(item)}, expected a string`)],
    );
  }
  if (typeof value === "string" && value.trim() === "") {
    return [error("wrong-type", file, lineOf(key), key, "must not be empty", `expected ${EXPECTED[key]}`)];
  }
  return [error("wrong-type", file, lineOf(key), key, `expected ${EXPECTED[key]}, got ${describeValue(value)}`)];
}

/** SPEC §2: the file name less `.md` and a leading `YYYY-MM-DD-`. */
export function fileSlug(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.md$/i, "").replace(/^\d{4}-\d{2}-\d{2}-/, "");
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** A name or reference with its match key, made once per file and remembered with it: resolve
 *  then matches by key (10k articles name some 60,000 things; transliterating is the cost). */
function mention(text: string, line: number | undefined): Mention {
  return { text, key: matchKey(text), line };
}
