// The version of the code that renders pages: part of every page's fingerprint, so a build by
// another version of news-archive (or an edited template) renders every page again.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

let cached: string | undefined;

export function codeVersion(packageRoot: string): string {
  if (cached) return cached;
  const hash = createHash("sha1");
  for (const folder of ["src", "templates"]) {
    const root = path.join(packageRoot, folder);
    for (const rel of readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith(".ts")).sort()) {
      hash.update(`${folder}/${rel}\u0000`).update(readFileSync(path.join(root, rel))).update("\u0000");
    }
  }
  hash.update(readFileSync(path.join(packageRoot, "package.json")));
  cached = hash.digest("base64");
  return cached;
}
