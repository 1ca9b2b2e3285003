// Dictionary strings with {placeholders}: a sentence is translated whole, its punctuation with it
// (French writes "Source : AFP", English "Source: AFP"), never a label with ": " added in code.
import { html, type Html, type Renderable } from "../html.ts";

const PLACEHOLDER = /\{(\w+)\}/g;

function pieces<T>(template: string, values: Record<string, T>, text: (words: string) => T): T[] {
  const out: T[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const value = values[match[1]!];
    // A placeholder this call has no value for is a mistake in the code: shown, not hidden.
    if (value === undefined) throw new Error(`no value for {${match[1]}} in ${JSON.stringify(template)}`);
    out.push(text(template.slice(last, match.index)), value);
    last = match.index + match[0].length;
  }
  out.push(text(template.slice(last)));
  return out;
}

/** A dictionary string as plain text (titles, feed subtitles, summaries). */
export function fill(template: string, values: Record<string, string>): string {
  return pieces<string>(template, values, (words) => words).join("");
}

/** A dictionary string as markup: its words and text values escaped, Html values (links) kept. */
export function fillHtml(template: string, values: Record<string, Renderable>): Html {
  return html`${pieces<Renderable>(template, values, (words) => words)}`;
}
