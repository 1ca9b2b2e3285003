// An article body's rendered HTML as the plain text a reader sees: what search indexes.
// From the final HTML rather than the Markdown tokens, so a `[[slug]]` link reads as the
// title it shows on the page, not as its slug.

/** The "Read also" box the Markdown renderer draws (src/render/markdown.ts): navigation, not text. */
const READ_ALSO_BOX = /<aside class="read-also-box"[^>]*>[\s\S]*?<\/aside>/g;
/** Elements whose content is never text: scripts and styles a trusted editor embedded (allow_html). */
const NOT_TEXT = /<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** Tags that end a block of text: replaced by a line break so words on either side stay apart. */
const BLOCK_TAG = /<\/?(?:p|div|h[1-6]|li|ul|ol|blockquote|pre|table|tr|td|th|br|hr|figure|figcaption|aside|section|dl|dt|dd)\b[^>]*>/gi;
const TAG = /<[^>]*>/g;
const COMMENT = /<!--[\s\S]*?-->/g;

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

export function htmlToText(html: string): string {
  // White space in HTML source is one space wherever it stands; only block tags end a line.
  const text = html.replace(COMMENT, "").replace(READ_ALSO_BOX, " ").replace(NOT_TEXT, " ").replace(/\s+/g, " ").replace(BLOCK_TAG, "\n").replace(TAG, "");
  return decodeEntities(text)
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

/** Markdown-it writes only &amp; &lt; &gt; &quot;; editors' own HTML may hold any numeric reference
 * and the common named ones. An unknown name stays as written rather than being guessed.
 * Also read by the feeds, for the URL an attribute value holds. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}
