// Whether a folder given as --content is an archive at all: the CLI's check before any command
// reads it (a wrong --content must not build an empty site over the published one).
import { stat } from "node:fs/promises";
import { archivePaths } from "./load.ts";

/** Why a folder is no archive (SPEC §1): articles/ is not a folder, or it has none of an
 *  archive's files at all. Undefined for any folder shaped like one, even with no article yet. */
export async function archiveProblem(root: string): Promise<string | undefined> {
  const { siteAbs, registryAbs, articleDir } = archivePaths(root);
  const kind = async (p: string) => (await stat(p).catch(() => undefined))?.isDirectory();
  const articles = await kind(articleDir);
  if (articles === false) return "articles is not a folder; an archive keeps its articles in articles/";
  if (articles) return undefined;
  for (const file of [siteAbs, ...Object.values(registryAbs)]) if ((await kind(file)) !== undefined) return undefined;
  return "not an archive: it has no articles/ folder, site.yaml or registry; --content names the folder that holds them";
}

export async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}
