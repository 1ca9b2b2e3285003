// The bundled sample archive: checks clean, and the seed article (RFI, July 2024) is there whole.
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { hrefs, page, ROOT, runCli } from "../helpers/archive.ts";

describe("the sample archive in content/", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "news-archive-sample-"));
  cpSync(path.join(ROOT, "content"), path.join(dir, "content"), { recursive: true });

  test("checks clean, even with --strict", () => {
    const r = runCli(["check", "--strict"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  test("the seed article has its places, actors, region and both Read also links", () => {
    const r = runCli(["build", "--quiet"], dir);
    expect(r.code).toBe(0);
    const out = path.join(dir, "_site");
    const seed = page(out, "/articles/malian-army-arrives-in-inafarak/");
    expect(seed.querySelector("h1")!.text).toBe("Malian army arrives in Inafarak, near the Algerian border");
    expect(seed.querySelector("time")!.getAttribute("datetime")).toBe("2024-07-23");
    expect(hrefs(seed, ".kicker a")).toEqual(["/regions/kidal/"]);
    for (const place of ["inafarak", "kidal", "tessalit", "boughessa", "tinzaouaten"]) expect(hrefs(seed, ".entities a")).toContain(`/places/${place}/`);
    for (const actor of ["malian-armed-forces", "wagner-group", "csp-dpa", "jnim"]) expect(hrefs(seed, ".entities a")).toContain(`/actors/${actor}/`);
    expect(hrefs(seed, "#read-also a")).toEqual(["/articles/kidal-a-small-town-and-an-immense-symbol/", "/articles/sixty-bodies-found-near-abeibara/"]);
    expect(seed.querySelectorAll(".read-also-box").length).toBe(2);
    expect(hrefs(page(out, "/articles/sixty-bodies-found-near-abeibara/"), "#referenced-by a")).toContain("/articles/malian-army-arrives-in-inafarak/");
  });

  test("every page kind shows: pagination, aliases, archives", () => {
    const out = path.join(dir, "_site");
    expect(page(out, "/regions/kidal/page/2/").querySelectorAll("main article").length).toBeGreaterThan(0);
    expect(page(out, "/actors/malian-armed-forces/").querySelector(".aliases")!.text).toContain("FAMa");
    expect(hrefs(page(out, "/archive/"), ".years h2 a").length).toBeGreaterThanOrEqual(5);
  });

  test("a card's region link says it is the region to screen readers: Kidal the region and Kidal the town are two pages", () => {
    const out = path.join(dir, "_site");
    const card = page(out, "/places/tessalit/").querySelectorAll("main article.card").find((c) => c.querySelector(".meta a")?.getAttribute("href") === "/regions/kidal/")!;
    expect(card.querySelector(".meta a")!.text).toBe("Region Kidal");
    expect(card.querySelector(".meta a .visually-hidden")!.text).toBe("Region ");
  });

  test("a region's kicker names its kind once (kind: region), another kind beside it (capital district)", () => {
    const out = path.join(dir, "_site");
    expect(page(out, "/regions/kidal/").querySelector(".kicker")!.text).toBe("Region");
    expect(page(out, "/regions/bamako/").querySelector(".kicker")!.text).toBe("Region · capital district");
  });

  test("an alias redirect page links the site's icon, as every page does (no request for /favicon.ico)", () => {
    const out = path.join(dir, "_site");
    expect(page(out, "/actors/fama/").querySelector('link[rel="icon"]')!.getAttribute("href")).toBe("/assets/favicon.svg");
  });
});
