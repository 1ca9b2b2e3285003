// write: the output edge. A build goes to a staging folder beside --out and is swapped in
// whole, so a failed build leaves the previous site exactly as it was.
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

/** Written into every output folder: we only ever replace a folder that we built. */
export const BUILD_MARKER = ".news-archive-build";

export type OutProblem = string | undefined;

/** Why --out must not be used, or undefined. Pure path logic on resolved absolute paths. */
export function outFolderProblem(out: string, content: string, cwd: string, packageRoot: string): OutProblem {
  const inside = (child: string, parent: string) => {
    const rel = path.relative(parent, child);
    return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
  };
  if (out === path.parse(out).root) return `--out ${out} is the root of the file system`;
  if (inside(content, out)) return `--out ${out} holds the archive folder ${content}`;
  if (inside(out, content)) return `--out ${out} is inside the archive folder ${content}`;
  if (out === cwd) return `--out ${out} is the working folder`;
  if (inside(packageRoot, out)) return `--out ${out} holds the news-archive project`;
  return undefined;
}

/** A non-empty existing folder that no build of ours made is never deleted. */
export async function foreignFolderProblem(out: string): Promise<OutProblem> {
  let entries: string[];
  try {
    if (!(await stat(out)).isDirectory()) return `--out ${out} exists and is not a folder`;
    entries = await readdir(out);
  } catch {
    return undefined;
  }
  if (entries.length === 0 || entries.includes(BUILD_MARKER)) return undefined;
  return `--out ${out} is a folder news-archive did not build; remove it or choose another --out`;
}

export async function writeAtomically(out: string, produce: (staging: string) => Promise<void>): Promise<void> {
  const parent = path.dirname(out);
  const base = path.basename(out);
  const staging = path.join(parent, `.${base}.staging-${process.pid}`);
  const previous = path.join(parent, `.${base}.previous-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    await produce(staging);
    await writeFile(path.join(staging, BUILD_MARKER), "This folder was built by news-archive and is replaced whole by the next build.\n");
    let hadPrevious = true;
    try {
      await rename(out, previous);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
      hadPrevious = false;
    }
    try {
      await rename(staging, out);
    } catch (e) {
      if (hadPrevious) await rename(previous, out);
      throw e;
    }
    if (hadPrevious) await rm(previous, { recursive: true, force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
