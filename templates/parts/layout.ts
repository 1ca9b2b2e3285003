// The page shell every view shares: head metadata, header, main, footer. Markup only.
import { html, jsonForScript, type Html } from "../../src/render/html.ts";
import { fillHtml } from "../../src/render/i18n/fill.ts";
import { isolate, isolateText } from "../../src/render/bidi-isolation.ts";
import type { Chrome, Head } from "../../src/views/types.ts";

export function layout(chrome: Chrome, head: Head, main: Html, options: { bodyClass?: string; stylesheets?: string[] } = {}): string {
  const { t, dir } = chrome;
  const fullTitle = head.path === "/" ? chrome.siteTitle : `${head.documentTitle} — ${isolateText(chrome.siteTitle, dir)}`;
  // Left to right is the default: said only of a right-to-left site.
  return html`<!doctype html>
<html lang="${chrome.language}"${dir === "rtl" ? html` dir="rtl"` : ""}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${head.description}">
${head.robots ? html`<meta name="robots" content="${head.robots}">` : ""}
<link rel="canonical" href="${head.canonical}">
${head.prev ? html`<link rel="prev" href="${head.prev}">` : ""}
${head.next ? html`<link rel="next" href="${head.next}">` : ""}
<meta property="og:type" content="${head.ogType}">
<meta property="og:title" content="${head.title}">
<meta property="og:description" content="${head.description}">
<meta property="og:url" content="${head.canonical}">
<meta property="og:site_name" content="${chrome.siteTitle}">
<meta property="og:locale" content="${head.ogLocale ?? chrome.ogLocale}">
${head.article ? html`<meta property="article:published_time" content="${head.article.published}">
<meta property="article:modified_time" content="${head.article.modified}">
<meta property="article:section" content="${head.article.section}">
${head.article.tags.map((tag) => html`<meta property="article:tag" content="${tag}">\n`)}` : ""}
${head.image ? html`<meta property="og:image" content="${head.image.url}">
<meta property="og:image:alt" content="${head.image.alt}">
` : ""}<meta name="twitter:card" content="${head.image ? "summary_large_image" : "summary"}">
<meta name="twitter:title" content="${head.title}">
<meta name="twitter:description" content="${head.description}">
${[...(head.feeds ?? []), ...chrome.feeds].map((f) => html`<link rel="alternate" type="${f.type}" href="${f.href}" title="${f.title}">\n`)}
<meta name="color-scheme" content="light dark">
<link rel="icon" href="${chrome.faviconHref}" type="image/svg+xml">
<link rel="stylesheet" href="${chrome.cssHref}">
<link rel="stylesheet" href="${chrome.insightsCssHref}">
${[...(options.stylesheets ?? []), ...chrome.siteStylesheets].map((css) => html`<link rel="stylesheet" href="${css}">\n`)}
${head.jsonLd === undefined ? "" : html`<script type="application/ld+json">${jsonForScript(head.jsonLd)}</script>`}
</head>
<body${options.bodyClass ? html` class="${options.bodyClass}"` : ""}>
<a class="skip" href="#main">${t.skipToContent}</a>
<header class="site-header">
<div class="wrap">
<a class="site-title" href="${chrome.homeHref}">${isolate(chrome.siteTitle, dir)}</a>
<nav aria-label="${t.mainNav}">
<ul>${chrome.nav.map((link) => html`<li><a href="${link.href}"${link.section === head.section ? html` aria-current="true"` : ""}>${link.text}</a></li>`)}</ul>
</nav>
<form class="site-search" role="search" aria-label="${t.search.siteLabel}" action="${chrome.searchHref}" method="get">
<label class="visually-hidden" for="site-search-q">${t.search.siteLabel}</label>
<input id="site-search-q" type="search" name="q" placeholder="${t.search.title}" autocomplete="off">
<button type="submit">${t.search.button}</button>
</form>
</div>
</header>
<main id="main" class="wrap">
${main}
</main>
<footer class="site-footer">
<div class="wrap">
<p><a href="${chrome.homeHref}">${isolate(chrome.siteTitle, dir)}</a>${chrome.siteDescription ? html` — ${isolate(chrome.siteDescription, dir)}` : ""}</p>
<p class="feeds">${fillHtml(t.feeds, { feeds: [...(head.feeds ?? []), ...chrome.feeds].map((f, i) => html`${i > 0 ? " · " : ""}<a href="${f.href}" type="${f.type}">${f.text}</a>`) })}</p>
</div>
</footer>
</body>
</html>
`.value;
}
