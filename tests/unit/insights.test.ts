// Entity insights: co-occurrence rankings and nearest places, as input/expected tables.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { haversineKm, nearestPlaces, type Located } from "../../src/archive/nearest.ts";
import { entityKey, type EntityKind } from "../../src/model/entity.ts";
import type { EntitySlug } from "../../src/model/slug.ts";
import { buildArchive, buildViews } from "../helpers/insight-archive.ts";
import { fm } from "../helpers/memory-archive.ts";

const REGISTRIES = {
  region: "- name: K\n",
  actor: "- name: Xray\n- name: Yankee\n- name: Zulu\n- name: Whiskey\n",
  place: "- name: Anefis\n  coordinates: [0, 0]\n- name: Ber\n  coordinates: [0, 1]\n- name: Cinzana\n  coordinates: [0, 2]\n- name: Douentza\n  coordinates: [1, 0]\n- name: Essakane\n  coordinates: [10, 10]\n- name: Fafa\n",
};
const art = (n: number, actors: string, places: string) => fm(`title: T${n}\ndate: 2024-01-0${n}\nregion: K\nactors: [${actors}]\nplaces: [${places}]`);
const ARTICLES = {
  "1.md": art(1, "Xray, Yankee", "Anefis"),
  "2.md": art(2, "Xray, Yankee, Zulu", "Anefis, Ber"),
  "3.md": art(3, "Zulu, Xray", "Ber"),
  "4.md": art(4, "Xray, Whiskey", "Ber"),
};

describe("co-occurrence: by count, then name", () => {
  const archive = buildArchive(ARTICLES, REGISTRIES);
  const ranked = (table: "actors" | "places", kind: EntityKind, slug: string) =>
    (archive.cooccurrence[table].get(entityKey({ kind, slug: slug as EntitySlug })) ?? []).map((r) => `${r.ref.slug} ${r.count}`);

  test.each([
    ["actors with Xray (Yankee and Zulu tie at 2: by name)", "actors", "actor", "xray", ["yankee 2", "zulu 2", "whiskey 1"]],
    ["places of Xray", "places", "actor", "xray", ["ber 3", "anefis 2"]],
    ["actors with Yankee", "actors", "actor", "yankee", ["xray 2", "zulu 1"]],
    ["actors at Anefis (Xray and Yankee tie: by name)", "actors", "place", "anefis", ["xray 2", "yankee 2", "zulu 1"]],
    ["actors in region K", "actors", "region", "k", ["xray 4", "yankee 2", "zulu 2", "whiskey 1"]],
    ["an actor never lists itself", "actors", "actor", "whiskey", ["xray 1"]],
    ["a place named in no article has no list", "actors", "place", "fafa", []],
  ] as const)("%s", (_name, table, kind, slug, expected) => {
    expect(ranked(table, kind, slug)).toEqual(expected);
  });

  test("the actor page shows both lists, with counts", () => {
    const views = buildViews(ARTICLES, REGISTRIES);
    const xray = views.entity.find((v) => v.outputPath === "actors/xray/index.html")!;
    expect(xray.insights.map((l) => [l.heading, l.items.map((i) => `${i.text} (${i.detail}) ${i.href}`)])).toEqual([
      ["Actors it appears with most", ["Yankee (2 articles) /actors/yankee/", "Zulu (2 articles) /actors/zulu/", "Whiskey (1 article) /actors/whiskey/"]],
      ["Places where it appears most", ["Ber (3 articles) /places/ber/", "Anefis (2 articles) /places/anefis/"]],
    ]);
  });

  test("the place page shows the actors there and the nearest places, in km", () => {
    const views = buildViews(ARTICLES, REGISTRIES);
    const anefis = views.entity.find((v) => v.outputPath === "places/anefis/index.html")!;
    expect(anefis.insights.map((l) => [l.heading, l.items.map((i) => `${i.text} (${i.detail})`)])).toEqual([
      ["Actors most present here", ["Xray (2 articles)", "Yankee (2 articles)", "Zulu (1 article)"]],
      ["Nearest places", ["Ber (111\u00A0km)", "Douentza (111\u00A0km)", "Cinzana (222\u00A0km)", "Essakane (1,569\u00A0km)"]],
    ]);
  });
});

describe("nearest places", () => {
  test.each([
    ["Paris to London", [48.8566, 2.3522], [51.5074, -0.1278], 343.5565],
    ["one degree of longitude at the equator", [0, 0], [0, 1], 111.1951],
    ["one degree of latitude", [0, 0], [1, 0], 111.1951],
    ["Kidal to Bamako", [18.44, 1.41], [12.6392, -8.0029], 1196.5375],
    ["the same point", [5, 5], [5, 5], 0],
  ] as const)("haversine: %s", (_name, a, b, km) => {
    expect(haversineKm(a, b)).toBeCloseTo(km, 3);
  });

  const at = (slug: string, lat: number, lon: number): Located => ({ slug: slug as EntitySlug, coordinates: [lat, lon] });

  test("top 5 by distance, ties by slug, never itself", () => {
    const places = [at("a", 0, 0), at("d", 1, 0), at("b", 0, 1), at("c", 0, 2), at("e", 10, 10), at("f", 0, -3), at("g", 40, 40)];
    const near = nearestPlaces(places).get("a" as EntitySlug)!;
    expect(near.map((n) => `${n.slug} ${n.km.toFixed(1)}`)).toEqual(["b 111.2", "d 111.2", "c 222.4", "f 333.6", "e 1568.5"]);
  });

  test("the latitude sweep finds exactly what comparing every pair finds", () => {
    const point = fc.record({ lat: fc.integer({ min: -60, max: 60 }), lon: fc.integer({ min: -20, max: 20 }) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 40 }), (points) => {
        // Integer degrees on a small grid: many equal distances, so the slug tie-break is exercised.
        const places = points.map((p, i) => at(`p${String(i).padStart(2, "0")}`, p.lat / 4, p.lon / 4));
        const swept = nearestPlaces(places, 3);
        for (const place of places) {
          const brute = places
            .filter((o) => o.slug !== place.slug)
            .map((o) => ({ slug: o.slug, km: haversineKm(place.coordinates, o.coordinates) }))
            .sort((x, y) => x.km - y.km || (x.slug < y.slug ? -1 : 1))
            .slice(0, 3);
          expect(swept.get(place.slug)).toEqual(brute);
        }
      }),
      { numRuns: 200 },
    );
  });
});
