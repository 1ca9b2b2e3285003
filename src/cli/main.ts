// The CLI: the only place that prints and decides exit codes (0 fine, 1 content errors, 2 usage).
import path from "node:path";
import { archiveProblem, isDirectory } from "../content/archive-folder.ts";
import { parseCli, UsageError, USAGE, type CliOptions } from "./args.ts";
import { counted } from "./counted.ts";

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** A live status line on a terminal, rewritten in place; "" clears it. */
  progress: (line: string) => void;
  isTTY: boolean;
}

const defaultIo: Io = {
  out: (l) => process.stdout.write(l + "\n"),
  err: (l) => process.stderr.write(l + "\n"),
  progress: (l) => process.stderr.write(`\r\x1b[2K${l}`),
  isTTY: Boolean(process.stderr.isTTY),
};

export async function main(argv: readonly string[], cwd: string, io: Io = defaultIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCli(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`news-archive: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.command === "help") {
    const topic = options.positionals[0];
    const { commandHelp, GENERAL_TOPICS } = await import("./help.ts");
    const help = topic === undefined || GENERAL_TOPICS.has(topic) ? USAGE : commandHelp(topic);
    if (help === undefined) {
      io.err(`news-archive: no command "${topic}"\n\n${USAGE}`);
      return 2;
    }
    io.out(help);
    return 0;
  }
  if (options.command === "version") {
    const { PACKAGE_ROOT } = await import("../package-root.ts");
    const { readFile } = await import("node:fs/promises");
    io.out(`news-archive ${(JSON.parse(await readFile(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string }).version}`);
    return 0;
  }
  const content = path.resolve(cwd, options.content);
  if (!(await isDirectory(content))) {
    io.err(`news-archive: --content ${options.content}: no such folder`);
    return 2;
  }
  // A folder with none of an archive's files is a wrong --content (one level too deep, a typo'd
  // sibling), not an empty archive: built, it would replace the published site with an empty one.
  // new and import write the first article of an archive, so they may start from nothing.
  const notArchive = options.command !== "new" && options.command !== "import" && (await archiveProblem(content));
  if (notArchive) {
    io.err(`news-archive: --content ${options.content}: ${notArchive}`);
    return 2;
  }
  try {
    // Each command loads only its own modules: `check` needs no renderer, `new` no pipeline.
    if (options.command === "check") return await check(options, cwd, io);
    if (options.command === "new") return await (await import("./new.ts")).newCommand(options, cwd, io);
    if (options.command === "import") return await (await import("./import.ts")).importCommand(options, cwd, io);
    if (options.command === "serve") return await (await import("./serve.ts")).serve(options, cwd, io);
    return (await (await import("./build.ts")).buildSite(options, cwd, io)).code;
  } catch (e) {
    // Content problems never get here: this is a bug, the machine (disk full, permissions), or a
    // file changed while the build read it (file-stamps.ts readTrusted), each told in one line.
    io.err(`news-archive: ${(e as Error).message}`);
    return 1;
  }
}

async function check(options: CliOptions, cwd: string, io: Io): Promise<number> {
  const { checkAll, pipelineOptions } = await import("./pipeline-run.ts");
  const run = await checkAll(pipelineOptions(options), cwd);
  if (run.report) io.err(run.report);
  const errors = run.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = run.diagnostics.length - errors;
  if (!options.quiet) io.out(`checked ${counted(run.articleCount, "article")}: ${counted(errors, "error")}, ${counted(warnings, "warning")}`);
  return errors > 0 ? 1 : 0;
}
