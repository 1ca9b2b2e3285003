// Where news-archive is installed: its templates/, public/ and sources live there. Found by
// walking up to our package.json rather than counted from this file, because the CLI also
// runs as one compiled file (bin/compiled-cli.js) that sits elsewhere in the package.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "news-archive") return dir;
    if (path.dirname(dir) === dir) throw new Error(`news-archive: no package.json of news-archive above ${from}`);
  }
}

export const PACKAGE_ROOT = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));
