// `new`: the text and place of a fresh article, as `hugo new` would write it from an archetype:
// front matter filled from the flags, `draft: true` so it stays out of `build` until the editor
// removes that line, and an empty body. Names are written as the registry spells them.
import { DateTime } from "luxon";
import type { KnownArchive } from "../archive/known-archive.ts";
import { lookupName } from "../archive/names.ts";
import { error, warning, type Diagnostic, type Result } from "../model/diagnostic.ts";
import type { EntityKind } from "../model/entity.ts";
import { placeArticle } from "./article-placement.ts";
import { isDateProblem, readDate } from "./dates.ts";
import { didYouMean } from "./describe.ts";
import { writeFrontMatter } from "./write-front-matter.ts";

export interface NewArticleInput {
  title: string;
  /** SPEC §4 makes --region optional: without it the file says where the region goes. */
  region: string | undefined;
  places: readonly string[];
  actors: readonly string[];
  /** --date as given; undefined means today in the site timezone. */
  date: string | undefined;
  /** The clock, read only at the CLI edge. */
  now: number;
  /** The archive folder as the editor sees it, e.g. `content`. */
  contentDisplay: string;
}

export interface NewArticle {
  /** Inside the archive folder. */
  relPath: string;
  /** As the editor sees it. */
  file: string;
  text: string;
}

export function newArticle(input: NewArticleInput, known: KnownArchive): Result<NewArticle | undefined> {
  const title = input.title.trim();
  const dateText = input.date ?? DateTime.fromMillis(input.now, { zone: known.site.timezone }).toISODate()!;
  const date = readDate(dateText, known.site.timezone);
  if (isDateProblem(date)) return { value: undefined, diagnostics: [error("bad-date", "--date", undefined, undefined, date.message, date.hint)] };
  const placed = placeArticle(title, date, input.contentDisplay, known.articles);
  if (!placed.value) return { value: undefined, diagnostics: placed.diagnostics };
  const { file, relPath } = placed.value;

  const diagnostics: Diagnostic[] = [];
  const names: { kind: EntityKind; key: string; texts: readonly string[]; out: string[] }[] = [
    { kind: "region", key: "region", texts: input.region === undefined ? [] : [input.region], out: [] },
    { kind: "place", key: "places", texts: input.places, out: [] },
    { kind: "actor", key: "actors", texts: input.actors, out: [] },
  ];
  const unknown: { key: string; text: string; kind: EntityKind; index: number }[] = [];
  for (const { kind, key, texts, out } of names) {
    texts.forEach((text) => {
      const entity = lookupName(known.indexes[kind], text);
      const name = entity?.registered ? entity.name : text.trim();
      // "Fama" and "Malian army" are one actor: list it once.
      if (!out.includes(name)) out.push(name);
      if (!entity?.registered) unknown.push({ key, text: text.trim(), kind, index: out.indexOf(name) });
    });
  }
  const [region, places, actors] = names.map((n) => n.out) as [string[], string[], string[]];
  const written = writeFrontMatter({ title, date: dateText, region: region[0], places, actors, read_also: [], draft: true });
  if (region.length === 0) {
    // Every article needs a region (SPEC §2): the file is written, and check says what is missing.
    diagnostics.push(warning("missing-key", file, written.lines.get("region"), "region", "left empty: fill in the article's region (until then serve and check stop at this draft; build leaves it out)", "a name from regions.yaml"));
  }
  for (const u of unknown) {
    const index = known.indexes[u.kind];
    const line = written.lines.get(u.key === "region" ? "region" : `${u.key}.${u.index}`);
    diagnostics.push(warning("unknown-name", file, line, u.key, `${JSON.stringify(u.text)} is not in ${known.registryFiles[u.kind]}`, didYouMean(u.text, index.spellings)));
  }
  return { value: { relPath, file, text: `${written.text}\n` }, diagnostics };
}
