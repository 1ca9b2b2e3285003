// serve's warm-up: the first page of each template and of each folder it writes, each once.
import { describe, expect, test } from "vitest";
import { runPipeline } from "../../src/build.ts";
import { createMarkdown } from "../../src/render/markdown.ts";
import { sitePlans, type SitePlans } from "../../src/views/site-views.ts";
import { warmUp } from "../../src/outputs/render-site.ts";
import type { PagePlan } from "../../src/views/page-plan.ts";
import { memoryFiles, fm } from "../helpers/memory-archive.ts";

const REGISTRIES = {
  place: "- name: Kidal\n  region: Kidal\n  coordinates: [18.44, 1.41]\n- name: Tessalit\n  region: Kidal\n  coordinates: [20.2, 1.01]\n",
  actor: "- name: Malian Armed Forces\n  aliases: [FAMa]\n",
  region: "- name: Kidal\n",
  site: "title: Desk\nbase_url: https://x.org\npage_size: 1\n",
};
const ARTICLES = {
  "a.md": fm('title: "A"\ndate: 2024-01-01\nregion: Kidal\nplaces: [Kidal]'),
  "b.md": fm('title: "B"\ndate: 2024-02-01\nregion: Kidal\nplaces: [Kidal, Tessalit]\nactors: [FAMa]'),
  "c.md": fm('title: "C"\ndate: 2024-03-01\nregion: Kidal\nplaces: [Tessalit]', "See [[a]]."),
};

describe("warmUp", () => {
  const result = runPipeline(memoryFiles(ARTICLES, REGISTRIES), { drafts: false, strict: false, overrides: {} });
  const plans = sitePlans(result.archive!, createMarkdown(false));
  const built: string[] = [];
  const watched = Object.fromEntries(
    Object.entries(plans).map(([key, list]) => [key, (list as PagePlan<unknown>[]).map((plan) => ({ ...plan, view: () => (built.push(plan.outputPath), plan.view()) }))]),
  ) as unknown as SitePlans;
  const rendered = warmUp(watched);

  test("renders the first page of each folder of each template, each once, and says how many", () => {
    expect(rendered).toBe(built.length);
    expect(new Set(built).size).toBe(built.length);
    expect(built).toEqual(
      expect.arrayContaining([
        "index.html",
        "articles/c/index.html",
        "places/kidal/index.html",
        "actors/malian-armed-forces/index.html",
        "regions/kidal/index.html",
        "places/kidal/feed.xml",
        "feed.xml",
        "sitemap.xml",
        "data/articles.json",
      ]),
    );
  });

  test("and only those: later pages of a list are left to the builds", () => {
    expect(built).not.toContain("regions/kidal/page/2/index.html");
    expect(built).not.toContain("articles/b/index.html");
    expect(plans.entity.some((p) => p.outputPath === "regions/kidal/page/2/index.html")).toBe(true);
  });
});
