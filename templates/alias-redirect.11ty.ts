// /places/<alias-slug>/ (and actors, regions): a page that sends an old spelling on to the
// entity. Works on any static host and without JavaScript: a meta refresh, a canonical
// link for crawlers, noindex, and a visible link for when the refresh is blocked.
import { html } from "../src/render/html.ts";
import { isolate, isolateText } from "../src/render/bidi-isolation.ts";
import type { AliasRedirectView } from "../src/views/insight-types.ts";

export const data = {
  pagination: { data: "views.aliasRedirect", size: 1, alias: "view", addAllPagesToCollections: false },
  permalink: (d: { view: AliasRedirectView }) => d.view.outputPath,
  eleventyExcludeFromCollections: true,
};

export function render({ view }: { view: AliasRedirectView }): string {
  const { chrome, head } = view;
  return html`<!doctype html>
<html lang="${chrome.language}"${chrome.dir === "rtl" ? html` dir="rtl"` : ""}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${head.documentTitle} — ${isolateText(chrome.siteTitle, chrome.dir)}</title>
<meta name="robots" content="${head.robots ?? "noindex"}">
<link rel="canonical" href="${head.canonical}">
<meta http-equiv="refresh" content="0; url=${view.target.href}">
<link rel="stylesheet" href="${chrome.cssHref}">
<link rel="icon" href="${chrome.faviconHref}" type="image/svg+xml">
</head>
<body>
<main id="main" class="wrap">
<h1>${isolate(head.title, chrome.dir)}</h1>
<p>${view.message}</p>
<p><a href="${view.target.href}">${view.target.text}</a></p>
</main>
</body>
</html>
`.value;
}
