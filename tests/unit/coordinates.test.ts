// A place's coordinates in the site's language: its decimal mark and its compass letters.
import { expect, test } from "vitest";
import { formatCoordinates } from "../../src/render/coordinates.ts";
import { dictionaryFor } from "../../src/render/i18n/index.ts";
import { buildViews } from "../helpers/insight-archive.ts";
import { fm } from "../helpers/memory-archive.ts";

test.each([
  ["en", [18.44, 1.41], "18.44°\u00A0N, 1.41°\u00A0E"],
  ["en", [16.27, -0.04], "16.27°\u00A0N, 0.04°\u00A0W"],
  ["en", [-4.3, -15.2], "4.30°\u00A0S, 15.20°\u00A0W"],
  ["fr", [18.44, 1.41], "18,44°\u00A0N, 1,41°\u00A0E"],
  ["fr", [16.27, -0.04], "16,27°\u00A0N, 0,04°\u00A0O"],
  ["fr", [-4.3, -15.2], "4,30°\u00A0S, 15,20°\u00A0O"],
  ["fr-ML", [16.27, -0.04], "16,27°\u00A0N, 0,04°\u00A0O"],
  ["fr", [0, 0], "0,00°\u00A0N, 0,00°\u00A0E"],
  // Arabic's letters and comma; its digits as ICU writes "ar" (Western in CLDR 48)
  ["ar", [18.44, 1.41], `${(18.44).toLocaleString("ar")}°\u00A0ش، ${(1.41).toLocaleString("ar")}°\u00A0ق`],
  ["ar", [-4.3, -15.2], `${(4.3).toLocaleString("ar", { minimumFractionDigits: 2 })}°\u00A0ج، ${(15.2).toLocaleString("ar", { minimumFractionDigits: 2 })}°\u00A0غ`],
  // no interface text in German: its decimal mark, English letters
  ["de", [16.27, -0.04], "16,27°\u00A0N, 0,04°\u00A0W"],
  // a tag of the right shape that ICU refuses
  ["de-1996-1996", [16.27, -0.04], "16.27°\u00A0N, 0.04°\u00A0W"],
] as const)("%s %j → %s", (language, coordinates, expected) => {
  expect(formatCoordinates(coordinates, language, dictionaryFor(language))).toBe(expected);
});

test("a French place page shows them so", () => {
  const views = buildViews({ "a.md": fm("title: A\ndate: 2024-06-01\nregion: Gao\nplaces: [Gao]") }, { site: "language: fr\n", region: "- name: Gao\n", place: "- name: Gao\n  coordinates: [16.27, -0.04]\n" });
  const gao = views.entity.find((v) => v.outputPath === "places/gao/index.html")!;
  expect(gao.facts.find((f) => f.label === "Coordonnées")!.value).toBe("16,27°\u00A0N, 0,04°\u00A0O");
});
