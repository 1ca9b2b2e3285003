// The test server must behave like a static host, or the browser tests would prove nothing:
// a server that answered every path with a page would hide every broken link.
import { request } from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { writeTree } from "../helpers/archive.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

describe("static server under /news/", () => {
  let server: StaticServer;
  beforeAll(async () => {
    const dir = writeTree({
      "secret.txt": "outside the served folder",
      "site/index.html": "home",
      "site/404.html": "not found page",
      "site/places/index.html": "places",
      "site/places/kidal/index.html": "kidal",
      "site/feed.xml": "<feed/>",
      "site/assets/site.css": "body{}",
      "site/assets/favicon.svg": "<svg/>",
      "site/data/x.json": "{}",
      "site/robots.txt": "User-agent: *",
    });
    server = await serveStatic(path.join(dir, "site"), "/news/");
  });
  afterAll(() => server.close());

  test.each([
    ["/news/", 200, "text/html; charset=utf-8", "home"],
    ["/news/places/", 200, "text/html; charset=utf-8", "places"],
    ["/news/places/kidal/", 200, "text/html; charset=utf-8", "kidal"],
    ["/news/places/kidal/index.html", 200, "text/html; charset=utf-8", "kidal"],
    ["/news/feed.xml", 200, "application/xml; charset=utf-8", "<feed/>"],
    ["/news/assets/site.css", 200, "text/css; charset=utf-8", "body{}"],
    ["/news/assets/favicon.svg", 200, "image/svg+xml", "<svg/>"],
    ["/news/data/x.json", 200, "application/json; charset=utf-8", "{}"],
    ["/news/robots.txt", 200, "text/plain; charset=utf-8", "User-agent: *"],
    ["/news/places/menaka/", 404, "text/html; charset=utf-8", "not found page"],
    ["/news/assets/", 404, "text/html; charset=utf-8", "not found page"], // a folder without index.html
    ["/places/kidal/", 404, "text/html; charset=utf-8", "not found page"], // outside the prefix
    ["/news/%E0%A4%A", 404, "text/html; charset=utf-8", "not found page"], // malformed escape
  ])("GET %s → %i %s", async (p, status, type, body) => {
    const res = await fetch(server.origin + p, { redirect: "manual" });
    expect([res.status, res.headers.get("content-type"), await res.text()]).toEqual([status, type, body]);
  });

  test.each(["/news/../secret.txt", "/news/%2e%2e/secret.txt", "/news/..%2fsecret.txt"])("%s, sent as is, does not leave the folder", async (raw) => {
    // fetch() would normalise the dots away before sending; a raw request keeps them.
    const status = await new Promise<number>((resolve, reject) => {
      const { hostname, port } = new URL(server.origin);
      request({ hostname, port, path: raw }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).on("error", reject).end();
    });
    expect(status).toBe(404);
  });

  test("a folder without its slash redirects to it, keeping the query", async () => {
    const res = await fetch(server.origin + "/news/places?x=1", { redirect: "manual" });
    expect([res.status, res.headers.get("location")]).toEqual([301, "/news/places/?x=1"]);
  });

  test("HEAD answers without a body; other methods are refused", async () => {
    const head = await fetch(server.origin + "/news/", { method: "HEAD" });
    expect([head.status, await head.text()]).toEqual([200, ""]);
    expect((await fetch(server.origin + "/news/", { method: "POST" })).status).toBe(405);
  });
});
