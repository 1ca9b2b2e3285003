// A static file server like the hosts the site is made for (GitHub Pages, nginx, S3): the built
// folder served under a path prefix, folders answered by their index.html, anything missing
// by 404.html with status 404. Nothing is rewritten, so a link that works here works there.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".geojson": "application/geo+json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every request served, with its status: what a test asserts about missing files. */
  log: { path: string; status: number }[];
  close(): Promise<void>;
}

/** Serves `root` at `prefix` (`/news/`) on 127.0.0.1, on a free port the system picks. */
export async function serveStatic(root: string, prefix: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const log: StaticServer["log"] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const send = (status: number, file: string | undefined, headers: Record<string, string> = {}) => {
      log.push({ path: url.pathname, status });
      const type = file ? TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream" : "text/plain; charset=utf-8";
      // connection: close: a kept-alive socket that the server times out while a long synchronous
      // test step blocks the event loop is reused by the client and reset (ECONNRESET).
      res.writeHead(status, { "content-type": type, "cache-control": "no-store", connection: "close", ...headers });
      if (!file || req.method === "HEAD") return void res.end();
      createReadStream(file).pipe(res);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, undefined, { allow: "GET, HEAD" });

    const notFound = async () => ((await kind(path.join(base, "404.html"))) === "file" ? send(404, path.join(base, "404.html")) : send(404, undefined));
    let decoded: string;
    try {
      decoded = decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    if (!decoded.startsWith(prefix)) return notFound();
    const file = path.resolve(base, decoded.slice(prefix.length));
    // A path that climbs out of the folder (`/news/../secret`) is simply not there.
    if (file !== base && !file.startsWith(base + path.sep)) return notFound();
    const found = await kind(file);
    if (found === "file") return send(200, file);
    if (found === "dir") {
      // Like GitHub Pages and nginx: `/news/places` redirects to `/news/places/`.
      if (!decoded.endsWith("/")) return send(301, undefined, { location: url.pathname + "/" + url.search });
      if ((await kind(path.join(file, "index.html"))) === "file") return send(200, path.join(file, "index.html"));
    }
    return notFound();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

async function kind(file: string): Promise<"file" | "dir" | undefined> {
  try {
    const s = await stat(file);
    return s.isFile() ? "file" : s.isDirectory() ? "dir" : undefined;
  } catch {
    return undefined;
  }
}
