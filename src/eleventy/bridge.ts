// How Eleventy receives the pipeline's views when it is run by itself
// (`eleventy --config=.eleventy.ts`): it builds ./content through the pipeline. The CLI does not
// come this way: it renders the same templates directly (outputs/render-site.ts), after the
// pipeline has reported its diagnostics.
import type { SiteViews } from "../views/types.ts";

export async function viewsForEleventy(): Promise<SiteViews> {
  const { loadAndRun } = await import("../cli/pipeline-run.ts");
  const run = await loadAndRun({ content: "content", drafts: false, strict: false, overrides: {} }, process.cwd());
  if (!run.archive) throw new Error(`the archive has errors; run \`news-archive check\`:\n${run.report}`);
  const { viewsOf } = await import("../build.ts");
  return viewsOf(run.archive);
}
