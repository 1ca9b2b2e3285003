// Maps drawn at build time: the SVG parsed back, dots checked against the projection's order.
import { parse } from "node-html-parser";
import { describe, expect, test } from "vitest";
import { atlasParts } from "../../src/render/atlas.ts";
import { countryNamer } from "../../src/render/country-names.ts";
import { extentAround, frameMaker, gridExtent } from "../../src/render/map-frame.ts";
import { DOT_MAX, DOT_MIN, dotRadius, mapSvg, type MapPoint } from "../../src/render/map-svg.ts";

const PLACES: [name: string, lat: number, lon: number, count: number][] = [
  ["Kidal", 18.44, 1.41, 16],
  ["Tessalit", 20.2, 1.01, 6],
  ["Tinzaouaten", 19.96, 2.96, 5],
  ["Anefis", 17.93, 0.52, 4],
  ["Gao", 16.27, -0.04, 1],
];
const point = ([name, lat, lon, count]: (typeof PLACES)[number], href = true): MapPoint => ({
  name,
  lat,
  lon,
  count,
  href: href ? `/news/places/${name.toLowerCase()}/` : undefined,
  label: `${name}: ${count} articles`,
  focus: false,
});
// No outlines: the dots alone, fast and independent of the atlas.
const blank = frameMaker(() => []);
const extent = extentAround(PLACES.map(([, lat, lon]) => [lat, lon]));

function drawn(points: MapPoint[], sized = true, labelled = 3) {
  const svg = parse(mapSvg({ id: "m", title: "Places <&>", description: "Dots", frame: blank(extent), points, sized, labelled }).value).querySelector("svg")!;
  const dots = new Map(
    svg.querySelectorAll("circle").map((c) => [c.querySelector("title")!.text.split(":")[0]!, { cx: Number(c.getAttribute("cx")), cy: Number(c.getAttribute("cy")), r: Number(c.getAttribute("r")), el: c }]),
  );
  return { svg, dots };
}

describe("a map of places", () => {
  const { svg, dots } = drawn(PLACES.map((p) => point(p)));

  test("one dot per place, each a link named by its label", () => {
    expect([...dots.keys()].sort()).toEqual(["Anefis", "Gao", "Kidal", "Tessalit", "Tinzaouaten"]);
    expect(svg.querySelectorAll("a").map((a) => [a.getAttribute("href"), a.getAttribute("aria-label")])).toContainEqual(["/news/places/kidal/", "Kidal: 16 articles"]);
    expect(svg.querySelectorAll("a").length).toBe(5);
  });

  test("dots are in the tab order unless the page lists the same links after the map", () => {
    expect(svg.querySelectorAll("a[tabindex]").length).toBe(0);
    const listed = parse(mapSvg({ id: "m", title: "t", description: "d", frame: blank(extent), points: PLACES.map((p) => point(p)), sized: true, labelled: 0, inTabOrder: false }).value);
    expect(listed.querySelectorAll("a").map((a) => a.getAttribute("tabindex"))).toEqual(["-1", "-1", "-1", "-1", "-1"]);
  });

  // Labels sit right or left of their dot by text-anchor, whose start is a right-to-left page's right.
  test("drawn left to right whatever the page's direction", () => {
    expect(svg.getAttribute("direction")).toBe("ltr");
  });

  test("with links inside, the map is a labelled group, not an image (whose children are presentational)", () => {
    expect(svg.getAttribute("role")).toBe("group");
    expect(svg.getAttribute("aria-labelledby")).toBe("m-title m-desc");
    expect(svg.querySelector("title#m-title")!.text).toBe("Places <&>");
    expect(svg.toString()).toContain("Places &lt;&amp;&gt;");
  });

  // Every pair of places: further east is further right, further north is higher up.
  const pairs = PLACES.flatMap((a) => PLACES.filter((b) => b !== a).map((b) => [a, b] as const));
  test.each(pairs.map(([a, b]) => [a[0], b[0], a, b] as const))("%s and %s in projected order", (_a, _b, a, b) => {
    const [da, db] = [dots.get(a[0])!, dots.get(b[0])!];
    expect(Math.sign(da.cx - db.cx)).toBe(Math.sign(a[2] - b[2]));
    expect(Math.sign(da.cy - db.cy)).toBe(Math.sign(b[1] - a[1]));
  });

  test("dot area follows the article count (square-root radius)", () => {
    expect(PLACES.map(([name]) => dots.get(name)!.r)).toEqual(PLACES.map(([, , , count]) => dotRadius(count, 16)));
    expect(dots.get("Kidal")!.r).toBe(DOT_MAX);
  });

  test("positions are rounded to one decimal and inside the frame", () => {
    const frame = blank(extent);
    for (const { cx, cy } of dots.values()) {
      expect(Math.round(cx * 10) / 10).toBe(cx);
      expect(cx).toBeGreaterThan(0);
      expect(cx).toBeLessThan(frame.width);
      expect(cy).toBeGreaterThan(0);
      expect(cy).toBeLessThan(frame.height);
    }
  });

  // That no name covers another or another's dot is the next group's concern ("names and dots").
  test("the biggest dots are named, at most three, hidden from screen readers (the list says it)", () => {
    expect(svg.querySelectorAll(".map-labels text").map((t) => t.text)).toEqual(expect.arrayContaining(["Kidal"]));
    expect(svg.querySelectorAll(".map-labels text").length).toBeLessThanOrEqual(3);
    expect(svg.querySelector(".map-labels")!.getAttribute("aria-hidden")).toBe("true");
  });
});

