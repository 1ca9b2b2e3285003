// The archive's own files for the site, as they are: photos, maps, PDFs an article links to.
// Every file under `static/` in the archive folder is published at the same path under the
// site (`static/images/kidal.jpg` → `/images/kidal.jpg`, written `![…](/images/kidal.jpg)` in
// an article, which takes the path prefix), as Hugo's `static/` and Eleventy's passthrough copy
// do. Hidden files and folders (.DS_Store, .git) stay out, as under articles/; a link to a file
// is followed, a link to a folder is not (as under articles/).
import { readdirSync, statSync, type Dirent } from "node:fs";
import path from "node:path";
import { error, warning, type Diagnostic, type Result } from "../model/diagnostic.ts";

export const STATIC_FOLDER = "static";

export interface StaticFile {
  /** Its path in the site, `/`-separated. */
  path: string;
  abs: string;
  /** Size, modification time and inode: the publisher passes a file with the same stamp on
   *  from the trees it keeps without reading it (a folder of photos is not read every build). */
  stamp: string;
}

/** Every file under the archive's `static/` folder, sorted by path; none when there is none.
 *  A folder that cannot be listed is an error: its files would be missing from the site. */
export function listStaticFiles(contentDir: string, display: (abs: string) => string): Result<StaticFile[]> {
  const files: StaticFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const walk = (dir: string, rel: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (rel === "" && code === "ENOENT") return;
      diagnostics.push(error("read-error", display(dir), undefined, undefined, `cannot be read (${code ?? (e as Error).message}): its files are not published`));
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const abs = path.join(dir, entry.name);
      const at = rel === "" ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(abs, at);
      else if (entry.isFile() || entry.isSymbolicLink()) {
        const stats = statSync(abs, { throwIfNoEntry: false });
        if (stats?.isFile()) files.push({ path: at, abs, stamp: `${stats.size} ${stats.mtimeMs} ${stats.ino}` });
      }
    }
  };
  walk(path.join(contentDir, STATIC_FOLDER), "");
  return { value: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), diagnostics };
}

/**
 * A static file at a path the build writes itself (a page, the site's stylesheet, the search
 * index) is an error, not a silent winner either way: an editor's `static/index.html` would
 * replace the home page, or be replaced by it. `taken`: whether the build writes that path.
 */
export function staticConflicts(files: readonly StaticFile[], taken: (sitePath: string) => boolean, display: (abs: string) => string): Diagnostic[] {
  return files
    .filter((file) => taken(file.path))
    .map((file) => error("static-conflict", display(file.abs), undefined, undefined, `is published at /${file.path}, where the build writes its own file`, "rename it or move it to another folder under static/"));
}

/** A stylesheet site.yaml names by a root path that no static file answers: pages link it all
 *  the same (it may be uploaded beside the site), so a warning, not an error. */
export function missingStylesheets(sheets: readonly string[], files: readonly StaticFile[], siteFile: string): Diagnostic[] {
  return unpublished(sheets, (sheet) => sheet, files).map(([sheet, at]) =>
    warning("bad-value", siteFile, undefined, "stylesheets", `${sheet} is not a file under ${STATIC_FOLDER}/`, `pages link it all the same; put it at ${STATIC_FOLDER}${at}`),
  );
}

/** An article's picture named by a root path that no static file answers: its page shows a
 *  broken picture, so a warning at the article's `image:` line. */
export function missingImages(images: readonly { file: string; line: number | undefined; src: string }[], files: readonly StaticFile[]): Diagnostic[] {
  return unpublished(images, (image) => image.src, files).map(([image, at]) =>
    warning("bad-value", image.file, image.line, "image", `${image.src} is not a file under ${STATIC_FOLDER}/`, `put it at ${STATIC_FOLDER}${at}`),
  );
}

/** The items whose root path (its query or fragment aside) no static file answers, with that
 *  path; an https:// address is not ours to check. */
function unpublished<T>(items: readonly T[], address: (item: T) => string, files: readonly StaticFile[]): [T, string][] {
  const published = new Set(files.map((file) => `/${file.path}`));
  return items.flatMap((item): [T, string][] => {
    const src = address(item);
    const at = src.replace(/[?#].*$/, "");
    return src.startsWith("/") && !published.has(at) ? [[item, at]] : [];
  });
}
