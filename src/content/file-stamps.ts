// What a `build` knows of a file from the last build without reading it: its size, times and
// inode, and the digest of the bytes it had then. A file whose stat is unchanged is not read
// again: its memo entry is found by that digest, and its text is read only if a stage asks
// (a memo miss, or a page showing its body). Like git's index, a file changed within
// RACY_MS of a build is not trusted next time: the clock may not have moved between
// two writes, so its stat could stay the same while its bytes did not.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Scanned, StatFields } from "./archive-scan.ts";

/**
 * A file as the last build saw it: `size mtimeMs ctimeMs ino digest` in one string (see
 * statPart). ctime is set by the system on every write, and no tool can set it back (unlike
 * mtime). One string, not an object: 10,000 of them load and save with the memo on every build.
 */
export type FileStamp = string;

/** The stat part of a stamp, which a file's current stat must match for its digest to be trusted. */
function statPart(stats: StatFields): string {
  return `${stats.size} ${stats.mtimeMs} ${stats.ctimeMs} ${stats.ino} `;
}

export interface FileStamps {
  /** The last build's, by absolute path. */
  previous: ReadonlyMap<string, FileStamp>;
  /** This build's: every file read or trusted, except those changed too recently to trust. */
  current: Map<string, FileStamp>;
  /** When this load started (ms since the epoch): no earlier than any stat it uses. */
  started: number;
  /** The article files and every file's stat, asked for before the load (scanInWorker). */
  prefetched: Scanned | undefined;
}

const RACY_MS = 2000;

export function newFileStamps(previous: ReadonlyMap<string, FileStamp> = new Map(), started = Date.now(), prefetched?: Scanned): FileStamps {
  return { previous, current: new Map(), started, prefetched };
}

export function bytesDigest(bytes: Buffer): string {
  return createHash("sha1").update(bytes).digest("base64");
}

/** The digest the last build had for this file, if its stat says it is unchanged. */
export function trustedDigest(stamps: FileStamps, abs: string, stats: StatFields): string | undefined {
  const known = stamps.previous.get(abs);
  const part = statPart(stats);
  if (known === undefined || !known.startsWith(part)) return undefined;
  // The same stamp as before: kept as the very string, so an unchanged archive's stamps are
  // the loaded ones and the memo writes their text back as it was.
  if (!racy(stamps, stats)) stamps.current.set(abs, known);
  return known.slice(part.length);
}

export function remember(stamps: FileStamps, abs: string, stats: StatFields, digest: string): void {
  if (!racy(stamps, stats)) stamps.current.set(abs, statPart(stats) + digest);
}

function racy(stamps: FileStamps, stats: StatFields): boolean {
  return Math.max(stats.mtimeMs, stats.ctimeMs) >= stamps.started - RACY_MS;
}

/** The bytes of a trusted file, read when first asked for; they must still be what the digest says. */
export function readTrusted(abs: string, digest: string, display: string): Buffer {
  const bytes = readFileSync(abs);
  if (bytesDigest(bytes) !== digest) throw new Error(`${display} changed while news-archive was building; build again`);
  return bytes;
}
