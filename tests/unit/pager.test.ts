// The pager of long lists: first, last, and the pages around this one, never every number.
import { describe, expect, test } from "vitest";
import { pagerFor, type BasePager } from "../../src/views/pager.ts";

const base = (count: number): BasePager => ({
  label: "Pages",
  newerText: "Newer",
  olderText: "Older",
  hrefs: Array.from({ length: count }, (_, i) => (i === 0 ? "/p/" : `/p/page/${i + 1}/`)),
});

/** The pager as a reader sees it: numbers, [current], and … for a gap. */
function shown(count: number, current: number): string {
  return pagerFor(base(count), current)!
    .pages.map((p) => ("gap" in p ? "…" : p.current ? `[${p.number}]` : String(p.number)))
    .join(" ");
}

describe("pager", () => {
  test.each([
    [2, 1, "[1] 2"],
    [5, 3, "1 2 [3] 4 5"],
    [7, 1, "[1] 2 3 … 7"],
    // a gap of one page shows the page: "1 … 3" would say no more than "1 2 3"
    [7, 4, "1 2 3 [4] 5 6 7"],
    [10, 5, "1 2 3 4 [5] 6 7 … 10"],
    [161, 80, "1 … 78 79 [80] 81 82 … 161"],
    [161, 161, "1 … 159 160 [161]"],
  ])("%i pages, on page %i: %s", (count, current, expected) => {
    expect(shown(count, current)).toBe(expected);
  });

  test("newer and older link the pages either side; none past the ends", () => {
    expect(pagerFor(base(3), 1)).toMatchObject({ newer: undefined, older: "/p/page/2/" });
    expect(pagerFor(base(3), 2)).toMatchObject({ newer: "/p/", older: "/p/page/3/" });
    expect(pagerFor(base(3), 3)).toMatchObject({ newer: "/p/page/2/", older: undefined });
  });

  test("links stay within first, last and two either side, however long the list", () => {
    for (const count of [50, 500, 5000]) expect(pagerFor(base(count), Math.floor(count / 2))!.pages.length).toBe(9);
  });
});
