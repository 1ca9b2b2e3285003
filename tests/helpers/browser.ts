// Debian's Chromium driven by playwright-core: headless, quiet, a fresh profile per launch.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { serveSample, type ServedSite } from "./sample-site.ts";

export const CHROMIUM = "/usr/bin/chromium";

const ARGS = [
  "--no-sandbox", // tests run as root in containers, where the sandbox cannot start
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-quic",
  "--disable-sync",
];

/**
 * Why the browser tests cannot run here, or undefined when they run. Only a developer machine
 * without Chromium skips them; in CI (`CI` set) a missing browser fails the launch, loudly.
 */
export function browserSkipReason(): string | undefined {
  if (existsSync(CHROMIUM) || process.env.CI) return undefined;
  return `browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium); with CI set they run and fail instead`;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), "news-archive-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 800 },
  });
  // Every page's waits: Playwright's 30 s default was passed under the whole suite's load on two
  // CPUs (a search page's filter index, loaded after its first results; session 9 and 10), where
  // alone each wait takes a few seconds. The browser tests' own timeouts are 120 s.
  context.setDefaultTimeout(90_000);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The sample served under `prefix` and a Chromium, started before the suite and stopped after
 * it: what every browser suite begins with. Call inside `describe`; read the fields in tests.
 */
export function sampleInChromium(prefix: string): { site: ServedSite; browser: Browser } {
  const held = {} as { site: ServedSite; browser: Browser };
  // Generous limit: building the sample and launching Chromium on a loaded two-core CI machine.
  beforeAll(async () => {
    [held.site, held.browser] = await Promise.all([serveSample(prefix), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await held.browser?.close();
    await held.site?.close();
  });
  return held;
}
