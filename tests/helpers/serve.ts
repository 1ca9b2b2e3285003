// `serve` as a child process on a free port, for the tests that start their own.
import { spawn } from "node:child_process";
import path from "node:path";
import { ROOT } from "./archive.ts";
import { freePort } from "./free-port.ts";

/**
 * A response from serve, asked again while it is 404 for up to a second: a rebuild (the warm-up
 * serve runs once it is up, or one a change started) swaps the output's two trees by renames,
 * and a request that falls between them finds no file.
 */
export async function served(url: string): Promise<Response> {
  for (let tries = 0; ; tries++) {
    const r = await fetch(url, { headers: { accept: "text/html" } });
    if (r.status !== 404 || tries === 20) return r;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A serve of its own on a free port, started: its output so far (read it again later) and a stop. */
export async function startServe(dir: string, args: string[]): Promise<{ port: number; output: () => string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, "bin/news-archive.js"), "serve", "--port", String(port), ...args], { cwd: dir });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  for (let waited = 0; !/serving _site at/.test(output); waited += 25) {
    if (waited > 30_000) {
      child.kill("SIGTERM");
      throw new Error(`serve did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return { port, output: () => output, stop: () => child.kill("SIGTERM") };
}
