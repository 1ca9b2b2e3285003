// Shared wording for "expected X, got Y" so every schema speaks the same way to editors.
import { distance } from "fastest-levenshtein";

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return value.trim() === "" ? "an empty string" : "a string";
  // The number itself: "got 0" says what to change, "got a number" did not.
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "object") return "a mapping";
  return typeof value;
}

/**
 * A key as an editor can recognise it. js-yaml turns a mapping used as a key (`? {a: 1}`)
 * into the string "[object Object]", which must never reach a message.
 */
export function keyText(key: string): string {
  return key === "[object Object]" ? "(a mapping used as a key)" : key;
}

/** Up to `max` candidates close to `word` (edit distance relative to length), closest first. */
export function closest(word: string, candidates: Iterable<string>, max = 3): string[] {
  const w = word.toLowerCase();
  const limit = Math.max(2, Math.floor(w.length / 3));
  const scored: [number, string][] = [];
  for (const c of candidates) {
    const d = distance(w, c.toLowerCase());
    const prefix = c.toLowerCase().startsWith(w) || w.startsWith(c.toLowerCase());
    if (d <= limit || (prefix && Math.min(w.length, c.length) >= 3)) scored.push([d, c]);
  }
  scored.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return [...new Set(scored.map(([, c]) => c))].slice(0, max);
}

/** `did you mean "a" or "b"?`, or undefined when nothing is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const found = closest(word, candidates);
  if (found.length === 0) return undefined;
  return `did you mean ${found.map((c) => JSON.stringify(c)).join(" or ")}?`;
}
