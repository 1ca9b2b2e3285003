// `serve`: a real child process on a free port; files of the archive change under it.
import { spawn, type ChildProcess } from "node:child_process";
import { renameSync, unlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { networkInterfaces } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { article, ROOT, writeTree } from "../helpers/archive.ts";
import { served, startServe } from "../helpers/serve.ts";

describe("serve rebuilds on every change and shows errors in the browser", () => {
  const dir = writeTree({
    "content/regions.yaml": "- name: Kidal\n",
    "content/articles/a.md": article('title: "First"\ndate: 2024-07-23\nregion: Kidal'),
    "content/articles/d.md": article('title: "A draft"\ndate: 2024-07-24\nregion: Kidal\ndraft: true'),
  });
  let child: ChildProcess;
  let output = "";
  let base = "";

  const waitFor = (pattern: RegExp, from: number) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${pattern} in:\n${output}`)), 30_000);
      const poll = setInterval(() => {
        const match = pattern.exec(output.slice(from));
        if (match) {
          clearTimeout(timer);
          clearInterval(poll);
          resolve(match[0]);
        }
      }, 25);
    });
  const get = async (p: string) => {
    const r = await served(base + p);
    return { status: r.status, text: await r.text() };
  };
  const change = async (act: () => void) => {
    const mark = output.length;
    act();
    return waitFor(/rebuilt[^\n]*\n/, mark);
  };

  beforeAll(async () => {
    child = spawn(process.execPath, [path.join(ROOT, "bin/news-archive.js"), "serve", "--port", "0"], { cwd: dir });
    child.stdout!.on("data", (d) => (output += d));
    child.stderr!.on("data", (d) => (output += d));
    const line = await waitFor(/serving _site at (http:\/\/localhost:\d+\/)/, 0);
    base = /http:\/\/localhost:\d+\//.exec(line)![0].replace(/\/$/, "");
  });
  afterAll(() => {
    child.kill("SIGTERM");
  });

  test("serves the archive with drafts", async () => {
    expect((await get("/articles/a/")).status).toBe(200);
    expect((await get("/articles/d/")).status).toBe(200);
  });

  // An address of this machine's other than the loopback, where there is one to try.
  const elsewhere = Object.values(networkInterfaces()).flat().find((i) => i && !i.internal && i.family === "IPv4")?.address;
  test.skipIf(!elsewhere)("listens on this machine only: its other addresses refuse (drafts are the desk's)", async () => {
    const port = new URL(base).port;
    await expect(fetch(`http://${elsewhere}:${port}/`)).rejects.toThrow();
    expect((await fetch(`http://127.0.0.1:${port}/articles/a/`)).status).toBe(200);
  });

  test("a malformed URL, one climbing out of the output, or another site's Host is refused, and the server stays up", async () => {
    expect((await fetch(`${base}/%E0%A4%A`)).status).toBe(400);
    expect((await fetch(`${base}/..%2f_site-old/x`)).status).toBe(404);
    // fetch will not send another Host: a plain request does.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      request(`${base}/articles/a/`, { headers: { host: "attacker.example" } }, (r) => {
        r.resume();
        resolve(r.statusCode);
      })
        .on("error", reject)
        .end();
    });
    expect(status).toBe(403);
    expect((await fetch(`${base}/articles/a/`)).status).toBe(200);
  });

  test("with --port 0, feeds name the port the system picked, once the server has it", async () => {
    for (let waited = 0; !(await (await served(`${base}/feed.xml`)).text()).includes(`<id>${base}/feed.xml</id>`); waited += 100) {
      if (waited > 20_000) throw new Error(`feed.xml never named ${base}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  test("an added article appears, with the rebuild time reported", async () => {
    const line = await change(() => writeFileSync(path.join(dir, "content/articles/b.md"), article('title: "Second"\ndate: 2024-08-01\nregion: Kidal')));
    expect(line).toMatch(/^rebuilt \d+ pages in \d+\.\d\d s\n$/);
    expect((await get("/articles/b/")).text).toContain("<h1>Second</h1>");
  });

  test("while the archive has errors every page shows them; fixing them brings the site back", async () => {
    await change(() => writeFileSync(path.join(dir, "content/articles/b.md"), article('title: "Second"\ndate: 2024-02-30\nregion: Kidal')));
    const broken = await get("/articles/a/");
    expect(broken.status).toBe(500);
    expect(broken.text).toContain("content/articles/b.md:3: date: &quot;2024-02-30&quot; is not a real date");
    await change(() => writeFileSync(path.join(dir, "content/articles/b.md"), article('title: "Second, fixed"\ndate: 2024-08-01\nregion: Kidal')));
    expect((await get("/articles/b/")).text).toContain("<h1>Second, fixed</h1>");
  });

  test("an article saved by a new file renamed over it (vim, sed -i), then saved in place: both saves show", async () => {
    const file = path.join(dir, "content/articles/a.md");
    await change(() => {
      writeFileSync(`${file}.swp`, article('title: "First, renamed over"\ndate: 2024-07-23\nregion: Kidal'));
      renameSync(`${file}.swp`, file);
    });
    expect((await get("/articles/a/")).text).toContain("<h1>First, renamed over</h1>");
    await change(() => writeFileSync(file, article('title: "First, then in place"\ndate: 2024-07-23\nregion: Kidal')));
    expect((await get("/articles/a/")).text).toContain("<h1>First, then in place</h1>");
  });

  test("a registry or site.yaml change rebuilds too", async () => {
    await change(() => writeFileSync(path.join(dir, "content/site.yaml"), "title: Renamed desk\n"));
    expect((await get("/")).text).toContain("Renamed desk");
  });

  test("a deleted article's page disappears; the search index follows the pages", async () => {
    const mark = output.length;
    await change(() => unlinkSync(path.join(dir, "content/articles/b.md")));
    expect((await get("/articles/b/")).status).toBe(404);
    // The line after this rebuild's: an earlier save's index may be told before it.
    const told = await waitFor(/^rebuilt [^\n]*\n(?:[^\n]*\n)*?search index[^\n]*\n/m, mark);
    expect(told.split("\n").filter(Boolean).pop()).toMatch(/^search index updated \d+\.\d\d s after the pages \(1 bundle built\)$/);
  });
});

describe("serve under the path prefix of site.yaml, on the port given", () => {
  test("pages, links and styles are served under it, as they link; feeds name this server", async () => {
    const dir = writeTree({
      "content/site.yaml": "path_prefix: /news/\n",
      "content/regions.yaml": "- name: Kidal\n",
      "content/articles/a.md": article('title: "First"\ndate: 2024-07-23\nregion: Kidal'),
    });
    const { port, output, stop } = await startServe(dir, []);
    try {
      const origin = /http:\/\/localhost:\d+/.exec(output())![0];
      const page = await served(`${origin}/news/articles/a/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('href="/news/assets/site.css"');
      expect((await served(`${origin}/news/assets/site.css`)).status).toBe(200);
      // No base_url: the feed's links are this server's, on its port (not localhost:8080).
      expect(await (await served(`${origin}/news/feed.xml`)).text()).toContain(`<link rel="self" type="application/atom+xml" href="http://localhost:${port}/news/feed.xml"/>`);
      // The prefix changed while serving: the server cannot follow, and says so.
      writeFileSync(path.join(dir, "content/site.yaml"), "path_prefix: /other/\n");
      for (let waited = 0; !output().includes("restart serve"); waited += 50) {
        if (waited > 20_000) throw new Error(`no word of the new prefix:\n${output()}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(output()).toContain("news-archive: the path prefix is now /other/, but this server serves /news/: restart serve");
    } finally {
      stop();
    }
  });
});

describe("serve --bind another address", () => {
  test("prints, and names in its feeds, the address it listens on", async () => {
    const dir = writeTree({
      "content/site.yaml": "base_url: http://localhost:8080\n",
      "content/regions.yaml": "- name: Kidal\n",
      "content/articles/a.md": article('title: "First"\ndate: 2024-07-23\nregion: Kidal'),
    });
    const { port, output, stop } = await startServe(dir, ["--bind", "127.0.0.2", "--no-search"]);
    try {
      expect(output()).toContain(`serving _site at http://127.0.0.2:${port}/`);
      expect(await (await served(`http://127.0.0.2:${port}/feed.xml`)).text()).toContain(`href="http://127.0.0.2:${port}/feed.xml"`);
    } finally {
      stop();
    }
  });
});
