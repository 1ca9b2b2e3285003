// The articles-per-month chart: bars, axis and text alternative, parsed back from the SVG.
import { parse } from "node-html-parser";
import { describe, expect, test } from "vitest";
import { timelineAxis, timelineSvg, yearStep, type TimelineBar } from "../../src/render/timeline-svg.ts";
import { dictionaryFor } from "../../src/render/i18n/index.ts";
import { buildViews } from "../helpers/insight-archive.ts";
import { fm } from "../helpers/memory-archive.ts";

/** Months from November 2023 to February 2024; none in December. */
const AXIS = timelineAxis([
  { year: 2023, month: 11 },
  { year: 2023, month: 12 },
  { year: 2024, month: 1 },
  { year: 2024, month: 2 },
]);
const BARS: TimelineBar[] = [
  { index: 0, count: 2, label: "November 2023: 2 articles" },
  { index: 2, count: 4, label: "January 2024: 4 articles" },
  { index: 3, count: 1, label: "February 2024: 1 article" },
];

describe("timelineSvg", () => {
  const svg = parse(timelineSvg({ id: "t", title: "Articles per month: Kidal", description: "7 articles", axis: AXIS, bars: BARS }).value).querySelector("svg")!;
  const bars = svg.querySelectorAll(".timeline-bars rect").map((r) => ({
    title: r.querySelector("title")!.text,
    x: Number(r.getAttribute("x")),
    y: Number(r.getAttribute("y")),
    height: Number(r.getAttribute("height")),
  }));

  test("an image with a title and a description", () => {
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-labelledby")).toBe("t-title t-desc");
    expect(svg.querySelector("#t-title")!.text).toBe("Articles per month: Kidal");
  });

  // Its counts are anchored by text-anchor="end", which on a right-to-left page would mean their left.
  test("drawn left to right, oldest month first, whatever the page's direction", () => {
    expect(svg.getAttribute("direction")).toBe("ltr");
  });

  test("a bar per month with articles, at its month's place on the axis", () => {
    expect(bars.map((b) => b.title)).toEqual(["November 2023: 2 articles", "January 2024: 4 articles", "February 2024: 1 article"]);
    // Slots of 150.5 from x=30; bars of 24, centred: the empty December leaves its slot free.
    expect(bars.map((b) => b.x)).toEqual([93.3, 394.3, 544.8]);
  });

  test("heights in proportion to counts, on one baseline", () => {
    const [nov, jan, feb] = bars;
    expect(jan!.height).toBe(108);
    expect(nov!.height).toBe(54);
    expect(feb!.height).toBe(27);
    expect(new Set(bars.map((b) => b.y + b.height))).toEqual(new Set([118]));
  });

  test("the y axis shows 0 and the busiest month's count; the x axis the years", () => {
    const texts = svg.querySelectorAll(".timeline-axis text").map((t) => t.text);
    expect(texts).toEqual(["4", "0", "2023", "2024"]);
  });

  test.each([
    [45, 1],
    [3.5, 1],
    [2.5, 2],
    [1, 5],
    [0.5, 10],
  ])("months %d units wide: a year label every %i years", (width, step) => {
    expect(yearStep(width)).toBe(step);
  });
});

describe("the years on the x axis", () => {
  /** Consecutive months from (year, month), `count` of them. */
  const span = (year: number, month: number, count: number) =>
    Array.from({ length: count }, (_, i) => ({ year: year + Math.floor((month - 1 + i) / 12), month: ((month - 1 + i) % 12) + 1 }));
  const labels = (months: { year: number; month: number }[]) =>
    parse(`<svg>${timelineAxis(months).markup.value}</svg>`).querySelectorAll("text").map((t) => [t.text, t.getAttribute("x"), t.getAttribute("text-anchor") ?? "start"]);

  test.each([
    // April 2012 to December 2025: January 2013 comes 9 months (33 units) after the start, too
    // near for two labels: the whole year 2013 keeps its label, the part of 2012 does not.
    ["a year begun part way gives way to the next January", span(2012, 4, 165), ["2013", "2014"]],
    // Far enough from the next January, the start is labelled.
    ["a start with room before the next January is labelled", span(2012, 2, 36), ["2012", "2013", "2014"]],
    ["a span starting in January", span(2013, 1, 24), ["2013", "2014"]],
  ])("%s", (_name, months, first) => {
    expect(labels(months).slice(0, first.length).map(([text]) => text)).toEqual(first);
  });

  test("the last year, begun too near the right edge for its label, ends it at the edge", () => {
    const last = labels(span(2012, 1, 14 * 12 - 6)).at(-1)!;
    expect(last).toEqual(["2025", "639", "end"]);
  });

  test("a label ended at the edge never runs into the one before: then it is left out", () => {
    // 200 months from January 2010: 2025 at x 571.8; 2026 would be drawn from 603, too near.
    const all = labels(span(2010, 1, 200));
    expect(all.at(-1)).toEqual(["2025", "571.8", "start"]);
    const starts = all.map(([, x, anchor]) => (anchor === "end" ? Number(x) - 36 : Number(x)));
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(36);
  });
});

