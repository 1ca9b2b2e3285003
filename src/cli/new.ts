// `new "Title" [--region R]`: writes a draft article into the archive and prints its path.
// The CLI edge of src/content/new-article.ts: it reads the clock and the disk, decides exit codes.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { newArticle } from "../content/new-article.ts";
import { formatDiagnostic, hasErrors, sortDiagnostics } from "../model/diagnostic.ts";
import type { CliOptions } from "./args.ts";
import { loadEditorArchive } from "./editor-archive.ts";
import { makeFolder } from "../outputs/make-folder.ts";
import type { Io } from "./main.ts";

export async function newCommand(options: CliOptions, cwd: string, io: Io): Promise<number> {
  const archive = await loadEditorArchive(options.content, cwd);
  const made = newArticle(
    {
      title: options.positionals[0]!,
      region: options.region,
      places: options.places,
      actors: options.actors,
      date: options.date,
      now: Date.now(),
      contentDisplay: archive.display,
    },
    archive.known,
  );
  const report = sortDiagnostics(made.diagnostics).map(formatDiagnostic);
  if (!made.value || hasErrors(made.diagnostics)) {
    io.err([...report, "news-archive: nothing written"].join("\n"));
    return 1;
  }
  const target = path.join(archive.root, ...made.value.relPath.split("/"));
  if (!(await writeNew(target, made.value.text))) {
    io.err(`news-archive: ${made.value.file} already exists; new never overwrites`);
    return 1;
  }
  if (report.length > 0) io.err(report.join("\n"));
  io.out(made.value.file);
  return 0;
}

/** Creates the file unless it exists (one system call, so no race with another writer). */
export async function writeNew(target: string, text: string): Promise<boolean> {
  await makeFolder(path.dirname(target));
  try {
    await writeFile(target, text, { flag: "wx" });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  }
}
