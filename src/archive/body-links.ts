// What an article body says about other articles: its [[…]] links, which of them sit in a
// "Read also" paragraph, its first paragraph as plain text, and its length in words.
import type { MarkdownIt } from "markdown-it";
import type { MarkdownEnv, Token, WikiLinkMeta } from "../render/markdown.ts";
import { matchKey } from "../model/slug.ts";

export interface BodyLink {
  ref: string;
  /** matchKey(ref), made once per body and remembered with it. */
  key: string;
  label: string | undefined;
  line: number;
  inReadAlso: boolean;
}

export interface BodyFacts {
  links: BodyLink[];
  firstParagraph: string;
  wordCount: number;
  /** The body as HTML from the same tokens (one parse per article), with link i of
   * `links` as a marker that fillWikilinks replaces: the part that depends on other articles. */
  html: string;
}

/** What the memo file keeps of a body: all but its HTML, which is most of the bytes (10k
 *  articles: 43 of 62 MB) and is needed only for the few pages a rebuild renders. */
export type BodySummary = Omit<BodyFacts, "html">;

/** A pure function of its inputs, so its results can be cached by body text. */
export function readBody(md: MarkdownIt, body: string, bodyLine: number, pathPrefix: string): BodyFacts {
  const env: MarkdownEnv = { pathPrefix, deferLinks: true };
  const tokens = md.parse(body, env);
  const links: BodyLink[] = [];
  let firstParagraph = "";
  let wordCount = 0;
  let blockLine = bodyLine;
  let inReadAlso = false;
  // The summary is the first paragraph (SPEC §2): not a heading, a table cell or a tight list's item.
  let inParagraph = false;
  for (const token of tokens) {
    if (token.map) blockLine = bodyLine + token.map[0];
    if (token.type === "paragraph_open") {
      inReadAlso = Boolean(token.meta?.readAlso);
      inParagraph = !token.hidden;
    } else if (token.type === "paragraph_close") inParagraph = false;
    if (token.type !== "inline") continue;
    const text = plainText(token.children ?? [], links.length);
    wordCount += countWords(text);
    if (firstParagraph === "" && inParagraph && !inReadAlso && text.trim() !== "") firstParagraph = text.replace(/\s+/g, " ").trim();
    for (const child of token.children ?? []) {
      if (child.type !== "wikilink") continue;
      const meta = child.meta as unknown as WikiLinkMeta;
      links.push({ ref: meta.ref, key: matchKey(meta.ref), label: meta.label, line: blockLine + meta.lineOffset, inReadAlso });
    }
  }
  return { links, firstParagraph, wordCount, html: md.renderer.render(tokens, md.options, env) };
}

/** A [[link]] without a label reads as its target's title: a marker resolve fills in (fillWikilinks). */
function plainText(children: Token[], firstLink: number): string {
  let out = "";
  let link = firstLink;
  for (const c of children) {
    if (c.type === "text" || c.type === "code_inline") out += c.content;
    else if (c.type === "softbreak" || c.type === "hardbreak") out += " ";
    else if (c.type === "wikilink") {
      const meta = c.meta as unknown as WikiLinkMeta;
      out += meta.label ?? `\u0000${link}\u0000`;
      link++;
    }
  }
  return out;
}

/** Runs of non-space characters: what a reader counts as words, at a fraction of a regex's cost. */
function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
