// `mkdir -p` for every folder news-archive makes (output state, new articles' folders).
// Node 20's `mkdir(dir, { recursive: true })` never returns when the file system answers ENOENT
// for a folder whose parent is there (/proc, some FUSE mounts): it retries forever, so
// `build --out /proc/x` hung. Here each missing ancestor is made once, and a refusal is an error.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { isDirectory } from "../content/archive-folder.ts";

export async function makeFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir);
    return;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST" && (await isDirectory(dir))) return;
    const parent = path.dirname(dir);
    // ENOENT with the parent there is the file system refusing the folder, not a missing parent.
    if (code !== "ENOENT" || parent === dir || (await isDirectory(parent))) throw e;
    await makeFolder(parent);
  }
  try {
    await mkdir(dir);
  } catch (e) {
    // Made meanwhile by another writer (two builds, or serve beside new): the folder is there.
    if ((e as NodeJS.ErrnoException).code !== "EEXIST" || !(await isDirectory(dir))) throw e;
  }
}
