// Every problem an editor can cause is a Diagnostic, collected and reported at once.
// Stages return them beside their value and never throw for bad content.

export type Severity = "error" | "warning";

export type DiagnosticCode =
  | "yaml-syntax"
  | "no-front-matter"
  | "empty-file"
  | "not-utf8"
  | "control-character"
  | "bidi-control"
  | "missing-key"
  | "wrong-type"
  | "unknown-key"
  | "bad-date"
  | "updated-before-date"
  | "bad-slug"
  | "reserved-slug"
  | "duplicate-slug"
  | "unknown-reference"
  | "ambiguous-reference"
  | "self-reference"
  | "unknown-name"
  | "duplicate-name"
  | "bad-value"
  | "read-error"
  | "linked-folder"
  | "static-conflict";

export interface Diagnostic {
  file: string;
  line?: number | undefined;
  key?: string | undefined;
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  hint?: string | undefined;
}

export interface Result<T> {
  value: T;
  diagnostics: Diagnostic[];
}

export function error(
  code: DiagnosticCode,
  file: string,
  line: number | undefined,
  key: string | undefined,
  message: string,
  hint?: string,
): Diagnostic {
  return { file, line, key, code, severity: "error", message, hint };
}

export function warning(
  code: DiagnosticCode,
  file: string,
  line: number | undefined,
  key: string | undefined,
  message: string,
  hint?: string,
): Diagnostic {
  return { file, line, key, code, severity: "warning", message, hint };
}

/** `file:line: key: message; hint` — the one line an editor reads (SPEC §4). */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === undefined ? d.file : `${d.file}:${d.line}`;
  const level = d.severity === "warning" ? "warning: " : "";
  const key = d.key === undefined ? "" : `${d.key}: `;
  const hint = d.hint === undefined ? "" : `; ${d.hint}`;
  return `${where}: ${level}${key}${d.message}${hint}`;
}

/** Diagnostics in reading order: by file, then line, then text, so output never depends on scheduling. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      compare(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      compare(formatDiagnostic(a), formatDiagnostic(b)),
  );
}

/** With --strict every warning counts as an error. */
export function escalate(list: readonly Diagnostic[], strict: boolean): Diagnostic[] {
  return strict ? list.map((d) => ({ ...d, severity: "error" as const })) : [...list];
}

export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === "error");
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
