// /feed.json: the latest articles as JSON Feed 1.1.
import { jsonFeed } from "../src/outputs/feeds.ts";
import type { FeedView } from "../src/views/types.ts";

export const data = {
  pagination: { data: "views.jsonFeed", size: 1, alias: "view", addAllPagesToCollections: false },
  permalink: (d: { view: FeedView }) => d.view.outputPath,
  eleventyExcludeFromCollections: true,
};

export function render({ view }: { view: FeedView }): string {
  return jsonFeed(view);
}
