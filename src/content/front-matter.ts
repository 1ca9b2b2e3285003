// Splits an article file into its front matter (parsed, with lines) and its Markdown body.
import matter from "gray-matter";
import { parseYaml, type ParsedYaml } from "./yaml.ts";

export interface SplitArticle {
  /** undefined when the file has no front matter block at all. */
  frontMatter: ParsedYaml | undefined;
  body: string;
  /** File line on which the body starts, so body diagnostics can point into the file. */
  bodyLine: number;
  /** Opened by a --- line and never closed: gray-matter would read the whole file as YAML. */
  unclosed?: true;
}

/** Text must already be free of a BOM and CRLF (see normalizeText). */
export function splitArticle(text: string): SplitArticle {
  if (!/^---[ \t]*\n/.test(text)) return { frontMatter: undefined, body: text, bodyLine: 1 };
  // gray-matter's own rule for the closing line: the next line that starts with ---.
  if (!text.slice(text.indexOf("\n")).includes("\n---")) return { frontMatter: undefined, body: text, bodyLine: 1, unclosed: true };
  let raw = "";
  // gray-matter finds the block; our own YAML engine parses it so dates stay strings and lines are known.
  // Passing options also keeps gray-matter from caching every file's text in memory.
  const file = matter(text, {
    excerpt: false,
    engines: {
      yaml: (source: string) => {
        raw = source;
        return {};
      },
    },
  } as never);
  const frontMatter = parseYaml(raw, 1);
  const headLines = text.length - file.content.length;
  const bodyLine = countLines(text.slice(0, headLines)) + 1;
  return { frontMatter, body: file.content, bodyLine };
}

/** Editors' files come from every editor: drop a UTF-8 BOM and read CRLF as LF. */
export function normalizeText(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.replace(/\r\n?/g, "\n");
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
