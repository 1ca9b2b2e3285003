// The CLI: the only place that prints and decides exit codes (0 fine, 1 content errors, 2 usage).
import path from "node:path";
import { isDirectory } from "../content/load.ts";
import { hasErrors } from "../model/diagnostic.ts";
import { countViews } from "../views/site-views.ts";
import { foreignFolderProblem, outFolderProblem, writeAtomically } from "../outputs/write.ts";
import { PACKAGE_ROOT, renderSite } from "../outputs/render-site.ts";
import { parseCli, UsageError, USAGE, type CliOptions } from "./args.ts";
import { loadAndRun } from "./pipeline-run.ts";
import { serve } from "./serve.ts";

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const defaultIo: Io = { out: (l) => process.stdout.write(l + "\n"), err: (l) => process.stderr.write(l + "\n") };

export async function main(argv: readonly string[], cwd: string, io: Io = defaultIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCli(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`news-archive: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.command === "help") {
    io.out(USAGE);
    return 0;
  }
  const content = path.resolve(cwd, options.content);
  if (!(await isDirectory(content))) {
    io.err(`news-archive: --content ${options.content}: no such folder`);
    return 2;
  }
  try {
    if (options.command === "check") return await check(options, cwd, io);
    if (options.command === "serve") return await serve(options, cwd, io, build);
    return await build(options, cwd, io);
  } catch (e) {
    // Content problems never get here; this is a bug or the machine (disk full, permissions).
    io.err(`news-archive: ${(e as Error).message}`);
    return 1;
  }
}

async function check(options: CliOptions, cwd: string, io: Io): Promise<number> {
  const run = await loadAndRun(pipelineOptions(options), cwd);
  if (run.report) io.err(run.report);
  const errors = run.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = run.diagnostics.length - errors;
  if (!options.quiet) io.out(`checked ${run.result.articleCount} articles: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`);
  return errors > 0 ? 1 : 0;
}

export async function build(options: CliOptions, cwd: string, io: Io): Promise<number> {
  const started = performance.now();
  const out = path.resolve(cwd, options.out);
  const problem = outFolderProblem(out, path.resolve(cwd, options.content), cwd, PACKAGE_ROOT) ?? (await foreignFolderProblem(out));
  if (problem) {
    io.err(`news-archive: ${problem}`);
    return 2;
  }
  const run = await loadAndRun(pipelineOptions(options), cwd);
  if (run.report) io.err(run.report);
  if (hasErrors(run.diagnostics) || !run.views) {
    io.err(`news-archive: build failed; ${path.relative(cwd, out) || out} left as it was`);
    return 1;
  }
  const views = run.views;
  await writeAtomically(out, async (staging) => {
    await renderSite(views, staging);
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (!options.quiet) io.out(`built ${countViews(views)} pages from ${run.result.articleCount} articles in ${seconds} s`);
  return 0;
}

function pipelineOptions(options: CliOptions) {
  return {
    content: options.content,
    drafts: options.drafts,
    strict: options.strict,
    overrides: { pathPrefix: options.pathPrefix, baseUrl: options.baseUrl },
  };
}
