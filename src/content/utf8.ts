// Article and import files are UTF-8: bytes that are not are told with the line they are on.

/** The text of UTF-8 bytes, or the line of the first byte that is not UTF-8. */
export function decodeUtf8(bytes: Buffer): string | { line: number; lossy: string } {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const lossy = new TextDecoder("utf-8").decode(bytes);
    const bad = lossy.indexOf("\uFFFD");
    return { line: lossy.slice(0, Math.max(0, bad)).split("\n").length, lossy };
  }
}
