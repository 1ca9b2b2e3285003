// `build`: pipeline, then every page written through the double-buffered publisher.
// Also the rebuild step of `serve`, which passes a session that keeps the memo in memory.
import { existsSync } from "node:fs";
import path from "node:path";
import { escalate, formatDiagnostic, hasErrors, type Diagnostic } from "../model/diagnostic.ts";
import { countViews, sitePlans } from "../views/site-views.ts";
import { createMarkdown } from "../render/markdown.ts";
import { codeVersion } from "../outputs/code-version.ts";
import { INTL_DATA_VERSION } from "../render/intl-data.ts";
import { foreignFolderProblem, outFolderProblem } from "../outputs/write.ts";
import { interfaceLanguageNote } from "../render/i18n/index.ts";
import { LOOPBACK_HOSTS } from "../content/site-config.ts";
import { PACKAGE_ROOT, siteFiles, warmUp } from "../outputs/render-site.ts";
import { staticProblems } from "./static-problems.ts";
import { publish, stateFolder } from "../outputs/publish.ts";
import { startSearchIndex, type IndexOutcome } from "../outputs/search-index.ts";
import { isSearchIndexFile } from "../views/links.ts";
import { loadMemo, saveMemo } from "../outputs/memo-store.ts";
import { newPipelineMemo, storedMemo, type PipelineMemo } from "../memo.ts";
import type { CliOptions } from "./args.ts";
import type { Io } from "./main.ts";
import { loadAndRun, pipelineOptions } from "./pipeline-run.ts";
import { counted } from "./counted.ts";
import { scanArchive, type LoadCache } from "../content/load.ts";
import { newFileStamps } from "../content/file-stamps.ts";

/** What made a memo file, to be used again: this code (a new version may parse, check or slug
 *  differently) and this Intl data (slugs and sort orders). */
function memoMadeBy(): string {
  return `${codeVersion(PACKAGE_ROOT)} ${INTL_DATA_VERSION}`;
}

export interface BuildOutcome {
  code: number;
  diagnostics: Diagnostic[];
  seconds: number;
  pages: number;
  /** The path prefix the site was built under (site.yaml, base_url or --path-prefix), once known. */
  pathPrefix?: string | undefined;
  /** serve's rebuilds: their search index, which their pages do not wait for (see buildSite). */
  searchIndex?: (() => FollowingIndex) | undefined;
}

/** A rebuild's search index, started: `done` when built (rejects when it cannot be), `publish`
 *  then puts it out, in a publish of its own that finds the rebuild's pages in place. */
export interface FollowingIndex {
  done: Promise<IndexOutcome>;
  publish(): Promise<void>;
}

/** What `serve` keeps between rebuilds. */
export interface Session {
  memo: PipelineMemo;
  files: LoadCache;
  /** Set by the first build that succeeds, for serve to run once when idle (render-site's warmUp). */
  warmUp?: (() => void) | undefined;
  warmed?: boolean;
}

