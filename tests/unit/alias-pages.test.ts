// Alias redirect pages: which aliases get one, and that none ever shadows a real page.
import { describe, expect, test } from "vitest";
import { aliasPages } from "../../src/archive/alias-pages.ts";
import type { Entity } from "../../src/model/entity.ts";
import { makeEntitySlug } from "../../src/model/slug.ts";
import { buildViews } from "../helpers/insight-archive.ts";
import { fm } from "../helpers/memory-archive.ts";

const entity = (name: string, aliases: string[] = [], registered = true): Entity => ({
  kind: "place",
  slug: makeEntitySlug(name),
  name,
  aliases,
  registered,
  type: undefined,
  region: undefined,
  country: undefined,
  coordinates: undefined,
  description: undefined,
  wikidata: undefined,
});

describe("aliasPages", () => {
  test.each([
    ["an alias with its own slug gets a page", [entity("Inafarak", ["In-Afarak"])], ["in-afarak → inafarak"]],
    ["an alias with the entity's own slug does not (accents, case)", [entity("Abeibara", ["Abeïbara", "ABEIBARA"])], []],
    ["an alias never takes another entity's slug, registered or not", [entity("Gao", ["Kidal"]), entity("Kidal", [], false)], []],
    ["nor a reserved slug", [entity("Kidal", ["Page", "Feed", "Index", "Search"])], []],
    ["two spellings with one slug: one page", [entity("Tinzaouaten", ["Tin Zaouatene", "Tin-Zaouatene", "Tinzaouatene"])], ["tin-zaouatene → tinzaouaten", "tinzaouatene → tinzaouaten"]],
    ["two entities wanting one slug: the first in order keeps it", [entity("Ber", ["Bir"]), entity("Bourem", ["bir"])], ["bir → ber"]],
    ["an alias with nothing to transliterate has no page", [entity("Kidal", ["キダル", "!!"])], []],
    ["an unregistered name has no aliases to redirect", [entity("Anefis", ["Anéfif"], false)], []],
  ])("%s", (_name, entities, expected) => {
    expect(aliasPages("place", entities).map((p) => `${p.slug} → ${p.target.slug}`)).toEqual(expected);
  });
});

describe("alias redirect views of an archive", () => {
  const views = buildViews(
    { "a.md": fm("title: A\ndate: 2024-01-01\nregion: Kidal region\nplaces: [In-Afarak, Kidal]\nactors: [FAMa]") },
    {
      site: "base_url: https://x.org\npath_prefix: /news/\n",
      region: "- name: Kidal\n  aliases: [Kidal region]\n",
      place: "- name: Inafarak\n  aliases: [In-Afarak]\n- name: Kidal\n",
      actor: "- name: Malian Armed Forces\n  aliases: [FAMa, Malian army]\n",
    },
  );

  test("a page per alias slug of every kind, pointing at the entity", () => {
    expect(views.aliasRedirect.map((v) => [v.outputPath, v.target.href, v.head.canonical, v.head.robots])).toEqual([
      ["places/in-afarak/index.html", "/news/places/inafarak/", "https://x.org/news/places/inafarak/", "noindex"],
      ["actors/fama/index.html", "/news/actors/malian-armed-forces/", "https://x.org/news/actors/malian-armed-forces/", "noindex"],
      ["actors/malian-army/index.html", "/news/actors/malian-armed-forces/", "https://x.org/news/actors/malian-armed-forces/", "noindex"],
      ["regions/kidal-region/index.html", "/news/regions/kidal/", "https://x.org/news/regions/kidal/", "noindex"],
    ]);
    expect(views.aliasRedirect[0]!.message).toBe("“In-Afarak” is another name for Inafarak.");
  });

  test("no redirect is written where any other view writes", () => {
    const others = new Set(Object.entries(views).flatMap(([key, list]) => (key === "aliasRedirect" ? [] : list.map((v: { outputPath: string }) => v.outputPath))));
    expect(others.size).toBeGreaterThan(10);
    for (const v of views.aliasRedirect) expect(others.has(v.outputPath), v.outputPath).toBe(false);
  });
});
