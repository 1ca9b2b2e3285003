import { describe, expect, test } from "vitest";
import { findNames, mostNamed } from "../../src/archive/find-names.ts";
import { buildNameIndex } from "../../src/archive/names.ts";
import { validateRegistry } from "../../src/content/registry.ts";
import { parseYaml } from "../../src/content/yaml.ts";
import type { EntityKind } from "../../src/model/entity.ts";

const index = (kind: EntityKind, yaml: string) => buildNameIndex(kind, validateRegistry("r.yaml", kind, parseYaml(yaml)).value).value;

const ACTORS = index(
  "actor",
  `
- name: Malian Armed Forces
  aliases: [FAMa, Malian army]
- name: Malian transitional authorities
  aliases: [transitional authorities]
- name: Wagner Group
  aliases: [Wagner]
- name: CSP-DPA
  aliases: [CSP]
- name: 中国政府
`,
);
const PLACES = index("place", "- name: Ménaka\n  region: Ménaka\n- name: Kidal\n  region: Kidal\n- name: Gao\n");

const found = (texts: string[], idx = ACTORS) => findNames(idx, texts).map((f) => [f.entity.name, f.count]);

describe("names found in running text", () => {
  test.each([
    ["aliases, any case", ["the Fama and WAGNER left"], [["Malian Armed Forces", 1], ["Wagner Group", 1]]],
    ["whole words only", ["Wagnerian fames and a CSPX"], []],
    ["punctuation between words does not matter", ["the CSP–DPA, then the Malian-army"], [["CSP-DPA", 1], ["Malian Armed Forces", 1]]],
    ["the longest name wins at a word", ["the Malian transitional authorities said"], [["Malian transitional authorities", 1]]],
    ["counts add up over texts, in order of first appearance", ["Wagner came.", "The CSP, then Wagner, then the CSP-DPA."], [["Wagner Group", 2], ["CSP-DPA", 2]]],
    ["a script slugify cannot spell, as a substring", ["据报道中国政府表示"], [["中国政府", 1]]],
    ["an unspellable name in reading order among spelled ones", ["中国政府 spoke, then Wagner"], [["中国政府", 1], ["Wagner Group", 1]]],
    ["and after them when named after", ["Wagner spoke, then 中国政府"], [["Wagner Group", 1], ["中国政府", 1]]],
    ["nothing named", ["The army arrived."], []],
  ])("%s", (_name, texts, expected) => {
    expect(found(texts)).toEqual(expected);
  });

  test("accents do not matter", () => {
    expect(found(["In Menaka and MÉNAKA, not in Kidalville"], PLACES)).toEqual([["Ménaka", 2]]);
  });

  test("the most named wins; a tie goes to the first named", () => {
    expect(mostNamed(findNames(PLACES, ["Gao, Kidal, Kidal, Gao"]))?.entity.name).toBe("Gao");
    expect(mostNamed(findNames(PLACES, ["Gao, Kidal, Kidal"]))?.entity.name).toBe("Kidal");
    expect(mostNamed([])).toBeUndefined();
  });
});