export async function buildSite(options: CliOptions, cwd: string, io: Io, session?: Session): Promise<BuildOutcome> {
  const started = performance.now();
  const elapsed = () => Number(((performance.now() - started) / 1000).toFixed(2));
  // NEWS_ARCHIVE_TIMINGS=1: each step's wall time on stderr, for tuning (see bench/).
  let lastLap = started;
  if (process.env["NEWS_ARCHIVE_TIMINGS"] && !session) io.err(`  start: ${process.uptime().toFixed(2)} s`);
  const lap = (step: string) => {
    if (!process.env["NEWS_ARCHIVE_TIMINGS"]) return;
    io.err(`  ${step}: ${((performance.now() - lastLap) / 1000).toFixed(2)} s`);
    lastLap = performance.now();
  };
  const out = path.resolve(cwd, options.out);
  const problem = outFolderProblem(out, path.resolve(cwd, options.content), cwd, PACKAGE_ROOT) ?? (await foreignFolderProblem(out));
  if (problem) {
    io.err(`news-archive: ${problem}`);
    return { code: 2, diagnostics: [], seconds: elapsed(), pages: 0 };
  }
  const memoFile = path.join(stateFolder(out), "memo.bin");
  // A build finds and stats its files on a worker thread while it reads the memo (scanArchive).
  const loadStarted = Date.now();
  const prefetched = session ? undefined : scanArchive(path.resolve(cwd, options.content));
  const memo = session?.memo ?? (await loadMemo(memoFile, memoMadeBy()));
  lap("memo");
  const live = !options.quiet && io.isTTY ? io.progress : undefined;
  live?.("reading articles…");
  // serve's load cache knows what changed from its watcher; a build asks each file's stat.
  const stamps = session ? undefined : newFileStamps(memo.stamps, loadStarted, await prefetched);
  const run = await loadAndRun({ ...pipelineOptions(options), memo, loadCache: session?.files, stamps }, cwd);
  if (stamps) memo.stamps = stamps.current;
  live?.("");
  lap("pipeline");
  if (run.report) io.err(run.report);
  const failed = (diagnostics: Diagnostic[]): BuildOutcome => {
    io.err(`news-archive: build failed; ${path.relative(cwd, out) || out} ${existsSync(out) ? "left as it was" : "not written"}`);
    return { code: 1, diagnostics, seconds: elapsed(), pages: 0, pathPrefix: run.result.site.pathPrefix };
  };
  if (hasErrors(run.diagnostics) || !run.archive) return failed(run.diagnostics);
  const plans = sitePlans(run.archive, createMarkdown(run.archive.site.allowHtml), codeVersion(PACKAGE_ROOT));
  const total = countViews(plans);
  const statics = staticProblems(path.resolve(cwd, options.content), run.archive.site, run.archive, () => plans, cwd);
  const staticDiagnostics = escalate(statics.diagnostics, options.strict);
  lap("plans");
  if (staticDiagnostics.length > 0) io.err(staticDiagnostics.map(formatDiagnostic).join("\n"));
  if (hasErrors(staticDiagnostics)) return failed([...run.diagnostics, ...staticDiagnostics]);
  // --no-search: no index; the search page then says search is not available in this build.
  // serve, once it has published a site, publishes the pages first, the served index kept as it
  // is, and leaves the index to be started after them (cli/follow-index.ts): Pagefind builds an
  // edited old article's bundle of ~600 in 2.2 s at 10k, and, started beside the pages, slowed
  // them from 0.7 to 1.2 s. The index follows in a second publish, which finds the pages in
  // place. A build publishes both at once: its output is never half new.
  const indexAfter = options.search && session?.warmed === true;
  const index = () => startSearchIndex(run.archive!, out, bundleWords());
  const search = options.search && !indexAfter ? index() : undefined;
  const result = await publish(
    out,
    siteFiles(plans, statics.files, search?.files()),
    live && ((done) => live(`read ${run.result.articleCount} articles; writing pages: ${Math.min(done, total)} of ${total}`)),
    indexAfter ? isSearchIndexFile : undefined,
  );
  live?.("");
  lap(`publish (${result.rendered} files made)`);
  const indexed = await search?.done;
  const searchIndex = indexAfter
    ? (): FollowingIndex => {
        const later = index();
        return { done: later.done, publish: async () => void (await publish(out, siteFiles(plans, statics.files, later.files()))) };
      }
    : undefined;
  if (session && !session.warmed) {
    session.warmed = true;
    session.warmUp = () => warmUp(plans);
  }
  if (session) session.memo = newPipelineMemo(storedMemo(memo));
  else await saveMemo(memoFile, memo, memoMadeBy());
  lap("save memo");
  const seconds = elapsed();
  if (!options.quiet) io.out(`built ${total} pages from ${counted(run.result.articleCount, "article")} in ${seconds.toFixed(2)} s (${result.written} files written, ${result.removed} removed)`);
  // SPEC §1's default origin (or any local one) is right for serve and wrong on any host: say so
  // where a site is built to be deployed.
  const origin = run.archive.site.baseUrl;
  if (!options.quiet && !session && LOOPBACK_HOSTS.has(new URL(origin).hostname)) {
    io.out(`note: feeds, the sitemap and canonical links name ${origin}; set base_url (site.yaml or --base-url) to the site's public address before deploying it`);
  }
  const languageNote = interfaceLanguageNote(run.archive.site.language);
  if (!options.quiet && !session && languageNote) io.out(languageNote);
  if (!options.quiet && indexed) io.out(`search index: ${counted(indexed.records, "article")} in ${indexed.seconds.toFixed(2)} s, alongside the pages (${bundlesBuilt(indexed)})`);
  return { code: 0, diagnostics: [...run.diagnostics, ...staticDiagnostics], seconds, pages: total, pathPrefix: run.archive.site.pathPrefix, searchIndex };
}

export function bundlesBuilt(indexed: IndexOutcome): string {
  return indexed.rebuilt === indexed.bundles ? `${counted(indexed.bundles, "bundle")} built` : `${indexed.rebuilt} of ${indexed.bundles} bundles built, the others unchanged`;
}

/**
 * NEWS_ARCHIVE_BUNDLE_WORDS=N: search bundles of at most N words instead of BUNDLE_WORDS, so that
 * a small archive is cut in several as a large one is (the search page's tests across bundles).
 */
function bundleWords(): number | undefined {
  const words = Number(process.env["NEWS_ARCHIVE_BUNDLE_WORDS"]);
  return Number.isInteger(words) && words > 0 ? words : undefined;
}
