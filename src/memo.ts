// Results of the per-file stages (validate, readBody) remembered by content hash, so a
// rebuild redoes only the files that changed. Pure: a Memo is an input and an output of the
// pipeline; the CLI keeps it in memory (serve) or on disk (build).
import { hash } from "node:crypto";
import type { IndexMemo } from "./archive/index.ts";
import type { FileEntry } from "./content/article-file.ts";
import type { FileStamp } from "./content/file-stamps.ts";
import type { NameIndex } from "./archive/names.ts";
import type { Diagnostic } from "./model/diagnostic.ts";

/** Bump when what a cached stage returns changes shape or meaning. */
export const MEMO_VERSION = 32;

export class Memo<V> {
  private readonly previous: ReadonlyMap<string, V>;
  private readonly current = new Map<string, V>();

  constructor(previous?: ReadonlyMap<string, V>) {
    this.previous = previous ?? new Map();
  }

  /** The value remembered under `key` (a `memoKey`), made now if there is none. */
  get(key: string, make: () => V): V {
    let value = this.current.get(key) ?? this.previous.get(key);
    if (value === undefined) value = make();
    this.current.set(key, value);
    return value;
  }

  has(key: string): boolean {
    return this.current.has(key) || this.previous.has(key);
  }

  /** A value made ahead of `get` (files read on two threads: content/read-articles.ts). */
  set(key: string, value: V): void {
    this.current.set(key, value);
  }

  /** Only what this run used: a deleted file's entry does not outlive it. */
  entries(): Map<string, V> {
    return this.current;
  }
}

export interface PipelineMemo {
  /** Per article file: its diagnostics, validated front matter and body facts. */
  files: Memo<FileEntry>;
  /** Per registry file: its diagnostics and name index (the places' YAML alone takes 0.1 s at 2,000). */
  registries: Memo<RegistryIndex>;
  /** The previous run's related lists and insight indexes, and what they were computed from. */
  index: IndexMemo | undefined;
  /** What the loader knew of each file (FileStamps), for a `build` after this one. */
  stamps: Map<string, FileStamp>;
}

/** A registry read: what buildNameIndex made of it, and every diagnostic on the way. */
export interface RegistryIndex {
  diagnostics: Diagnostic[];
  index: NameIndex;
}

export interface StoredMemo {
  files: Map<string, FileEntry>;
  registries: Map<string, RegistryIndex>;
  index: IndexMemo | undefined;
  stamps: Map<string, FileStamp>;
}

export function newPipelineMemo(previous?: StoredMemo): PipelineMemo {
  return { files: new Memo(previous?.files), registries: new Memo(previous?.registries), index: previous?.index, stamps: previous?.stamps ?? new Map() };
}

/** What the next run starts from: this run's entries only, so deleted files' go. */
export function storedMemo(memo: PipelineMemo): StoredMemo {
  return { files: memo.files.entries(), registries: memo.registries.entries(), index: memo.index, stamps: memo.stamps };
}

/** A memo key: the digest of everything a cached result depends on. */
export function memoKey(parts: readonly string[]): string {
  // One-shot: 10,000 files' keys on every build, ~2.5× faster than createHash's updates.
  return hash("sha1", `${MEMO_VERSION}\u0000${parts.join("\u0000")}`, "base64");
}

/** Whether two maps hold the same keys with the same values: how a remembered input is told
 *  unchanged (the related lists' inputs, the file stamps). */
export function sameEntries<V>(a: ReadonlyMap<string, V>, b: ReadonlyMap<string, V>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}
