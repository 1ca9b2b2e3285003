// Unicode's explicit direction controls in a title or a name (front matter, registries). Balanced,
// they are the editor's (a Hebrew title quoting English, say) and stay. One left open reorders
// more than its own text: an unclosed RIGHT-TO-LEFT OVERRIDE in a place's name, shown in a list
// of places, reverses the names after it; a closer with nothing to close ends an isolation the
// page put around the text. Pages isolate names and titles anyway (render/bidi-isolation.ts), but
// feeds and the data exports carry the text as it is: it is mended here, once, and the editor
// told, as with control characters (control-characters.ts).

/** Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI). */
export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

const NAMES: Record<string, string> = {
  "\u202A": "LEFT-TO-RIGHT EMBEDDING",
  "\u202B": "RIGHT-TO-LEFT EMBEDDING",
  "\u202C": "POP DIRECTIONAL FORMATTING",
  "\u202D": "LEFT-TO-RIGHT OVERRIDE",
  "\u202E": "RIGHT-TO-LEFT OVERRIDE",
  "\u2066": "LEFT-TO-RIGHT ISOLATE",
  "\u2067": "RIGHT-TO-LEFT ISOLATE",
  "\u2068": "FIRST STRONG ISOLATE",
  "\u2069": "POP DIRECTIONAL ISOLATE",
};
const PDF = "\u202C";
const PDI = "\u2069";

export interface BidiControls {
  /** The text with its open controls closed at its end, and closers that closed nothing left out. */
  text: string;
  /** The openers left open, first opened first, as "U+202E RIGHT-TO-LEFT OVERRIDE". */
  unclosed: string[];
  /** The closers that closed nothing, in order. */
  stray: string[];
}

/** What is unbalanced in a text, by UAX #9's pairing (X1-X8); undefined when nothing is. */
export function balanceBidiControls(text: string): BidiControls | undefined {
  if (!BIDI_CONTROL.test(text)) return undefined;
  const open: string[] = [];
  const stray: string[] = [];
  let kept = "";
  for (const c of text) {
    if (c === PDF) {
      // Closes the last embedding or override, but never across an isolate (X7).
      const last = open.at(-1);
      if (last === undefined || isIsolate(last)) {
        stray.push(c);
        continue;
      }
      open.pop();
    } else if (c === PDI) {
      // Closes the last isolate and whatever was opened inside it (X6a).
      let at = open.length - 1;
      while (at >= 0 && !isIsolate(open[at]!)) at--;
      if (at === -1) {
        stray.push(c);
        continue;
      }
      open.length = at;
    } else if (c in NAMES) open.push(c);
    kept += c;
  }
  if (open.length === 0 && stray.length === 0) return undefined;
  const closers = [...open].reverse().map((c) => (isIsolate(c) ? PDI : PDF)).join("");
  return { text: kept + closers, unclosed: open.map(described), stray: stray.map(described) };
}

/** The warning's words: what was found and what became of it. */
export function bidiControlsMessage(found: BidiControls, subject: string): { message: string; hint: string } {
  const parts: string[] = [];
  if (found.unclosed.length) parts.push(`${list(found.unclosed)} never closed; pages and feeds close ${found.unclosed.length === 1 ? "it" : "them"} where the text ends`);
  if (found.stray.length) parts.push(`${list(found.stray)} with nothing to close; pages and feeds leave ${found.stray.length === 1 ? "it" : "them"} out`);
  return {
    message: `${subject} holds ${parts.join(", and ")}`,
    hint: found.unclosed.length
      ? "close each where the text it turns ends (U+202C after an embedding or override, U+2069 after an isolate), or delete it: left open, it would reorder the text shown after it"
      : "delete it",
  };
}

function isIsolate(c: string): boolean {
  return c >= "\u2066" && c <= "\u2068";
}

function described(c: string): string {
  return `U+${c.charCodeAt(0).toString(16).toUpperCase()} ${NAMES[c]}`;
}

function list(items: readonly string[]): string {
  return items.length === 1 ? `a ${items[0]}` : `${items.length} direction controls (${items.join(", ")})`;
}
