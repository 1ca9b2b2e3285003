// What an article body says about other articles: its [[…]] links, which of them sit in a
// "Read also" paragraph, its first paragraph as plain text, and its length in words.
import type { MarkdownIt } from "markdown-it";
import type { Token, WikiLinkMeta } from "../render/markdown.ts";

export interface BodyLink {
  ref: string;
  line: number;
  inReadAlso: boolean;
}

export interface BodyFacts {
  links: BodyLink[];
  firstParagraph: string;
  wordCount: number;
}

export function readBody(md: MarkdownIt, body: string, bodyLine: number): BodyFacts {
  const tokens = md.parse(body, {});
  const links: BodyLink[] = [];
  let firstParagraph = "";
  let wordCount = 0;
  let blockLine = bodyLine;
  let inReadAlso = false;
  for (const token of tokens) {
    if (token.map) blockLine = bodyLine + token.map[0];
    if (token.type === "paragraph_open") inReadAlso = Boolean(token.meta?.readAlso);
    if (token.type !== "inline") continue;
    const text = plainText(token.children ?? []);
    wordCount += countWords(text);
    if (firstParagraph === "" && !inReadAlso && text.trim() !== "") firstParagraph = text.replace(/\s+/g, " ").trim();
    for (const child of token.children ?? []) {
      if (child.type !== "wikilink") continue;
      const meta = child.meta as unknown as WikiLinkMeta;
      links.push({ ref: meta.ref, line: blockLine + meta.lineOffset, inReadAlso });
    }
  }
  return { links, firstParagraph, wordCount };
}

function plainText(children: Token[]): string {
  let out = "";
  for (const c of children) {
    if (c.type === "text" || c.type === "code_inline") out += c.content;
    else if (c.type === "softbreak" || c.type === "hardbreak") out += " ";
    else if (c.type === "wikilink") {
      const meta = c.meta as unknown as WikiLinkMeta;
      out += meta.label ?? meta.ref;
    }
  }
  return out;
}

function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return matches ? matches.length : 0;
}
