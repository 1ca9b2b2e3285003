// Archives held in memory, for tests of the pure pipeline: no files, no CLI.
import type { ArchiveFiles } from "../../src/content/load.ts";

export function memoryFiles(articles: Record<string, string>, registries: Partial<Record<"place" | "actor" | "region" | "site", string>> = {}): ArchiveFiles {
  const src = (name: string, text: string | undefined) => (text === undefined ? undefined : { file: `content/${name}`, text });
  return {
    siteFile: "content/site.yaml",
    site: src("site.yaml", registries.site),
    registryFiles: { place: "content/places.yaml", actor: "content/actors.yaml", region: "content/regions.yaml" },
    registries: { place: src("places.yaml", registries.place), actor: src("actors.yaml", registries.actor), region: src("regions.yaml", registries.region) },
    articles: Object.entries(articles).map(([name, text]) => ({ file: `content/articles/${name}`, text })),
  };
}

/** An article file: front matter lines and a body. */
export const fm = (lines: string, body = "Text.") => `---\n${lines}\n---\n${body}\n`;

/** The same, under the name the first tests used. */
export const files = memoryFiles;
