// Load an archive folder and run the pipeline on it: the part `check`, `build` and a bare
// Eleventy run share.
import path from "node:path";
import { loadArchive } from "../content/load.ts";
import { runPipeline, viewsOf, type PipelineOptions, type PipelineResult } from "../build.ts";
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from "../model/diagnostic.ts";
import type { SiteViews } from "../views/types.ts";

export interface RunOptions extends PipelineOptions {
  content: string;
  /** `check` needs no page views. */
  views?: boolean;
}

export interface Run {
  result: PipelineResult;
  diagnostics: Diagnostic[];
  views: SiteViews | undefined;
  report: string;
}

export async function loadAndRun(options: RunOptions, cwd: string): Promise<Run> {
  const loaded = await loadArchive(path.resolve(cwd, options.content), cwd);
  const result = runPipeline(loaded.value, options);
  const diagnostics = sortDiagnostics([...loaded.diagnostics, ...result.diagnostics]);
  const failed = loaded.diagnostics.some((d) => d.severity === "error");
  const views = result.archive && !failed && options.views !== false ? viewsOf(result.archive) : undefined;
  return { result, diagnostics, views, report: diagnostics.map(formatDiagnostic).join("\n") };
}

/** The pipeline options a command line gives. */
export function pipelineOptions(options: { content: string; drafts: boolean; strict: boolean; pathPrefix: string | undefined; baseUrl: string | undefined }): RunOptions {
  return {
    content: options.content,
    drafts: options.drafts,
    strict: options.strict,
    overrides: { pathPrefix: options.pathPrefix, baseUrl: options.baseUrl },
  };
}
