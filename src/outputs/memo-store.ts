// The pipeline memo on disk, beside the spare tree: what lets a second `build` redo only
// the articles that changed. A missing, old or unreadable file is simply no memo.
//
// The file is a line of JSON naming its sections and their lengths in bytes, then the
// sections: the per-file entries as JSON cut into SHARDS by key, the stamps, the index memo
// (its Maps as lists of pairs, index-memo-json.ts) and the formatted dates as JSON, and the
// registries' name indexes v8-serialized. JSON.parse reads entries ~2× faster than v8's
// deserialize; and sections as bytes spare the copy a v8 envelope of 23 MB of strings costs
// each way. A section made of the very values loaded (a shard of unchanged entries, the stamps
// of an unchanged archive) is written back as the text it was read from.
import { readFile, writeFile, rename } from "node:fs/promises";
import { deserialize, serialize } from "node:v8";
import { storedEntry, type FileEntry } from "../content/article-file.ts";
import type { FileStamp } from "../content/file-stamps.ts";
import { indexMemoFromJson, indexMemoToJson } from "./index-memo-json.ts";
import { DATE_FORMATS_VERSION, formattedDates, rememberFormattedDates } from "../render/dates.ts";
import { MEMO_VERSION, newPipelineMemo, storedMemo, type PipelineMemo, type RegistryIndex } from "../memo.ts";
import type { IndexMemo } from "../archive/index.ts";

const SHARDS = 32;
const FORMAT = "news-archive memo";

interface Header {
  format: typeof FORMAT;
  version: number;
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

/** The sections of a memo file, by name: text, or bytes for the registries. For tests too. */
export function readSections(bytes: Buffer): { header: Header; text: (name: string) => string; bytes: (name: string) => Buffer } | undefined {
  const newline = bytes.indexOf(10);
  if (newline < 0) return undefined;
  const header = JSON.parse(bytes.toString("utf8", 0, newline)) as Header;
  if (header.format !== FORMAT) return undefined;
  const where = new Map<string, [number, number]>();
  let at = newline + 1;
  for (const [name, length] of header.sections) {
    where.set(name, [at, at + length]);
    at += length;
  }
  if (at !== bytes.length) return undefined;
  const range = (name: string): [number, number] => {
    const found = where.get(name);
    if (!found) throw new Error(`no section ${name}`);
    return found;
  };
  return { header, text: (name) => bytes.toString("utf8", ...range(name)), bytes: (name) => bytes.subarray(...range(name)) };
}

/** A memo file from its sections, in order. For tests too. */
export function writeSections(header: Omit<Header, "format" | "sections">, sections: [string, string | Buffer][]): Buffer {
  const buffers = sections.map(([name, content]) => [name, typeof content === "string" ? Buffer.from(content, "utf8") : content] as const);
  const full: Header = { format: FORMAT, ...header, sections: buffers.map(([name, b]) => [name, b.length]) };
  return Buffer.concat([Buffer.from(JSON.stringify(full) + "\n", "utf8"), ...buffers.map(([, b]) => b)]);
}

export async function loadMemo(file: string): Promise<PipelineMemo> {
  try {
    const read = readSections(await readFile(file));
    if (!read || read.header.version !== MEMO_VERSION) return newPipelineMemo();
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

export async function saveMemo(file: string, memo: PipelineMemo): Promise<void> {
  const { files, stamps, index, registries } = storedMemo(memo);
  const byShard = Array.from({ length: SHARDS }, () => [] as [string, FileEntry][]);
  for (const pair of files) byShard[shardOf(pair[0])]!.push(pair);
  const loaded = loadedSections.get(memo);
  const shards = byShard.map((pairs, i): [string, string | Buffer] => {
    const before = loaded?.shards[i];
    if (before && before.size === pairs.length && pairs.every(([key, entry]) => loaded!.entries.get(key) === entry)) return [`files.${i}`, before.bytes];
    return [`files.${i}`, JSON.stringify(pairs.map(([key, entry]) => [key, storedEntry(entry)]))];
  });
  const sameStamps = loaded?.stamps && sameValues(loaded.stamps.values, stamps);
  const bytes = writeSections({ version: MEMO_VERSION, datesVersion: DATE_FORMATS_VERSION }, [
    ...shards,
    ["stamps", sameStamps ? loaded.stamps!.bytes : JSON.stringify([...stamps])],
    ["index", loaded && index === loaded.index.value ? loaded.index.bytes : indexMemoToJson(index)],
    ["dates", JSON.stringify(formattedDates())],
    ["registries", serialize(registries)],
  ]);
  await writeFile(`${file}.tmp`, bytes);
  await rename(`${file}.tmp`, file);
}

function sameValues(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}
