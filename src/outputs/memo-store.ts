// The pipeline memo on disk, beside the spare tree: what lets a second `build` redo only
// the articles that changed. A missing, old or unreadable file is simply no memo.
//
// The per-file entries and stamps are plain data and go as JSON inside the v8-serialized
// file: at 10k articles JSON.parse reads them in ~110 ms where v8's deserialize took
// ~210 ms. The entries are cut into SHARDS by key, and a shard whose entries are the very
// ones loaded is written back as the text it was read from: a rebuild after one edit
// stringifies one or two shards, not 10,000 entries. The index memo goes as JSON too, its Maps as
// lists of pairs (index-memo-json.ts); the registries' name indexes stay v8.
import { readFile, writeFile, rename } from "node:fs/promises";
import { deserialize, serialize } from "node:v8";
import { storedEntry, type FileEntry } from "../content/article-file.ts";
import type { FileStamp } from "../content/file-stamps.ts";
import { indexMemoFromJson, indexMemoToJson } from "./index-memo-json.ts";
import { DATE_FORMATS_VERSION, formattedDates, rememberFormattedDates } from "../render/dates.ts";
import { MEMO_VERSION, newPipelineMemo, storedMemo, type PipelineMemo, type StoredMemo } from "../memo.ts";

const SHARDS = 32;

interface Stored extends Omit<StoredMemo, "files" | "stamps" | "index"> {
  version: number;
  /** Dates as the pages show them, made by luxon under `version` (render/dates.ts). */
  dates: { version: string; entries: string };
  /** indexMemoToJson. */
  index: string;
  /** Per shard, JSON of its files' [key, entry] pairs. */
  files: string[];
  /** JSON of the stamps' [path, stamp] pairs. */
  stamps: string;
}

/** What was loaded: each shard's text and size, and every entry, to tell which shards changed. */
const loadedShards = new WeakMap<PipelineMemo, { shards: { text: string; size: number }[]; entries: Map<string, FileEntry> }>();

function shardOf(key: string): number {
  return key.charCodeAt(0) % SHARDS;
}

export async function loadMemo(file: string): Promise<PipelineMemo> {
  try {
    const stored = deserialize(await readFile(file)) as Stored;
    if (stored.version !== MEMO_VERSION || stored.files.length !== SHARDS) return newPipelineMemo();
    const entries = new Map<string, FileEntry>();
    const shards = stored.files.map((text) => {
      const pairs = JSON.parse(text) as [string, FileEntry][];
      for (const [key, entry] of pairs) entries.set(key, entry);
      return { text, size: pairs.length };
    });
    const memo = newPipelineMemo({
      registries: stored.registries,
      files: entries,
      index: indexMemoFromJson(stored.index),
      stamps: new Map(JSON.parse(stored.stamps) as [string, FileStamp][]),
    });
    loadedShards.set(memo, { shards, entries });
    if (stored.dates.version === DATE_FORMATS_VERSION) rememberFormattedDates(JSON.parse(stored.dates.entries) as [string, string][]);
    return memo;
  } catch {
    return newPipelineMemo();
  }
}

export async function saveMemo(file: string, memo: PipelineMemo): Promise<void> {
  const { files, stamps, index, ...rest } = storedMemo(memo);
  const byShard = Array.from({ length: SHARDS }, () => [] as [string, FileEntry][]);
  for (const pair of files) byShard[shardOf(pair[0])]!.push(pair);
  const loaded = loadedShards.get(memo);
  const stored: Stored = {
    version: MEMO_VERSION,
    ...rest,
    files: byShard.map((pairs, i) => {
      const before = loaded?.shards[i];
      if (before && before.size === pairs.length && pairs.every(([key, entry]) => loaded!.entries.get(key) === entry)) return before.text;
      return JSON.stringify(pairs.map(([key, entry]) => [key, storedEntry(entry)]));
    }),
    stamps: JSON.stringify([...stamps]),
    index: indexMemoToJson(index),
    dates: { version: DATE_FORMATS_VERSION, entries: JSON.stringify(formattedDates()) },
  };
  await writeFile(`${file}.tmp`, serialize(stored));
  await rename(`${file}.tmp`, file);
}
