// The Markdown body of an imported article: paragraphs escaped as plain text with their
// quotation marks repaired, and "Read also" lines turned into `Read also: [[Title]]` paragraphs
// (SPEC §2), which src/render/markdown.ts renders as a read-also box.
import { warning, type Diagnostic } from "../model/diagnostic.ts";
import { escapeMarkdown } from "./markdown-escape.ts";
import type { Block } from "./plain-text.ts";
import { fixQuotes } from "./quotes.ts";

/** What a "Read also" title resolved to: a slug, or nothing yet. */
export type ReadAlsoTarget = { slug: string } | undefined;

export interface ImportBody {
  markdown: string;
  /** Diagnostics about the body, on lines of the written file. */
  diagnostics: Diagnostic[];
}

/**
 * `firstLine` is the line of the written file the body starts on; `target` says what each
 * "Read also" block resolved to.
 */
export function importBody(blocks: readonly Block[], file: string, firstLine: number, target: (block: Block) => ReadAlsoTarget): ImportBody {
  const diagnostics: Diagnostic[] = [];
  const paragraphs: string[] = [];
  let line = firstLine;
  for (const block of blocks) {
    let text: string;
    if (block.kind === "read-also") {
      text = `Read also: ${readAlsoLink(block.text, target(block))}`;
    } else {
      const fixed = fixQuotes(block.text);
      if (fixed.unbalanced) {
        diagnostics.push(warning("bad-value", file, line, "body", "quotation marks that do not pair up were left as they are", "check this paragraph"));
      } else if (fixed.addedOpening) {
        diagnostics.push(warning("bad-value", file, line, "body", "quotation marks repaired; an opening mark the text lacked was added at the start of a sentence", "check this paragraph"));
      } else if (fixed.changed) {
        diagnostics.push(warning("bad-value", file, line, "body", "quotation marks repaired (” x “ → “x”)", "check this paragraph"));
      }
      text = escapeMarkdown(fixed.text);
    }
    paragraphs.push(text);
    line += text.split("\n").length + 1;
  }
  return { markdown: paragraphs.join("\n\n"), diagnostics };
}

/**
 * `[[Title]]` as editors write it; a title that would break the link syntax uses the slug it
 * resolved to, or stays plain text when it resolved to nothing.
 */
function readAlsoLink(title: string, target: ReadAlsoTarget): string {
  if (!/[[\]|]/.test(title)) return `[[${title}]]`;
  return target ? `[[${target.slug}]]` : escapeMarkdown(title);
}
