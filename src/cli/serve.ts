// serve: build (drafts included) and serve the output on localhost. Live rebuilds come with
// the editor-workflow issue; until then this rebuilds when the archive folder changes.
import { watch } from "node:fs";
import path from "node:path";
import type { CliOptions } from "./args.ts";
import type { Io } from "./main.ts";

type Build = (options: CliOptions, cwd: string, io: Io) => Promise<number>;

export async function serve(options: CliOptions, cwd: string, io: Io, build: Build): Promise<number> {
  const first = await build(options, cwd, io);
  if (first === 2) return 2;
  const { default: EleventyDevServer } = (await import("@11ty/eleventy-dev-server")) as unknown as { default: DevServerClass };
  const out = path.resolve(cwd, options.out);
  const server = EleventyDevServer.getServer("news-archive", out, { port: options.port, pathPrefix: "/", showVersion: false });
  server.serve(options.port);
  io.out(`serving ${path.relative(cwd, out) || out} at http://localhost:${options.port}/ (Ctrl+C to stop)`);
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  watch(path.resolve(cwd, options.content), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        const code = await build(options, cwd, io);
        if (code === 0) server.reloadFiles?.([]) ?? server.reload?.();
      });
    }, 100);
  });
  await new Promise<void>(() => {});
  return 0;
}

interface DevServer {
  serve(port: number): void;
  reload?(): void;
  reloadFiles?(files: string[]): void;
}
type DevServerClass = { getServer(name: string, dir: string, options: Record<string, unknown>): DevServer };
