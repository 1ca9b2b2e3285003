// The pure pipeline on archives held in memory, up to the Archive or the views.
import { runPipeline, viewsOf } from "../../src/build.ts";
import type { Archive } from "../../src/archive/index.ts";
import type { SiteViews } from "../../src/views/types.ts";
import { files } from "./memory-archive.ts";

export type Registries = Partial<Record<"place" | "actor" | "region" | "site", string>>;

/** The archive of a clean build; throws with the diagnostics otherwise. */
export function buildArchive(articles: Record<string, string>, registries: Registries = {}): Archive {
  const result = runPipeline(files(articles, registries), { drafts: false, strict: false, overrides: {} });
  if (!result.archive) throw new Error(`archive has errors: ${JSON.stringify(result.diagnostics)}`);
  return result.archive;
}

export function buildViews(articles: Record<string, string>, registries: Registries = {}): SiteViews {
  return viewsOf(buildArchive(articles, registries));
}
