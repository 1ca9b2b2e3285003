// A name or title written one way, shown inside text running the other way ("Places: تين زاواتين,
// Kidal"), takes the neutral characters beside it into its own order: the comma, a count or a
// date after it jump to its far side (UAX #9's "spill-over"). Isolated, it is laid out as one
// unit. Only text that needs it is isolated, so a site whose names are all written its own way
// gets the markup it always had.
import { html, type Html } from "./html.ts";
import { RTL_SCRIPTS, type Direction } from "../model/language-direction.ts";
import { BIDI_CONTROL } from "../content/bidi-controls.ts";

// A script newer than the engine's Unicode (Garay, 16, on an older Node) would make the whole
// pattern a SyntaxError: such a script's letters are simply not seen.
const rtlScripts = RTL_SCRIPTS.filter(named).map((s) => `\\p{sc=${s}}`).join("");
/** Letters of right-to-left scripts, RLM and ALM; letters of every other script, and LRM. */
const STRONG: Record<Direction, RegExp> = {
  rtl: new RegExp(`[[\\p{L}&&[${rtlScripts}]]\\u200F\\u061C]`, "v"),
  ltr: new RegExp(`[[\\p{L}--[${rtlScripts}]]\\u200E]`, "v"),
};

const opposite = (d: Direction): Direction => (d === "ltr" ? "rtl" : "ltr");

function named(script: string): boolean {
  try {
    return new RegExp(`\\p{sc=${script}}`, "u") instanceof RegExp;
  } catch {
    return false;
  }
}

/** Whether `text`, shown inside running text of direction `around`, must be isolated from it. */
// Direction controls isolate too: even balanced, they act on the neutral characters around them.
export function needsIsolation(text: string, around: Direction): boolean {
  return STRONG[opposite(around)].test(text) || BIDI_CONTROL.test(text);
}

/**
 * For markup: the text in a <bdi> when it needs isolating, else as it is. `own`: its direction
 * where known (an article's title, from its language); else the browser takes the direction of
 * its first letter, as it does for <bdi> (HTML's dir=auto).
 */
export function isolate(text: string, around: Direction, own?: Direction): Html | string {
  if (!needsIsolation(text, around)) return text;
  return own === undefined ? html`<bdi>${text}</bdi>` : html`<bdi dir="${own}">${text}</bdi>`;
}

/** FIRST STRONG, LEFT-TO-RIGHT and RIGHT-TO-LEFT ISOLATE; POP DIRECTIONAL ISOLATE. */
const OPEN = { auto: "\u2068", ltr: "\u2066", rtl: "\u2067" } as const;
const CLOSE = "\u2069";

/**
 * For plain text a person reads where markup cannot go (the document's <title>, a tooltip, an
 * aria-label): the same isolation as Unicode marks around the text (FSI, or LRI/RLI, … PDI).
 * Never for text programs read (JSON-LD, feed fields, og:title): a value alone there has
 * nothing to spill into, and invisible marks would break its comparison with the page's text.
 */
export function isolateText(text: string, around: Direction, own?: Direction): string {
  if (!needsIsolation(text, around)) return text;
  return `${OPEN[own ?? "auto"]}${text}${CLOSE}`;
}