describe("a map of many places: only the dots of the most articles are elements of their own", () => {
  const draw = (detailed: number) =>
    parse(mapSvg({ id: "m", title: "t", description: "d", frame: blank(extent), points: PLACES.map((p) => point(p)), sized: true, labelled: 0, inTabOrder: false, detailed }).value).querySelector("svg")!;
  /** Each plain dot is a move and two arcs: [its radius, its centre] per dot, path by path. */
  const plain = (svg: ReturnType<typeof draw>) =>
    svg.querySelectorAll(".map-dots path").map((p) => [...p.getAttribute("d")!.matchAll(/M(-?[\d.]+) (-?[\d.]+)a([\d.]+) /g)].map(([, x, y, r]) => [Number(r), Math.round((Number(x) + Number(r)) * 10) / 10, Number(y)]));

  test.each([
    [5, ["Kidal", "Tessalit", "Tinzaouaten", "Anefis", "Gao"], 0],
    [2, ["Kidal", "Tessalit"], 3],
    [0, [], 5],
  ])("%i detailed: links to %j, %i dots drawn as a picture only", (detailed, linked, rest) => {
    const svg = draw(detailed);
    expect(svg.querySelectorAll("a").map((a) => a.getAttribute("aria-label")!.split(":")[0])).toEqual(linked);
    expect(svg.querySelectorAll("circle").length).toBe(linked.length);
    expect(plain(svg).flat().length).toBe(rest);
    expect(svg.getAttribute("role")).toBe(linked.length > 0 ? "group" : "img");
  });

  test("the plain dots keep their place and size: one path per radius, the smaller on top, hidden from screen readers", () => {
    const all = drawn(PLACES.map((p) => point(p))).dots;
    const svg = draw(1);
    const expected = ["Tessalit", "Tinzaouaten", "Anefis", "Gao"].map((name) => all.get(name)!).map((d) => [[d.r, d.cx, d.cy]]);
    expect(plain(svg)).toEqual(expected);
    expect(svg.querySelectorAll(".map-dots path").map((p) => p.getAttribute("class"))).toEqual(["map-dot", "map-dot", "map-dot", "map-dot"]);
    expect(svg.querySelector(".map-dots g")!.getAttribute("aria-hidden")).toBe("true");
  });
});

describe("names and dots", () => {
  // Two dots on one line, the first's name long enough to reach the second on its right.
  const pair = (gap: number): MapPoint[] => [
    { ...point(["Boughessa", 19.96, 1.0, 5]), href: undefined },
    { ...point(["Tinzaouaten", 19.96, 1.0 + gap, 2]), href: undefined },
  ];
  const nameOf = (svg: ReturnType<typeof drawn>["svg"], name: string) => svg.querySelectorAll(".map-labels text").find((t) => t.text === name);

  test.each([
    // far apart: both names on the right of their dots
    [1, "right", "right"],
    // Boughessa's name would cover Tinzaouaten's dot: it goes to the left of its own
    [0.12, "left", "right"],
  ])("dots %d° apart: Boughessa's name on the %s, Tinzaouaten's on the %s", (gap, first, second) => {
    const { svg } = drawn(pair(gap), true, 2);
    const side = (name: string) => (nameOf(svg, name)?.getAttribute("text-anchor") === "end" ? "left" : "right");
    expect(side("Boughessa")).toBe(first);
    expect(side("Tinzaouaten")).toBe(second);
  });
});

