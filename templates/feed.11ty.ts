// /feed.xml and /places/<slug>/feed.xml (actors, regions): Atom feeds.
import { atomXml } from "../src/outputs/feeds.ts";
import type { FeedView } from "../src/views/types.ts";

export const data = {
  pagination: { data: "views.feed", size: 1, alias: "view", addAllPagesToCollections: false },
  permalink: (d: { view: FeedView }) => d.view.outputPath,
  eleventyExcludeFromCollections: true,
};

export function render({ view }: { view: FeedView }): string {
  return atomXml(view);
}
