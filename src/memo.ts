// Results of the per-file stages (validate, readBody) remembered by content hash, so a
// rebuild redoes only the files that changed. Pure: a Memo is an input and an output of the
// pipeline; the CLI keeps it in memory (serve) or on disk (build).
import { createHash } from "node:crypto";

/** Bump when what a cached stage returns changes shape or meaning. */
export const MEMO_VERSION = 2;

export class Memo<V> {
  private readonly previous: ReadonlyMap<string, V>;
  private readonly current = new Map<string, V>();

  constructor(previous?: ReadonlyMap<string, V>) {
    this.previous = previous ?? new Map();
  }

  get(parts: readonly string[], make: () => V): V {
    const key = digest(parts);
    let value = this.current.get(key) ?? this.previous.get(key);
    if (value === undefined) value = make();
    this.current.set(key, value);
    return value;
  }

  /** Only what this run used: a deleted file's entry does not outlive it. */
  entries(): Map<string, V> {
    return this.current;
  }
}

export interface PipelineMemo {
  /** Per article file: its diagnostics, validated front matter and body facts. */
  files: Memo<unknown>;
}

export function newPipelineMemo(previous?: { files: Map<string, unknown> }): PipelineMemo {
  return { files: new Memo(previous?.files) };
}

function digest(parts: readonly string[]): string {
  const hash = createHash("sha1");
  hash.update(String(MEMO_VERSION));
  for (const part of parts) hash.update("\u0000").update(part);
  return hash.digest("base64");
}
