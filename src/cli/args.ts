// Command-line parsing: flags of SPEC §4. Usage errors are exit code 2.
import { parseArgs } from "node:util";

export const USAGE = `Usage:
  news-archive build  [--content DIR] [--out DIR] [--path-prefix /p/] [--base-url URL] [--drafts] [--strict] [--no-search] [--quiet]
  news-archive serve  [same as build] [--port N]
  news-archive check  [--content DIR] [--strict]

Defaults: --content content, --out _site.`;

export interface CliOptions {
  command: "build" | "check" | "serve" | "help";
  content: string;
  out: string;
  pathPrefix: string | undefined;
  baseUrl: string | undefined;
  drafts: boolean;
  strict: boolean;
  search: boolean;
  quiet: boolean;
  port: number;
}

export class UsageError extends Error {}

const COMMANDS = new Set(["build", "check", "serve", "help"]);

export function parseCli(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        content: { type: "string" },
        out: { type: "string" },
        "path-prefix": { type: "string" },
        "base-url": { type: "string" },
        drafts: { type: "boolean" },
        strict: { type: "boolean" },
        "no-search": { type: "boolean" },
        quiet: { type: "boolean" },
        port: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  const command = values.help ? "help" : positionals[0];
  if (command === undefined) throw new UsageError("no command given");
  if (!COMMANDS.has(command)) throw new UsageError(`unknown command "${command}"`);
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  if (command === "check") {
    for (const flag of ["out", "path-prefix", "base-url", "drafts", "no-search", "port"] as const) {
      if (values[flag] !== undefined) throw new UsageError(`check does not take --${flag}`);
    }
  }
  const port = Number(values.port ?? "8080");
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${values.port} is not a port number`);
  for (const flag of ["content", "out"] as const) {
    if (values[flag] !== undefined && values[flag]!.trim() === "") throw new UsageError(`--${flag} needs a folder`);
  }
  return {
    command: command as CliOptions["command"],
    content: values.content ?? "content",
    out: values.out ?? "_site",
    pathPrefix: values["path-prefix"],
    baseUrl: values["base-url"],
    drafts: values.drafts ?? command === "serve",
    strict: values.strict ?? false,
    search: !values["no-search"],
    quiet: values.quiet ?? false,
    port,
  };
}
