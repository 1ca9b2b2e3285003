// What Intl answers with besides the code asking: Node's ICU and the CLDR and time zone data it
// carries. Dates, numbers, country names on maps, collation and og:locale all come from it, so
// a Node with other ICU data writes other pages from the same archive and the same code.

/** Small-ICU builds of Node hold English alone: the same versions, other answers. */
const icuSmall = (process.config.variables as { icu_small?: boolean }).icu_small === true;

/** Part of every page's fingerprint (views/page-plan.ts) and of the dates memo's key. */
export const INTL_DATA_VERSION = `ICU ${process.versions.icu}, CLDR ${process.versions.cldr}, tz ${process.versions.tz}${icuSmall ? ", small" : ""}`;
