// The worker side of parallel validation: reads the article files it is given, posts back
// their entries in the same order.
import { parentPort, workerData } from "node:worker_threads";
import { readArticleFile } from "../content/article-file.ts";
import type { ArticleSource } from "../content/validate-article.ts";
import type { SiteConfig } from "../content/site-config.ts";
import { createMarkdown } from "../render/markdown.ts";

const { sources, site } = workerData as { sources: ArticleSource[]; site: SiteConfig };
const md = createMarkdown(site.allowHtml);
parentPort!.postMessage(sources.map((source) => readArticleFile(source, site, md)));
