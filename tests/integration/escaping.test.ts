// Hostile names through a whole build: titles, authors, summaries, site and entity names holding
// <script>, </script>, quotes, ]]> and & must come out escaped in HTML text and attributes, in
// JSON-LD, and in every XML and JSON file the build writes — and decode back to what was written.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, type HTMLElement, type Node } from "node-html-parser";
import { beforeAll, describe, expect, test } from "vitest";
import { page, runCli, writeTree, type CliRun } from "../helpers/archive.ts";
import { parseXml } from "../helpers/xml.ts";

const SITE = `Desk <script>alert('site')</script> & "S" ]]>`;
const TITLE = `<script>alert("t")</script> & 'T' ]]> </script>`;
const AUTHOR = `Author </script><script>alert('a')</script> & ]]>`;
const SUMMARY = `Summary <script>s</script> & "S" ]]>`;
const REGION = `Region <script>r</script> & "R" ]]>`;
const PLACE = `Place </script><b>P</b> & 'P' ]]>`;
const ACTOR = `Actor "<i>A</i>" & ]]>`;
/** The place's slug: its name transliterated (model/slug.ts). */
const PLACE_SLUG = "place-script-b-p-b-and-p";
const ORIGINALS = [SITE, TITLE, AUTHOR, SUMMARY, REGION, PLACE, ACTOR];
/** Every hostile string holds this; a decoded string holding it must hold an original whole. */
const MARKER = "]]>";
const q = JSON.stringify;

/** Every string in a parsed JSON or XML tree, with the key it sits under. */
function leaves(node: unknown, key = ""): [string, string][] {
  if (typeof node === "string") return [[key, node]];
  if (Array.isArray(node)) return node.flatMap((n) => leaves(n, key));
  if (node && typeof node === "object") return Object.entries(node).flatMap(([k, v]) => leaves(v, k));
  return [];
}

/** Text nodes and attribute values of an HTML page, decoded; scripts' raw text apart. */
function htmlStrings(node: Node, out: string[] = []): string[] {
  const el = node as HTMLElement;
  if (el.tagName) {
    out.push(...Object.values(el.attributes));
    if (el.tagName === "SCRIPT") return out;
  } else out.push(node.text);
  for (const child of node.childNodes) htmlStrings(child, out);
  return out;
}

function expectWhole(strings: readonly string[], where: string): void {
  for (const s of strings) {
    if (!s.includes(MARKER)) continue;
    expect(ORIGINALS.some((o) => s.includes(o)), `${where}: ${q(s)} holds a hostile string mangled`).toBe(true);
  }
}

