// `import FILE...`: plain-text articles into the archive as Markdown, all of them or none.
// The CLI edge of src/content/import-text.ts: it reads and writes files and decides exit codes.
import { access, readFile } from "node:fs/promises";
import path from "node:path";
import { decodeUtf8 } from "../content/utf8.ts";
import { importTexts, type ImportSource } from "../content/import-text.ts";
import { error, formatDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from "../model/diagnostic.ts";
import type { CliOptions } from "./args.ts";
import { loadEditorArchive } from "./editor-archive.ts";
import type { Io } from "./main.ts";
import { writeNew } from "./new.ts";

export async function importCommand(options: CliOptions, cwd: string, io: Io): Promise<number> {
  const diagnostics: Diagnostic[] = [];
  const sources: ImportSource[] = [];
  for (const name of options.positionals) {
    const file = path.relative(cwd, path.resolve(cwd, name)).split(path.sep).join("/");
    let bytes: Buffer;
    try {
      bytes = await readFile(path.resolve(cwd, name));
    } catch (e) {
      io.err(`news-archive: import: cannot read ${name}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`);
      return 2;
    }
    const text = decodeUtf8(bytes);
    if (typeof text === "string") sources.push({ file, text });
    else diagnostics.push(error("not-utf8", file, text.line, undefined, "is not UTF-8 text", "save the file as UTF-8"));
  }

  const archive = await loadEditorArchive(options.content, cwd);
  const imported = importTexts(sources, { date: options.date, region: options.region, contentDisplay: archive.display }, archive.known);
  diagnostics.push(...imported.diagnostics);
  const targets = imported.value.map((a) => ({ ...a, abs: path.join(archive.root, ...a.relPath.split("/")) }));
  for (const t of targets) {
    if (await exists(t.abs)) diagnostics.push(error("duplicate-slug", t.source, undefined, undefined, `${t.file} already exists; import never overwrites`));
  }
  const report = sortDiagnostics(diagnostics).map(formatDiagnostic);
  if (hasErrors(diagnostics)) {
    io.err([...report, "news-archive: nothing written"].join("\n"));
    return 1;
  }
  const written: string[] = [];
  for (const t of targets) {
    if (!(await writeNew(t.abs, t.text))) {
      io.err(`news-archive: ${t.file} appeared while importing; it was left as it is`);
      written.forEach((f) => io.out(f));
      return 1;
    }
    written.push(t.file);
  }
  if (report.length > 0) io.err(report.join("\n"));
  written.forEach((f) => io.out(f));
  return 0;
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
