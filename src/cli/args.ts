// Command-line parsing: flags of SPEC §4. Usage errors are exit code 2.
import { parseArgs } from "node:util";
import { isDateProblem, readDate } from "../content/dates.ts";
import { normalizePrefix, parseOrigin } from "../content/site-config.ts";

export const USAGE = `Usage:
  news-archive build  [--content DIR] [--out DIR] [--path-prefix /p/] [--base-url URL] [--drafts] [--strict] [--no-search] [--quiet]
  news-archive serve  [same as build] [--port N] [--bind ADDRESS]
  news-archive check  [--content DIR] [--strict]
  news-archive new "Title" [--region R] [--places a,b] [--actors x,y] [--date D] [--content DIR]
  news-archive import FILE... [--date D] [--region R] [--content DIR]

  news-archive --version
  news-archive help COMMAND    (or COMMAND --help): what it does, each flag explained

Defaults: --content content, --out _site, --port 8080, --bind 127.0.0.1 (this machine only;
0.0.0.0 serves the drafts to the whole network). new dates the article today in the site timezone;
import takes --date, else a date in the file name, else a line of the text holding only a date.`;

export interface CliOptions {
  command: "build" | "check" | "serve" | "new" | "import" | "help" | "version";
  content: string;
  out: string;
  pathPrefix: string | undefined;
  baseUrl: string | undefined;
  drafts: boolean;
  strict: boolean;
  search: boolean;
  quiet: boolean;
  port: number;
  /** serve: the address it listens on. */
  bind: string;
  /** new: the title; import: the plain-text files. */
  positionals: string[];
  region: string | undefined;
  /** Comma-separated lists, split and trimmed. */
  places: string[];
  actors: string[];
  date: string | undefined;
  /** Not a flag: serve sets it to its own origin (SiteOverrides.localOrigin). */
  localOrigin?: string | undefined;
}

export class UsageError extends Error {}

const COMMANDS = new Set(["build", "check", "serve", "new", "import", "help", "version"]);
/** Flags that only make sense for writing articles, and the ones that only make sense for building. */
const EDITOR_FLAGS = ["region", "places", "actors", "date"] as const;
const BUILD_FLAGS = ["out", "path-prefix", "base-url", "drafts", "no-search", "port", "bind"] as const;
const SERVE_FLAGS = ["port", "bind"] as const;

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
        bind: { type: "string" },
        region: { type: "string" },
        places: { type: "string" },
        actors: { type: "string" },
        date: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (e) {
    // node:util's own words suggest `-- "--bogus"`, a positional no command here takes.
    const code = (e as NodeJS.ErrnoException).code;
    const flag = /'(-[^']*)'/.exec((e as Error).message)?.[1];
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && flag) throw new UsageError(`unknown option ${flag}`);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && flag) {
      const name = flag.split(" ")[0];
      throw new UsageError(/does not take an argument/.test((e as Error).message) ? `${name} takes no value` : `${name} needs a value`);
    }
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  const command = values.help ? "help" : values.version ? "version" : positionals[0];
  if (command === undefined) throw new UsageError("no command given");
  if (!COMMANDS.has(command)) throw new UsageError(`unknown command "${command}"`);
  const rest = positionals.slice(1);
  // `help build` and `build --help`: the command's own help.
  if (command === "help") return { ...defaults(), command, positionals: [values.help ? (positionals[0] ?? "") : (rest[0] ?? "")].filter((p) => p !== "") };
  if (command === "new" || command === "import") {
    checkEditorCommand(command, rest, values);
  } else {
    if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
    for (const flag of EDITOR_FLAGS) {
      if (values[flag] !== undefined) throw new UsageError(`${command} does not take --${flag}`);
    }
  }
  if (command === "check") {
    for (const flag of BUILD_FLAGS) {
      if (values[flag] !== undefined) throw new UsageError(`check does not take --${flag}`);
    }
  }
  if (command === "build") {
    for (const flag of SERVE_FLAGS) {
      if (values[flag] !== undefined) throw new UsageError(`build does not take --${flag} (serve does)`);
    }
  }
  const bind = values.bind?.trim() ?? "127.0.0.1";
  if (bind === "") throw new UsageError("--bind needs an address, such as 127.0.0.1 or 0.0.0.0");
  const port = Number(values.port ?? "8080");
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${values.port} is not a port number`);
  // A value given on the command line is a usage error (exit 2), not the archive's (exit 1).
  const prefix = values["path-prefix"];
  if (prefix !== undefined && normalizePrefix(prefix) === undefined) throw new UsageError(`--path-prefix ${JSON.stringify(prefix)} is not a URL path such as /news/`);
  const base = values["base-url"];
  const origin = base === undefined ? undefined : parseOrigin(base);
  if (base !== undefined && origin === undefined) throw new UsageError(`--base-url ${JSON.stringify(base)} is not an absolute http(s) URL`);
  // Its path is the path prefix (as Hugo's baseURL): it must be one.
  if (origin && origin.pathname !== "/" && prefix === undefined && normalizePrefix(origin.pathname) === undefined) {
    throw new UsageError(`--base-url ${JSON.stringify(base)}: its path ${JSON.stringify(origin.pathname)} is not a URL path such as /news/`);
  }
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
    bind,
    positionals: rest,
    region: values.region?.trim(),
    places: nameList(values.places),
    actors: nameList(values.actors),
    date: values.date?.trim(),
  };
}

function checkEditorCommand(command: "new" | "import", rest: string[], values: Partial<Record<string, string | boolean>>): void {
  for (const flag of [...BUILD_FLAGS, "strict", "quiet"] as const) {
    if (values[flag] !== undefined) throw new UsageError(`${command} does not take --${flag}`);
  }
  if (command === "new") {
    if (rest.length === 0 || rest[0]!.trim() === "") throw new UsageError('new needs a title: news-archive new "Title" --region R');
    if (rest.length > 1) throw new UsageError(`new takes one title; put it in quotes ("${rest.join(" ")}")`);
    if (/[\u0000-\u001f\u007f]/.test(rest[0]!)) throw new UsageError("the title must be one line of text");
    if (typeof values.region === "string" && values.region.trim() === "") throw new UsageError("--region needs a region name");
  } else {
    if (rest.length === 0) throw new UsageError("import needs at least one plain-text file");
    for (const flag of ["places", "actors"] as const) {
      if (values[flag] !== undefined) throw new UsageError(`import does not take --${flag}; it proposes them from the text`);
    }
  }
  if (values.region !== undefined && String(values.region).trim() === "") throw new UsageError("--region needs a region name");
  if (typeof values.date === "string") {
    // The timezone only places a bare day; whether the text is a date does not depend on it.
    const date = readDate(values.date.trim(), "UTC");
    if (isDateProblem(date)) throw new UsageError(`--date ${date.message}${date.hint ? `; ${date.hint}` : ""}`);
  }
}

function nameList(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text.split(",").map((s) => s.trim()).filter((s) => s !== "");
}

/** The options of a command line that names no flag: what `help` carries besides its topic. */
function defaults(): CliOptions {
  return { command: "help", content: "content", out: "_site", pathPrefix: undefined, baseUrl: undefined, drafts: false, strict: false, search: true, quiet: false, port: 8080, bind: "127.0.0.1", positionals: [], region: undefined, places: [], actors: [], date: undefined };
}
