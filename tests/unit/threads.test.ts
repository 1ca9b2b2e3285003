// Story threads: connected components of read-also links and wikilinks, on small inline archives.
import { describe, expect, test } from "vitest";
import { findThreads } from "../../src/archive/threads.ts";
import type { Article } from "../../src/model/article.ts";
import { buildArchive, buildViews } from "../helpers/insight-archive.ts";
import { fm } from "../helpers/memory-archive.ts";

const REGION = { region: "- name: K\n" };
const art = (title: string, date: string, extra = "", body = "Text.") => fm(`title: ${title}\ndate: ${date}\nregion: K${extra ? "\n" + extra : ""}`, body);

const ARTICLES = {
  // a → b by read_also, b → c by a wikilink in the text: one thread, told a, c, b.
  "a.md": art("A", "2024-01-01", "read_also: [b]"),
  "b.md": art("B", "2024-01-05", "", "Follows [[c]]."),
  "c.md": art("C", "2024-01-03"),
  // Two articles are a pair, not a thread.
  "d.md": art("D", "2024-02-01", "read_also: [e]"),
  "e.md": art("E", "2024-02-02"),
  "f.md": art("F", "2024-03-01"),
  // Links in both directions and into the middle still make one component; j is earliest.
  "g.md": art("G", "2024-05-01", "read_also: [h]"),
  "h.md": art("H", "2024-05-02", "read_also: [g]"),
  "i.md": art("I", "2024-06-01", "", "Read also: [[h]]"),
  "j.md": art("J", "2024-04-10", "read_also: [i]"),
  // A link to background from years before is not the same story: k and the pair d, e stay apart.
  "k.md": art("K", "2024-06-10", "read_also: [d, e]"),
};

describe("threads of an archive", () => {
  const archive = buildArchive(ARTICLES, REGION);

  test("components of three or more, newest activity first, members oldest first", () => {
    expect(archive.threads.threads.map((t) => [t.slug, t.members])).toEqual([
      ["j", ["j", "g", "h", "i"]],
      ["a", ["a", "c", "b"]],
    ]);
  });

  test.each([
    ["a", "a"],
    ["b", "a"],
    ["c", "a"],
    ["g", "j"],
    ["i", "j"],
    ["j", "j"],
    ["d", undefined],
    ["e", undefined],
    ["f", undefined],
    ["k", undefined],
  ])("article %s is in thread %s", (slug, thread) => {
    expect(archive.threads.threadOf.get(slug as never)).toBe(thread);
  });
});

describe("findThreads on bare articles", () => {
  const a = (slug: string, day: number, linksTo: string[] = []) => {
    const at = new Date(day * 86_400_000);
    const local = { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate(), hour: 0, minute: 0 };
    return { slug, date: { epochMs: day * 86_400_000, iso: "", dateOnly: true, local }, linksTo } as unknown as Article;
  };

  test.each([
    ["a link to an article not in the build is ignored", [a("x", 1, ["gone"]), a("y", 2, ["x"]), a("z", 3)], 3, []],
    ["a minimum size of 2 makes pairs threads", [a("x", 1, ["y"]), a("y", 2), a("z", 3)], 2, [["x", ["x", "y"]]]],
    ["same latest day: the slug decides the order", [a("p", 1, ["q"]), a("q", 5), a("m", 1, ["n"]), a("n", 5)], 2, [["m", ["m", "n"]], ["p", ["p", "q"]]]],
    ["same day inside a thread: by slug", [a("s", 1, ["r"]), a("r", 1, ["t"]), a("t", 1)], 3, [["r", ["r", "s", "t"]]]],
    ["a link across more than 60 days joins nothing; 60 days apart still does", [a("x", 1, ["y"]), a("y", 62), a("z", 122, ["y"])], 2, [["y", ["y", "z"]]]],
  ])("%s", (_name, articles, minSize, expected) => {
    expect(findThreads(articles, minSize).threads.map((t) => [t.slug, t.members])).toEqual(expected);
  });

  test("60 days are counted on the site's calendar: a change to summer time between them does not cut the link", () => {
    // 1 October to 30 November in Paris is 60 days and one hour of clock time.
    const paris = buildArchive(
      { "a.md": art("A", "2024-10-01T12:00:00+02:00", "read_also: [b]"), "b.md": art("B", "2024-11-30T12:00:00+01:00", "read_also: [c]"), "c.md": art("C", "2024-11-30") },
      { ...REGION, site: "timezone: Europe/Paris\n" },
    );
    expect(paris.threads.threads.map((t) => t.members)).toEqual([["a", "c", "b"]]);
  });
});

describe("thread views", () => {
  const views = buildViews(ARTICLES, REGION);

  test("one page per thread at /threads/<slug>/, its story in order", () => {
    expect(views.thread.map((v) => v.outputPath)).toEqual(["threads/j/index.html", "threads/a/index.html"]);
    const a = views.thread.find((v) => v.outputPath === "threads/a/index.html")!;
    expect(a.heading).toBe("A");
    expect(a.count).toBe("3 articles");
    expect(a.story.map((s) => s.card.href)).toEqual(["/articles/a/", "/articles/c/", "/articles/b/"]);
  });

  test("member articles link to their thread; others do not", () => {
    const threadOf = (slug: string) => views.article.find((v) => v.outputPath === `articles/${slug}/index.html`)!.thread;
    expect(threadOf("b")).toEqual({ label: "Part of the story thread", href: "/threads/a/", text: "A", countText: "3 articles" });
    expect(threadOf("i")?.href).toBe("/threads/j/");
    expect(threadOf("d")).toBeUndefined();
  });

  test("/threads/ lists them newest activity first", () => {
    const index = views.threadIndex[0]!;
    expect(index.outputPath).toBe("threads/index.html");
    expect(index.threads.map((t) => [t.href, t.latest.href])).toEqual([
      ["/threads/j/", "/articles/i/"],
      ["/threads/a/", "/articles/b/"],
    ]);
  });
});

describe("a thread's map", () => {
  // A thread of three articles naming `n` places, each with coordinates.
  const threadNaming = (n: number) => {
    const names = Array.from({ length: n }, (_, i) => `P${i + 1}`);
    const place = names.map((name, i) => `- name: ${name}\n  coordinates: [${15 + i * 0.2}, ${i * 0.2}]\n`).join("");
    const places = `places: [${names.join(", ")}]`;
    const views = buildViews(
      { "a.md": art("A", "2024-01-01", `read_also: [b]\n${places}`), "b.md": art("B", "2024-01-02", "read_also: [c]"), "c.md": art("C", "2024-01-03") },
      { ...REGION, place },
    );
    return views.thread.find((v) => v.outputPath === "threads/a/index.html")!;
  };

  test.each([
    // The page's own list names them all: the map lists none again.
    [3, 3, 0],
    [12, 12, 0],
    // A sprawling thread: the page names the twelve most named; the map lists every place.
    [13, 12, 13],
  ])("%d places: %d listed by the page, %d by the map", (n, onPage, onMap) => {
    const view = threadNaming(n);
    expect([view.places.length, view.map!.places.length]).toEqual([onPage, onMap]);
  });
});
