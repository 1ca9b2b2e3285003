// The archive as `new` and `import` see it: loaded from disk, reduced to what writing a new
// article needs, with the archive folder named as the editor sees it.
import path from "node:path";
import { knownArchive, type KnownArchive } from "../archive/known-archive.ts";
import { loadArchive } from "../content/load.ts";

export interface EditorArchive {
  known: KnownArchive;
  /** Absolute archive folder, for writing. */
  root: string;
  /** Relative to the working folder, for messages: `content`. */
  display: string;
}

export async function loadEditorArchive(content: string, cwd: string): Promise<EditorArchive> {
  const root = path.resolve(cwd, content);
  const loaded = await loadArchive(root, cwd);
  return { known: knownArchive(loaded.value), root, display: path.relative(cwd, root).split(path.sep).join("/") || "." };
}
