// The shape of an article copied as plain text from a news site: a title line (often repeated
// as the next line), maybe a date line and a reading-time line ("2 min"), paragraphs separated
// by blank lines, and "Read also" lines glued to another article's title
// ("Read alsoMali: Kidal, a small town and an immense symbol").
import { matchKey } from "../model/slug.ts";
import { dateOfLine } from "./import-date.ts";
import { normalizeText } from "./front-matter.ts";

/** Text with the file line it starts on, so diagnostics can point into the plain-text file. */
export interface Located {
  text: string;
  line: number;
}

export type Block = ({ kind: "paragraph" } & Located) | ({ kind: "read-also" } & Located);

export interface PlainArticle {
  /** undefined when the file holds no text at all. */
  title: Located | undefined;
  /** A line holding only a date, among the first lines. */
  date: Located | undefined;
  /** Paragraphs and "Read also" titles, in order. */
  blocks: Block[];
}

/** Metadata lines come before the third paragraph of text, or not at all. */
const HEADER_BLOCKS = 4;
const READING_TIME = /^\d{1,3}\s*(?:min|mins|minutes?|mn)\.?(?:\s+(?:read|de lecture))?$/i;
/** The same phrases src/render/markdown.ts renders as a read-also box, glued or not to the title. */
const READ_ALSO = /^(?:read also|see also|lire aussi|à lire aussi|voir aussi)\s*[:：.\-–—]?\s*/i;

export function parsePlainText(raw: string): PlainArticle {
  const blocks = splitBlocks(normalizeText(raw));
  const first = blocks.shift();
  if (first === undefined) return { title: undefined, date: undefined, blocks: [] };
  const [titleLine, ...restLines] = first.text.split("\n");
  const title = { text: titleLine!.trim(), line: first.line };
  if (restLines.length > 0) blocks.unshift({ text: restLines.join("\n"), line: first.line + 1 });

  let date: Located | undefined;
  let titleSeen = false;
  let readingTimeSeen = false;
  /** Whether a line is one of the header's, each taken once: a second date or reading time is the text's. */
  const headerLine = (line: Located, titleToo: boolean): boolean => {
    if (titleToo && !titleSeen && matchKey(line.text) === matchKey(title.text)) {
      titleSeen = true;
      return true;
    }
    if (!readingTimeSeen && READING_TIME.test(line.text)) {
      readingTimeSeen = true;
      return true;
    }
    const found = date === undefined ? dateOfLine(line.text) : undefined;
    if (found === undefined) return false;
    date = { text: found, line: line.line };
    return true;
  };

  // The header is read a line at a time, blank lines between its lines or not: pages copied
  // from a site often stack the title, its repeat, the date and the reading time in one block.
  // Only whole lines are taken, so a paragraph that merely starts with a date stays whole.
  let header = 0;
  while (header < blocks.length) {
    const block = blocks[header]!;
    const lines = block.text.split("\n");
    let taken = 0;
    while (taken < lines.length && headerLine({ text: lines[taken]!, line: block.line + taken }, true)) taken++;
    if (taken === lines.length) {
      header++;
      continue;
    }
    if (taken > 0) blocks[header] = { text: lines.slice(taken).join("\n"), line: block.line + taken };
    break;
  }

  // After the first line of text, a reading time or date may still stand alone between the
  // first paragraphs (sites put it after the lede); a block of several lines there is text.
  const body: Block[] = [];
  blocks.forEach((block, i) => {
    if (i < header) return;
    if (i > header && i < HEADER_BLOCKS && !block.text.includes("\n") && headerLine(block, false)) return;
    body.push(...blocksOf(block));
  });
  return { title, date, blocks: body };
}

/** A block as a paragraph, one "Read also", or several "Read also" lines with no blank line
 *  between them (each naming its title on its own line). */
function blocksOf(block: Located): Block[] {
  const title = readAlsoTitle(block.text);
  if (title !== undefined) return [{ kind: "read-also", text: title, line: block.line }];
  const lines = block.text.split("\n");
  const titles = lines.map(readAlsoTitle);
  if (lines.length > 1 && titles.every((t) => t !== undefined)) return titles.map((t, i) => ({ kind: "read-also", text: t!, line: block.line + i }));
  return [{ kind: "paragraph", text: block.text, line: block.line }];
}

/** The title a "Read also" block names: one line, or "Read also" alone with the title on the next line. */
function readAlsoTitle(text: string): string | undefined {
  const lines = text.split("\n");
  const head = READ_ALSO.exec(lines[0]!);
  if (!head) return undefined;
  const sameLine = lines[0]!.slice(head[0].length).trim();
  if (lines.length === 1 && sameLine !== "") return sameLine;
  if (lines.length === 2 && sameLine === "" && lines[1]!.trim() !== "") return lines[1]!.trim();
  return undefined;
}

/** Blocks of non-blank lines; runs of blank lines separate them. Trailing spaces are dropped. */
function splitBlocks(text: string): Located[] {
  const blocks: Located[] = [];
  let current: string[] = [];
  let start = 0;
  text.split("\n").forEach((row, i) => {
    const line = row.replace(/\s+$/, "");
    if (line.trim() === "") {
      if (current.length > 0) blocks.push({ text: current.join("\n"), line: start });
      current = [];
      return;
    }
    if (current.length === 0) start = i + 1;
    current.push(line);
  });
  if (current.length > 0) blocks.push({ text: current.join("\n"), line: start });
  return blocks;
}
