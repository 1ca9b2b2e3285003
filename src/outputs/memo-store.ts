// The pipeline memo on disk, beside the spare tree: what lets a second `build` redo only
// the articles that changed. A missing, old or unreadable file is simply no memo.
//
// The per-file entries and stamps are plain data and go as JSON inside the v8-serialized
// file: at 10k articles JSON.parse reads them in ~110 ms where v8's deserialize took
// ~210 ms. The index memo and the registries' name indexes hold Maps, and stay v8.
import { readFile, writeFile, rename } from "node:fs/promises";
import { deserialize, serialize } from "node:v8";
import { storedEntry, type FileEntry } from "../content/article-file.ts";
import type { FileStamp } from "../content/file-stamps.ts";
import { MEMO_VERSION, newPipelineMemo, storedMemo, type PipelineMemo, type StoredMemo } from "../memo.ts";

interface Stored extends Omit<StoredMemo, "files" | "stamps"> {
  version: number;
  /** JSON of the files' [key, entry] pairs. */
  files: string;
  /** JSON of the stamps' [path, stamp] pairs. */
  stamps: string;
}

export async function loadMemo(file: string): Promise<PipelineMemo> {
  try {
    const stored = deserialize(await readFile(file)) as Stored;
    if (stored.version !== MEMO_VERSION) return newPipelineMemo();
    return newPipelineMemo({
      ...stored,
      files: new Map(JSON.parse(stored.files) as [string, FileEntry][]),
      stamps: new Map(JSON.parse(stored.stamps) as [string, FileStamp][]),
    });
  } catch {
    return newPipelineMemo();
  }
}

export async function saveMemo(file: string, memo: PipelineMemo): Promise<void> {
  const { files, stamps, ...rest } = storedMemo(memo);
  const stored: Stored = {
    version: MEMO_VERSION,
    ...rest,
    files: JSON.stringify([...files].map(([key, entry]) => [key, storedEntry(entry)])),
    stamps: JSON.stringify([...stamps]),
  };
  await writeFile(`${file}.tmp`, serialize(stored));
  await rename(`${file}.tmp`, file);
}
