import { describe, expect, test } from "vitest";
import { parseCli, USAGE } from "../../src/cli/args.ts";
import { main } from "../../src/cli/main.ts";
import { commandHelp } from "../../src/cli/help.ts";

describe("new and import flags", () => {
  test("new: one title, names split on commas and trimmed", () => {
    expect(parseCli(["new", "Army returns", "--region", " Kidal ", "--places", "Tessalit, In-Afarak,,", "--actors", "FAMa", "--date", "2024-07-23", "--content", "arch"])).toMatchObject({
      command: "new",
      content: "arch",
      positionals: ["Army returns"],
      region: "Kidal",
      places: ["Tessalit", "In-Afarak"],
      actors: ["FAMa"],
      date: "2024-07-23",
    });
  });

  test("import: any number of files", () => {
    expect(parseCli(["import", "a.txt", "b.txt", "--date", "2024-07-23T10:00:00+02:00"])).toMatchObject({ command: "import", positionals: ["a.txt", "b.txt"], date: "2024-07-23T10:00:00+02:00", region: undefined, places: [] });
  });

  test.each([
    [["new", "Title", "--region", "  "], "--region needs a region name"],
    [["new", "--region", "Kidal"], 'new needs a title: news-archive new "Title" --region R'],
    [["new", " ", "--region", "Kidal"], 'new needs a title: news-archive new "Title" --region R'],
    [["new", "Two", "words", "--region", "Kidal"], 'new takes one title; put it in quotes ("Two words")'],
    [["new", "Line\nbreak", "--region", "Kidal"], "the title must be one line of text"],
    [["new", "T", "--region", "Kidal", "--date", "2024-02-30"], '--date "2024-02-30" is not a real date'],
    [["new", "T", "--region", "Kidal", "--date", "2024-01-01T24:00:00Z"], '--date "2024-01-01T24:00:00Z" is not a real time of day'],
    [["new", "T", "--region", "Kidal", "--date", "2024-01-01T10:00"], '--date "2024-01-01T10:00" has no time zone offset; add Z or an offset such as +00:00'],
    [["new", "T", "--region", "Kidal", "--date", ""], '--date "" is not a date; write YYYY-MM-DD or an ISO 8601 date-time with offset'],
    [["new", "T", "--region", "Kidal", "--strict"], "new does not take --strict"],
    [["new", "T", "--region", "Kidal", "--out", "x"], "new does not take --out"],
    [["import"], "import needs at least one plain-text file"],
    [["import", "a.txt", "--places", "Kidal"], "import does not take --places; it proposes them from the text"],
    [["import", "a.txt", "--actors", "JNIM"], "import does not take --actors; it proposes them from the text"],
    [["import", "a.txt", "--region", ""], "--region needs a region name"],
    [["build", "--region", "Kidal"], "build does not take --region"],
    [["check", "--date", "2024-01-01"], "check does not take --date"],
    [["check", "extra"], 'unexpected argument "extra"'],
    [["build", "--port", "3"], "build does not take --port (serve does)"],
    [["build", "--bind", "0.0.0.0"], "build does not take --bind (serve does)"],
    [["check", "--bind", "0.0.0.0"], "check does not take --bind"],
    [["serve", "--bind", " "], "--bind needs an address, such as 127.0.0.1 or 0.0.0.0"],
    [["build", "--bogus"], "unknown option --bogus"],
    [["build", "-x"], "unknown option -x"],
    [["build", "--out"], "--out needs a value"],
    [["build", "--drafts=yes"], "--drafts takes no value"],
  ])("%j: %s", (args, message) => {
    expect(() => parseCli(args)).toThrow(message);
    try {
      parseCli(args);
    } catch (e) {
      expect((e as Error).message).toBe(message);
    }
  });
});

describe("help for one command", () => {
  test.each([
    [["help", "build"], ["build"]],
    [["build", "--help"], ["build"]],
    [["serve", "-h"], ["serve"]],
    [["help"], []],
    [["--help"], []],
  ])("%j asks for the help of %j", (args, topic) => {
    expect(parseCli(args)).toMatchObject({ command: "help", positionals: topic });
  });

  // Every flag the parser knows, with a value it accepts where it takes one.
  const FLAGS: Record<string, string[]> = {
    content: ["x"], out: ["x"], "path-prefix": ["/p/"], "base-url": ["https://x.org"], drafts: [], strict: [], "no-search": [], quiet: [],
    port: ["8081"], bind: ["0.0.0.0"], region: ["x"], places: ["x"], actors: ["x"], date: ["2024-01-01"],
  };
  test.each(["build", "serve", "check", "new", "import"])("%s: its help names exactly the flags the command takes", (command) => {
    const positional = command === "new" ? ["Title"] : command === "import" ? ["a.txt"] : [];
    const accepted = Object.keys(FLAGS).filter((flag) => {
      try {
        parseCli([command, ...positional, `--${flag}`, ...FLAGS[flag]!]);
        return true;
      } catch {
        return false;
      }
    });
    const named = [...commandHelp(command)!.matchAll(/^ {2}--([a-z-]+)/gm)].map((m) => m[1]!);
    expect(named.sort()).toEqual(accepted.sort());
  });
  test.each([["help"], ["help", "help"], ["help", "version"], ["--help"]])("%j is the usage of every command", async (...args) => {
    const out: string[] = [];
    const code = await main(args, process.cwd(), { out: (t: string) => out.push(t), err: () => undefined } as never);
    expect([code, out.join("\n")]).toEqual([0, USAGE]);
  });
});
