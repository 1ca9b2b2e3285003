// serve: build with drafts, serve the output on localhost with live reload, and rebuild
// whenever a file of the archive changes (added, edited, renamed, deleted). While the
// archive has errors, every page shows them instead of stale content.
import path from "node:path";
import { formatDiagnostic, type Diagnostic } from "../model/diagnostic.ts";
import { newPipelineMemo } from "../memo.ts";
import { archivePaths, newLoadCache } from "../content/load.ts";
import { changeMatters } from "../content/archive-change.ts";
import { watchFolders } from "../content/folder-watch.ts";
import { escapeHtml } from "../render/html.ts";
import type { CliOptions } from "./args.ts";
import { buildSite, bundlesBuilt, type BuildOutcome, type Session } from "./build.ts";
import { allowedHosts, refusal } from "./request-guard.ts";
import { indexFollower } from "./follow-index.ts";
import type { Io } from "./main.ts";

export async function serve(given: CliOptions, cwd: string, io: Io): Promise<number> {
  // Without a base_url, links that must be absolute (feeds, canonical) name this server, on
  // the port it listens on (as Hugo's server does); a port the system picks is not known yet.
  // The name its own links use: localhost for the loopback or every address, else the one bound.
  const host = ["127.0.0.1", "0.0.0.0", "::", "localhost"].includes(given.bind) ? "localhost" : given.bind.includes(":") ? `[${given.bind}]` : given.bind;
  const options: CliOptions = { ...given, localOrigin: given.port ? `http://${host}:${given.port}` : undefined };
  const hosts = allowedHosts(given.bind);
  const session: Session = { memo: newPipelineMemo(), files: newLoadCache() };
  let errors: Diagnostic[] | undefined;
  let reloadPages = () => {};
  let timer: NodeJS.Timeout | undefined;
  let queue = Promise.resolve();
  // The warm-up's and the new port's rebuilds say nothing, warnings included: no change of the
  // editor's was made, and the first build has just told them.
  const silent: Io = { ...io, out: () => {}, err: () => {}, progress: () => {} };
  let servedPrefix: string | undefined;
  const rebuild = (quietly = false) => {
    queue = queue.then(async () => {
      let outcome: BuildOutcome;
      try {
        outcome = await buildSite({ ...options, quiet: true }, cwd, quietly ? silent : io, session);
      } catch (e) {
        // Not the content but the machine (disk full, the output's state folder replaced): one
        // line, as build says it, and serve goes on. A rejected queue would take every later
        // rebuild with it, and the process with a stack trace.
        io.err(`news-archive: rebuild failed: ${(e as Error).message}; the site stays as it was until the next save`);
        return;
      }
      errors = outcome.code === 0 ? undefined : outcome.diagnostics;
      if (!quietly && !given.quiet) io.out(outcome.code === 0 ? `rebuilt ${outcome.pages} pages in ${outcome.seconds.toFixed(2)} s` : `rebuilt with errors in ${outcome.seconds.toFixed(2)} s: the browser shows them`);
      // The dev server was set up under the prefix of the first build.
      if (servedPrefix !== undefined && outcome.pathPrefix !== undefined && outcome.pathPrefix !== servedPrefix) {
        io.err(`news-archive: the path prefix is now ${outcome.pathPrefix}, but this server serves ${servedPrefix}: restart serve`);
      }
      reloadPages();
      followIndex(outcome, quietly);
      warmUpOnce();
    });
  };
  // A rebuild's index follows its pages (follow-index.ts). Pages are not reloaded for it: the
  // page an editor reads did not change.
  const follower = indexFollower((job) => {
    const turn = queue.then(job);
    queue = turn.catch(() => undefined);
    return turn;
  });
  const followIndex = (outcome: BuildOutcome, quietly: boolean) => {
    if (outcome.code !== 0) return;
    follower.pagesPublished(outcome.searchIndex, {
      updated: (indexed, seconds) => {
        if (!quietly && !given.quiet) io.out(`search index updated ${seconds.toFixed(2)} s after the pages (${bundlesBuilt(indexed)})`);
      },
      failed: (e) => io.err(`news-archive: search index failed: ${e.message}; search answers from the previous index until the next save`),
    });
  };
  // Once, after the first build that succeeded, in the queue: a save made meanwhile waits for
  // it (1-2 s at 10k) rather than run beside it. Only a speed-up: a failure here changes nothing.
  const warmUpOnce = () => {
    const warm = session.warmUp;
    session.warmUp = undefined;
    if (!warm) return;
    queue = queue.then(async () => {
      try {
        // A rebuild with nothing changed runs each pass once more (the first rebuild ran them
        // after a build from nothing), then a few pages render.
        followIndex(await buildSite({ ...options, quiet: true }, cwd, silent, session), true);
        warm();
      } catch {
        // The same pages render in every build; an error here would show there.
      }
    });
  };
  // Watching starts before the first build, so an edit made while the site first builds is
  // not missed. Each folder has a watch of its own (folder-watch.ts says why).
  let started = false;
  let changedDuringFirst = false;
  const contentDir = path.resolve(cwd, options.content);
  const { articleDir } = archivePaths(contentDir);
  const watcher = watchFolders(
    contentDir,
    {
      changed: (abs) => {
        // An editor's swap, backup and temporary files, .DS_Store, notes: nothing a build reads.
        if (abs !== undefined && !changeMatters(session.files, contentDir, abs)) return;
        // The next load reads again only the files named here; an event without a name, all.
        if (abs === undefined) session.files.changed = undefined;
        else session.files.changed?.add(abs);
        // Two builds must never publish at once: a change during the first waits for it.
        if (!started) {
          changedDuringFirst = true;
          return;
        }
        // Editors save in bursts (write, rename, touch): one rebuild per burst.
        clearTimeout(timer);
        timer = setTimeout(() => rebuild(), 50);
      },
      problem: (folder, message) => io.err(`news-archive: cannot watch ${path.relative(cwd, folder) || "."} (${message}): saves there are not seen; restart serve once it is fixed`),
    },
    // The loader follows a link only as the articles folder itself.
    { follows: (link) => link === articleDir },
  );
  const first = await buildSite(options, cwd, io, session);
  started = true;
  if (changedDuringFirst) rebuild();
  servedPrefix = first.pathPrefix ?? "/";
  if (first.code === 2) {
    watcher.close();
    return 2;
  }
  if (first.code === 1) errors = first.diagnostics;

  const { default: DevServer } = (await import("@11ty/eleventy-dev-server")) as unknown as { default: DevServerClass };
  const out = path.resolve(cwd, options.out);
  const server = DevServer.getServer("news-archive", out, {
    port: options.port,
    // The prefix the pages link under, wherever it was set: site.yaml, base_url, --path-prefix.
    pathPrefix: servedPrefix,
    messageOnStart: () => "",
    domDiff: false,
    middleware: [
      (req: { url?: string; headers: Record<string, string | undefined> }, res: ServerResponse, next: () => void) => {
        const refused = refusal(req.url, req.headers.host, hosts);
        if (!refused) return next();
        res.statusCode = refused.status;
        res.setHeader("Content-Type", "text/plain; charset=utf-8");
        res.end(refused.text);
      },
      (req: { url?: string; headers: Record<string, string | undefined> }, res: ServerResponse, next: () => void) => {
        const wantsPage = (req.headers.accept ?? "").includes("text/html") || /\/$|\.html$/.test(req.url ?? "");
        if (!errors || !wantsPage) return next();
        res.statusCode = 500;
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.end(errorPage(errors));
      },
    ],
  });
  // eleventy-dev-server listens on every interface; a draft is the desk's until published, so
  // this machine only unless --bind says otherwise (as Hugo's server does).
  const listening = server as DevServer & { server: { listen(o: { port: number; host: string }): void }; _serverListen(port: number): void };
  listening._serverListen = (port) => listening.server.listen({ port, host: options.bind });
  server.serve(options.port);
  await server.ready();
  // The port is the system's pick (--port 0), or the next one when the given one was taken:
  // the pages are made again, quietly, naming the port the server did take.
  const origin = new URL(server.getServerUrl(host)).origin;
  if (origin !== options.localOrigin) {
    options.localOrigin = origin;
    rebuild(true);
  }
  io.out(`serving ${path.relative(cwd, out) || out} at ${server.getServerUrl(host)} (drafts included; Ctrl+C to stop)`);

  reloadPages = () => server.reload({ subtype: undefined, files: [] });
  warmUpOnce();
  await new Promise<void>((resolve) => {
    const stop = () => {
      watcher.close();
      void server.close().then(() => resolve());
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  return 0;
}

function errorPage(diagnostics: readonly Diagnostic[]): string {
  const lines = diagnostics.filter((d) => d.severity === "error").map((d) => `<li><code>${escapeHtml(formatDiagnostic(d))}</code></li>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>The archive has errors</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}li{margin:.5rem 0}code{white-space:pre-wrap}</style>
</head><body><h1>The archive has errors</h1>
<p>Fix them and save: this page reloads by itself.</p><ul>${lines.join("")}</ul></body></html>`;
}

interface ServerResponse {
  statusCode: number;
  setHeader(name: string, value: string): void;
  end(body: string): void;
}

interface DevServer {
  serve(port: number): void;
  ready(): Promise<void>;
  getServerUrl(host: string): string;
  reload(event: { subtype: undefined; files: string[] }): void;
  close(): Promise<void>;
}
type DevServerClass = { getServer(name: string, dir: string, options: Record<string, unknown>): DevServer };
