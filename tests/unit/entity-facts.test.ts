// A place's page names its region as the archive placed it: matched by name or alias, case and
// accents aside, as the region's own page and map list it.
import { expect, test } from "vitest";
import { runPipeline, viewsOf } from "../../src/build.ts";
import { fm, files } from "../helpers/memory-archive.ts";

test.each([
  ["the region's name", "Kidal"],
  ["its name in another case", "kidal"],
  ["an alias", "Kidal Region"],
  ["an alias without its accents and case", "adrar des ifoghas"],
])("a place whose registry region is %s links to that region", (_name, written) => {
  const archive = runPipeline(
    files(
      { "a.md": fm("title: A\ndate: 2024-01-01\nregion: Kidal\nplaces: [Tessalit]") },
      { region: "- name: Kidal\n  aliases: [Kidal Region, Adrar des Ifôghas]\n", place: `- name: Tessalit\n  region: ${written}\n` },
    ),
    { drafts: false, strict: false, overrides: {} },
  ).archive!;
  const views = viewsOf(archive);
  const tessalit = views.entity.find((v) => v.outputPath === "places/tessalit/index.html")!;
  expect(tessalit.facts.find((f) => f.label === "Region")).toEqual({ label: "Region", value: "Kidal", href: "/regions/kidal/" });
  expect(views.entity.find((v) => v.outputPath === "regions/kidal/index.html")).toBeDefined();
});

test("places whose registry region is written by name or by alias share one area: one frame for their locators", () => {
  const archive = runPipeline(
    files(
      { "a.md": fm("title: A\ndate: 2024-01-01\nregion: Kidal\nplaces: [Tessalit, Aguelhok, Anefis]") },
      {
        region: "- name: Kidal\n  aliases: [Adrar des Ifôghas]\n",
        place: "- name: Tessalit\n  region: Kidal\n  coordinates: [20.2, 1.01]\n- name: Aguelhok\n  region: adrar des ifoghas\n  coordinates: [19.46, 0.86]\n- name: Anefis\n  region: Kidal\n  coordinates: [18.05, 0.61]\n",
      },
    ),
    { drafts: false, strict: false, overrides: {} },
  ).archive!;
  const views = viewsOf(archive).entity;
  // One frame, one projection: the same country outlines, drawn alike.
  const outlines = (slug: string) => [...views.find((v) => v.outputPath === `places/${slug}/index.html`)!.map!.svgHtml.matchAll(/<path[^>]* d="([^"]+)"/g)].map((m) => m[1]).join(" ");
  expect(outlines("aguelhok")).not.toBe("");
  expect([outlines("tessalit"), outlines("anefis")]).toEqual([outlines("aguelhok"), outlines("aguelhok")]);
});