describe("escaping of hostile names in every output", () => {
  let dir: string;
  let out: string;
  let build: CliRun;
  let outputs: string[];
  beforeAll(() => {
    dir = writeTree({
      "content/site.yaml": `title: ${q(SITE)}\nbase_url: https://news.example.org\n`,
      "content/regions.yaml": `- name: ${q(REGION)}\n  description: ${q(SUMMARY)}\n`,
      "content/places.yaml": `- name: ${q(PLACE)}\n  region: ${q(REGION)}\n  coordinates: [18.4, 1.4]\n`,
      "content/actors.yaml": `- name: ${q(ACTOR)}\n`,
      "content/articles/2024-01-01-one.md": `---\ntitle: ${q(TITLE)}\ndate: 2024-01-01\nregion: ${q(REGION)}\nplaces: [${q(PLACE)}]\nactors: [${q(ACTOR)}]\nauthor: ${q(AUTHOR)}\nsummary: ${q(SUMMARY)}\n---\nBody.\n`,
      "content/articles/2024-01-02-two.md": `---\ntitle: Two\ndate: 2024-01-02\nregion: ${q(REGION)}\nplaces: [${q(PLACE)}]\nactors: [${q(ACTOR)}]\nread_also: [one]\n---\nBody two.\n`,
    });
    build = runCli(["build", "--quiet"], dir);
    out = path.join(dir, "_site");
    outputs = (readdirSync(out, { recursive: true }) as string[]).map((f) => f.split(path.sep).join("/")).sort();
  });

  test("the build succeeds", () => {
    expect(build).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(outputs).toContain("feed.xml");
    expect(outputs).toContain("articles/one/index.html");
  });

  test("HTML: no markup from the names, only JSON-LD or external scripts, every name decodes whole", () => {
    const pages = outputs.filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const raw = readFileSync(path.join(out, file), "utf8");
      for (const fragment of ["<script>alert", "<script>r<", "<script>s<", "<b>P</b>", "<i>A</i>", '"S" ]]>', "'T' ]]>"]) {
        expect(raw.includes(fragment), `${file} holds raw ${fragment}`).toBe(false);
      }
      for (const tag of raw.match(/<script\b[^>]*>/gi) ?? []) expect(tag, file).toMatch(/type="application\/ld\+json"|\bsrc="/);
      const doc = parse(raw);
      expectWhole(htmlStrings(doc), file);
      for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
        expect(script.text, file).not.toMatch(/<\/script/i);
        expectWhole(leaves(JSON.parse(script.text)).map(([, s]) => s), `${file} JSON-LD`);
      }
    }
  });

  test("HTML: the article page shows each name as written, in text, attributes and JSON-LD", () => {
    const doc = page(out, "/articles/one/");
    expect(doc.querySelector("h1")!.text).toBe(TITLE);
    expect(doc.querySelector("title")!.text).toContain(TITLE);
    expect(doc.querySelector('meta[name="description"]')!.getAttribute("content")).toBe(SUMMARY);
    expect(doc.querySelector(".author")!.text).toContain(AUTHOR);
    expect(doc.querySelectorAll(".entities a").map((a) => a.text)).toEqual([REGION, PLACE, ACTOR]);
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.text);
    expect(ld).toMatchObject({ headline: TITLE, description: SUMMARY, author: { name: AUTHOR } });
    expect(page(out, "/articles/two/").querySelector("#read-also a")!.text).toBe(TITLE);
    expect(page(out, `/places/${PLACE_SLUG}/`).querySelector("h1")!.text).toBe(PLACE);
  });

  test("XML: every file well-formed, no raw markup, names decode whole", () => {
    const xml = outputs.filter((f) => f.endsWith(".xml"));
    expect(xml).toEqual(expect.arrayContaining(["feed.xml", "sitemap.xml", `places/${PLACE_SLUG}/feed.xml`]));
    for (const file of xml) {
      const raw = readFileSync(path.join(out, file), "utf8");
      expect(raw, file).not.toMatch(/<script|<b>|<i>|<!\[CDATA\[/i);
      const tree = parseXml(raw);
      const strings = leaves(tree).filter(([key]) => key !== "content");
      expectWhole(strings.map(([, s]) => s), file);
      for (const [key, s] of strings) expect(s, `${file} ${key} escaped twice`).not.toMatch(/&(amp|lt|gt|quot|apos|#\d+);/);
    }
    const entries = parseXml(readFileSync(path.join(out, "feed.xml"), "utf8")).feed.entry as Record<string, unknown>[];
    const one = entries.find((e) => JSON.stringify(e).includes("/articles/one/"))!;
    expect(leaves(one.title)[0]![1]).toBe(TITLE);
    expect(leaves(one.author)[0]![1]).toBe(AUTHOR);
  });

  test("JSON: every file parses, names decode whole and are not escaped twice", () => {
    const json = outputs.filter((f) => /\.(json|geojson)$/.test(f));
    expect(json).toContain("feed.json");
    for (const file of json) {
      const strings = leaves(JSON.parse(readFileSync(path.join(out, file), "utf8"))).filter(([key]) => key !== "content_html");
      expectWhole(strings.map(([, s]) => s), file);
      for (const [key, s] of strings) expect(s, `${file} ${key} escaped twice`).not.toMatch(/&(amp|lt|gt|quot|apos|#\d+);/);
    }
    const feed = JSON.parse(readFileSync(path.join(out, "feed.json"), "utf8"));
    expect(feed.title).toBe(SITE);
    const item = feed.items.find((i: { url: string }) => i.url.endsWith("/articles/one/"));
    expect(item).toMatchObject({ title: TITLE, summary: SUMMARY, authors: [{ name: AUTHOR }] });
    const names = new Set(json.flatMap((f) => leaves(JSON.parse(readFileSync(path.join(out, f), "utf8"))).map(([, s]) => s)));
    for (const name of [TITLE, PLACE, ACTOR, REGION]) expect(names.has(name), name).toBe(true);
  });
});
