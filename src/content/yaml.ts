// YAML parsed with the core schema, so `2024-07-23` stays a string until luxon reads it,
// plus the line of every key and list item, so diagnostics can point at it.
//
// js-yaml parses (8x faster than the `yaml` package here: 0.2 s against 1.6 s for 10,000
// front matters); lines come from a scan of the block layout editors write. A layout the
// scan does not follow only costs a diagnostic its line, never a value.
import jsyaml from "js-yaml";
import { firstControlCharacter } from "./control-characters.ts";

export interface ParsedYaml {
  /** Raw data: unknown until a schema has validated it. */
  value: unknown;
  /** Line (1-based, in the file) of "key", "key.index", "index", "index.key", "index.key.index" paths. */
  lines: ReadonlyMap<string, number>;
  errors: { line: number; message: string }[];
}

/** `firstLine` is the file line the YAML text starts on. */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
  let value: unknown;
  try {
    value = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, json: false });
  } catch (e) {
    const error = e as { reason?: string; message: string; mark?: { line: number } };
    const reason = error.reason ?? error.message;
    const at = error.mark?.line ?? 0;
    // YAML indents with spaces only, and some of js-yaml's messages about a tab do not say so:
    // the hint names the last tab-indented line up to the error's, where the reading went wrong.
    const lines = text.split("\n");
    let tab = -1;
    for (let i = Math.min(at, lines.length - 1); i >= 0 && tab === -1; i--) if (/^ *\t/.test(lines[i]!)) tab = i;
    const line = lines[at] ?? "";
    // js-yaml names an invisible character only as "non-printable" or "not a valid JSON character".
    const control = firstControlCharacter(line);
    // js-yaml does not say which key; in block layout the line it stops at begins with it (in a
    // flow mapping, `{k: 1, k: 2}`, the line's first key may be another: then none is named).
    const duplicate = /duplicated mapping key/.test(reason) && !line.includes("{") ? KEY.exec(line)?.[2]?.replace(/^["']|["']$/g, "") : undefined;
    const message = duplicate !== undefined
      ? `${reason}: ${JSON.stringify(duplicate)} is given twice`
      : control
      ? `${reason} (this line holds an invisible control character, ${control}; delete it)`
      : tab === -1 || /\btab\b/.test(reason) ? reason : `${reason} (line ${tab + firstLine} is indented with a tab; YAML indents with spaces)`;
    return { value: undefined, lines: new Map(), errors: [{ line: at + firstLine, message }] };
  }
  return { value, lines: scanLines(text, firstLine), errors: [] };
}

const KEY = /^(\s*)(?:-\s+)?([^\s#'"\-[{][^:#]*?|"[^"]*"|'[^']*')\s*:(?:\s|$)/;
const ITEM = /^(\s*)-(?:\s|$)/;

function scanLines(text: string, firstLine: number): Map<string, number> {
  const lines = new Map<string, number>();
  const rows = text.split("\n");
  const rootIsList = rows.some((row) => ITEM.test(row) && !/^\s/.test(row)) && !rows.some((row) => /^[^\s#-][^:]*:/.test(row));
  let entry = -1;
  let entryIndent = 0;
  let key: string | undefined;
  let keyIndent = 0;
  let item = 0;
  rows.forEach((row, i) => {
    const line = i + firstLine;
    if (row.trim() === "" || /^\s*#/.test(row)) return;
    const indent = row.length - row.trimStart().length;
    if (rootIsList && indent === 0 && ITEM.test(row)) {
      entry++;
      lines.set(`${entry}`, line);
      key = undefined;
      const inner = KEY.exec(row);
      entryIndent = inner ? row.indexOf(inner[2]!) : 2;
      if (inner) setKey(unquote(inner[2]!), line, entryIndent);
      return;
    }
    const prefix = rootIsList ? `${entry}.` : "";
    const expected = rootIsList ? entryIndent : 0;
    const keyMatch = KEY.exec(row);
    if (keyMatch && indent === expected && !ITEM.test(row)) {
      setKey(unquote(keyMatch[2]!), line, indent, prefix);
      return;
    }
    if (key !== undefined && ITEM.test(row) && indent >= keyIndent) {
      lines.set(`${prefix}${key}.${item++}`, line);
    }
  });
  return lines;

  function setKey(name: string, line: number, indent: number, prefix = rootIsList ? `${entry}.` : "") {
    key = name;
    keyIndent = indent;
    item = 0;
    lines.set(`${prefix}${name}`, line);
  }
}

function unquote(key: string): string {
  return /^(["']).*\1$/.test(key) ? key.slice(1, -1) : key.trim();
}
