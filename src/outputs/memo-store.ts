// The pipeline memo on disk, beside the spare tree: what lets a second `build` redo only
// the articles that changed. A missing, old or unreadable file is simply no memo.
//
// The file is the sections, then a line of JSON naming them and their lengths in bytes (last,
// so each section is written as it is made): the per-file entries as JSON cut into SHARDS by
// key, the stamps, the index memo (its Maps as lists of pairs, index-memo-json.ts) and the
// formatted dates as JSON, and the registries' name indexes v8-serialized. JSON.parse reads
// entries ~2× faster than v8's deserialize; and sections as bytes spare the copy a v8
// envelope of 23 MB of strings costs each way. A section made of the very values loaded (a
// shard of unchanged entries, the stamps of an unchanged archive) is written back as read.
import { open, readFile, rename } from "node:fs/promises";
import { deserialize, serialize } from "node:v8";
import { storedEntry, type FileEntry } from "../content/article-file.ts";
import type { FileStamp } from "../content/file-stamps.ts";
import { indexMemoFromJson, indexMemoToJson } from "./index-memo-json.ts";
import { DATE_FORMATS_VERSION, formattedDates, rememberFormattedDates } from "../render/dates.ts";
import { MEMO_VERSION, newPipelineMemo, sameEntries, storedMemo, type PipelineMemo, type RegistryIndex } from "../memo.ts";
import type { IndexMemo } from "../archive/index.ts";

const SHARDS = 32;
const FORMAT = "news-archive memo";

interface Header {
  format: typeof FORMAT;
  version: number;
  /** The code and the Intl data that made the memo (cli/build.ts): a memo made by another
   *  version is not used, whether or not MEMO_VERSION was bumped with the change. */
  madeBy: string;
  /** The luxon, ICU and tz data the dates section was formatted with (render/dates.ts). */
  datesVersion: string;
  /** Section name → length in bytes, in file order. */
  sections: [string, number][];
}

/** What was loaded: each section's bytes (off the JS heap: 14 MB of strings kept for the
 *  whole build cost the collector copying them), and the values it held, to tell which changed. */
interface Loaded {
  shards: { bytes: Buffer; size: number }[];
  entries: Map<string, FileEntry>;
  stamps: { bytes: Buffer; values: ReadonlyMap<string, FileStamp> } | undefined;
  index: { bytes: Buffer; value: IndexMemo | undefined };
}
const loadedSections = new WeakMap<PipelineMemo, Loaded>();

function shardOf(key: string): number {
  return key.charCodeAt(0) % SHARDS;
}

/** The sections of a memo file, by name: text, or bytes for the registries. For tests too.
 *  The header is the file's last line, so sections can be written as they are made. */
export function readSections(bytes: Buffer): { header: Header; text: (name: string) => string; bytes: (name: string) => Buffer } | undefined {
  if (bytes.length < 2 || bytes[bytes.length - 1] !== 10) return undefined;
  // JSON.stringify writes no raw newline: the header's line starts after the last one before it.
  const start = bytes.lastIndexOf(10, bytes.length - 2) + 1;
  const header = JSON.parse(bytes.toString("utf8", start, bytes.length - 1)) as Header;
  if (header.format !== FORMAT) return undefined;
  const where = new Map<string, [number, number]>();
  let at = 0;
  for (const [name, length] of header.sections) {
    where.set(name, [at, at + length]);
    at += length;
  }
  if (at !== start - 1) return undefined;
  const range = (name: string): [number, number] => {
    const found = where.get(name);
    if (!found) throw new Error(`no section ${name}`);
    return found;
  };
  return { header, text: (name) => bytes.toString("utf8", ...range(name)), bytes: (name) => bytes.subarray(...range(name)) };
}

/**
 * A memo file as the bytes to write, in order: each section made only when the one before is
 * taken (at 100k articles the entries are ~150 MB of JSON: one shard in memory at a time),
 * then a newline and the header. For tests too.
 */
export function* writeSections(header: Omit<Header, "format" | "sections">, sections: Iterable<[string, () => string | Buffer]>): Generator<Buffer> {
  const lengths: [string, number][] = [];
  for (const [name, make] of sections) {
    const made = make();
    const bytes = typeof made === "string" ? Buffer.from(made, "utf8") : made;
    lengths.push([name, bytes.length]);
    yield bytes;
  }
  const full: Header = { format: FORMAT, ...header, sections: lengths };
  yield Buffer.from(`\n${JSON.stringify(full)}\n`, "utf8");
}

export async function loadMemo(file: string, madeBy: string): Promise<PipelineMemo> {
  try {
    const read = readSections(await readFile(file));
    if (!read || read.header.version !== MEMO_VERSION || read.header.madeBy !== madeBy) return newPipelineMemo();
    const entries = new Map<string, FileEntry>();
    const shards = Array.from({ length: SHARDS }, (_, i) => {
      const pairs = JSON.parse(read.text(`files.${i}`)) as [string, FileEntry][];
      for (const [key, entry] of pairs) entries.set(key, entry);
      return { bytes: read.bytes(`files.${i}`), size: pairs.length };
    });
    const stamps = new Map(JSON.parse(read.text("stamps")) as [string, FileStamp][]);
    // A stamp is trusted to skip reading a file: one of another shape is no stamp at all.
    for (const stamp of stamps.values()) if (typeof stamp !== "string") return newPipelineMemo();
    const index = indexMemoFromJson(read.text("index"));
    const memo = newPipelineMemo({ registries: deserialize(read.bytes("registries")) as Map<string, RegistryIndex>, files: entries, index, stamps });
    loadedSections.set(memo, { shards, entries, stamps: { bytes: read.bytes("stamps"), values: stamps }, index: { bytes: read.bytes("index"), value: index } });
    if (read.header.datesVersion === DATE_FORMATS_VERSION) rememberFormattedDates(JSON.parse(read.text("dates")) as [string, string][]);
    return memo;
  } catch {
    return newPipelineMemo();
  }
}

export async function saveMemo(file: string, memo: PipelineMemo, madeBy: string): Promise<void> {
  const { files, stamps, index, registries } = storedMemo(memo);
  const byShard = Array.from({ length: SHARDS }, () => [] as [string, FileEntry][]);
  for (const pair of files) byShard[shardOf(pair[0])]!.push(pair);
  const loaded = loadedSections.get(memo);
  const shard = (pairs: [string, FileEntry][], i: number) => (): string | Buffer => {
    const before = loaded?.shards[i];
    if (before && before.size === pairs.length && pairs.every(([key, entry]) => loaded!.entries.get(key) === entry)) return before.bytes;
    return JSON.stringify(pairs.map(([key, entry]) => [key, storedEntry(entry)]));
  };
  const sameStamps = loaded?.stamps && sameEntries(loaded.stamps.values, stamps);
  const parts = writeSections({ version: MEMO_VERSION, madeBy, datesVersion: DATE_FORMATS_VERSION }, [
    ...byShard.map((pairs, i): [string, () => string | Buffer] => [`files.${i}`, shard(pairs, i)]),
    ["stamps", () => (sameStamps ? loaded.stamps!.bytes : JSON.stringify([...stamps]))],
    ["index", () => (loaded && index === loaded.index.value ? loaded.index.bytes : indexMemoToJson(index))],
    ["dates", () => JSON.stringify(formattedDates())],
    ["registries", () => serialize(registries)],
  ]);
  const handle = await open(`${file}.tmp`, "w");
  try {
    for (const bytes of parts) await handle.write(bytes);
  } finally {
    await handle.close();
  }
  await rename(`${file}.tmp`, file);
}
