// The bundled sample archive built under a path prefix and served by a real static server,
// with base_url set to that server, so canonical links, feeds and the sitemap point at it too.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT, runCli } from "./archive.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

export interface ServedSite {
  /** The built folder. */
  out: string;
  prefix: string;
  server: StaticServer;
  /** The URL of a site path: `url("/places/")` → `http://127.0.0.1:1234/news/places/`. */
  url(sitePath: string): string;
  /** Every file of the build, relative to `out`, `/`-separated, sorted. */
  files(): string[];
  close(): Promise<void>;
}

/** `language`: the site's, in place of the sample's English (its articles keep their own `lang`). */
export async function serveSample(prefix = "/news/", language?: string): Promise<ServedSite> {
  const dir = mkdtempSync(path.join(tmpdir(), "news-archive-served-"));
  cpSync(path.join(ROOT, "content"), path.join(dir, "content"), { recursive: true });
  if (language) {
    const siteYaml = path.join(dir, "content/site.yaml");
    writeFileSync(siteYaml, readFileSync(siteYaml, "utf8").replace(/^language: .*$/m, `language: ${language}`));
  }
  const out = path.join(dir, "_site");
  // The server starts first: its port is the base_url the build writes into absolute URLs.
  const server = await serveStatic(out, prefix);
  const r = runCli(["build", "--path-prefix", prefix, "--base-url", server.origin, "--quiet"], dir);
  if (r.code !== 0) {
    await server.close();
    throw new Error(`building the sample failed (${r.code}):\n${r.stderr}`);
  }
  return {
    out,
    prefix,
    server,
    url: (sitePath) => server.origin + prefix + sitePath.replace(/^\//, ""),
    files: () => (readdirSync(out, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
      .filter((d) => d.isFile())
      .map((d) => path.relative(out, path.join(d.parentPath, d.name)).split(path.sep).join("/"))
      .sort(),
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
