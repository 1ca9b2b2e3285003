// Invisible control characters in an article's text: HTML counts them as parse errors and XML
// forbids most, and they come with pasted text (a bell from a terminal, U+0080-U+009F from a
// Windows-1252 document read as Latin-1, where U+0092 was an apostrophe). Pages and feeds leave
// them out; the editor is told where they were, since what was meant there is theirs to say.

/** C0 controls but tab, newline and return; DEL; the C1 controls. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** The first control character of a text, as U+XXXX; undefined when it has none. */
export function firstControlCharacter(text: string): string | undefined {
  CONTROL.lastIndex = 0;
  const found = CONTROL.exec(text)?.[0];
  return found === undefined ? undefined : codePoint(found);
}

/** The text without its control characters: what pages and feeds show of it. */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL, "");
}

function codePoint(c: string): string {
  return `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

export interface ControlCharacters {
  /** The text without them. */
  text: string;
  count: number;
  /** Line of the first, counted from `firstLine` (the text's own first line in its file). */
  line: number;
  /** The first, as U+XXXX. */
  first: string;
  /** Some are C1 controls: the mark of Windows-1252 text read as Latin-1. */
  c1: boolean;
}

export function findControlCharacters(text: string, firstLine: number): ControlCharacters | undefined {
  CONTROL.lastIndex = 0;
  const found = CONTROL.exec(text);
  if (!found) return undefined;
  let line = firstLine;
  for (let i = text.indexOf("\n"); i !== -1 && i < found.index; i = text.indexOf("\n", i + 1)) line++;
  const all = text.match(CONTROL)!;
  const first = codePoint(found[0]);
  return { text: text.replace(CONTROL, ""), count: all.length, line, first, c1: all.some((c) => c >= "\u0080") };
}

/** The warning's words: what was found and what became of it. */
export function controlCharactersMessage(found: ControlCharacters, subject = "the text"): { message: string; hint: string } {
  const what = found.count === 1 ? `an invisible control character (${found.first})` : `${found.count} invisible control characters (the first, ${found.first}, here)`;
  return {
    message: `${subject} holds ${what}; pages and feeds leave ${found.count === 1 ? "it" : "them"} out`,
    hint: `delete ${found.count === 1 ? "it" : "them"}; ${found.c1 ? "text pasted from a Windows-1252 document often brings these in place of quotes and dashes (U+0092 was ’)" : "pasted text often brings these"}`,
  };
}
