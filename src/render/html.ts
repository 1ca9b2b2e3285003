// An escaping tagged template: every interpolation is text unless it is already Html.
// Templates cannot forget to escape a title; they must opt in to raw markup with raw().

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Renderable = Html | string | number | boolean | null | undefined | readonly Renderable[];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

const SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
  // Most interpolated text (slugs, dates, names) has nothing to escape: skip the replace.
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]!) : text;
}

function render(value: Renderable): string {
  if (value instanceof Html) return value.value;
  if (value === null || value === undefined || value === false) return "";
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Renderable[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Markup produced by a trusted renderer (markdown-it, JSON-LD serialiser). */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no string can close the script. */
export function jsonForScript(data: unknown): Html {
  return new Html(JSON.stringify(data).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026"));
}
