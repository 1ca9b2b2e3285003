// What a build says of the archive's static files (content/static-files.ts), for `build` and
// `check` alike: an unreadable folder, a file where the build writes its own, and a stylesheet or
// an article's picture no static file answers (warnings: the caller escalates them under --strict).
import { readdirSync } from "node:fs";
import path from "node:path";
import { listStaticFiles, missingImages, missingStylesheets, staticConflicts, type StaticFile } from "../content/static-files.ts";
import type { Archive } from "../archive/index.ts";
import type { SiteConfig } from "../content/site-config.ts";
import type { Diagnostic } from "../model/diagnostic.ts";
import { PACKAGE_ROOT } from "../package-root.ts";
import type { PagePlan } from "../views/page-plan.ts";
import { isSearchIndexFile, SEARCH_INDEX_FOLDER } from "../views/links.ts";
import type { SitePlans } from "../views/site-views.ts";

/** `plans`: the site's pages, asked for only when there are static files to check against them;
 *  none when the archive has errors (no page is planned then, and no conflict or missing picture
 *  told). `archive`: its articles' pictures, each checked against the static files. */
export function staticProblems(contentDir: string, site: SiteConfig, archive: Archive | undefined, plans: (() => SitePlans) | undefined, cwd: string): { files: StaticFile[]; diagnostics: Diagnostic[] } {
  const display = (abs: string) => path.relative(cwd, abs) || abs;
  const listed = listStaticFiles(contentDir, display);
  const conflicts = listed.value.length > 0 && plans ? staticConflicts(listed.value, writtenByBuild(plans()), display) : [];
  const stylesheets = missingStylesheets(site.stylesheets, listed.value, display(path.join(contentDir, "site.yaml")));
  const images = archive ? missingImages(archive.articles.flatMap((a) => (a.image ? [{ file: a.file, line: a.image.line, src: a.image.src }] : [])), listed.value) : [];
  return { files: listed.value, diagnostics: [...listed.diagnostics, ...conflicts, ...stylesheets, ...images] };
}

/** Whether the build writes `sitePath` itself, or a folder there: a page, a file of public/,
 *  the search index. */
function writtenByBuild(plans: SitePlans): (sitePath: string) => boolean {
  const paths = new Set(readdirSync(path.join(PACKAGE_ROOT, "public"), { recursive: true }).map((rel) => String(rel).split(path.sep).join("/")));
  for (const list of Object.values(plans) as PagePlan<unknown>[][]) {
    for (const plan of list) {
      paths.add(plan.outputPath);
      for (let dir = path.posix.dirname(plan.outputPath); dir !== "." && !paths.has(dir); dir = path.posix.dirname(dir)) paths.add(dir);
    }
  }
  return (sitePath) => paths.has(sitePath) || sitePath === SEARCH_INDEX_FOLDER || isSearchIndexFile(sitePath);
}
