// A real XML parser for feeds and sitemaps: well-formedness first, then a plain object tree.
import { XMLParser, XMLValidator } from "fast-xml-parser";

/** Elements that may repeat, always given as arrays so tests index them without guessing. */
const REPEATED = new Set(["entry", "link", "category", "url", "sitemap", "author"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  // Keep every value a string: "2024" must not become a number, nor "true" a boolean.
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => REPEATED.has(name),
});

// Tests walk the tree by the names the formats define; a loose type keeps that readable.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type XmlNode = Record<string, any>;

/** Parses XML text; throws with the parser's message (line, column) when it is not well-formed. */
export function parseXml(text: string): XmlNode {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`);
  return parser.parse(text) as XmlNode;
}

/** The text of an element that may carry attributes (then the parser nests it under #text). */
export function text(node: unknown): string {
  if (typeof node === "string") return node;
  if (node && typeof node === "object" && "#text" in node) return String((node as Record<string, unknown>)["#text"]);
  return "";
}
