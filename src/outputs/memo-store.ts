// The pipeline memo on disk, beside the spare tree: what lets a second `build` redo only
// the articles that changed. A missing, old or unreadable file is simply no memo.
import { readFile, writeFile, rename } from "node:fs/promises";
import { deserialize, serialize } from "node:v8";
import { storedEntry } from "../content/article-file.ts";
import { MEMO_VERSION, newPipelineMemo, storedMemo, type PipelineMemo, type StoredMemo } from "../memo.ts";

interface Stored extends StoredMemo {
  version: number;
}

export async function loadMemo(file: string): Promise<PipelineMemo> {
  try {
    const stored = deserialize(await readFile(file)) as Stored;
    if (stored.version !== MEMO_VERSION) return newPipelineMemo();
    return newPipelineMemo(stored);
  } catch {
    return newPipelineMemo();
  }
}

export async function saveMemo(file: string, memo: PipelineMemo): Promise<void> {
  const { files, ...rest } = storedMemo(memo);
  const stored: Stored = { version: MEMO_VERSION, ...rest, files: new Map([...files].map(([key, entry]) => [key, storedEntry(entry)])) };
  await writeFile(`${file}.tmp`, serialize(stored));
  await rename(`${file}.tmp`, file);
}