test("the place a locator is about is named even with a neighbour's dot close on either side", () => {
  const crowd: MapPoint[] = [
    { ...point(["West", 18.44, 1.31, 0], false) },
    { ...point(["East", 18.44, 1.51, 0], false) },
    { ...point(["Kidal", 18.44, 1.41, 16], false), focus: true },
  ];
  const { svg } = drawn(crowd, false, 0);
  expect(svg.querySelectorAll(".map-focus-label").map((t) => t.text)).toEqual(["Kidal"]);
});

describe("a locator map", () => {
  const points = [...PLACES.slice(1).map((p) => point(p, false)), { ...point(PLACES[0]!, false), focus: true }];
  const { svg, dots } = drawn(points, false, 0);

  test("no links: an image with a title and description", () => {
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.querySelectorAll("a").length).toBe(0);
    expect(svg.querySelector("desc#m-desc")!.text).toBe("Dots");
  });

  test("the place itself is emphasised and named; the others are plain dots", () => {
    expect(dots.get("Kidal")!.el.getAttribute("class")).toBe("map-dot map-focus");
    expect(new Set([...dots.values()].filter((d) => !d.el.getAttribute("class")!.includes("focus")).map((d) => d.r))).toEqual(new Set([3]));
    expect(svg.querySelectorAll(".map-labels text").map((t) => t.text)).toEqual(["Kidal"]);
  });
});

describe("radius scale", () => {
  test.each([
    [0, 16, DOT_MIN],
    [16, 16, DOT_MAX],
    [4, 16, 8.3],
    [1, 16, 5.4],
    [3, 0, DOT_MIN],
  ])("count %i of max %i → r %d", (count, max, r) => {
    expect(dotRadius(count, max)).toBe(r);
  });
});

describe("frames with the bundled Natural Earth outlines", () => {
  const make = frameMaker();

  test("the Kidal region: outlines clipped to the frame, one decimal, Mali and Algeria named", () => {
    const frame = make(extent);
    const numbers = frame.land.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(numbers.length).toBeGreaterThan(20);
    expect(frame.land).not.toMatch(/\.\d\d/);
    for (const n of numbers) expect(n >= 0 && n <= Math.max(frame.width, frame.height)).toBe(true);
    expect(frame.countryLabels.map((c) => c.name)).toEqual(expect.arrayContaining(["Algeria", "Mali"]));
    expect(frame.land.length).toBeLessThan(8000);
  });

  test.each([
    ["fr", ["Algérie", "Mali", "Niger"], undefined],
    ["en", ["Algeria", "Mali", "Niger"], undefined],
    // no interface text in German, but ICU has its names
    ["de", ["Algerien", "Mali", "Niger"], undefined],
    // none in a language ICU lacks: English, and said so
    ["xx", ["Algeria", "Mali", "Niger"], "en"],
  ])("on a %s site the countries are named %j, each text's lang %s", (language, names, lang) => {
    const frame = frameMaker(atlasParts, countryNamer(language))(extent);
    expect(frame.countryLabels.map((c) => c.name)).toEqual(names);
    const svg = parse(mapSvg({ id: "m", title: "t", description: "d", frame, points: [], sized: false, labelled: 0 }).value);
    const texts = svg.querySelectorAll(".map-countries text");
    expect(texts.map((t) => [t.text, t.getAttribute("lang")])).toEqual(names.map((n) => [n, lang]));
    expect(svg.querySelector(".map-countries")!.hasAttribute("lang")).toBe(false);
  });

  test("one frame per extent: the second map of a region reuses the outlines", () => {
    expect(make(extent)).toBe(make({ ...extent }));
    expect(make(gridExtent(18.4, 1.4))).toBe(make(gridExtent(17.6, 2.9)));
    expect(make(gridExtent(18.4, 1.4))).not.toBe(make(gridExtent(18.4, 0.9)));
  });

  test("a lone place sits well inside its grid frame", () => {
    for (const [lat, lon] of [[18.44, 1.41], [-33.9, 18.4], [51.5, -0.1], [0.99, 0.99]] as const) {
      const e = gridExtent(lat, lon);
      expect(lat - e.south).toBeGreaterThanOrEqual(1.5);
      expect(e.north - lat).toBeGreaterThanOrEqual(1.5);
      expect(lon - e.west).toBeGreaterThanOrEqual(1.5);
      expect(e.east - lon).toBeGreaterThanOrEqual(1.5);
    }
  });
});
