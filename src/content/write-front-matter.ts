// Front matter written by `new` and `import`: the layout editors write by hand (SPEC §2), every
// value quoted by js-yaml where YAML needs it, so any title reads back as the same string.
import jsyaml from "js-yaml";

export interface FrontMatterFields {
  title: string;
  date: string;
  /** undefined: an empty `region:` line with a comment saying what belongs there. */
  region: string | undefined;
  places: readonly string[];
  actors: readonly string[];
  read_also: readonly string[];
  draft: boolean;
}

export interface WrittenFrontMatter {
  /** From the opening `---` to the closing `---` and its newline. */
  text: string;
  /** File line of each key and list item ("places.0"), as yaml.ts's lines map names them. */
  lines: Map<string, number>;
}

const DUMP = { schema: jsyaml.CORE_SCHEMA, lineWidth: -1, quotingType: '"' } as const;

export function writeFrontMatter(fields: FrontMatterFields): WrittenFrontMatter {
  const rows = ["---"];
  const lines = new Map<string, number>();
  const add = (key: string, row: string) => {
    rows.push(row);
    lines.set(key, rows.length);
  };
  // Titles always in double quotes, as in SPEC §2: a title is prose, full of colons and quotes.
  add("title", `title: ${scalar(fields.title, true)}`);
  add("date", `date: ${scalar(fields.date, false)}`);
  add("region", fields.region === undefined ? `region:   # required: one region name (regions.yaml)` : `region: ${scalar(fields.region, false)}`);
  for (const key of ["places", "actors"] as const) {
    if (fields[key].length === 0) continue;
    add(key, `${key}: ${jsyaml.dump([...fields[key]], { ...DUMP, flowLevel: 0 }).trimEnd()}`);
    fields[key].forEach((_, i) => lines.set(`${key}.${i}`, rows.length));
  }
  if (fields.read_also.length > 0) {
    add("read_also", "read_also:");
    fields.read_also.forEach((ref, i) => add(`read_also.${i}`, `  - ${scalar(ref, false)}`));
  }
  if (fields.draft) add("draft", "draft: true");
  rows.push("---");
  return { text: rows.join("\n") + "\n", lines };
}

function scalar(value: string, quoted: boolean): string {
  // A line break would make js-yaml write a block scalar over several lines: keep one line.
  return jsyaml.dump(value, { ...DUMP, forceQuotes: quoted || /[\r\n\u0085\u2028\u2029]/.test(value) }).trimEnd();
}
