// places.yaml, actors.yaml, regions.yaml: a YAML list of entries (SPEC §3), validated one by one.
import { z } from "zod";
import { error, warning, type Diagnostic, type Result } from "../model/diagnostic.ts";
import type { EntityKind } from "../model/entity.ts";
import { describeValue, didYouMean, keyText } from "./describe.ts";
import type { ParsedYaml } from "./yaml.ts";
import { balanceBidiControls, bidiControlsMessage } from "./bidi-controls.ts";

const nameList = z.union([z.string().transform((s) => [s]), z.array(z.string())]);

export const registryEntryShape = {
  name: z.string().trim().min(1),
  aliases: nameList.optional(),
  kind: z.string().optional(),
  region: z.string().optional(),
  country: z.string().optional(),
  coordinates: z.tuple([z.number(), z.number()]).optional(),
  description: z.string().optional(),
  wikidata: z.string().regex(/^Q\d+$/).optional(),
} as const;
type EntryKey = keyof typeof registryEntryShape;

const EXPECTED: Record<EntryKey, string> = {
  name: "a non-empty string",
  aliases: "a list of names",
  kind: "one word such as town or armed group",
  region: "a region name",
  country: "a country name",
  coordinates: "[latitude, longitude] in degrees",
  description: "a string (Markdown)",
  wikidata: "a Wikidata id such as Q1234",
};

export interface RegistryEntry {
  name: string;
  aliases: { text: string; line: number | undefined }[];
  type: string | undefined;
  region: string | undefined;
  country: string | undefined;
  coordinates: [number, number] | undefined;
  description: string | undefined;
  wikidata: string | undefined;
  file: string;
  line: number | undefined;
  /** Line of the `region:` key, for the warning when that region is not registered. */
  regionLine: number | undefined;
}

/** `unreadable`: no entry could be read at all, so no name can be told missing from it. */
export function validateRegistry(file: string, kind: EntityKind, parsed: ParsedYaml): Result<RegistryEntry[]> & { unreadable?: true } {
  const diagnostics: Diagnostic[] = [];
  if (parsed.errors.length > 0) {
    return { value: [], diagnostics: parsed.errors.map((e) => error("yaml-syntax", file, e.line, undefined, `YAML: ${e.message}`)), unreadable: true };
  }
  if (parsed.value === null || parsed.value === undefined) return { value: [], diagnostics };
  if (!Array.isArray(parsed.value)) {
    return { value: [], diagnostics: [error("wrong-type", file, 1, undefined, `expected a list of entries (- name: …), got ${describeValue(parsed.value)}`)], unreadable: true };
  }
  const bare = () => ({ type: undefined, region: undefined, country: undefined, coordinates: undefined, description: undefined, wikidata: undefined, regionLine: undefined });
  const entries: RegistryEntry[] = [];
  parsed.value.forEach((item: unknown, index) => {
    const lineOf = (key?: string) => parsed.lines.get(key === undefined ? `${index}` : `${index}.${key}`) ?? parsed.lines.get(`${index}`);
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      diagnostics.push(error("wrong-type", file, lineOf(), undefined, `entry ${index + 1} must be a mapping with a name, got ${describeValue(item)}`));
      return;
    }
    const record = item as Record<string, unknown>;
    // A name is shown inside lists and sentences: direction controls left open in it are closed
    // (bidi-controls.ts), as in an article's front matter.
    const balanced = (text: string, key: EntryKey, line: number | undefined, subject: string): string => {
      const bidi = balanceBidiControls(text);
      if (!bidi) return text;
      const { message, hint } = bidiControlsMessage(bidi, subject);
      diagnostics.push(warning("bidi-control", file, line, key, message, hint));
      return bidi.text;
    };
    const aliasesOf = (list: unknown) =>
      ((list as string[] | undefined) ?? []).map((text, i) => {
        const line = parsed.lines.get(`${index}.aliases.${i}`) ?? lineOf("aliases");
        return { text: balanced(text, "aliases", line, `alias ${i + 1}`), line };
      });
    const data: Partial<Record<EntryKey, unknown>> = {};
    let ok = true;
    for (const key of Object.keys(record).sort()) {
      if (!Object.hasOwn(registryEntryShape, key)) {
        diagnostics.push(error("unknown-key", file, lineOf(key), keyText(key), "unknown key", didYouMean(key, Object.keys(registryEntryShape))));
        ok = false;
      }
    }
    for (const key of Object.keys(registryEntryShape) as EntryKey[]) {
      const value = record[key];
      if (value === undefined || value === null) {
        if (key === "name") {
          diagnostics.push(error("missing-key", file, lineOf(), "name", `entry ${index + 1} has no name`));
          ok = false;
        }
        continue;
      }
      const result = registryEntryShape[key].safeParse(value);
      if (result.success) data[key] = result.data;
      else {
        diagnostics.push(error("wrong-type", file, lineOf(key), key, `expected ${EXPECTED[key]}, got ${describeValue(value)}`));
        ok = false;
      }
    }
    if (typeof data.name === "string") data.name = balanced(data.name, "name", lineOf("name"), "it");
    const coordinates = data.coordinates as [number, number] | undefined;
    if (coordinates) {
      const [lat, lon] = coordinates;
      if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
        diagnostics.push(error("bad-value", file, lineOf("coordinates"), "coordinates", `[${lat}, ${lon}] is out of range`, "latitude is within ±90 and longitude within ±180, in that order"));
        ok = false;
      }
    }
    if (kind !== "place") {
      for (const key of ["coordinates", "region"] as const) {
        if (data[key] !== undefined) diagnostics.push(warning("unknown-key", file, lineOf(key), key, `only places have a ${key}; it is ignored here`));
      }
    }
    if (!ok) {
      // Kept by its name and aliases only, so that they still resolve (the build stops at the error
      // above anyway): "Tessalit is not in places.yaml" on every article naming it would be false,
      // and would bury the real error.
      if (typeof data.name === "string") entries.push({ ...bare(), name: data.name, aliases: aliasesOf(data.aliases), file, line: lineOf("name") });
      return;
    }
    entries.push({
      name: data.name as string,
      aliases: aliasesOf(data.aliases),
      type: data.kind as string | undefined,
      region: kind === "place" ? (data.region as string | undefined) : undefined,
      country: data.country as string | undefined,
      coordinates: kind === "place" ? coordinates : undefined,
      description: data.description as string | undefined,
      wikidata: data.wikidata as string | undefined,
      file,
      line: lineOf("name"),
      regionLine: data.region === undefined ? undefined : lineOf("region"),
    });
  });
  // A list of which no entry could be read (plain strings, say): its names are unknown, not missing.
  return entries.length === 0 && parsed.value.length > 0 ? { value: entries, diagnostics, unreadable: true } : { value: entries, diagnostics };
}