describe("the sentence that says what a timeline shows", () => {
  const one = { "a.md": fm("title: A\ndate: 2024-07-05\nregion: K\nplaces: [Kidal]"), "b.md": fm("title: B\ndate: 2024-07-20\nregion: K\nplaces: [Kidal]") };
  const three = { ...one, "c.md": fm("title: C\ndate: 2024-09-02\nregion: K\nplaces: [Kidal]") };
  const description = (articles: Record<string, string>, language: string) => {
    const views = buildViews(articles, { site: `language: ${language}\n`, region: "- name: K\n", place: "- name: Kidal\n" });
    return parse(views.entity.find((v) => v.outputPath === "places/kidal/index.html")!.timeline!.svgHtml).querySelector("desc")!.text;
  };
  test.each([
    ["three months", "en", three, "3 articles between July 2024 and September 2024; the busiest month was July 2024, with 2."],
    ["three months", "fr", three, "3 articles entre juillet 2024 et septembre 2024\u202F; le mois le plus chargé a été juillet 2024, avec 2."],
    // all in one month: not "between July 2024 and July 2024"
    ["one month", "en", one, "2 articles in July 2024."],
    ["one month", "fr", one, "2 articles en juillet 2024."],
  ])("%s, %s", (_, language, articles, expected) => {
    expect(description(articles, language)).toBe(expected);
  });

  test.each([
    ["en", "July 2024", "September 2024", "1,234 articles between July 2024 and September 2024; the busiest month was July 2024, with 1,200."],
    ["fr", "juillet 2024", "septembre 2024", "1\u202F234 articles entre juillet 2024 et septembre 2024\u202F; le mois le plus chargé a été juillet 2024, avec 1\u202F200."],
  ])("%s: the busiest month's count is written as the language writes numbers", (language, from, to, expected) => {
    const t = dictionaryFor(language);
    expect(t.timelineDescription(t.articleCount(1234), from, to, from, 1200)).toBe(expected);
  });
});

describe("counts of a thousand and more are written as the language writes numbers", () => {
  // 1,000 articles in one month: its tally in the archive, on the year's bars and in the timeline;
  // and 1,000 places with Kidal on the home page's way into the places.
  const articles = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`a${i}.md`, fm(`title: A${i}\ndate: 2024-07-${String((i % 28) + 1).padStart(2, "0")}\nregion: K\nplaces: [Kidal]`)]));
  const shown = (language: string) => {
    const places = "- name: Kidal\n" + Array.from({ length: 1000 }, (_, i) => `- name: P${i}\n`).join("");
    const views = buildViews(articles, { site: `language: ${language}\npage_size: 1000\n`, region: "- name: K\n", place: places });
    const timeline = views.entity.find((v) => v.outputPath === "places/kidal/index.html")!.timeline!;
    return [
      views.archiveIndex[0]!.years[0]!.months[0]!.count,
      views.archivePeriod.find((v) => v.outputPath === "archive/2024/index.html")!.monthBars!.find((b) => b.href)!.count,
      timeline.rows[0]!.count,
      parse(timeline.svgHtml).querySelector(".timeline-axis text")!.text,
      views.home[0]!.indexes[0]!.count,
    ];
  };
  test.each([
    ["fr", "1\u202F000", "1\u202F001"],
    ["en", "1,000", "1,001"],
  ])("%s: %s", (language, thousand, places) => {
    expect(shown(language)).toEqual([thousand, thousand, thousand, thousand, places]);
  });
});

describe("an entity's timeline view", () => {
  const views = buildViews(
    {
      "a.md": fm("title: A\ndate: 2024-01-05\nregion: K\nplaces: [Kidal]"),
      "b.md": fm("title: B\ndate: 2024-01-20\nregion: K\nplaces: [Kidal]"),
      "c.md": fm("title: C\ndate: 2024-03-02\nregion: K\nplaces: [Kidal]"),
      "d.md": fm("title: D\ndate: 2023-12-31\nregion: K"),
    },
    { region: "- name: K\n", place: "- name: Kidal\n" },
  );
  const timeline = views.entity.find((v) => v.outputPath === "places/kidal/index.html")!.timeline!;

  test("the table alternative lists the months with articles, oldest first", () => {
    expect(timeline.columns).toEqual(["Month", "Articles"]);
    expect(timeline.rows).toEqual([
      { text: "January 2024", count: "2" },
      { text: "March 2024", count: "1" },
    ]);
  });

  test("the chart spans the whole archive (December 2023 to March 2024) and says what it shows", () => {
    const svg = parse(timeline.svgHtml).querySelector("svg")!;
    expect(svg.querySelectorAll("rect").length).toBe(2);
    expect(svg.querySelector("desc")!.text).toBe("3 articles between January 2024 and March 2024; the busiest month was January 2024, with 2.");
    expect(svg.querySelectorAll(".timeline-axis text").map((t) => t.text)).toEqual(["2", "0", "2023", "2024"]);
  });
});
