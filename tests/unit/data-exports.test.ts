// Data exports: articles.json, places.geojson (RFC 7946) and graph.json, checked field by field.
import { describe, expect, test } from "vitest";
import type { DataExportView } from "../../src/views/insight-types.ts";
import { buildViews } from "../helpers/insight-archive.ts";
import { fm } from "../helpers/memory-archive.ts";

const views = buildViews(
  {
    "a.md": fm('title: "A"\ndate: 2024-01-01\nregion: K\nplaces: [Kidal, Nowhere]\nactors: [FAMa]\nread_also: [b]\nsummary: "First."', "See [[c]]."),
    "b.md": fm('title: "B"\ndate: 2024-02-01T10:30:00+02:00\nregion: K\nupdated: 2024-02-03\nlang: fr', "Read also: [[c]]"),
    "c.md": fm('title: "C"\ndate: 2024-03-01\nregion: K\nplaces: [Gao]'),
  },
  {
    site: "base_url: https://x.org\npath_prefix: /news/\ntimezone: Africa/Bamako\n",
    region: "- name: K\n",
    place: "- name: Kidal\n  aliases: [Kidal town]\n  coordinates: [18.44, 1.41]\n  region: K\n  wikidata: Q1022283\n- name: Gao\n  coordinates: [16.27, -0.04]\n- name: Tessalit\n",
    actor: "- name: Malian Armed Forces\n  aliases: [FAMa]\n",
  },
);
const file = (name: string): DataExportView => views.dataExport.find((v) => v.outputPath === `data/${name}`)!;

describe("the exports", () => {
  test("three files under /data/, with their media types", () => {
    expect(views.dataExport.map((v) => [v.outputPath, v.mediaType])).toEqual([
      ["data/articles.json", "application/json"],
      ["data/places.geojson", "application/geo+json"],
      ["data/graph.json", "application/json"],
    ]);
  });
});

describe("places.geojson, RFC 7946", () => {
  const geo = file("places.geojson").data as { type: string; features: { type: string; id: string; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }[] };

  test("a FeatureCollection of Point features, no crs member", () => {
    expect(Object.keys(geo).sort()).toEqual(["features", "type"]);
    expect(geo.type).toBe("FeatureCollection");
    for (const f of geo.features) {
      expect(f.type).toBe("Feature");
      expect(f.geometry.type).toBe("Point");
      expect(f.geometry.coordinates).toHaveLength(2);
      const [lon, lat] = f.geometry.coordinates as [number, number];
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
    }
  });

  test("only places with coordinates, as [longitude, latitude]", () => {
    expect(geo.features.map((f) => [f.id, f.geometry.coordinates])).toEqual([
      ["gao", [-0.04, 16.27]],
      ["kidal", [1.41, 18.44]],
    ]);
  });

  test("properties: name, slug, absolute url, article count, aliases and registry facts", () => {
    expect(geo.features.find((f) => f.id === "kidal")!.properties).toEqual({
      name: "Kidal",
      slug: "kidal",
      url: "https://x.org/news/places/kidal/",
      article_count: 1,
      aliases: ["Kidal town"],
      kind: null,
      region: "K",
      country: null,
      wikidata: "Q1022283",
    });
  });
});

describe("articles.json", () => {
  const json = file("articles.json").data as { site: unknown; articles: Record<string, unknown>[] };

  test("metadata of every article, newest first, no bodies", () => {
    expect(json.site).toEqual({ title: "News archive", url: "https://x.org/news/", language: "en", timezone: "Africa/Bamako" });
    expect(json.articles.map((a) => a.slug)).toEqual(["c", "b", "a"]);
    for (const a of json.articles) expect(Object.keys(a)).toEqual(["slug", "url", "title", "date", "updated", "region", "places", "actors", "read_also", "lang", "summary", "thread"]);
  });

  test.each([
    ["a", { url: "https://x.org/news/articles/a/", date: "2024-01-01", updated: null, lang: "en", summary: "First.", read_also: ["b"], thread: "a" }],
    ["b", { date: "2024-02-01T10:30:00+02:00", updated: "2024-02-03", lang: "fr", read_also: ["c"], places: [] }],
  ])("article %s", (slug, expected) => {
    expect(json.articles.find((a) => a.slug === slug)).toMatchObject(expected);
  });

  test("names with their slugs, registered or not", () => {
    const a = json.articles.find((x) => x.slug === "a")!;
    expect([a.region, a.places, a.actors]).toEqual([
      { slug: "k", name: "K" },
      [
        { slug: "kidal", name: "Kidal" },
        { slug: "nowhere", name: "Nowhere" },
      ],
      [{ slug: "malian-armed-forces", name: "Malian Armed Forces" }],
    ]);
  });
});

describe("graph.json", () => {
  const graph = file("graph.json").data as { nodes: { id: string; thread: string | null }[]; edges: { source: string; target: string; type: string }[] };

  test("articles as nodes, with their thread", () => {
    expect(graph.nodes.map((n) => [n.id, n.thread])).toEqual([
      ["c", "a"],
      ["b", "a"],
      ["a", "a"],
    ]);
  });

  test("links as directed edges, read_also or wikilink", () => {
    expect(graph.edges).toEqual([
      { source: "b", target: "c", type: "read_also" },
      { source: "a", target: "c", type: "wikilink" },
      { source: "a", target: "b", type: "read_also" },
    ]);
  });
});
