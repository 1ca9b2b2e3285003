import { describe, expect, test } from "vitest";
import { buildNameIndex, lookupName } from "../../src/archive/names.ts";
import { validateRegistry } from "../../src/content/registry.ts";
import { parseYaml } from "../../src/content/yaml.ts";
import { formatDiagnostic } from "../../src/model/diagnostic.ts";
import type { EntityKind } from "../../src/model/entity.ts";

function registry(kind: EntityKind, yaml: string, file = "content/actors.yaml") {
  const entries = validateRegistry(file, kind, parseYaml(yaml));
  const index = buildNameIndex(kind, entries.value);
  return { index: index.value, messages: [...entries.diagnostics, ...index.diagnostics].map(formatDiagnostic) };
}

const ACTORS = `
- name: Malian Armed Forces
  aliases: [FAMa, Malian army]
- name: Wagner Group
  aliases: Wagner
- name: CSP-DPA
`;

describe("direction controls in a registry", () => {
  test("left open in a name or an alias: told at its line, closed; the name still matches", () => {
    const { index, messages } = registry("place", '- name: "\u202ETinzaouaten"\n  aliases:\n    - Tin Zaouatene\n    - "\u2067تين زاواتين"\n', "content/places.yaml");
    const HINT = "close each where the text it turns ends (U+202C after an embedding or override, U+2069 after an isolate), or delete it: left open, it would reorder the text shown after it";
    expect(messages).toEqual([
      `content/places.yaml:1: warning: name: it holds a U+202E RIGHT-TO-LEFT OVERRIDE never closed; pages and feeds close it where the text ends; ${HINT}`,
      `content/places.yaml:4: warning: aliases: alias 2 holds a U+2067 RIGHT-TO-LEFT ISOLATE never closed; pages and feeds close it where the text ends; ${HINT}`,
    ]);
    expect(index.entities.get("tinzaouaten" as never)?.name).toBe("\u202ETinzaouaten\u202C");
    expect(index.byKey.get("tyn-zawatyn")).toBe("tinzaouaten");
  });
});

describe("name matching: case, accents, punctuation", () => {
  const { index, messages } = registry("actor", ACTORS);
  test("the registry itself is clean", () => expect(messages).toEqual([]));
  test.each([
    ["Malian Armed Forces", "malian-armed-forces"],
    ["malian armed forces", "malian-armed-forces"],
    ["FAMa", "malian-armed-forces"],
    ["Fama", "malian-armed-forces"],
    ["FAMA", "malian-armed-forces"],
    ["Malian Army", "malian-armed-forces"],
    ["wagner", "wagner-group"],
    ["csp dpa", "csp-dpa"],
    ["CSP–DPA", "csp-dpa"],
    ["JNIM", undefined],
  ])("%s → %s", (name, slug) => {
    expect(lookupName(index, name)?.slug).toBe(slug);
  });
});

test("accents: menaka finds Ménaka", () => {
  const { index } = registry("place", "- name: Ménaka\n  coordinates: [15.92, 2.4]\n", "content/places.yaml");
  expect(lookupName(index, "menaka")?.name).toBe("Ménaka");
  expect(lookupName(index, "MÉNAKA")?.coordinates).toEqual([15.92, 2.4]);
});

describe("registry diagnostics, exact text", () => {
  test.each([
    [
      "same name twice, differently spelt",
      "- name: Kidal\n- name: kidal\n",
      [`content/actors.yaml:2: name: "kidal" is already the name of "Kidal" (the entry at content/actors.yaml:1)`],
    ],
    [
      "alias that is another entry's name",
      "- name: Wagner\n- name: Wagner Group\n  aliases: [Wagner]\n",
      [`content/actors.yaml:3: aliases: "Wagner" is already the name of "Wagner" (the entry at content/actors.yaml:1)`],
    ],
    [
      "alias shared by two entries",
      "- name: A\n  aliases: [X]\n- name: B\n  aliases: [x]\n",
      [`content/actors.yaml:4: aliases: "x" is already an alias of "A" (the entry at content/actors.yaml:1)`],
    ],
    ["an empty alias", "- name: A\n  aliases: [X, \"\"]\n", [`content/actors.yaml:2: aliases: an alias is empty; remove it, or write the other name`]],
    ["an alias written as the name, or twice", "- name: A\n  aliases:\n    - A\n    - X\n    - \"X \"\n", [`content/actors.yaml:3: warning: aliases: "A" is already its name; remove this alias`, `content/actors.yaml:5: warning: aliases: "X " is already one of its aliases; remove this alias`]],
    ["entry without a name", "- aliases: [X]\n", [`content/actors.yaml:1: name: entry 1 has no name`]],
    ["unknown key", "- name: A\n  alias: [X]\n", [`content/actors.yaml:2: alias: unknown key; did you mean "aliases"?`]],
    ["a key named like an object's own property", "- name: A\n  toString: x\n", [`content/actors.yaml:2: toString: unknown key`]],
    ["indented with tabs", "\t- name: A\n", [`content/actors.yaml:1: YAML: end of the stream or a document separator is expected (line 1 is indented with a tab; YAML indents with spaces)`]],
    ["not a list", "name: A\n", [`content/actors.yaml:1: expected a list of entries (- name: …), got a mapping`]],
    ["reserved slug", "- name: Page\n", [`content/actors.yaml:1: name: "Page" has the slug "page", a reserved path under /actors/`]],
    [
      "a name whose slug is too long for a folder",
      `- name: ${"Group ".repeat(40).trim()}\n`,
      [`content/actors.yaml:1: name: "${"Group ".repeat(6)}Grou…" has a slug of 239 characters; a slug names a folder and may be at most 200; shorten the name; a longer form can go in aliases or description`],
    ],
  ])("%s", (_name, yaml, expected) => {
    expect(registry("actor", yaml).messages).toEqual(expected);
  });

  test("coordinates out of range", () => {
    expect(registry("place", "- name: A\n  coordinates: [95, 10]\n", "content/places.yaml").messages).toEqual([
      "content/places.yaml:2: coordinates: [95, 10] is out of range; latitude is within ±90 and longitude within ±180, in that order",
    ]);
  });

  test("two names with the same slug but different keys cannot happen silently", () => {
    // "A.B" and "A B" share the slug form a-b: the second is a duplicate, not a second page.
    expect(registry("actor", "- name: A.B\n- name: A B\n").messages).toEqual([
      `content/actors.yaml:2: name: "A B" is already the name of "A.B" (the entry at content/actors.yaml:1)`,
    ]);
  });
});
