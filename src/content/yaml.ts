// YAML parsed with the 1.2 core schema, so `2024-07-23` stays a string until luxon reads it,
// and with the line of every key and list item, so diagnostics can point at it.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";

export interface ParsedYaml {
  /** Raw data: unknown until a schema has validated it. */
  value: unknown;
  /** Line (1-based, in the file) of "key", "key.index", "index.key" paths. */
  lines: ReadonlyMap<string, number>;
  errors: { line: number; message: string }[];
}

/** `firstLine` is the file line the YAML text starts on (front matter starts after `---`). */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { schema: "core", lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const errors = doc.errors.map((e) => ({
    line: lineAt(e.pos[0]),
    message: firstSentence(e.message),
  }));
  if (errors.length > 0) return { value: undefined, lines: new Map(), errors };
  const lines = new Map<string, number>();
  collectLines(doc.contents, "", lines, lineAt, 0);
  return { value: doc.toJS({ maxAliasCount: 100 }), lines, errors };
}

function collectLines(
  node: unknown,
  prefix: string,
  lines: Map<string, number>,
  lineAt: (offset: number) => number,
  depth: number,
): void {
  if (depth > 3) return;
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      const range = (pair.key as Node | null)?.range;
      if (key === undefined || !range) continue;
      const path = prefix + key;
      lines.set(path, lineAt(range[0]));
      collectLines(pair.value, path + ".", lines, lineAt, depth + 1);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const range = (item as Node | null)?.range;
      if (!range) return;
      const path = prefix + index;
      lines.set(path, lineAt(range[0]));
      collectLines(item, path + ".", lines, lineAt, depth + 1);
    });
  }
}

function firstSentence(message: string): string {
  const line = message.split("\n")[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, "").trim();
}
