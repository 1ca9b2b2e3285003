// Every page template, imported statically: Eleventy finds them in templates/ by itself, and
// the build needs them in one compiled CLI file (bin/compiled-cli.js), where a path handed to
// import() at run time would not be bundled. tests/unit/template-modules.test.ts checks this
// list against the folder, so a new template cannot be left out.
import * as aliasRedirect from "../../templates/alias-redirect.11ty.ts";
import * as archiveIndex from "../../templates/archive-index.11ty.ts";
import * as archivePeriod from "../../templates/archive-period.11ty.ts";
import * as article from "../../templates/article.11ty.ts";
import * as az from "../../templates/az.11ty.ts";
import * as dataExport from "../../templates/data-export.11ty.ts";
import * as entity from "../../templates/entity.11ty.ts";
import * as feed from "../../templates/feed.11ty.ts";
import * as home from "../../templates/home.11ty.ts";
import * as jsonFeed from "../../templates/json-feed.11ty.ts";
import * as notFound from "../../templates/not-found.11ty.ts";
import * as robots from "../../templates/robots.11ty.ts";
import * as search from "../../templates/search.11ty.ts";
import * as sitemap from "../../templates/sitemap.11ty.ts";
import * as threadIndex from "../../templates/thread-index.11ty.ts";
import * as thread from "../../templates/thread.11ty.ts";

export interface TemplateModule {
  data: { pagination: { data: string }; permalink: (data: { view: never }) => string };
  render: (data: { view: never }) => string;
}

/** By file name in templates/. */
export const TEMPLATE_MODULES: Record<string, TemplateModule> = {
  "alias-redirect.11ty.ts": aliasRedirect,
  "archive-index.11ty.ts": archiveIndex,
  "archive-period.11ty.ts": archivePeriod,
  "article.11ty.ts": article,
  "az.11ty.ts": az,
  "data-export.11ty.ts": dataExport,
  "entity.11ty.ts": entity,
  "feed.11ty.ts": feed,
  "home.11ty.ts": home,
  "json-feed.11ty.ts": jsonFeed,
  "not-found.11ty.ts": notFound,
  "robots.11ty.ts": robots,
  "search.11ty.ts": search,
  "sitemap.11ty.ts": sitemap,
  "thread-index.11ty.ts": threadIndex,
  "thread.11ty.ts": thread,
};
