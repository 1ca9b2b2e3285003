// Load an archive folder and run the pipeline on it: the part `check`, `build` and a bare
// Eleventy run share.
import path from "node:path";
import { loadArchive } from "../content/load.ts";
import { runPipeline, viewsOf, type PipelineOptions, type PipelineResult } from "../build.ts";
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from "../model/diagnostic.ts";
import type { SiteViews } from "../views/types.ts";

export interface RunOptions extends PipelineOptions {
  content: string;
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
  const views = result.archive && !failed ? viewsOf(result.archive) : undefined;
  return { result, diagnostics, views, report: diagnostics.map(formatDiagnostic).join("\n") };
}
