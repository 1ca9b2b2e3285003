// markdown-it with the archive's two additions: [[ref]] / [[ref|label]] wikilinks, and
// "Read also" paragraphs rendered as a box. The same parser feeds link extraction and rendering.
import { mapUrlAttributes, prefixed } from "./url-attributes.ts";
import markdownIt, { type MarkdownIt, type StateCore, type StateInline, type Token } from "markdown-it";
import { needsIsolation } from "./bidi-isolation.ts";
import type { Direction } from "../model/language-direction.ts";

export interface WikiLinkMeta {
  ref: string;
  label: string | undefined;
  /** Newlines between the start of the paragraph and the link. */
  lineOffset: number;
}

/** What the renderer needs to turn a reference into a link. */
export interface MarkdownEnv {
  [key: string | symbol]: unknown;
  resolve?: (ref: string) => { href: string; title: string } | undefined;
  /** Applied to editor-written root-relative links (`/places/kidal/`). */
  pathPrefix?: string;
  /** Render [[links]] as numbered markers for fillWikilinks (see readBody). */
  deferLinks?: boolean;
  linkCount?: number;
}

// Also when the words are set in bold or italics (`**Read also:**`), as pages copied from news sites have them.
const READ_ALSO = /^\s*(?:\*{1,2}|_{1,2})?\s*(read also|see also|lire aussi|à lire aussi|voir aussi)\b/i;

export function createMarkdown(allowHtml: boolean): MarkdownIt {
  const md = markdownIt({ html: allowHtml, linkify: false, typographer: false });
  md.inline.ruler.before("link", "wikilink", wikilinkRule);
  md.core.ruler.after("inline", "read_also", markReadAlso);
  md.renderer.rules.wikilink = (tokens, idx, _opts, env: MarkdownEnv = {}) => {
    const meta = tokens[idx]!.meta as unknown as WikiLinkMeta;
    // Deferred: a marker numbered in document order, filled in once references are resolved,
    // so a body's HTML can be cached while the articles it links to change.
    if (env.deferLinks) return `\u0000${(env.linkCount = (env.linkCount ?? 0) + 1) - 1}\u0000`;
    return wikilinkHtml(env.resolve?.(meta.ref), meta.label, meta.ref);
  };
  const defaultOpen = md.renderer.rules.paragraph_open ?? ((t, i, o, _e, self) => self.renderToken(t, i, o));
  const defaultClose = md.renderer.rules.paragraph_close ?? ((t, i, o, _e, self) => self.renderToken(t, i, o));
  md.renderer.rules.paragraph_open = (tokens, idx, opts, env, self) =>
    // role="note": an aside of the body, not a landmark (several per article could not all be named uniquely).
    tokens[idx]!.meta?.readAlso ? `<aside class="read-also-box" role="note">\n<p>` : defaultOpen(tokens, idx, opts, env, self);
  md.renderer.rules.paragraph_close = (tokens, idx, opts, env, self) =>
    tokens[idx]!.meta?.readAlso ? `</p>\n</aside>\n` : defaultClose(tokens, idx, opts, env, self);
  // Root-relative links and images editors write (`/places/kidal/`, `/assets/map.png`) take
  // the path prefix, or they break under /repo/.
  for (const [rule, attribute] of [["link_open", "href"], ["image", "src"]] as const) {
    const original = md.renderer.rules[rule] ?? ((t, i, o, _e, self) => self.renderToken(t, i, o));
    md.renderer.rules[rule] = (tokens, idx, opts, env: MarkdownEnv = {}, self?) => {
      prefixAttribute(tokens[idx]!, attribute, env.pathPrefix);
      return original(tokens, idx, opts, env, self!);
    };
  }
  // Raw HTML (allow_html) too: SPEC §5, every internal link carries the path prefix.
  for (const rule of ["html_block", "html_inline"] as const) {
    const original = md.renderer.rules[rule] ?? ((t, i) => t[i]!.content);
    md.renderer.rules[rule] = (tokens, idx, opts, env: MarkdownEnv = {}, self?) => {
      const markup = original(tokens, idx, opts, env, self!);
      const prefix = env.pathPrefix;
      return prefix && prefix !== "/" ? mapUrlAttributes(markup, (url) => prefixed(url, prefix)) : markup;
    };
  }
  return md;
}

/**
 * A link without a label reads as the target's title, another editor's words inside this one's:
 * `target.lang` (the target's language where it is not the linking article's) marks it, and,
 * when written the other way from the body (`around`), it is isolated (bidi-isolation.ts) in
 * `target.dir`, its own language's direction. The editor's own label is in the article's language.
 */
export function wikilinkHtml(target: { href: string; title: string; lang?: string | undefined; dir?: Direction } | undefined, label: string | undefined, ref: string, around?: Direction): string {
  const text = escapeText(label ?? target?.title ?? ref);
  if (!target) return `<span class="broken-link">${text}</span>`;
  const lang = label === undefined && target.lang ? ` lang="${escapeText(target.lang)}"` : "";
  const isolated = label === undefined && around !== undefined && needsIsolation(target.title, around);
  return `<a class="wikilink" href="${escapeText(target.href)}"${lang}>${isolated ? `<bdi dir="${target.dir ?? around}">${text}</bdi>` : text}</a>`;
}

/** Fills the markers of a body rendered with `deferLinks`, link i from `links[i]`. */
export function fillWikilinks(html: string, render: (index: number) => string): string {
  return html.includes("\u0000") ? html.replace(/\u0000(\d+)\u0000/g, (_, i: string) => render(Number(i))) : html;
}

function prefixAttribute(token: Token, attribute: string, prefix: string | undefined): void {
  const value = token.attrGet(attribute);
  if (typeof value === "string" && prefix && prefix !== "/") token.attrSet(attribute, prefixed(value, prefix));
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function wikilinkRule(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 0x5b || state.src.charCodeAt(start + 1) !== 0x5b) return false;
  const end = state.src.indexOf("]]", start + 2);
  if (end === -1) return false;
  const inner = state.src.slice(start + 2, end);
  if (inner.includes("[") || inner.includes("\n\n") || inner.trim() === "") return false;
  if (!silent) {
    const bar = inner.indexOf("|");
    const ref = (bar === -1 ? inner : inner.slice(0, bar)).replace(/\s+/g, " ").trim();
    const label = bar === -1 ? undefined : inner.slice(bar + 1).replace(/\s+/g, " ").trim() || undefined;
    const token = state.push("wikilink", "", 0);
    token.meta = { ref, label, lineOffset: countNewlines(state.src.slice(0, start)) } satisfies WikiLinkMeta;
    token.content = inner;
  }
  state.pos = end + 2;
  return true;
}

function markReadAlso(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const open = tokens[i]!;
    const inline = tokens[i + 1]!;
    if (open.type !== "paragraph_open" || inline.type !== "inline") continue;
    if (!READ_ALSO.test(inline.content)) continue;
    if (!inline.children?.some((c) => c.type === "wikilink")) continue;
    open.meta = { ...(open.meta ?? {}), readAlso: true };
    const close = tokens.slice(i + 2).find((t) => t.type === "paragraph_close" && t.level === open.level);
    if (close) close.meta = { ...(close.meta ?? {}), readAlso: true };
  }
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

export type { MarkdownIt, Token };
