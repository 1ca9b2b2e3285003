// The URLs in HTML's attributes, rewritten: the path prefix on a body's raw HTML (markdown.ts),
// absolute URLs in feeds (views/feeds.ts). One reading of what a URL attribute is, for both.

/** Attributes whose value is a URL (srcset: a list of them, each with a descriptor). */
const URL_ATTRIBUTE = /(?<![\w-])(href|src|poster|action|srcset)=(?:"([^"]*)"|'([^']*)')/gi;

/**
 * Each URL in the href, src, poster, action and srcset attributes of the tags in `markup`, put
 * through `map` (undefined: kept as written). Only inside tags: text that reads `src="/x"`
 * (a code sample in a <pre>) is left alone.
 */
export function mapUrlAttributes(markup: string, map: (url: string) => string | undefined): string {
  if (!markup.includes("=")) return markup;
  return markup.replace(/<[a-zA-Z][^>]*>/g, (tag) =>
    tag.replace(URL_ATTRIBUTE, (whole, name: string, double: string | undefined, single: string | undefined) => {
      const value = double ?? single ?? "";
      const quote = double === undefined ? "'" : '"';
      const mapped =
        name.toLowerCase() === "srcset"
          ? // Candidates "url 2x, url 640w": each URL mapped, its descriptor kept.
            value.replace(/(^|,)(\s*)(\S+)/g, (_part, comma: string, space: string, url: string) => comma + space + (map(url) ?? url))
          : map(value);
      return mapped === undefined || mapped === value ? whole : `${name}=${quote}${mapped}${quote}`;
    }),
  );
}

/** A root-relative URL (`/places/kidal/`, not `//cdn…`) under the path prefix, unless already under it. */
export function prefixed(url: string, prefix: string): string {
  return url.startsWith("/") && !url.startsWith("//") && !url.startsWith(prefix) ? prefix + url.slice(1) : url;
}
