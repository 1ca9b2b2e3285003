// `news-archive help COMMAND` and `news-archive COMMAND --help`: what the command does and each
// of its flags, beside the one-screen usage of all of them (args.ts USAGE).

const COMMON = {
  content: "--content DIR      the archive folder (default: content)",
  strict: "--strict           warnings are errors",
  out: "--out DIR          the output folder (default: _site); a hidden .NAME.news-archive/ beside it keeps the next build small",
  build: [
    "--path-prefix /p/  serve every page under /p/ (also from site.yaml's path_prefix or base_url's path)",
    "--base-url URL     the public address feeds, the sitemap and canonical links name",
    "--no-search        build no search index",
    "--quiet            print nothing but problems",
  ],
};

const HELP: Record<string, string> = {
  build: [
    "news-archive build: validates the archive, then writes the site (pages, feeds, sitemap, search index).",
    "A failed build leaves the previous site as it was. Exit 0 built (warnings allowed), 1 content errors, 2 usage errors.",
    "",
    `  ${COMMON.content}`,
    `  ${COMMON.out}`,
    ...COMMON.build.map((l) => `  ${l}`),
    "  --drafts           include articles marked draft: true",
    `  ${COMMON.strict}`,
  ].join("\n"),
  serve: [
    "news-archive serve: builds with drafts, serves the site on this machine, and rebuilds when a file of the archive changes.",
    "While the archive has errors, every page shows them. A rebuild publishes the pages first, the search index after them. Ctrl+C stops it.",
    "",
    `  ${COMMON.content}`,
    `  ${COMMON.out}`,
    ...COMMON.build.map((l) => `  ${l}`),
    "  --port N           the port (default: 8080; the next free one if taken; 0: any)",
    "  --bind ADDRESS     the address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0: the whole network)",
    "  --drafts           (always so: serve shows drafts)",
    `  ${COMMON.strict}`,
  ].join("\n"),
  check: [
    "news-archive check: validates everything, drafts included, and builds nothing. Exit 0 fine, 1 errors.",
    "",
    `  ${COMMON.content}`,
    `  ${COMMON.strict}`,
    "  --quiet            print the problems only, not the count",
  ].join("\n"),
  new: [
    'news-archive new "Title": writes articles/YYYY/MM/YYYY-MM-DD-slug.md in the archive, with its front matter,',
    "draft: true and an empty body (serve shows it; build leaves it out until that line goes); never overwrites a file.",
    "",
    "  --region R         the article's region",
    "  --places a,b       places, comma-separated (names as the registry spells them)",
    "  --actors x,y       actors, likewise",
    "  --date D           YYYY-MM-DD or an ISO 8601 date-time with offset (default: today in the site timezone)",
    `  ${COMMON.content}`,
  ].join("\n"),
  import: [
    "news-archive import FILE...: turns plain-text articles into Markdown with front matter: the title line, the text,",
    "\"Read also\" lines as [[links]], region, places and actors proposed from the text. All files or none are written.",
    "",
    "  --date D           the date (else a YYYY-MM-DD in the file name, else a line holding only a date)",
    "  --region R         the region (else proposed from the text)",
    `  ${COMMON.content}`,
  ].join("\n"),
};

/** The help of one command, or undefined for a name that is none. */
export function commandHelp(command: string): string | undefined {
  return HELP[command];
}

/** Commands whose help is the usage of all of them. */
export const GENERAL_TOPICS = new Set(["help", "version"]);
