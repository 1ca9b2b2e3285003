// Load an archive folder and run the pipeline on it: the part `check`, `build` and a bare
// Eleventy run share.
import path from "node:path";
import { loadArchive, type LoadCache } from "../content/load.ts";
import type { FileStamps } from "../content/file-stamps.ts";
import { runPipeline, type PipelineOptions, type PipelineResult } from "../build.ts";
import type { Archive } from "../archive/index.ts";
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from "../model/diagnostic.ts";

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
  const result = runPipeline(loaded.value, options);
  const diagnostics = sortDiagnostics([...loaded.diagnostics, ...result.diagnostics]);
  const failed = loaded.diagnostics.some((d) => d.severity === "error");
  return { result, diagnostics, archive: failed ? undefined : result.archive, report: diagnostics.map(formatDiagnostic).join("\n") };
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
