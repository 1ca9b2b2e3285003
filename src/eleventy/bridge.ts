// How Eleventy receives the pipeline's views. The CLI runs the pipeline (it must report
// diagnostics before anything renders) and hands the views over here; a bare
// `eleventy --config=.eleventy.ts` run falls back to building ./content itself.
import type { SiteViews } from "../views/types.ts";

let handed: SiteViews | undefined;

export function handViews(views: SiteViews | undefined): void {
  handed = views;
}

export async function viewsForEleventy(): Promise<SiteViews> {
  if (handed) return handed;
  const { loadAndRun } = await import("../cli/pipeline-run.ts");
  const run = await loadAndRun({ content: "content", drafts: false, strict: false, overrides: {} }, process.cwd());
  if (!run.archive) throw new Error(`the archive has errors; run \`news-archive check\`:\n${run.report}`);
  const { viewsOf } = await import("../build.ts");
  return viewsOf(run.archive);
}
