// XML text for feeds and sitemaps: escaped, and only characters XML 1.0 allows.

// XML 1.0 §2.2: C0 controls other than tab, newline and return, lone surrogates and
// U+FFFE/U+FFFF make a document ill-formed; a stray one in an article would break the whole feed.
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

// Anything escapeXml would change: most text (URLs, dates, names) has none of it.
const TOUCHED = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text or attribute value: `&`, `<`, `>` (so `]]>` cannot appear) and both quotes escaped. */
export function escapeXml(text: string): string {
  if (!TOUCHED.test(text)) return text;
  return text.replace(NOT_XML_CHAR, "").replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** `<name attr="…">text</name>`, or nothing when the text is undefined. */
export function element(name: string, text: string | undefined, attributes: Record<string, string | undefined> = {}): string {
  if (text === undefined) return "";
  return `<${name}${attrs(attributes)}>${escapeXml(text)}</${name}>`;
}

/** `<name attr="…"/>`, attributes left out when undefined. */
export function emptyElement(name: string, attributes: Record<string, string | undefined>): string {
  return `<${name}${attrs(attributes)}/>`;
}

function attrs(attributes: Record<string, string | undefined>): string {
  let out = "";
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) out += ` ${key}="${escapeXml(value)}"`;
  return out;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n';
