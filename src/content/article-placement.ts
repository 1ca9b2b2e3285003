// Where a new article goes: `articles/YYYY/MM/YYYY-MM-DD-slug.md` (SPEC §4: the full date stays
// in the file name, so the slug rule of §2 gives the slug back), and whether it may go there.
import type { KnownArticle } from "../archive/known-archive.ts";
import { error, type Diagnostic, type Result } from "../model/diagnostic.ts";
import { makeEntitySlug, matchKey, MAX_SLUG_LENGTH, RESERVED_SLUGS, SLUG_LENGTH_RULE } from "../model/slug.ts";
import type { ArticleDate } from "./dates.ts";

export interface Placement {
  slug: string;
  /** Inside the archive folder, with forward slashes. */
  relPath: string;
  /** As the editor sees it (relative to the working folder). */
  file: string;
}

/**
 * The file and slug of an article titled `title`, refused when the slug is reserved or taken,
 * or when another article has the same title (references by title would become ambiguous).
 */
export function placeArticle(
  title: string,
  date: ArticleDate,
  contentDisplay: string,
  existing: readonly KnownArticle[],
  /** Where a refusal points: the plain-text file being imported, else the file that was to be written. */
  origin?: { file: string; line: number | undefined },
): Result<Placement | undefined> {
  // A title slugify cannot spell (CJK, punctuation) still gets a stable slug: x-<hash>.
  const slug: string = makeEntitySlug(title);
  const { year, month, day } = date.local;
  const yyyy = String(year).padStart(4, "0");
  const mm = String(month).padStart(2, "0");
  const relPath = `articles/${yyyy}/${mm}/${yyyy}-${mm}-${String(day).padStart(2, "0")}-${slug}.md`;
  const file = contentDisplay === "." ? relPath : `${contentDisplay}/${relPath}`;
  const diagnostics: Diagnostic[] = [];
  const [at, line] = origin ? [origin.file, origin.line] : [file, undefined];
  if (RESERVED_SLUGS.has(slug)) {
    diagnostics.push(error("reserved-slug", at, line, "title", `gives the slug "${slug}", a reserved path`, "choose another title"));
  }
  if (slug.length > MAX_SLUG_LENGTH) {
    diagnostics.push(error("bad-slug", at, line, "title", `gives a slug of ${slug.length} characters; ${SLUG_LENGTH_RULE}`, "choose a shorter title"));
  }
  const sameSlug = existing.find((a) => a.slug === slug);
  if (sameSlug?.file === file) {
    // The very file this would write: the article was made before (new run twice, a file imported again).
    diagnostics.push(error("duplicate-slug", at, line, "title", `${file} already exists; nothing is ever overwritten`, "edit that file, or choose another title"));
  } else if (sameSlug) {
    diagnostics.push(error("duplicate-slug", at, line, "title", `gives the slug "${slug}", already the slug of ${sameSlug.file}`, "choose another title"));
  }
  const key = matchKey(title);
  const sameTitle = existing.find((a) => a !== sameSlug && a.title !== undefined && matchKey(a.title) === key);
  if (sameTitle) {
    diagnostics.push(error("duplicate-slug", at, line, "title", `${JSON.stringify(title)} is already the title of ${sameTitle.file}`, "choose another title"));
  }
  return { value: diagnostics.length > 0 ? undefined : { slug, relPath, file }, diagnostics };
}
