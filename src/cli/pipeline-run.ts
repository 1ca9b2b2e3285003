// Load an archive folder and run the pipeline on it: the part `check`, `build` and a bare
// Eleventy run share.
import path from "node:path";
import { loadArchive, type LoadCache } from "../content/load.ts";
import type { FileStamps } from "../content/file-stamps.ts";
import { runPipeline, siteOf, type PipelineOptions, type PipelineResult } from "../build.ts";
import type { ArchiveFiles } from "../content/load.ts";
import { fileKey } from "../content/article-file.ts";
import { readArticles } from "../content/read-articles.ts";
import type { Archive } from "../archive/index.ts";
import { escalate, formatDiagnostic, sortDiagnostics, type Diagnostic } from "../model/diagnostic.ts";
import { newPipelineMemo, type PipelineMemo } from "../memo.ts";
import { sitePlans } from "../views/site-views.ts";
import { createMarkdown } from "../render/markdown.ts";
import { staticProblems } from "./static-problems.ts";

export interface RunOptions extends PipelineOptions {
  content: string;
  /** serve: the texts already read, and what its watcher saw change since. */
  loadCache?: LoadCache | undefined;
  /** build: what the last build knew of each file, so unchanged files are not read. */
  stamps?: FileStamps | undefined;
}

export interface Run {
  result: PipelineResult;
  diagnostics: Diagnostic[];
  /** The archive to render: present when nothing failed. */
  archive: Archive | undefined;
  report: string;
}

export async function loadAndRun(options: RunOptions, cwd: string): Promise<Run> {
  const loaded = await loadArchive(path.resolve(cwd, options.content), cwd, options.loadCache, options.stamps);
  const memo = options.memo ?? newPipelineMemo();
  await readNewFiles(loaded.value, options, memo);
  const result = runPipeline(loaded.value, { ...options, memo });
  // The load's warnings (a link to a folder) are warnings like the pipeline's: --strict stops at them.
  const fromLoad = escalate(loaded.diagnostics, options.strict);
  const diagnostics = sortDiagnostics([...fromLoad, ...result.diagnostics]);
  const failed = fromLoad.some((d) => d.severity === "error");
  return { result, diagnostics, archive: failed ? undefined : result.archive, report: diagnostics.map(formatDiagnostic).join("\n") };
}

/**
 * `check` validates everything (SPEC §4): what `build` would report, and, when the archive has
 * drafts, what `serve` and `build --drafts` would report with them in (a draft's reference to
 * no article, a draft taking a published article's slug). One load, one memo for both runs.
 */
export async function checkAll(options: RunOptions, cwd: string): Promise<{ diagnostics: Diagnostic[]; report: string; articleCount: number }> {
  const loaded = await loadArchive(path.resolve(cwd, options.content), cwd);
  const memo = newPipelineMemo();
  await readNewFiles(loaded.value, options, memo);
  // Both runs as without --strict, which escalates the merged list: a left-out draft's warning
  // is then replaced by the drafts run's error, not escalated with build's note about it.
  const published = runPipeline(loaded.value, { ...options, strict: false, drafts: false, memo });
  const diagnostics = [...loaded.diagnostics, ...published.diagnostics];
  // What build says of static/ and the site's stylesheets; a conflict only once pages are planned.
  const archive = published.archive;
  const plans = archive && (() => sitePlans(archive, createMarkdown(archive.site.allowHtml)));
  diagnostics.push(...staticProblems(path.resolve(cwd, options.content), published.site, archive, plans, cwd).diagnostics);
  if (published.draftCount > 0) {
    // A problem both runs see is told once, as build tells it, though its words may differ
    // with the drafts in ("did you mean" one more name, "matches 3 articles"): problems are
    // counted by file, line, key and kind, and the second run adds only those beyond the first's.
    // A draft's problem, a warning in the first run, is the second's error: that one is told.
    const where = (d: Diagnostic) => `${d.file}\u0000${d.line}\u0000${d.key}\u0000${d.code}`;
    const unmatched = new Map<string, number[]>();
    diagnostics.forEach((d, i) => unmatched.set(where(d), [...(unmatched.get(where(d)) ?? []), i]));
    for (const d of runPipeline(loaded.value, { ...options, strict: false, drafts: true, memo }).diagnostics) {
      const i = unmatched.get(where(d))?.shift();
      if (i === undefined) diagnostics.push(d);
      else if (d.severity === "error" && diagnostics[i]!.severity === "warning") diagnostics[i] = d;
    }
  }
  const sorted = sortDiagnostics(escalate(diagnostics, options.strict));
  return { diagnostics: sorted, report: sorted.map(formatDiagnostic).join("\n"), articleCount: loaded.value.articles.length };
}

/**
 * The files the memo has no entry for, read ahead of the pipeline, on two threads when there
 * are many (a first build): the pipeline then finds their entries made. It stays one pure
 * function of its inputs; this is only how soon the entries it asks for are there.
 */
async function readNewFiles(files: ArchiveFiles, options: PipelineOptions, memo: PipelineMemo): Promise<void> {
  const site = siteOf(files, options.overrides).value;
  const keys = files.articles.map((source) => fileKey(source, site));
  const todo = files.articles.flatMap((_, i) => (memo.files.has(keys[i]!) ? [] : [i]));
  if (todo.length === 0) return;
  const { entries } = await readArticles(todo.map((i) => files.articles[i]!), site);
  todo.forEach((i, n) => memo.files.set(keys[i]!, entries[n]!));
}

/** The pipeline options a command line gives. */
export function pipelineOptions(options: { content: string; drafts: boolean; strict: boolean; pathPrefix: string | undefined; baseUrl: string | undefined; localOrigin?: string | undefined }): RunOptions {
  return {
    content: options.content,
    drafts: options.drafts,
    strict: options.strict,
    overrides: { pathPrefix: options.pathPrefix, baseUrl: options.baseUrl, localOrigin: options.localOrigin },
  };
}
