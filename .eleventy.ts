// Eleventy wiring only: the pipeline's page views as global data, TypeScript templates,
// public/ and the archive's static/ copied as is. All decisions were made before Eleventy runs.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { viewsForEleventy } from "./src/eleventy/bridge.ts";

const root = path.dirname(fileURLToPath(import.meta.url));

export default function (eleventyConfig: any) {
  eleventyConfig.addGlobalData("views", viewsForEleventy);
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.setTemplateFormats(["11ty.ts"]);
  eleventyConfig.addPassthroughCopy({ [path.join(root, "public")]: "/" });
  // The archive the bridge builds (./content), its static/ folder (src/content/static-files.ts).
  eleventyConfig.addPassthroughCopy({ "content/static": "/" });
  eleventyConfig.setQuietMode(true);
}

// Input and output folders come from the caller (news-archive build, or eleventy --input=templates).
