// render: Eleventy turns the page views into files in the given folder.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { handViews } from "../eleventy/bridge.ts";
import type { SiteViews } from "../views/types.ts";

export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export async function renderSite(views: SiteViews, outDir: string): Promise<number> {
  const { default: Eleventy } = (await import("@11ty/eleventy")) as unknown as { default: EleventyClass };
  handViews(views);
  try {
    // Eleventy resolves its input against the working folder: give it the package's templates.
    const elev = new Eleventy(path.join(PACKAGE_ROOT, "templates"), outDir, {
      quietMode: true,
      configPath: path.join(PACKAGE_ROOT, ".eleventy.ts"),
    });
    // Eleventy's "Wrote N files" line is ours to summarise; its warnings still reach stderr.
    elev.logger.overrideLogger({ log() {}, info() {}, warn: (m: string) => console.warn(m), error: (m: string) => console.error(m) });
    const [written] = await elev.write();
    return Array.isArray(written) ? written.length : 0;
  } finally {
    handViews(undefined);
  }
}

type EleventyClass = new (
  input: string,
  output: string,
  options: { quietMode?: boolean; configPath?: string },
) => {
  logger: { overrideLogger(logger: Record<string, (message: string) => void>): void };
  write(): Promise<[unknown[], ...unknown[]]>;
};
