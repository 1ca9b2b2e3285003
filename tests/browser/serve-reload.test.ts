// serve's live reload in Chromium: an open page follows every save that changes the site (the
// error page included, and back), and no other: a swap or backup file reloads nothing.
import { renameSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { article, writeTree } from "../helpers/archive.ts";
import { browserSkipReason, launchBrowser, type Browser } from "../helpers/browser.ts";
import { startServe } from "../helpers/serve.ts";

const skip = browserSkipReason();
if (skip) console.warn(skip);

describe.skipIf(skip !== undefined)("serve reloads the open page after each rebuild", { timeout: 120_000 }, () => {
  const dir = writeTree({
    "content/regions.yaml": "- name: Kidal\n",
    "content/articles/2024/a.md": article('title: "First"\ndate: 2024-07-23\nregion: Kidal'),
  });
  const file = path.join(dir, "content/articles/2024/a.md");
  let serve: Awaited<ReturnType<typeof startServe>>;
  let browser: Browser;
  let page: Page;
  let loads = 0;
  let connected = 0;

  beforeAll(async () => {
    [serve, browser] = await Promise.all([startServe(dir, ["--no-search"]), launchBrowser()]);
    page = await browser.context.newPage();
    page.on("load", () => loads++);
    // The reload client's word that its socket is open: a rebuild before it would go unheard.
    page.on("console", (m) => {
      if (m.text().endsWith("Connected")) connected++;
    });
    await page.goto(`http://localhost:${serve.port}/articles/a/`);
    await page.waitForFunction(() => document.readyState === "complete");
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    serve?.stop();
  });

  /** Waits for the page to reload showing `heading`, its reload client connected again. */
  const shows = async (heading: string, act: () => void) => {
    while (connected === 0) await new Promise((r) => setTimeout(r, 25));
    connected = 0;
    act();
    await page.waitForFunction((h) => document.querySelector("h1")?.textContent === h, heading, { timeout: 30_000 });
  };

  test("a save renamed over the article, an error, its fix: the page follows each", async () => {
    await shows("First, saved", () => {
      writeFileSync(`${file}.tmp`, article('title: "First, saved"\ndate: 2024-07-23\nregion: Kidal'));
      renameSync(`${file}.tmp`, file);
    });
    await shows("The archive has errors", () => writeFileSync(file, article('title: "First, saved"\ndate: 2024-02-30\nregion: Kidal')));
    await shows("First, mended", () => writeFileSync(file, article('title: "First, mended"\ndate: 2024-07-23\nregion: Kidal')));
  });

  test("an editor's swap, lock and backup files and .DS_Store reload nothing", async () => {
    await shows("First, again", () => writeFileSync(file, article('title: "First, again"\ndate: 2024-07-23\nregion: Kidal')));
    const before = loads;
    const folder = path.dirname(file);
    writeFileSync(path.join(folder, ".a.md.swp"), "vim's swap file");
    writeFileSync(path.join(folder, "4913"), "");
    unlinkSync(path.join(folder, "4913"));
    writeFileSync(path.join(folder, "a.md~"), "a backup");
    symlinkSync("desk@host.1234:1700000000", path.join(folder, ".#a.md"));
    writeFileSync(path.join(folder, ".DS_Store"), "Finder");
    // Time for a reload they would make, before the save that must make one.
    await new Promise((r) => setTimeout(r, 500));
    await shows("First, last", () => writeFileSync(file, article('title: "First, last"\ndate: 2024-07-23\nregion: Kidal')));
    expect(loads - before).toBe(1);
  });
});
