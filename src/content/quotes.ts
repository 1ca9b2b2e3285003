// Repairing quotation marks mangled by machine translation (« x » → ” x “), one paragraph at
// a time. Conservative: a paragraph whose marks are already consistent is left exactly as it
// is (French « x » stays French), and one whose marks cannot be paired is left alone too.

export interface QuoteFix {
  text: string;
  /** The paragraph was rewritten. */
  changed: boolean;
  /** A closing mark had no opening one; an opening mark was added at the start of its sentence. */
  addedOpening: boolean;
  /** The marks could not be paired; the paragraph is unchanged and needs a human. */
  unbalanced: boolean;
}

type Role = "open" | "close";
interface Mark {
  pos: number;
  role: Role;
  /** An opening mark the text lacked: inserted at pos, consumes no character. */
  added: boolean;
}

const MARK = /[“”«»]/g;
const OPENING_CHARS = new Set(["“", "«"]);
/** After these (or at the end) a mark can only close a quotation. */
const CLOSES_BEFORE = /[,.;:!?)\]…]/;
const SENTENCE_END = /[.!?…:]["”»’)]*\s+/g;

export function fixQuotes(paragraph: string): QuoteFix {
  const unchanged = (unbalanced: boolean): QuoteFix => ({ text: paragraph, changed: false, addedOpening: false, unbalanced });
  const positions = [...paragraph.matchAll(MARK)].map((m) => m.index);
  if (positions.length === 0) return unchanged(false);

  const marks: Mark[] = [];
  let open = false;
  for (const pos of positions) {
    const next = nextVisible(paragraph, pos + 1);
    const prev = prevVisible(paragraph, pos - 1);
    const role: Role = next === undefined || CLOSES_BEFORE.test(next) ? "close" : prev === undefined || /[([]/.test(prev) ? "open" : open ? "close" : "open";
    if (role === "open" && open) return unchanged(true);
    if (role === "close" && !open) {
      // The translation dropped the opening mark: the quotation starts with its sentence.
      const start = sentenceStart(paragraph, marks.at(-1)?.pos ?? -1, pos);
      if (start === undefined || marks.some((m) => m.added)) return unchanged(true);
      marks.push({ pos: start, role: "open", added: true });
    }
    marks.push({ pos, role, added: false });
    open = role === "open";
  }
  if (open) return unchanged(true);

  const messy = marks.some(
    (m) =>
      m.added ||
      OPENING_CHARS.has(paragraph[m.pos]!) !== (m.role === "open") ||
      // English marks hug the quotation; a space inside them is the translation's.
      (paragraph[m.pos] === "“" && /\s/.test(paragraph[m.pos + 1] ?? "")) ||
      (paragraph[m.pos] === "”" && /\s/.test(paragraph[m.pos - 1] ?? "")),
  );
  if (!messy) return unchanged(false);
  return { text: rewrite(paragraph, marks), changed: true, addedOpening: marks.some((m) => m.added), unbalanced: false };
}

/** Every mark becomes “ or ”, hugging the quotation, with one space on its outer side before a word. */
function rewrite(text: string, marks: readonly Mark[]): string {
  let out = "";
  let cursor = 0;
  for (const mark of marks) {
    let before = text.slice(cursor, mark.pos);
    if (mark.role === "close") before = before.trimEnd();
    out += before;
    if (mark.role === "open" && out !== "" && !/[\s([]$/.test(out)) out += " ";
    out += mark.role === "open" ? "“" : "”";
    cursor = mark.added ? mark.pos : mark.pos + 1;
    if (mark.role === "open") {
      while (cursor < text.length && /\s/.test(text[cursor]!)) cursor++;
    } else {
      const following = text[cursor + countSpaces(text, cursor)] ?? "";
      if (/[\p{L}\p{N}]/u.test(following)) {
        cursor += countSpaces(text, cursor);
        out += " ";
      } else if (/[,.;:!?]/.test(following)) cursor += countSpaces(text, cursor);
    }
  }
  return out + text.slice(cursor);
}

/** Where the sentence holding `pos` starts, after the mark at `after`; undefined if unclear. */
function sentenceStart(text: string, after: number, pos: number): number | undefined {
  let start: number | undefined = after < 0 ? 0 : undefined;
  for (const m of text.slice(0, pos).matchAll(SENTENCE_END)) {
    if (m.index > after) start = m.index + m[0].length;
  }
  if (start === undefined) return undefined;
  return start + countSpaces(text, start);
}

function countSpaces(text: string, from: number): number {
  let n = 0;
  while (from + n < text.length && /\s/.test(text[from + n]!)) n++;
  return n;
}

function nextVisible(text: string, from: number): string | undefined {
  for (let i = from; i < text.length; i++) if (!/\s/.test(text[i]!)) return text[i];
  return undefined;
}

function prevVisible(text: string, from: number): string | undefined {
  for (let i = from; i >= 0; i--) if (!/\s/.test(text[i]!)) return text[i];
  return undefined;
}
