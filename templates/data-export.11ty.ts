// /data/articles.json, /data/places.geojson, /data/graph.json — data exports for researchers.
import type { DataExportView } from "../src/views/insight-types.ts";

export const data = {
  pagination: { data: "views.dataExport", size: 1, alias: "view", addAllPagesToCollections: false },
  permalink: (d: { view: DataExportView }) => d.view.outputPath,
  eleventyExcludeFromCollections: true,
};

/** Compact JSON: these files are for programs, and tens of thousands of records add up. */
export function render({ view }: { view: DataExportView }): string {
  return JSON.stringify(view.data) + "\n";
}
