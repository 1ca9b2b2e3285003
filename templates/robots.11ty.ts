// /robots.txt, naming the sitemap.
import { robotsTxt } from "../src/outputs/sitemap.ts";
import type { RobotsView } from "../src/views/types.ts";

export const data = {
  pagination: { data: "views.robots", size: 1, alias: "view", addAllPagesToCollections: false },
  permalink: (d: { view: RobotsView }) => d.view.outputPath,
  eleventyExcludeFromCollections: true,
};

export function render({ view }: { view: RobotsView }): string {
  return robotsTxt(view);
}
