// Plain text into Markdown that renders as the same text: the characters Markdown would read
// as syntax are escaped, nothing else is touched (an imported article keeps its words).

/** Inline syntax anywhere: emphasis, strikethrough, code, links, wikilinks, raw HTML, tables, entities, escapes. */
const INLINE = /[\\`*_~|[\]<]|&(?=#?[A-Za-z0-9]+;)/g;

/** Block syntax at the start of a line: headings, quotes, lists, rules, setext underlines, table delimiter rows. */
const LINE_START: [RegExp, (m: string) => string][] = [
  [/^(\s*)(#{1,6})(?=\s|$)/, (m) => m.replace(/#/, "\\#")],
  [/^(\s*)>/, (m) => m.replace(">", "\\>")],
  [/^(\s*)([-+])(?=\s|$)/, (m) => m.replace(/[-+]/, (c) => `\\${c}`)],
  [/^(\s*)(\d{1,9})([.)])(?=\s|$)/, (m) => m.replace(/[.)]$/, (c) => `\\${c}`)],
  [/^(\s*)(=+|-+)\s*$/, (m) => m.replace(/^(\s*)([=-])/, "$1\\$2")],
  // A table's delimiter row (":-", "-:", ":--:"): under a line with a pipe, even an escaped
  // one, it would make that line a table header.
  [/^(\s*)[-:][-: ]*$/, (m) => m.replace(/[-:]/, (c) => `\\${c}`)],
];

export function escapeMarkdown(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      // Four spaces of indent would make a code block: plain text means no indentation.
      let out = line.replace(/^[ \t]+/, "").replace(INLINE, (c) => `\\${c}`);
      for (const [pattern, fix] of LINE_START) {
        const m = pattern.exec(out);
        if (m) {
          out = fix(m[0]) + out.slice(m[0].length);
          break;
        }
      }
      return out;
    })
    .join("\n");
}
