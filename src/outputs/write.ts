// Which --out folders a build may replace (see publish.ts for how it replaces them).
import { readdir, stat } from "node:fs/promises";
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
