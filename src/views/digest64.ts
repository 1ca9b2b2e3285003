// 64-bit digests of lists, for page fingerprints: a build fingerprints some 50,000 lists of
// articles (280,000 articles named, at 10k), and joining their sha1 tokens as text to hash
// that took ~0.3 s. 64 bits are plenty to tell a page's inputs from its previous ones (a
// fingerprint is compared with one other, never looked up among many); nothing here is meant
// to resist a crafted collision. Long texts are still for sha1: a loop over characters here
// is slower than the native hash (measured on the exports' 12 MB).

/**
 * A text (an article's sha1 token) as two 32-bit lanes for listDigest: two FNV-1a streams with
 * different primes, finalized and mixed with each other. Each step is a bijection of a
 * lane's state, so two texts differing in one character always differ.
 */
export function textLanes(text: string): [number, number] {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x2f6b3a1d | 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  // Past any char code (0xffff): the length ends the text.
  h1 = Math.imul(h1 ^ (0x10000 + text.length), 0x01000193);
  h2 = Math.imul(h2 ^ (0x10000 + text.length), 0x5bd1e995);
  const a = fmix((h1 + Math.imul(h2, 0x27d4eb2d)) | 0);
  return [a, fmix((h2 ^ a) | 0)];
}

/**
 * A list, in order, as one digest: each item's two lanes (looked up by `at` in `lanesOf`,
 * item i at 2i and 2i + 1) mixed as MurmurHash3's 128-bit x86 variant mixes its blocks, cut to
 * two 32-bit lanes.
 */
export function listDigest<T>(items: readonly T[], at: (item: T) => number, lanesOf: Int32Array): string {
  let h1 = 0x9e3779b9 ^ items.length;
  let h2 = 0x85ebca6b ^ Math.imul(items.length, 0xc2b2ae35);
  for (let k = 0; k < items.length; k++) {
    const i = at(items[k]!);
    let k1 = Math.imul(lanesOf[2 * i]!, 0x239b961b);
    k1 = Math.imul((k1 << 15) | (k1 >>> 17), 0xab0e9789);
    h1 ^= k1;
    h1 = (h1 << 19) | (h1 >>> 13);
    h1 = (h1 + h2) | 0;
    h1 = (Math.imul(h1, 5) + 0x561ccd1b) | 0;
    let k2 = Math.imul(lanesOf[2 * i + 1]!, 0xab0e9789);
    k2 = Math.imul((k2 << 16) | (k2 >>> 16), 0x38b34ae5);
    h2 ^= k2;
    h2 = (h2 << 17) | (h2 >>> 15);
    h2 = (h2 + h1) | 0;
    h2 = (Math.imul(h2, 5) + 0x0bcaa747) | 0;
  }
  h1 = fmix((h1 + h2) | 0);
  h2 = fmix((h2 + h1) | 0);
  return text64(h1, h2);
}

/**
 * The 64 bits as five characters of 13 bits each, from U+0100 (no control characters, no
 * surrogates: the text goes through UTF-8 into sha1). It is only ever hashed, never shown;
 * base 36 took ~40 ms of a build for the 50,000 lists.
 */
function text64(h1: number, h2: number): string {
  const at = (bits: number) => 0x100 + (bits & 0x1fff);
  return String.fromCharCode(at(h1), at(h1 >>> 13), at((h1 >>> 26) | (h2 << 6)), at(h2 >>> 7), at(h2 >>> 20));
}

/** MurmurHash3's finalizer: every input bit reaches every output bit. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
